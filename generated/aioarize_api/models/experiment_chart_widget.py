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
    from ..models.experiment_chart_widget_plot import ExperimentChartWidgetPlot


T = TypeVar("T", bound="ExperimentChartWidget")


@_attrs_define
class ExperimentChartWidget:
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
        plots (list[ExperimentChartWidgetPlot] | Unset):
        font_size (None | str | Unset):
        show_legend (bool | None | Unset):
        legend_placement (None | str | Unset):
        x_axis_label (None | str | Unset):
        x_axis_tilt (None | str | Unset):
        y_min (float | None | Unset):
        y_max (float | None | Unset):
    """

    type_: WidgetType
    id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    title: str | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    plots: list[ExperimentChartWidgetPlot] | Unset = UNSET
    font_size: None | str | Unset = UNSET
    show_legend: bool | None | Unset = UNSET
    legend_placement: None | str | Unset = UNSET
    x_axis_label: None | str | Unset = UNSET
    x_axis_tilt: None | str | Unset = UNSET
    y_min: float | None | Unset = UNSET
    y_max: float | None | Unset = UNSET
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

        plots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plots, Unset):
            plots = []
            for plots_item_data in self.plots:
                plots_item = plots_item_data.to_dict()
                plots.append(plots_item)

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
        if plots is not UNSET:
            field_dict["plots"] = plots
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if show_legend is not UNSET:
            field_dict["show_legend"] = show_legend
        if legend_placement is not UNSET:
            field_dict["legend_placement"] = legend_placement
        if x_axis_label is not UNSET:
            field_dict["x_axis_label"] = x_axis_label
        if x_axis_tilt is not UNSET:
            field_dict["x_axis_tilt"] = x_axis_tilt
        if y_min is not UNSET:
            field_dict["y_min"] = y_min
        if y_max is not UNSET:
            field_dict["y_max"] = y_max

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

        _plots = src_dict.get("plots", UNSET)
        plots: list[ExperimentChartWidgetPlot] | Unset
        if _plots is UNSET:
            plots = UNSET
        else:
            try:
                if type(_plots) is not list:
                    raise SchemaMismatch.expected("an array", _plots)
                plots_items: list[ExperimentChartWidgetPlot] = []
                for plots_item in _plots:
                    try:
                        if type(plots_item) is not dict:
                            raise SchemaMismatch.expected("an object", plots_item)
                        plots_value = ExperimentChartWidgetPlot.from_dict(plots_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(plots_items))
                    plots_items.append(plots_value)
                plots = plots_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "plots")

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

        if cls is ExperimentChartWidget:
            experiment_chart_widget = cls.__new__(cls)
            experiment_chart_widget.type_ = type_
            experiment_chart_widget.id = id
            experiment_chart_widget.dashboard_id = dashboard_id
            experiment_chart_widget.title = title
            experiment_chart_widget.grid_position = grid_position
            experiment_chart_widget.creation_status = creation_status
            experiment_chart_widget.created_at = created_at
            experiment_chart_widget.creator_user_id = creator_user_id
            experiment_chart_widget.plots = plots
            experiment_chart_widget.font_size = font_size
            experiment_chart_widget.show_legend = show_legend
            experiment_chart_widget.legend_placement = legend_placement
            experiment_chart_widget.x_axis_label = x_axis_label
            experiment_chart_widget.x_axis_tilt = x_axis_tilt
            experiment_chart_widget.y_min = y_min
            experiment_chart_widget.y_max = y_max
            experiment_chart_widget.additional_properties = {}
        else:
            experiment_chart_widget = cls(
                type_=type_,
                id=id,
                dashboard_id=dashboard_id,
                title=title,
                grid_position=grid_position,
                creation_status=creation_status,
                created_at=created_at,
                creator_user_id=creator_user_id,
                plots=plots,
                font_size=font_size,
                show_legend=show_legend,
                legend_placement=legend_placement,
                x_axis_label=x_axis_label,
                x_axis_tilt=x_axis_tilt,
                y_min=y_min,
                y_max=y_max,
            )

        if len(src_dict) > 1 + (id is not UNSET) + (dashboard_id is not UNSET) + (
            title is not UNSET
        ) + (grid_position is not UNSET) + (creation_status is not UNSET) + (
            created_at is not UNSET
        ) + (creator_user_id is not UNSET) + (plots is not UNSET) + (
            font_size is not UNSET
        ) + (show_legend is not UNSET) + (legend_placement is not UNSET) + (
            x_axis_label is not UNSET
        ) + (x_axis_tilt is not UNSET) + (y_min is not UNSET) + (y_max is not UNSET):
            experiment_chart_widget.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return experiment_chart_widget

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
        "plots",
        "font_size",
        "show_legend",
        "legend_placement",
        "x_axis_label",
        "x_axis_tilt",
        "y_min",
        "y_max",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ExperimentChartWidgetPlot
    from ..models.experiment_chart_widget_plot import ExperimentChartWidgetPlot  # noqa: PLC0415

    _lazy_imports_pending = False
