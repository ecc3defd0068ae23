from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.moving_custom_baseline_window_type import MovingCustomBaselineWindowType

T = TypeVar("T", bound="MovingCustomBaselineWindow")


@_attrs_define
class MovingCustomBaselineWindow:
    """
    Attributes:
        type_ (MovingCustomBaselineWindowType):
        moving_window_seconds (int):
        moving_window_delay_seconds (int):
    """

    type_: MovingCustomBaselineWindowType
    moving_window_seconds: int
    moving_window_delay_seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        moving_window_seconds = self.moving_window_seconds

        moving_window_delay_seconds = self.moving_window_delay_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "moving_window_seconds": moving_window_seconds,
                "moving_window_delay_seconds": moving_window_delay_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: MovingCustomBaselineWindowType
        try:
            type_ = cast(
                MovingCustomBaselineWindowType,
                MovingCustomBaselineWindowType._value2member_map_.get(_type_)
                or MovingCustomBaselineWindowType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        moving_window_seconds: int = src_dict["moving_window_seconds"]
        if type(moving_window_seconds) is not int:
            raise SchemaMismatch.expected(
                "an integer", moving_window_seconds, "moving_window_seconds"
            )

        moving_window_delay_seconds: int = src_dict["moving_window_delay_seconds"]
        if type(moving_window_delay_seconds) is not int:
            raise SchemaMismatch.expected(
                "an integer", moving_window_delay_seconds, "moving_window_delay_seconds"
            )

        if cls is MovingCustomBaselineWindow:
            moving_custom_baseline_window = cls.__new__(cls)
            moving_custom_baseline_window.type_ = type_
            moving_custom_baseline_window.moving_window_seconds = moving_window_seconds
            moving_custom_baseline_window.moving_window_delay_seconds = (
                moving_window_delay_seconds
            )
            moving_custom_baseline_window.additional_properties = {}
        else:
            moving_custom_baseline_window = cls(
                type_=type_,
                moving_window_seconds=moving_window_seconds,
                moving_window_delay_seconds=moving_window_delay_seconds,
            )

        if len(src_dict) > 3:
            moving_custom_baseline_window.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return moving_custom_baseline_window

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
        "moving_window_seconds",
        "moving_window_delay_seconds",
    }
)
