from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DowntimeConfig")


@_attrs_define
class DowntimeConfig:
    """
    Attributes:
        start (datetime.datetime):
        duration_seconds (int):
        frequency_days (int):
    """

    start: datetime.datetime
    duration_seconds: int
    frequency_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        duration_seconds = self.duration_seconds

        frequency_days = self.frequency_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "duration_seconds": duration_seconds,
                "frequency_days": frequency_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = datetime.datetime.fromisoformat(d.pop("start"))

        duration_seconds = d.pop("duration_seconds")

        frequency_days = d.pop("frequency_days")

        downtime_config = cls(
            start=start,
            duration_seconds=duration_seconds,
            frequency_days=frequency_days,
        )

        downtime_config.additional_properties = d
        return downtime_config

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
