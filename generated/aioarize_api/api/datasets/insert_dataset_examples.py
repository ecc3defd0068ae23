from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_version_with_example_ids import DatasetVersionWithExampleIds
from ...models.insert_dataset_examples_request import InsertDatasetExamplesRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: str,
    *,
    body: InsertDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dataset_version_id"] = dataset_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/datasets/{dataset_id}/examples".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetVersionWithExampleIds | Problem | None:
    if response.status_code == 201:
        response_201 = DatasetVersionWithExampleIds.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetVersionWithExampleIds | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> Response[DatasetVersionWithExampleIds | Problem]:
    """Add new examples to a dataset

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        body (InsertDatasetExamplesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetVersionWithExampleIds | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
        dataset_version_id=dataset_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> DatasetVersionWithExampleIds | Problem | None:
    """Add new examples to a dataset

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        body (InsertDatasetExamplesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetVersionWithExampleIds | Problem
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        body=body,
        dataset_version_id=dataset_version_id,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> Response[DatasetVersionWithExampleIds | Problem]:
    """Add new examples to a dataset

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        body (InsertDatasetExamplesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetVersionWithExampleIds | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
        dataset_version_id=dataset_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> DatasetVersionWithExampleIds | Problem | None:
    """Add new examples to a dataset

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        body (InsertDatasetExamplesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetVersionWithExampleIds | Problem
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
            dataset_version_id=dataset_version_id,
        )
    ).parsed
