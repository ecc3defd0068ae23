from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_plot_comparison_fixed_reference_value_type import (
    WidgetPlotComparisonFixedReferenceValueType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetPlotComparisonFixedReferenceValue")


@_attrs_define
class WidgetPlotComparisonFixedReferenceValue:
    """
    Attributes:
        type_ (WidgetPlotComparisonFixedReferenceValueType):
        environment_name (str | Unset):
        external_batch_ids (list[str] | Unset):
        external_model_version_ids (list[str] | Unset):
        model_version_environment_metadata_id (None | str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
    """

    type_: WidgetPlotComparisonFixedReferenceValueType
    environment_name: str | Unset = UNSET
    external_batch_ids: list[str] | Unset = UNSET
    external_model_version_ids: list[str] | Unset = UNSET
    model_version_environment_metadata_id: None | str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        environment_name = self.environment_name

        external_batch_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_batch_ids, Unset):
            external_batch_ids = self.external_batch_ids

        external_model_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_model_version_ids, Unset):
            external_model_version_ids = self.external_model_version_ids

        model_version_environment_metadata_id: None | str | Unset
        if isinstance(self.model_version_environment_metadata_id, Unset):
            model_version_environment_metadata_id = UNSET
        else:
            model_version_environment_metadata_id = (
                self.model_version_environment_metadata_id
            )

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if environment_name is not UNSET:
            field_dict["environment_name"] = environment_name
        if external_batch_ids is not UNSET:
            field_dict["external_batch_ids"] = external_batch_ids
        if external_model_version_ids is not UNSET:
            field_dict["external_model_version_ids"] = external_model_version_ids
        if model_version_environment_metadata_id is not UNSET:
            field_dict["model_version_environment_metadata_id"] = (
                model_version_environment_metadata_id
            )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = cast(
            WidgetPlotComparisonFixedReferenceValueType,
            WidgetPlotComparisonFixedReferenceValueType._value2member_map_.get(
                src_dict["type"]
            )
            or WidgetPlotComparisonFixedReferenceValueType(src_dict["type"]),
        )

        environment_name = src_dict.get("environment_name", UNSET)

        external_batch_ids = cast(
            list[str] | Unset, src_dict.get("external_batch_ids", UNSET)
        )

        external_model_version_ids = cast(
            list[str] | Unset, src_dict.get("external_model_version_ids", UNSET)
        )

        model_version_environment_metadata_id: None | str | Unset = src_dict.get(
            "model_version_environment_metadata_id", UNSET
        )

        _start_time = src_dict.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = src_dict.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        widget_plot_comparison_fixed_reference_value = cls(
            type_=type_,
            environment_name=environment_name,
            external_batch_ids=external_batch_ids,
            external_model_version_ids=external_model_version_ids,
            model_version_environment_metadata_id=model_version_environment_metadata_id,
            start_time=start_time,
            end_time=end_time,
        )

        if len(src_dict) > 1 + (environment_name is not UNSET) + (
            external_batch_ids is not UNSET
        ) + (external_model_version_ids is not UNSET) + (
            model_version_environment_metadata_id is not UNSET
        ) + (start_time is not UNSET) + (end_time is not UNSET):
            widget_plot_comparison_fixed_reference_value.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return widget_plot_comparison_fixed_reference_value

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
        "environment_name",
        "external_batch_ids",
        "external_model_version_ids",
        "model_version_environment_metadata_id",
        "start_time",
        "end_time",
    }
)
