from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_service_api_key_request import CreateServiceApiKeyRequest
from ...models.create_user_api_key_request import CreateUserApiKeyRequest
from ...models.created_service_api_key import CreatedServiceApiKey
from ...models.created_user_api_key import CreatedUserApiKey
from ...models.problem import Problem
from ...models.unknown_create_api_key_request import UnknownCreateApiKeyRequest
from ...models.unknown_create_api_key_response import UnknownCreateApiKeyResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateServiceApiKeyRequest
    | CreateUserApiKeyRequest
    | UnknownCreateApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api-keys",
    }

    if isinstance(body, CreateUserApiKeyRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateServiceApiKeyRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreatedServiceApiKey
    | CreatedUserApiKey
    | UnknownCreateApiKeyResponse
    | Problem
    | None
):
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> CreatedServiceApiKey | CreatedUserApiKey | UnknownCreateApiKeyResponse:
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["key_type"]
            if discriminator == "USER":
                componentsschemas_create_api_key_response_type_0 = (
                    CreatedUserApiKey.from_dict(data)
                )

                return componentsschemas_create_api_key_response_type_0
            if discriminator == "SERVICE":
                componentsschemas_create_api_key_response_type_1 = (
                    CreatedServiceApiKey.from_dict(data)
                )

                return componentsschemas_create_api_key_response_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"key_type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_create_api_key_response_type_2 = (
                UnknownCreateApiKeyResponse.from_dict(data)
            )

            return componentsschemas_create_api_key_response_type_2

        response_201 = _parse_response_201(response.json())

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
) -> Response[
    CreatedServiceApiKey | CreatedUserApiKey | UnknownCreateApiKeyResponse | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceApiKeyRequest
    | CreateUserApiKeyRequest
    | UnknownCreateApiKeyRequest,
) -> Response[
    CreatedServiceApiKey | CreatedUserApiKey | UnknownCreateApiKeyResponse | Problem
]:
    """Create an API key

    Args:
        body (CreateServiceApiKeyRequest | CreateUserApiKeyRequest | UnknownCreateApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedServiceApiKey | CreatedUserApiKey | UnknownCreateApiKeyResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceApiKeyRequest
    | CreateUserApiKeyRequest
    | UnknownCreateApiKeyRequest,
) -> (
    CreatedServiceApiKey
    | CreatedUserApiKey
    | UnknownCreateApiKeyResponse
    | Problem
    | None
):
    """Create an API key

    Args:
        body (CreateServiceApiKeyRequest | CreateUserApiKeyRequest | UnknownCreateApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedServiceApiKey | CreatedUserApiKey | UnknownCreateApiKeyResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceApiKeyRequest
    | CreateUserApiKeyRequest
    | UnknownCreateApiKeyRequest,
) -> Response[
    CreatedServiceApiKey | CreatedUserApiKey | UnknownCreateApiKeyResponse | Problem
]:
    """Create an API key

    Args:
        body (CreateServiceApiKeyRequest | CreateUserApiKeyRequest | UnknownCreateApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedServiceApiKey | CreatedUserApiKey | UnknownCreateApiKeyResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceApiKeyRequest
    | CreateUserApiKeyRequest
    | UnknownCreateApiKeyRequest,
) -> (
    CreatedServiceApiKey
    | CreatedUserApiKey
    | UnknownCreateApiKeyResponse
    | Problem
    | None
):
    """Create an API key

    Args:
        body (CreateServiceApiKeyRequest | CreateUserApiKeyRequest | UnknownCreateApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedServiceApiKey | CreatedUserApiKey | UnknownCreateApiKeyResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
