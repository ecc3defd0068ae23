from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_creation_status import WidgetCreationStatus
from ..models.widget_type import WidgetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_plot import WidgetPlot


T = TypeVar("T", bound="BarChartWidget")


@_attrs_define
class BarChartWidget:
    """
    Attributes:
        type_ (WidgetType):
        id (str | Unset):
        dashboard_id (str | Unset):
        title (str | Unset):
        grid_position (list[int] | Unset):
        creation_status (WidgetCreationStatus | Unset):
        created_at (datetime.datetime | Unset):
        creator_user_id (str | Unset):
        is_normalized (bool | Unset):
        performance_metric (None | str | Unset):
        bin_option (None | str | Unset):
        num_bins (int | None | Unset):
        custom_bins (list[float] | None | Unset):
        quantiles (list[float] | None | Unset):
        sort_order (None | str | Unset):
        top_n (int | None | Unset):
        is_stacked (bool | Unset):
        plots (list[WidgetPlot] | Unset):
        y_min (float | None | Unset):
        y_max (float | None | Unset):
        y_axis_label (None | str | Unset):
        x_axis_label (None | str | Unset):
        x_axis_tilt (None | str | Unset):
        font_size (None | str | Unset):
        show_legend (bool | None | Unset):
        legend_placement (None | str | Unset):
        timezone (None | str | Unset):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
        time_series_data_granularity (None | str | Unset):
        overwrite_global_time (bool | None | Unset):
        time_range_key (None | str | Unset):
    """

    type_: WidgetType
    id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    title: str | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    is_normalized: bool | Unset = UNSET
    performance_metric: None | str | Unset = UNSET
    bin_option: None | str | Unset = UNSET
    num_bins: int | None | Unset = UNSET
    custom_bins: list[float] | None | Unset = UNSET
    quantiles: list[float] | None | Unset = UNSET
    sort_order: None | str | Unset = UNSET
    top_n: int | None | Unset = UNSET
    is_stacked: bool | Unset = UNSET
    plots: list[WidgetPlot] | Unset = UNSET
    y_min: float | None | Unset = UNSET
    y_max: float | None | Unset = UNSET
    y_axis_label: None | str | Unset = UNSET
    x_axis_label: None | str | Unset = UNSET
    x_axis_tilt: None | str | Unset = UNSET
    font_size: None | str | Unset = UNSET
    show_legend: bool | None | Unset = UNSET
    legend_placement: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    time_series_data_granularity: None | str | Unset = UNSET
    overwrite_global_time: bool | None | Unset = UNSET
    time_range_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        dashboard_id = self.dashboard_id

        title = self.title

        grid_position: list[int] | Unset = UNSET
        if not isinstance(self.grid_position, Unset):
            grid_position = self.grid_position

        creation_status: str | Unset = UNSET
        if not isinstance(self.creation_status, Unset):
            creation_status = self.creation_status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        creator_user_id = self.creator_user_id

        is_normalized = self.is_normalized

        performance_metric: None | str | Unset
        if isinstance(self.performance_metric, Unset):
            performance_metric = UNSET
        else:
            performance_metric = self.performance_metric

        bin_option: None | str | Unset
        if isinstance(self.bin_option, Unset):
            bin_option = UNSET
        else:
            bin_option = self.bin_option

        num_bins: int | None | Unset
        if isinstance(self.num_bins, Unset):
            num_bins = UNSET
        else:
            num_bins = self.num_bins

        custom_bins: list[float] | None | Unset
        if isinstance(self.custom_bins, Unset):
            custom_bins = UNSET
        elif isinstance(self.custom_bins, list):
            custom_bins = self.custom_bins

        else:
            custom_bins = self.custom_bins

        quantiles: list[float] | None | Unset
        if isinstance(self.quantiles, Unset):
            quantiles = UNSET
        elif isinstance(self.quantiles, list):
            quantiles = self.quantiles

        else:
            quantiles = self.quantiles

        sort_order: None | str | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        top_n: int | None | Unset
        if isinstance(self.top_n, Unset):
            top_n = UNSET
        else:
            top_n = self.top_n

        is_stacked = self.is_stacked

        plots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plots, Unset):
            plots = []
            for plots_item_data in self.plots:
                plots_item = plots_item_data.to_dict()
                plots.append(plots_item)

        y_min: float | None | Unset
        if isinstance(self.y_min, Unset):
            y_min = UNSET
        else:
            y_min = self.y_min

        y_max: float | None | Unset
        if isinstance(self.y_max, Unset):
            y_max = UNSET
        else:
            y_max = self.y_max

        y_axis_label: None | str | Unset
        if isinstance(self.y_axis_label, Unset):
            y_axis_label = UNSET
        else:
            y_axis_label = self.y_axis_label

        x_axis_label: None | str | Unset
        if isinstance(self.x_axis_label, Unset):
            x_axis_label = UNSET
        else:
            x_axis_label = self.x_axis_label

        x_axis_tilt: None | str | Unset
        if isinstance(self.x_axis_tilt, Unset):
            x_axis_tilt = UNSET
        else:
            x_axis_tilt = self.x_axis_tilt

        font_size: None | str | Unset
        if isinstance(self.font_size, Unset):
            font_size = UNSET
        else:
            font_size = self.font_size

        show_legend: bool | None | Unset
        if isinstance(self.show_legend, Unset):
            show_legend = UNSET
        else:
            show_legend = self.show_legend

        legend_placement: None | str | Unset
        if isinstance(self.legend_placement, Unset):
            legend_placement = UNSET
        else:
            legend_placement = self.legend_placement

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        time_series_data_granularity: None | str | Unset
        if isinstance(self.time_series_data_granularity, Unset):
            time_series_data_granularity = UNSET
        else:
            time_series_data_granularity = self.time_series_data_granularity

        overwrite_global_time: bool | None | Unset
        if isinstance(self.overwrite_global_time, Unset):
            overwrite_global_time = UNSET
        else:
            overwrite_global_time = self.overwrite_global_time

        time_range_key: None | str | Unset
        if isinstance(self.time_range_key, Unset):
            time_range_key = UNSET
        else:
            time_range_key = self.time_range_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if title is not UNSET:
            field_dict["title"] = title
        if grid_position is not UNSET:
            field_dict["grid_position"] = grid_position
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if is_normalized is not UNSET:
            field_dict["is_normalized"] = is_normalized
        if performance_metric is not UNSET:
            field_dict["performance_metric"] = performance_metric
        if bin_option is not UNSET:
            field_dict["bin_option"] = bin_option
        if num_bins is not UNSET:
            field_dict["num_bins"] = num_bins
        if custom_bins is not UNSET:
            field_dict["custom_bins"] = custom_bins
        if quantiles is not UNSET:
            field_dict["quantiles"] = quantiles
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if is_stacked is not UNSET:
            field_dict["is_stacked"] = is_stacked
        if plots is not UNSET:
            field_dict["plots"] = plots
        if y_min is not UNSET:
            field_dict["y_min"] = y_min
        if y_max is not UNSET:
            field_dict["y_max"] = y_max
        if y_axis_label is not UNSET:
            field_dict["y_axis_label"] = y_axis_label
        if x_axis_label is not UNSET:
            field_dict["x_axis_label"] = x_axis_label
        if x_axis_tilt is not UNSET:
            field_dict["x_axis_tilt"] = x_axis_tilt
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if show_legend is not UNSET:
            field_dict["show_legend"] = show_legend
        if legend_placement is not UNSET:
            field_dict["legend_placement"] = legend_placement
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if time_series_data_granularity is not UNSET:
            field_dict["time_series_data_granularity"] = time_series_data_granularity
        if overwrite_global_time is not UNSET:
            field_dict["overwrite_global_time"] = overwrite_global_time
        if time_range_key is not UNSET:
            field_dict["time_range_key"] = time_range_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_plot import WidgetPlot  # noqa: PLC0415

        d = dict(src_dict)
        type_ = WidgetType(d.pop("type"))

        id = d.pop("id", UNSET)

        dashboard_id = d.pop("dashboard_id", UNSET)

        title = d.pop("title", UNSET)

        grid_position = cast(list[int], d.pop("grid_position", UNSET))

        _creation_status = d.pop("creation_status", UNSET)
        creation_status: WidgetCreationStatus | Unset
        if isinstance(_creation_status, Unset):
            creation_status = UNSET
        else:
            creation_status = WidgetCreationStatus(_creation_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        creator_user_id = d.pop("creator_user_id", UNSET)

        is_normalized = d.pop("is_normalized", UNSET)

        def _parse_performance_metric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        performance_metric = _parse_performance_metric(
            d.pop("performance_metric", UNSET)
        )

        def _parse_bin_option(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bin_option = _parse_bin_option(d.pop("bin_option", UNSET))

        def _parse_num_bins(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_bins = _parse_num_bins(d.pop("num_bins", UNSET))

        def _parse_custom_bins(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_bins_type_0 = cast(list[float], data)

                return custom_bins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        custom_bins = _parse_custom_bins(d.pop("custom_bins", UNSET))

        def _parse_quantiles(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quantiles_type_0 = cast(list[float], data)

                return quantiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        quantiles = _parse_quantiles(d.pop("quantiles", UNSET))

        def _parse_sort_order(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        def _parse_top_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_n = _parse_top_n(d.pop("top_n", UNSET))

        is_stacked = d.pop("is_stacked", UNSET)

        _plots = d.pop("plots", UNSET)
        plots: list[WidgetPlot] | Unset = UNSET
        if _plots is not UNSET:
            plots = []
            for plots_item_data in _plots:
                plots_item = WidgetPlot.from_dict(plots_item_data)

                plots.append(plots_item)

        def _parse_y_min(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        y_min = _parse_y_min(d.pop("y_min", UNSET))

        def _parse_y_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        y_max = _parse_y_max(d.pop("y_max", UNSET))

        def _parse_y_axis_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        y_axis_label = _parse_y_axis_label(d.pop("y_axis_label", UNSET))

        def _parse_x_axis_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        x_axis_label = _parse_x_axis_label(d.pop("x_axis_label", UNSET))

        def _parse_x_axis_tilt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        x_axis_tilt = _parse_x_axis_tilt(d.pop("x_axis_tilt", UNSET))

        def _parse_font_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        font_size = _parse_font_size(d.pop("font_size", UNSET))

        def _parse_show_legend(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_legend = _parse_show_legend(d.pop("show_legend", UNSET))

        def _parse_legend_placement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legend_placement = _parse_legend_placement(d.pop("legend_placement", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_time_series_data_granularity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_series_data_granularity = _parse_time_series_data_granularity(
            d.pop("time_series_data_granularity", UNSET)
        )

        def _parse_overwrite_global_time(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        overwrite_global_time = _parse_overwrite_global_time(
            d.pop("overwrite_global_time", UNSET)
        )

        def _parse_time_range_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_range_key = _parse_time_range_key(d.pop("time_range_key", UNSET))

        bar_chart_widget = cls(
            type_=type_,
            id=id,
            dashboard_id=dashboard_id,
            title=title,
            grid_position=grid_position,
            creation_status=creation_status,
            created_at=created_at,
            creator_user_id=creator_user_id,
            is_normalized=is_normalized,
            performance_metric=performance_metric,
            bin_option=bin_option,
            num_bins=num_bins,
            custom_bins=custom_bins,
            quantiles=quantiles,
            sort_order=sort_order,
            top_n=top_n,
            is_stacked=is_stacked,
            plots=plots,
            y_min=y_min,
            y_max=y_max,
            y_axis_label=y_axis_label,
            x_axis_label=x_axis_label,
            x_axis_tilt=x_axis_tilt,
            font_size=font_size,
            show_legend=show_legend,
            legend_placement=legend_placement,
            timezone=timezone,
            start_time=start_time,
            end_time=end_time,
            time_series_data_granularity=time_series_data_granularity,
            overwrite_global_time=overwrite_global_time,
            time_range_key=time_range_key,
        )

        bar_chart_widget.additional_properties = d
        return bar_chart_widget

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
