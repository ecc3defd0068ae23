from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.line_chart_type import LineChartType
from ..models.widget_creation_status import WidgetCreationStatus
from ..models.widget_type import WidgetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_plot import WidgetPlot


T = TypeVar("T", bound="LineChartWidget")


@_attrs_define
class LineChartWidget:
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
        widget_type (LineChartType | Unset):
        plots (list[WidgetPlot] | Unset):
        time_series_metric_type (str | Unset):
        monitor_id (str | Unset):
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
    widget_type: LineChartType | Unset = UNSET
    plots: list[WidgetPlot] | Unset = UNSET
    time_series_metric_type: str | Unset = UNSET
    monitor_id: str | Unset = UNSET
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

        widget_type: str | Unset = UNSET
        if not isinstance(self.widget_type, Unset):
            widget_type = self.widget_type.value

        plots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plots, Unset):
            plots = []
            for plots_item_data in self.plots:
                plots_item = plots_item_data.to_dict()
                plots.append(plots_item)

        time_series_metric_type = self.time_series_metric_type

        monitor_id = self.monitor_id

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
        if widget_type is not UNSET:
            field_dict["widget_type"] = widget_type
        if plots is not UNSET:
            field_dict["plots"] = plots
        if time_series_metric_type is not UNSET:
            field_dict["time_series_metric_type"] = time_series_metric_type
        if monitor_id is not UNSET:
            field_dict["monitor_id"] = monitor_id
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

        _widget_type = src_dict.get("widget_type", UNSET)
        widget_type: LineChartType | Unset
        if _widget_type is UNSET:
            widget_type = UNSET
        else:
            try:
                widget_type = cast(
                    LineChartType,
                    LineChartType._value2member_map_.get(_widget_type)
                    or LineChartType(_widget_type),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _widget_type, "widget_type"
                ) from None

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

        time_series_metric_type: str | Unset = src_dict.get(
            "time_series_metric_type", UNSET
        )
        if (
            type(time_series_metric_type) is not str
            and time_series_metric_type is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string", time_series_metric_type, "time_series_metric_type"
            )

        monitor_id: str | Unset = src_dict.get("monitor_id", UNSET)
        if type(monitor_id) is not str and monitor_id is not UNSET:
            raise SchemaMismatch.expected("a string", monitor_id, "monitor_id")

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

        if cls is LineChartWidget:
            line_chart_widget = cls.__new__(cls)
            line_chart_widget.type_ = type_
            line_chart_widget.id = id
            line_chart_widget.dashboard_id = dashboard_id
            line_chart_widget.title = title
            line_chart_widget.grid_position = grid_position
            line_chart_widget.creation_status = creation_status
            line_chart_widget.created_at = created_at
            line_chart_widget.creator_user_id = creator_user_id
            line_chart_widget.widget_type = widget_type
            line_chart_widget.plots = plots
            line_chart_widget.time_series_metric_type = time_series_metric_type
            line_chart_widget.monitor_id = monitor_id
            line_chart_widget.y_min = y_min
            line_chart_widget.y_max = y_max
            line_chart_widget.y_axis_label = y_axis_label
            line_chart_widget.x_axis_label = x_axis_label
            line_chart_widget.x_axis_tilt = x_axis_tilt
            line_chart_widget.font_size = font_size
            line_chart_widget.show_legend = show_legend
            line_chart_widget.legend_placement = legend_placement
            line_chart_widget.timezone = timezone
            line_chart_widget.start_time = start_time
            line_chart_widget.end_time = end_time
            line_chart_widget.time_series_data_granularity = (
                time_series_data_granularity
            )
            line_chart_widget.overwrite_global_time = overwrite_global_time
            line_chart_widget.time_range_key = time_range_key
            line_chart_widget.additional_properties = {}
        else:
            line_chart_widget = cls(
                type_=type_,
                id=id,
                dashboard_id=dashboard_id,
                title=title,
                grid_position=grid_position,
                creation_status=creation_status,
                created_at=created_at,
                creator_user_id=creator_user_id,
                widget_type=widget_type,
                plots=plots,
                time_series_metric_type=time_series_metric_type,
                monitor_id=monitor_id,
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
        ) + (creator_user_id is not UNSET) + (widget_type is not UNSET) + (
            plots is not UNSET
        ) + (time_series_metric_type is not UNSET) + (monitor_id is not UNSET) + (
            y_min is not UNSET
        ) + (y_max is not UNSET) + (y_axis_label is not UNSET) + (
            x_axis_label is not UNSET
        ) + (x_axis_tilt is not UNSET) + (font_size is not UNSET) + (
            show_legend is not UNSET
        ) + (legend_placement is not UNSET) + (timezone is not UNSET) + (
            start_time is not UNSET
        ) + (end_time is not UNSET) + (time_series_data_granularity is not UNSET) + (
            overwrite_global_time is not UNSET
        ) + (time_range_key is not UNSET):
            line_chart_widget.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return line_chart_widget

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
        "widget_type",
        "plots",
        "time_series_metric_type",
        "monitor_id",
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
