from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: WidgetType
        try:
            type_ = cast(
                WidgetType,
                WidgetType._value2member_map_.get(_type_) or WidgetType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        dashboard_id: str | Unset = src_dict.get("dashboard_id", UNSET)
        if type(dashboard_id) is not str and dashboard_id is not UNSET:
            raise SchemaMismatch.expected("a string", dashboard_id, "dashboard_id")

        title: str | Unset = src_dict.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise SchemaMismatch.expected("a string", title, "title")

        _grid_position = src_dict.get("grid_position", UNSET)
        grid_position: list[int] | Unset
        if _grid_position is UNSET:
            grid_position = UNSET
        else:
            try:
                if type(_grid_position) is not list:
                    raise SchemaMismatch.expected("an array", _grid_position)
                for grid_position_item in _grid_position:
                    if type(grid_position_item) is not int:
                        raise SchemaMismatch.expected_item(
                            "an integer", _grid_position, grid_position_item
                        )
                grid_position = _grid_position

            except Exception as error_:
                raise SchemaMismatch.at(error_, "grid_position")

        _creation_status = src_dict.get("creation_status", UNSET)
        creation_status: WidgetCreationStatus | Unset
        if _creation_status is UNSET:
            creation_status = UNSET
        else:
            try:
                creation_status = cast(
                    WidgetCreationStatus,
                    WidgetCreationStatus._value2member_map_.get(_creation_status)
                    or WidgetCreationStatus(_creation_status),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _creation_status, "creation_status"
                ) from None

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _created_at, "created_at"
                ) from None

        creator_user_id: str | Unset = src_dict.get("creator_user_id", UNSET)
        if type(creator_user_id) is not str and creator_user_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", creator_user_id, "creator_user_id"
            )

        is_normalized: bool | Unset = src_dict.get("is_normalized", UNSET)
        if type(is_normalized) is not bool and is_normalized is not UNSET:
            raise SchemaMismatch.expected("a boolean", is_normalized, "is_normalized")

        performance_metric: None | str | Unset = src_dict.get(
            "performance_metric", UNSET
        )
        if (
            performance_metric is not None
            and type(performance_metric) is not str
            and performance_metric is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", performance_metric, "performance_metric"
            )

        bin_option: None | str | Unset = src_dict.get("bin_option", UNSET)
        if (
            bin_option is not None
            and type(bin_option) is not str
            and bin_option is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", bin_option, "bin_option")

        num_bins: int | None | Unset = src_dict.get("num_bins", UNSET)
        if num_bins is not None and type(num_bins) is not int and num_bins is not UNSET:
            raise SchemaMismatch.expected("an integer or null", num_bins, "num_bins")

        _custom_bins = src_dict.get("custom_bins", UNSET)
        custom_bins: list[float] | None | Unset
        if _custom_bins is UNSET:
            custom_bins = UNSET
        else:
            try:
                if _custom_bins is None:
                    custom_bins = None
                elif type(_custom_bins) is list:
                    for custom_bins_type_0_item in _custom_bins:
                        if (
                            type(custom_bins_type_0_item) is not float
                            or custom_bins_type_0_item - custom_bins_type_0_item != 0
                        ) and type(custom_bins_type_0_item) is not int:
                            raise SchemaMismatch.expected_item(
                                "a finite number", _custom_bins, custom_bins_type_0_item
                            )
                    custom_bins = _custom_bins

                else:
                    raise SchemaMismatch.expected("an array or null", _custom_bins)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "custom_bins")

        _quantiles = src_dict.get("quantiles", UNSET)
        quantiles: list[float] | None | Unset
        if _quantiles is UNSET:
            quantiles = UNSET
        else:
            try:
                if _quantiles is None:
                    quantiles = None
                elif type(_quantiles) is list:
                    for quantiles_type_0_item in _quantiles:
                        if (
                            type(quantiles_type_0_item) is not float
                            or quantiles_type_0_item - quantiles_type_0_item != 0
                        ) and type(quantiles_type_0_item) is not int:
                            raise SchemaMismatch.expected_item(
                                "a finite number", _quantiles, quantiles_type_0_item
                            )
                    quantiles = _quantiles

                else:
                    raise SchemaMismatch.expected("an array or null", _quantiles)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "quantiles")

        sort_order: None | str | Unset = src_dict.get("sort_order", UNSET)
        if (
            sort_order is not None
            and type(sort_order) is not str
            and sort_order is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", sort_order, "sort_order")

        top_n: int | None | Unset = src_dict.get("top_n", UNSET)
        if top_n is not None and type(top_n) is not int and top_n is not UNSET:
            raise SchemaMismatch.expected("an integer or null", top_n, "top_n")

        is_stacked: bool | Unset = src_dict.get("is_stacked", UNSET)
        if type(is_stacked) is not bool and is_stacked is not UNSET:
            raise SchemaMismatch.expected("a boolean", is_stacked, "is_stacked")

        _plots = src_dict.get("plots", UNSET)
        plots: list[WidgetPlot] | Unset
        if _plots is UNSET:
            plots = UNSET
        else:
            try:
                if type(_plots) is not list:
                    raise SchemaMismatch.expected("an array", _plots)
                plots_items: list[WidgetPlot] = []
                for plots_item in _plots:
                    try:
                        if type(plots_item) is not dict:
                            raise SchemaMismatch.expected("an object", plots_item)
                        plots_value = WidgetPlot.from_dict(plots_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(plots_items))
                    plots_items.append(plots_value)
                plots = plots_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "plots")

        y_min: float | None | Unset = src_dict.get("y_min", UNSET)
        if (
            y_min is not None
            and (
                (type(y_min) is not float or y_min - y_min != 0)
                and type(y_min) is not int
            )
            and y_min is not UNSET
        ):
            raise SchemaMismatch.expected("a finite number or null", y_min, "y_min")

        y_max: float | None | Unset = src_dict.get("y_max", UNSET)
        if (
            y_max is not None
            and (
                (type(y_max) is not float or y_max - y_max != 0)
                and type(y_max) is not int
            )
            and y_max is not UNSET
        ):
            raise SchemaMismatch.expected("a finite number or null", y_max, "y_max")

        y_axis_label: None | str | Unset = src_dict.get("y_axis_label", UNSET)
        if (
            y_axis_label is not None
            and type(y_axis_label) is not str
            and y_axis_label is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", y_axis_label, "y_axis_label"
            )

        x_axis_label: None | str | Unset = src_dict.get("x_axis_label", UNSET)
        if (
            x_axis_label is not None
            and type(x_axis_label) is not str
            and x_axis_label is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", x_axis_label, "x_axis_label"
            )

        x_axis_tilt: None | str | Unset = src_dict.get("x_axis_tilt", UNSET)
        if (
            x_axis_tilt is not None
            and type(x_axis_tilt) is not str
            and x_axis_tilt is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", x_axis_tilt, "x_axis_tilt"
            )

        font_size: None | str | Unset = src_dict.get("font_size", UNSET)
        if (
            font_size is not None
            and type(font_size) is not str
            and font_size is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", font_size, "font_size")

        show_legend: bool | None | Unset = src_dict.get("show_legend", UNSET)
        if (
            show_legend is not None
            and type(show_legend) is not bool
            and show_legend is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean or null", show_legend, "show_legend"
            )

        legend_placement: None | str | Unset = src_dict.get("legend_placement", UNSET)
        if (
            legend_placement is not None
            and type(legend_placement) is not str
            and legend_placement is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", legend_placement, "legend_placement"
            )

        timezone: None | str | Unset = src_dict.get("timezone", UNSET)
        if timezone is not None and type(timezone) is not str and timezone is not UNSET:
            raise SchemaMismatch.expected("a string or null", timezone, "timezone")

        _start_time = src_dict.get("start_time", UNSET)
        start_time: datetime.datetime | None | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            try:
                if _start_time is None:
                    start_time = None
                elif type(_start_time) is str:
                    try:
                        start_time = datetime.datetime.fromisoformat(_start_time)
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "an ISO 8601 date-time string", _start_time
                        ) from None

                else:
                    raise SchemaMismatch.expected(
                        "a date-time string or null", _start_time
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "start_time")

        _end_time = src_dict.get("end_time", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            try:
                if _end_time is None:
                    end_time = None
                elif type(_end_time) is str:
                    try:
                        end_time = datetime.datetime.fromisoformat(_end_time)
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "an ISO 8601 date-time string", _end_time
                        ) from None

                else:
                    raise SchemaMismatch.expected(
                        "a date-time string or null", _end_time
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "end_time")

        time_series_data_granularity: None | str | Unset = src_dict.get(
            "time_series_data_granularity", UNSET
        )
        if (
            time_series_data_granularity is not None
            and type(time_series_data_granularity) is not str
            and time_series_data_granularity is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                time_series_data_granularity,
                "time_series_data_granularity",
            )

        overwrite_global_time: bool | None | Unset = src_dict.get(
            "overwrite_global_time", UNSET
        )
        if (
            overwrite_global_time is not None
            and type(overwrite_global_time) is not bool
            and overwrite_global_time is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean or null", overwrite_global_time, "overwrite_global_time"
            )

        time_range_key: None | str | Unset = src_dict.get("time_range_key", UNSET)
        if (
            time_range_key is not None
            and type(time_range_key) is not str
            and time_range_key is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", time_range_key, "time_range_key"
            )

        if cls is BarChartWidget:
            bar_chart_widget = cls.__new__(cls)
            bar_chart_widget.type_ = type_
            bar_chart_widget.id = id
            bar_chart_widget.dashboard_id = dashboard_id
            bar_chart_widget.title = title
            bar_chart_widget.grid_position = grid_position
            bar_chart_widget.creation_status = creation_status
            bar_chart_widget.created_at = created_at
            bar_chart_widget.creator_user_id = creator_user_id
            bar_chart_widget.is_normalized = is_normalized
            bar_chart_widget.performance_metric = performance_metric
            bar_chart_widget.bin_option = bin_option
            bar_chart_widget.num_bins = num_bins
            bar_chart_widget.custom_bins = custom_bins
            bar_chart_widget.quantiles = quantiles
            bar_chart_widget.sort_order = sort_order
            bar_chart_widget.top_n = top_n
            bar_chart_widget.is_stacked = is_stacked
            bar_chart_widget.plots = plots
            bar_chart_widget.y_min = y_min
            bar_chart_widget.y_max = y_max
            bar_chart_widget.y_axis_label = y_axis_label
            bar_chart_widget.x_axis_label = x_axis_label
            bar_chart_widget.x_axis_tilt = x_axis_tilt
            bar_chart_widget.font_size = font_size
            bar_chart_widget.show_legend = show_legend
            bar_chart_widget.legend_placement = legend_placement
            bar_chart_widget.timezone = timezone
            bar_chart_widget.start_time = start_time
            bar_chart_widget.end_time = end_time
            bar_chart_widget.time_series_data_granularity = time_series_data_granularity
            bar_chart_widget.overwrite_global_time = overwrite_global_time
            bar_chart_widget.time_range_key = time_range_key
            bar_chart_widget.additional_properties = {}
        else:
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

        if len(src_dict) > 1 + (id is not UNSET) + (dashboard_id is not UNSET) + (
            title is not UNSET
        ) + (grid_position is not UNSET) + (creation_status is not UNSET) + (
            created_at is not UNSET
        ) + (creator_user_id is not UNSET) + (is_normalized is not UNSET) + (
            performance_metric is not UNSET
        ) + (bin_option is not UNSET) + (num_bins is not UNSET) + (
            custom_bins is not UNSET
        ) + (quantiles is not UNSET) + (sort_order is not UNSET) + (
            top_n is not UNSET
        ) + (is_stacked is not UNSET) + (plots is not UNSET) + (y_min is not UNSET) + (
            y_max is not UNSET
        ) + (y_axis_label is not UNSET) + (x_axis_label is not UNSET) + (
            x_axis_tilt is not UNSET
        ) + (font_size is not UNSET) + (show_legend is not UNSET) + (
            legend_placement is not UNSET
        ) + (timezone is not UNSET) + (start_time is not UNSET) + (
            end_time is not UNSET
        ) + (time_series_data_granularity is not UNSET) + (
            overwrite_global_time is not UNSET
        ) + (time_range_key is not UNSET):
            bar_chart_widget.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

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


_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "dashboard_id",
        "title",
        "grid_position",
        "creation_status",
        "created_at",
        "creator_user_id",
        "is_normalized",
        "performance_metric",
        "bin_option",
        "num_bins",
        "custom_bins",
        "quantiles",
        "sort_order",
        "top_n",
        "is_stacked",
        "plots",
        "y_min",
        "y_max",
        "y_axis_label",
        "x_axis_label",
        "x_axis_tilt",
        "font_size",
        "show_legend",
        "legend_placement",
        "timezone",
        "start_time",
        "end_time",
        "time_series_data_granularity",
        "overwrite_global_time",
        "time_range_key",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global WidgetPlot
    from ..models.widget_plot import WidgetPlot  # noqa: PLC0415

    _lazy_imports_pending = False
