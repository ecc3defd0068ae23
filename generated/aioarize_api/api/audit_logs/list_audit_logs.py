import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_operation_type import AuditLogOperationType
from ...models.list_audit_logs_response import ListAuditLogsResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    operation_name: list[str] | Unset = UNSET,
    operation_type: AuditLogOperationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["user_id"] = user_id

    json_operation_name: list[str] | Unset = UNSET
    if not isinstance(operation_name, Unset):
        json_operation_name = operation_name

    params["operation_name"] = json_operation_name

    json_operation_type: str | Unset = UNSET
    if not isinstance(operation_type, Unset):
        json_operation_type = operation_type.value

    params["operation_type"] = json_operation_type

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/audit-logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAuditLogsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListAuditLogsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAuditLogsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    operation_name: list[str] | Unset = UNSET,
    operation_type: AuditLogOperationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListAuditLogsResponse | Problem]:
    """List audit logs

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        user_id (str | Unset):
        operation_name (list[str] | Unset):
        operation_type (AuditLogOperationType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAuditLogsResponse | Problem]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        user_id=user_id,
        operation_name=operation_name,
        operation_type=operation_type,
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
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    operation_name: list[str] | Unset = UNSET,
    operation_type: AuditLogOperationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListAuditLogsResponse | Problem | None:
    """List audit logs

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        user_id (str | Unset):
        operation_name (list[str] | Unset):
        operation_type (AuditLogOperationType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAuditLogsResponse | Problem
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        user_id=user_id,
        operation_name=operation_name,
        operation_type=operation_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    operation_name: list[str] | Unset = UNSET,
    operation_type: AuditLogOperationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListAuditLogsResponse | Problem]:
    """List audit logs

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        user_id (str | Unset):
        operation_name (list[str] | Unset):
        operation_type (AuditLogOperationType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAuditLogsResponse | Problem]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        user_id=user_id,
        operation_name=operation_name,
        operation_type=operation_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    operation_name: list[str] | Unset = UNSET,
    operation_type: AuditLogOperationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListAuditLogsResponse | Problem | None:
    """List audit logs

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        user_id (str | Unset):
        operation_name (list[str] | Unset):
        operation_type (AuditLogOperationType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAuditLogsResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            user_id=user_id,
            operation_name=operation_name,
            operation_type=operation_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
