from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_metric_monitor import CustomMetricMonitor
from ...models.data_quality_monitor import DataQualityMonitor
from ...models.drift_monitor import DriftMonitor
from ...models.performance_monitor import PerformanceMonitor
from ...models.problem import Problem
from ...models.tracing_monitor import TracingMonitor
from ...models.unknown_monitor import UnknownMonitor
from ...types import Response


def _get_kwargs(
    monitor_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/monitors/{monitor_id}".format(
            monitor_id=quote(str(monitor_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | UnknownMonitor
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CustomMetricMonitor
            | DataQualityMonitor
            | DriftMonitor
            | PerformanceMonitor
            | TracingMonitor
            | UnknownMonitor
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "DATA_QUALITY":
                componentsschemas_monitor_type_0 = DataQualityMonitor.from_dict(data)

                return componentsschemas_monitor_type_0
            if discriminator == "PERFORMANCE":
                componentsschemas_monitor_type_1 = PerformanceMonitor.from_dict(data)

                return componentsschemas_monitor_type_1
            if discriminator == "DRIFT":
                componentsschemas_monitor_type_2 = DriftMonitor.from_dict(data)

                return componentsschemas_monitor_type_2
            if discriminator == "CUSTOM_METRIC":
                componentsschemas_monitor_type_3 = CustomMetricMonitor.from_dict(data)

                return componentsschemas_monitor_type_3
            if discriminator == "TRACING":
                componentsschemas_monitor_type_4 = TracingMonitor.from_dict(data)

                return componentsschemas_monitor_type_4
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_monitor_type_5 = UnknownMonitor.from_dict(data)

            return componentsschemas_monitor_type_5

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
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | UnknownMonitor
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | UnknownMonitor
    | Problem
]:
    """Get a monitor

    Args:
        monitor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor | UnknownMonitor | Problem]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | UnknownMonitor
    | Problem
    | None
):
    """Get a monitor

    Args:
        monitor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor | UnknownMonitor | Problem
    """

    return sync_detailed(
        monitor_id=monitor_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | UnknownMonitor
    | Problem
]:
    """Get a monitor

    Args:
        monitor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor | UnknownMonitor | Problem]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | UnknownMonitor
    | Problem
    | None
):
    """Get a monitor

    Args:
        monitor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor | UnknownMonitor | Problem
    """

    return (
        await asyncio_detailed(
            monitor_id=monitor_id,
            client=client,
        )
    ).parsed
