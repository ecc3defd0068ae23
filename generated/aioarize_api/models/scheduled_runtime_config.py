from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledRuntimeConfig")


@_attrs_define
class ScheduledRuntimeConfig:
    """
    Attributes:
        enabled (bool):
        cadence_seconds (int | Unset):
        days_of_week (list[int] | Unset):
    """

    enabled: bool
    cadence_seconds: int | Unset = UNSET
    days_of_week: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        cadence_seconds = self.cadence_seconds

        days_of_week: list[int] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if cadence_seconds is not UNSET:
            field_dict["cadence_seconds"] = cadence_seconds
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled: bool = src_dict["enabled"]
        if type(enabled) is not bool:
            raise SchemaMismatch.expected("a boolean", enabled, "enabled")

        cadence_seconds: int | Unset = src_dict.get("cadence_seconds", UNSET)
        if type(cadence_seconds) is not int and cadence_seconds is not UNSET:
            raise SchemaMismatch.expected(
                "an integer", cadence_seconds, "cadence_seconds"
            )

        _days_of_week = src_dict.get("days_of_week", UNSET)
        days_of_week: list[int] | Unset
        if _days_of_week is UNSET:
            days_of_week = UNSET
        else:
            try:
                if type(_days_of_week) is not list:
                    raise SchemaMismatch.expected("an array", _days_of_week)
                for days_of_week_item in _days_of_week:
                    if type(days_of_week_item) is not int:
                        raise SchemaMismatch.expected_item(
                            "an integer", _days_of_week, days_of_week_item
                        )
                days_of_week = _days_of_week

            except Exception as error_:
                raise SchemaMismatch.at(error_, "days_of_week")

        if cls is ScheduledRuntimeConfig:
            scheduled_runtime_config = cls.__new__(cls)
            scheduled_runtime_config.enabled = enabled
            scheduled_runtime_config.cadence_seconds = cadence_seconds
            scheduled_runtime_config.days_of_week = days_of_week
            scheduled_runtime_config.additional_properties = {}
        else:
            scheduled_runtime_config = cls(
                enabled=enabled,
                cadence_seconds=cadence_seconds,
                days_of_week=days_of_week,
            )

        if len(src_dict) > 1 + (cadence_seconds is not UNSET) + (
            days_of_week is not UNSET
        ):
            scheduled_runtime_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return scheduled_runtime_config

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
        "enabled",
        "cadence_seconds",
        "days_of_week",
    }
)
