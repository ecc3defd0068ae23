from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_status import ApiKeyStatus
from ...models.api_key_type import ApiKeyType
from ...models.list_api_keys_response import ListApiKeysResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key_type: str | Unset = UNSET
    if not isinstance(key_type, Unset):
        json_key_type = key_type.value

    params["key_type"] = json_key_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["space_id"] = space_id

    params["user_id"] = user_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/api-keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListApiKeysResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListApiKeysResponse.from_dict(response.json())

        return response_200

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListApiKeysResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListApiKeysResponse | Problem]:
    """List API keys

    Args:
        key_type (ApiKeyType | Unset):
        status (ApiKeyStatus | Unset):
        space_id (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListApiKeysResponse | Problem]
    """

    kwargs = _get_kwargs(
        key_type=key_type,
        status=status,
        space_id=space_id,
        user_id=user_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListApiKeysResponse | Problem | None:
    """List API keys

    Args:
        key_type (ApiKeyType | Unset):
        status (ApiKeyStatus | Unset):
        space_id (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListApiKeysResponse | Problem
    """

    return sync_detailed(
        client=client,
        key_type=key_type,
        status=status,
        space_id=space_id,
        user_id=user_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListApiKeysResponse | Problem]:
    """List API keys

    Args:
        key_type (ApiKeyType | Unset):
        status (ApiKeyStatus | Unset):
        space_id (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListApiKeysResponse | Problem]
    """

    kwargs = _get_kwargs(
        key_type=key_type,
        status=status,
        space_id=space_id,
        user_id=user_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListApiKeysResponse | Problem | None:
    """List API keys

    Args:
        key_type (ApiKeyType | Unset):
        status (ApiKeyStatus | Unset):
        space_id (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListApiKeysResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            key_type=key_type,
            status=status,
            space_id=space_id,
            user_id=user_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
