from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.manual_range_threshold_type import ManualRangeThresholdType

if TYPE_CHECKING:
    from ..models.manual_threshold_bound import ManualThresholdBound


T = TypeVar("T", bound="ManualRangeThreshold")


@_attrs_define
class ManualRangeThreshold:
    """
    Attributes:
        type_ (ManualRangeThresholdType):
        lower (ManualThresholdBound):
        upper (ManualThresholdBound):
    """

    type_: ManualRangeThresholdType
    lower: ManualThresholdBound
    upper: ManualThresholdBound
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        lower = self.lower.to_dict()

        upper = self.upper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "lower": lower,
                "upper": upper,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: ManualRangeThresholdType
        try:
            type_ = cast(
                ManualRangeThresholdType,
                ManualRangeThresholdType._value2member_map_.get(_type_)
                or ManualRangeThresholdType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _lower = src_dict["lower"]
        lower: ManualThresholdBound
        try:
            if type(_lower) is not dict:
                raise SchemaMismatch.expected("an object", _lower)
            lower = ManualThresholdBound.from_dict(_lower)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "lower")

        _upper = src_dict["upper"]
        upper: ManualThresholdBound
        try:
            if type(_upper) is not dict:
                raise SchemaMismatch.expected("an object", _upper)
            upper = ManualThresholdBound.from_dict(_upper)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "upper")

        if cls is ManualRangeThreshold:
            manual_range_threshold = cls.__new__(cls)
            manual_range_threshold.type_ = type_
            manual_range_threshold.lower = lower
            manual_range_threshold.upper = upper
            manual_range_threshold.additional_properties = {}
        else:
            manual_range_threshold = cls(
                type_=type_,
                lower=lower,
                upper=upper,
            )

        if len(src_dict) > 3:
            manual_range_threshold.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return manual_range_threshold

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
        "lower",
        "upper",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ManualThresholdBound
    from ..models.manual_threshold_bound import ManualThresholdBound  # noqa: PLC0415

    _lazy_imports_pending = False
