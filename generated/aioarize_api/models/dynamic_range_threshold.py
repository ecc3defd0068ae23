from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.dynamic_range_threshold_type import DynamicRangeThresholdType
from ..models.threshold_calculation import ThresholdCalculation

if TYPE_CHECKING:
    from ..models.dynamic_threshold_bound import DynamicThresholdBound


T = TypeVar("T", bound="DynamicRangeThreshold")


@_attrs_define
class DynamicRangeThreshold:
    """
    Attributes:
        type_ (DynamicRangeThresholdType):
        calculation (ThresholdCalculation):
        lower (DynamicThresholdBound):
        upper (DynamicThresholdBound):
    """

    type_: DynamicRangeThresholdType
    calculation: ThresholdCalculation
    lower: DynamicThresholdBound
    upper: DynamicThresholdBound
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        calculation = self.calculation.value

        lower = self.lower.to_dict()

        upper = self.upper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "calculation": calculation,
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
        type_: DynamicRangeThresholdType
        try:
            type_ = cast(
                DynamicRangeThresholdType,
                DynamicRangeThresholdType._value2member_map_.get(_type_)
                or DynamicRangeThresholdType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _calculation = src_dict["calculation"]
        calculation: ThresholdCalculation
        try:
            calculation = cast(
                ThresholdCalculation,
                ThresholdCalculation._value2member_map_.get(_calculation)
                or ThresholdCalculation(_calculation),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _calculation, "calculation"
            ) from None

        _lower = src_dict["lower"]
        lower: DynamicThresholdBound
        try:
            if type(_lower) is not dict:
                raise SchemaMismatch.expected("an object", _lower)
            lower = DynamicThresholdBound.from_dict(_lower)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "lower")

        _upper = src_dict["upper"]
        upper: DynamicThresholdBound
        try:
            if type(_upper) is not dict:
                raise SchemaMismatch.expected("an object", _upper)
            upper = DynamicThresholdBound.from_dict(_upper)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "upper")

        if cls is DynamicRangeThreshold:
            dynamic_range_threshold = cls.__new__(cls)
            dynamic_range_threshold.type_ = type_
            dynamic_range_threshold.calculation = calculation
            dynamic_range_threshold.lower = lower
            dynamic_range_threshold.upper = upper
            dynamic_range_threshold.additional_properties = {}
        else:
            dynamic_range_threshold = cls(
                type_=type_,
                calculation=calculation,
                lower=lower,
                upper=upper,
            )

        if len(src_dict) > 4:
            dynamic_range_threshold.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dynamic_range_threshold

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
        "calculation",
        "lower",
        "upper",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global DynamicThresholdBound
    from ..models.dynamic_threshold_bound import DynamicThresholdBound  # noqa: PLC0415

    _lazy_imports_pending = False
