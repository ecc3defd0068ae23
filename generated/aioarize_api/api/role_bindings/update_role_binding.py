from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.role_binding import RoleBinding
from ...models.update_role_binding_request import UpdateRoleBindingRequest
from ...types import Response


def _get_kwargs(
    binding_id: str,
    *,
    body: UpdateRoleBindingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/role-bindings/{binding_id}".format(
            binding_id=quote(str(binding_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RoleBinding | None:
    if response.status_code == 200:
        response_200 = RoleBinding.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Problem | RoleBinding]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    binding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleBindingRequest,
) -> Response[Problem | RoleBinding]:
    """Update a role binding

    Args:
        binding_id (str):
        body (UpdateRoleBindingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoleBinding]
    """

    kwargs = _get_kwargs(
        binding_id=binding_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    binding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleBindingRequest,
) -> Problem | RoleBinding | None:
    """Update a role binding

    Args:
        binding_id (str):
        body (UpdateRoleBindingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoleBinding
    """

    return sync_detailed(
        binding_id=binding_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    binding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleBindingRequest,
) -> Response[Problem | RoleBinding]:
    """Update a role binding

    Args:
        binding_id (str):
        body (UpdateRoleBindingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoleBinding]
    """

    kwargs = _get_kwargs(
        binding_id=binding_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    binding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleBindingRequest,
) -> Problem | RoleBinding | None:
    """Update a role binding

    Args:
        binding_id (str):
        body (UpdateRoleBindingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoleBinding
    """

    return (
        await asyncio_detailed(
            binding_id=binding_id,
            client=client,
            body=body,
        )
    ).parsed
