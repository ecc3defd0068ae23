from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.categorical_annotation_config import CategoricalAnnotationConfig
from ...models.continuous_annotation_config import ContinuousAnnotationConfig
from ...models.freeform_annotation_config import FreeformAnnotationConfig
from ...models.problem import Problem
from ...models.unknown_annotation_config import UnknownAnnotationConfig
from ...types import Response


def _get_kwargs(
    annotation_config_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/annotation-configs/{annotation_config_id}".format(
            annotation_config_id=quote(str(annotation_config_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | UnknownAnnotationConfig
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CategoricalAnnotationConfig
            | ContinuousAnnotationConfig
            | FreeformAnnotationConfig
            | UnknownAnnotationConfig
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "CONTINUOUS":
                componentsschemas_annotation_config_type_0 = (
                    ContinuousAnnotationConfig.from_dict(data)
                )

                return componentsschemas_annotation_config_type_0
            if discriminator == "CATEGORICAL":
                componentsschemas_annotation_config_type_1 = (
                    CategoricalAnnotationConfig.from_dict(data)
                )

                return componentsschemas_annotation_config_type_1
            if discriminator == "FREEFORM":
                componentsschemas_annotation_config_type_2 = (
                    FreeformAnnotationConfig.from_dict(data)
                )

                return componentsschemas_annotation_config_type_2
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_annotation_config_type_3 = (
                UnknownAnnotationConfig.from_dict(data)
            )

            return componentsschemas_annotation_config_type_3

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
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | UnknownAnnotationConfig
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | UnknownAnnotationConfig
    | Problem
]:
    """Get an annotation config

    Args:
        annotation_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | UnknownAnnotationConfig | Problem]
    """

    kwargs = _get_kwargs(
        annotation_config_id=annotation_config_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | UnknownAnnotationConfig
    | Problem
    | None
):
    """Get an annotation config

    Args:
        annotation_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | UnknownAnnotationConfig | Problem
    """

    return sync_detailed(
        annotation_config_id=annotation_config_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | UnknownAnnotationConfig
    | Problem
]:
    """Get an annotation config

    Args:
        annotation_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | UnknownAnnotationConfig | Problem]
    """

    kwargs = _get_kwargs(
        annotation_config_id=annotation_config_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | UnknownAnnotationConfig
    | Problem
    | None
):
    """Get an annotation config

    Args:
        annotation_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | UnknownAnnotationConfig | Problem
    """

    return (
        await asyncio_detailed(
            annotation_config_id=annotation_config_id,
            client=client,
        )
    ).parsed
