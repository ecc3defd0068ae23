from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.fixed_custom_baseline_window_type import FixedCustomBaselineWindowType

T = TypeVar("T", bound="FixedCustomBaselineWindow")


@_attrs_define
class FixedCustomBaselineWindow:
    """
    Attributes:
        type_ (FixedCustomBaselineWindowType):
        fixed_start_date (datetime.datetime):
        fixed_end_date (datetime.datetime):
    """

    type_: FixedCustomBaselineWindowType
    fixed_start_date: datetime.datetime
    fixed_end_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        fixed_start_date = self.fixed_start_date.isoformat()

        fixed_end_date = self.fixed_end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "fixed_start_date": fixed_start_date,
                "fixed_end_date": fixed_end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: FixedCustomBaselineWindowType
        try:
            type_ = cast(
                FixedCustomBaselineWindowType,
                FixedCustomBaselineWindowType._value2member_map_.get(_type_)
                or FixedCustomBaselineWindowType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _fixed_start_date = src_dict["fixed_start_date"]
        fixed_start_date: datetime.datetime
        try:
            fixed_start_date = datetime.datetime.fromisoformat(_fixed_start_date)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _fixed_start_date, "fixed_start_date"
            ) from None

        _fixed_end_date = src_dict["fixed_end_date"]
        fixed_end_date: datetime.datetime
        try:
            fixed_end_date = datetime.datetime.fromisoformat(_fixed_end_date)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _fixed_end_date, "fixed_end_date"
            ) from None

        if cls is FixedCustomBaselineWindow:
            fixed_custom_baseline_window = cls.__new__(cls)
            fixed_custom_baseline_window.type_ = type_
            fixed_custom_baseline_window.fixed_start_date = fixed_start_date
            fixed_custom_baseline_window.fixed_end_date = fixed_end_date
            fixed_custom_baseline_window.additional_properties = {}
        else:
            fixed_custom_baseline_window = cls(
                type_=type_,
                fixed_start_date=fixed_start_date,
                fixed_end_date=fixed_end_date,
            )

        if len(src_dict) > 3:
            fixed_custom_baseline_window.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return fixed_custom_baseline_window

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
        "fixed_start_date",
        "fixed_end_date",
    }
)
