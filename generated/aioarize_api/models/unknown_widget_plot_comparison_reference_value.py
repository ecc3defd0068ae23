from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownWidgetPlotComparisonReferenceValue")


@_attrs_define
class UnknownWidgetPlotComparisonReferenceValue:
    """A WidgetPlotComparisonReferenceValue whose `type` this version of the client does not know; `to_dict()` returns the
    JSON object as received.

        Attributes:
            type_ (str):
            environment_name (str | Unset):
            model_version_environment_metadata_id (None | str | Unset):
    """

    type_: str
    environment_name: str | Unset = UNSET
    model_version_environment_metadata_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        environment_name = self.environment_name

        model_version_environment_metadata_id: None | str | Unset
        if isinstance(self.model_version_environment_metadata_id, Unset):
            model_version_environment_metadata_id = UNSET
        else:
            model_version_environment_metadata_id = (
                self.model_version_environment_metadata_id
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if environment_name is not UNSET:
            field_dict["environment_name"] = environment_name
        if model_version_environment_metadata_id is not UNSET:
            field_dict["model_version_environment_metadata_id"] = (
                model_version_environment_metadata_id
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_: str = src_dict["type"]
        if type(type_) is not str:
            raise SchemaMismatch.expected("a string", type_, "type")

        environment_name: str | Unset = src_dict.get("environment_name", UNSET)
        if type(environment_name) is not str and environment_name is not UNSET:
            raise SchemaMismatch.expected(
                "a string", environment_name, "environment_name"
            )

        model_version_environment_metadata_id: None | str | Unset = src_dict.get(
            "model_version_environment_metadata_id", UNSET
        )
        if (
            model_version_environment_metadata_id is not None
            and type(model_version_environment_metadata_id) is not str
            and model_version_environment_metadata_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                model_version_environment_metadata_id,
                "model_version_environment_metadata_id",
            )

        if cls is UnknownWidgetPlotComparisonReferenceValue:
            unknown_widget_plot_comparison_reference_value = cls.__new__(cls)
            unknown_widget_plot_comparison_reference_value.type_ = type_
            unknown_widget_plot_comparison_reference_value.environment_name = (
                environment_name
            )
            unknown_widget_plot_comparison_reference_value.model_version_environment_metadata_id = model_version_environment_metadata_id
            unknown_widget_plot_comparison_reference_value.additional_properties = {}
        else:
            unknown_widget_plot_comparison_reference_value = cls(
                type_=type_,
                environment_name=environment_name,
                model_version_environment_metadata_id=model_version_environment_metadata_id,
            )

        if len(src_dict) > 1 + (environment_name is not UNSET) + (
            model_version_environment_metadata_id is not UNSET
        ):
            unknown_widget_plot_comparison_reference_value.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_widget_plot_comparison_reference_value

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
        "model_version_environment_metadata_id",
    }
)
