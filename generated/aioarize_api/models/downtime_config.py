from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

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
        _start = src_dict["start"]
        start: datetime.datetime
        try:
            start = datetime.datetime.fromisoformat(_start)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _start, "start"
            ) from None

        duration_seconds: int = src_dict["duration_seconds"]
        if type(duration_seconds) is not int:
            raise SchemaMismatch.expected(
                "an integer", duration_seconds, "duration_seconds"
            )

        frequency_days: int = src_dict["frequency_days"]
        if type(frequency_days) is not int:
            raise SchemaMismatch.expected(
                "an integer", frequency_days, "frequency_days"
            )

        if cls is DowntimeConfig:
            downtime_config = cls.__new__(cls)
            downtime_config.start = start
            downtime_config.duration_seconds = duration_seconds
            downtime_config.frequency_days = frequency_days
            downtime_config.additional_properties = {}
        else:
            downtime_config = cls(
                start=start,
                duration_seconds=duration_seconds,
                frequency_days=frequency_days,
            )

        if len(src_dict) > 3:
            downtime_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

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


_KNOWN_KEYS = frozenset(
    {
        "start",
        "duration_seconds",
        "frequency_days",
    }
)
