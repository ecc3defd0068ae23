from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bar_chart_widget import BarChartWidget
from ...models.experiment_chart_widget import ExperimentChartWidget
from ...models.line_chart_widget import LineChartWidget
from ...models.pivot_table_widget import PivotTableWidget
from ...models.problem import Problem
from ...models.statistic_widget import StatisticWidget
from ...models.text_widget import TextWidget
from ...models.unknown_widget import UnknownWidget
from ...types import Response


def _get_kwargs(
    dashboard_id: str,
    widget_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/dashboards/{dashboard_id}/widgets/{widget_id}".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
            widget_id=quote(str(widget_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | UnknownWidget
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            BarChartWidget
            | ExperimentChartWidget
            | LineChartWidget
            | PivotTableWidget
            | StatisticWidget
            | TextWidget
            | UnknownWidget
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "LINE_CHART":
                componentsschemas_widget_type_0 = LineChartWidget.from_dict(data)

                return componentsschemas_widget_type_0
            if discriminator == "BAR_CHART":
                componentsschemas_widget_type_1 = BarChartWidget.from_dict(data)

                return componentsschemas_widget_type_1
            if discriminator == "STATISTIC":
                componentsschemas_widget_type_2 = StatisticWidget.from_dict(data)

                return componentsschemas_widget_type_2
            if discriminator == "TEXT":
                componentsschemas_widget_type_3 = TextWidget.from_dict(data)

                return componentsschemas_widget_type_3
            if discriminator == "PIVOT_TABLE":
                componentsschemas_widget_type_4 = PivotTableWidget.from_dict(data)

                return componentsschemas_widget_type_4
            if discriminator == "EXPERIMENT_CHART":
                componentsschemas_widget_type_5 = ExperimentChartWidget.from_dict(data)

                return componentsschemas_widget_type_5
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_widget_type_6 = UnknownWidget.from_dict(data)

            return componentsschemas_widget_type_6

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | UnknownWidget
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | UnknownWidget
    | Problem
]:
    """Get a dashboard widget

    Args:
        dashboard_id (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BarChartWidget | ExperimentChartWidget | LineChartWidget | PivotTableWidget | StatisticWidget | TextWidget | UnknownWidget | Problem]
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | UnknownWidget
    | Problem
    | None
):
    """Get a dashboard widget

    Args:
        dashboard_id (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BarChartWidget | ExperimentChartWidget | LineChartWidget | PivotTableWidget | StatisticWidget | TextWidget | UnknownWidget | Problem
    """

    return sync_detailed(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | UnknownWidget
    | Problem
]:
    """Get a dashboard widget

    Args:
        dashboard_id (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BarChartWidget | ExperimentChartWidget | LineChartWidget | PivotTableWidget | StatisticWidget | TextWidget | UnknownWidget | Problem]
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | UnknownWidget
    | Problem
    | None
):
    """Get a dashboard widget

    Args:
        dashboard_id (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BarChartWidget | ExperimentChartWidget | LineChartWidget | PivotTableWidget | StatisticWidget | TextWidget | UnknownWidget | Problem
    """

    return (
        await asyncio_detailed(
            dashboard_id=dashboard_id,
            widget_id=widget_id,
            client=client,
        )
    ).parsed
