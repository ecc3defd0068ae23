from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownRunConfiguration")


@_attrs_define
class UnknownRunConfiguration:
    """A RunConfiguration whose `experiment_type` this version of the client does not know; `to_dict()` returns the JSON
    object as received.

        Attributes:
            experiment_type (str):
            model_name (str | Unset): Model name (e.g. `gpt-4o`). Falls back to the integration's default if omitted.
    """

    experiment_type: str
    model_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_type = self.experiment_type

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_type": experiment_type,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        experiment_type = d.pop("experiment_type")

        model_name = d.pop("model_name", UNSET)

        unknown_run_configuration = cls(
            experiment_type=experiment_type,
            model_name=model_name,
        )

        unknown_run_configuration.additional_properties = d
        return unknown_run_configuration

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
