from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentChartWidgetPlot")


@_attrs_define
class ExperimentChartWidgetPlot:
    """
    Attributes:
        id (str | Unset):
        dataset_id (str | Unset):
        position (int | Unset):
        title (str | Unset):
        performance_metric (None | str | Unset):
    """

    id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    position: int | Unset = UNSET
    title: str | Unset = UNSET
    performance_metric: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dataset_id = self.dataset_id

        position = self.position

        title = self.title

        performance_metric: None | str | Unset
        if isinstance(self.performance_metric, Unset):
            performance_metric = UNSET
        else:
            performance_metric = self.performance_metric

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if position is not UNSET:
            field_dict["position"] = position
        if title is not UNSET:
            field_dict["title"] = title
        if performance_metric is not UNSET:
            field_dict["performance_metric"] = performance_metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        dataset_id: str | Unset = src_dict.get("dataset_id", UNSET)
        if type(dataset_id) is not str and dataset_id is not UNSET:
            raise SchemaMismatch.expected("a string", dataset_id, "dataset_id")

        position: int | Unset = src_dict.get("position", UNSET)
        if type(position) is not int and position is not UNSET:
            raise SchemaMismatch.expected("an integer", position, "position")

        title: str | Unset = src_dict.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise SchemaMismatch.expected("a string", title, "title")

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

        if cls is ExperimentChartWidgetPlot:
            experiment_chart_widget_plot = cls.__new__(cls)
            experiment_chart_widget_plot.id = id
            experiment_chart_widget_plot.dataset_id = dataset_id
            experiment_chart_widget_plot.position = position
            experiment_chart_widget_plot.title = title
            experiment_chart_widget_plot.performance_metric = performance_metric
            experiment_chart_widget_plot.additional_properties = {}
        else:
            experiment_chart_widget_plot = cls(
                id=id,
                dataset_id=dataset_id,
                position=position,
                title=title,
                performance_metric=performance_metric,
            )

        if len(src_dict) > (id is not UNSET) + (dataset_id is not UNSET) + (
            position is not UNSET
        ) + (title is not UNSET) + (performance_metric is not UNSET):
            experiment_chart_widget_plot.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return experiment_chart_widget_plot

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
        "id",
        "dataset_id",
        "position",
        "title",
        "performance_metric",
    }
)
