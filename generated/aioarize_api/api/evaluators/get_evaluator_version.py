from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluator_version_code import EvaluatorVersionCode
from ...models.evaluator_version_harness import EvaluatorVersionHarness
from ...models.evaluator_version_remote import EvaluatorVersionRemote
from ...models.evaluator_version_template import EvaluatorVersionTemplate
from ...models.problem import Problem
from ...models.unknown_evaluator_version import UnknownEvaluatorVersion
from ...types import Response


def _get_kwargs(
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/evaluator-versions/{version_id}".format(
            version_id=quote(str(version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | UnknownEvaluatorVersion
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            EvaluatorVersionCode
            | EvaluatorVersionHarness
            | EvaluatorVersionRemote
            | EvaluatorVersionTemplate
            | UnknownEvaluatorVersion
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "TEMPLATE":
                componentsschemas_evaluator_version_type_0 = (
                    EvaluatorVersionTemplate.from_dict(data)
                )

                return componentsschemas_evaluator_version_type_0
            if discriminator == "CODE":
                componentsschemas_evaluator_version_type_1 = (
                    EvaluatorVersionCode.from_dict(data)
                )

                return componentsschemas_evaluator_version_type_1
            if discriminator == "HARNESS":
                componentsschemas_evaluator_version_type_2 = (
                    EvaluatorVersionHarness.from_dict(data)
                )

                return componentsschemas_evaluator_version_type_2
            if discriminator == "REMOTE":
                componentsschemas_evaluator_version_type_3 = (
                    EvaluatorVersionRemote.from_dict(data)
                )

                return componentsschemas_evaluator_version_type_3
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_evaluator_version_type_4 = (
                UnknownEvaluatorVersion.from_dict(data)
            )

            return componentsschemas_evaluator_version_type_4

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | UnknownEvaluatorVersion
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | UnknownEvaluatorVersion
    | Problem
]:
    """Get evaluator version

    Args:
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | UnknownEvaluatorVersion | Problem]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | UnknownEvaluatorVersion
    | Problem
    | None
):
    """Get evaluator version

    Args:
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | UnknownEvaluatorVersion | Problem
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | UnknownEvaluatorVersion
    | Problem
]:
    """Get evaluator version

    Args:
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | UnknownEvaluatorVersion | Problem]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | UnknownEvaluatorVersion
    | Problem
    | None
):
    """Get evaluator version

    Args:
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | UnknownEvaluatorVersion | Problem
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
        )
    ).parsed
