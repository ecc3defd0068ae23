from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_quality_metric import DataQualityMetric
from ...models.dimension_category import DimensionCategory
from ...models.drift_metric import DriftMetric
from ...models.list_monitors_response import ListMonitorsResponse
from ...models.monitor_status import MonitorStatus
from ...models.monitor_type import MonitorType
from ...models.performance_metric import PerformanceMetric
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["space_id"] = space_id

    params["space_name"] = space_name

    params["name"] = name

    params["project_id"] = project_id

    params["project_name"] = project_name

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["notifications_enabled"] = notifications_enabled

    json_dimension_category: str | Unset = UNSET
    if not isinstance(dimension_category, Unset):
        json_dimension_category = dimension_category.value

    params["dimension_category"] = json_dimension_category

    params["dimension_name"] = dimension_name

    json_data_quality_metric: str | Unset = UNSET
    if not isinstance(data_quality_metric, Unset):
        json_data_quality_metric = data_quality_metric.value

    params["data_quality_metric"] = json_data_quality_metric

    json_performance_metric: str | Unset = UNSET
    if not isinstance(performance_metric, Unset):
        json_performance_metric = performance_metric.value

    params["performance_metric"] = json_performance_metric

    json_drift_metric: str | Unset = UNSET
    if not isinstance(drift_metric, Unset):
        json_drift_metric = drift_metric.value

    params["drift_metric"] = json_drift_metric

    params["custom_metric_id"] = custom_metric_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/monitors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListMonitorsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListMonitorsResponse.from_dict(response.json())

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
) -> Response[ListMonitorsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListMonitorsResponse | Problem]:
    """List monitors

    Args:
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        type_ (MonitorType | Unset):
        status (MonitorStatus | Unset):
        notifications_enabled (bool | Unset):
        dimension_category (DimensionCategory | Unset):
        dimension_name (str | Unset):
        data_quality_metric (DataQualityMetric | Unset):
        performance_metric (PerformanceMetric | Unset):
        drift_metric (DriftMetric | Unset):
        custom_metric_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMonitorsResponse | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        space_name=space_name,
        name=name,
        project_id=project_id,
        project_name=project_name,
        type_=type_,
        status=status,
        notifications_enabled=notifications_enabled,
        dimension_category=dimension_category,
        dimension_name=dimension_name,
        data_quality_metric=data_quality_metric,
        performance_metric=performance_metric,
        drift_metric=drift_metric,
        custom_metric_id=custom_metric_id,
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
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListMonitorsResponse | Problem | None:
    """List monitors

    Args:
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        type_ (MonitorType | Unset):
        status (MonitorStatus | Unset):
        notifications_enabled (bool | Unset):
        dimension_category (DimensionCategory | Unset):
        dimension_name (str | Unset):
        data_quality_metric (DataQualityMetric | Unset):
        performance_metric (PerformanceMetric | Unset):
        drift_metric (DriftMetric | Unset):
        custom_metric_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMonitorsResponse | Problem
    """

    return sync_detailed(
        client=client,
        space_id=space_id,
        space_name=space_name,
        name=name,
        project_id=project_id,
        project_name=project_name,
        type_=type_,
        status=status,
        notifications_enabled=notifications_enabled,
        dimension_category=dimension_category,
        dimension_name=dimension_name,
        data_quality_metric=data_quality_metric,
        performance_metric=performance_metric,
        drift_metric=drift_metric,
        custom_metric_id=custom_metric_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListMonitorsResponse | Problem]:
    """List monitors

    Args:
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        type_ (MonitorType | Unset):
        status (MonitorStatus | Unset):
        notifications_enabled (bool | Unset):
        dimension_category (DimensionCategory | Unset):
        dimension_name (str | Unset):
        data_quality_metric (DataQualityMetric | Unset):
        performance_metric (PerformanceMetric | Unset):
        drift_metric (DriftMetric | Unset):
        custom_metric_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMonitorsResponse | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        space_name=space_name,
        name=name,
        project_id=project_id,
        project_name=project_name,
        type_=type_,
        status=status,
        notifications_enabled=notifications_enabled,
        dimension_category=dimension_category,
        dimension_name=dimension_name,
        data_quality_metric=data_quality_metric,
        performance_metric=performance_metric,
        drift_metric=drift_metric,
        custom_metric_id=custom_metric_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListMonitorsResponse | Problem | None:
    """List monitors

    Args:
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        type_ (MonitorType | Unset):
        status (MonitorStatus | Unset):
        notifications_enabled (bool | Unset):
        dimension_category (DimensionCategory | Unset):
        dimension_name (str | Unset):
        data_quality_metric (DataQualityMetric | Unset):
        performance_metric (PerformanceMetric | Unset):
        drift_metric (DriftMetric | Unset):
        custom_metric_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMonitorsResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            space_id=space_id,
            space_name=space_name,
            name=name,
            project_id=project_id,
            project_name=project_name,
            type_=type_,
            status=status,
            notifications_enabled=notifications_enabled,
            dimension_category=dimension_category,
            dimension_name=dimension_name,
            data_quality_metric=data_quality_metric,
            performance_metric=performance_metric,
            drift_metric=drift_metric,
            custom_metric_id=custom_metric_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
