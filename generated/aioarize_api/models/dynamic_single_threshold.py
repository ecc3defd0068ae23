from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.dynamic_single_threshold_type import DynamicSingleThresholdType
from ..models.threshold_calculation import ThresholdCalculation
from ..models.threshold_operator import ThresholdOperator

T = TypeVar("T", bound="DynamicSingleThreshold")


@_attrs_define
class DynamicSingleThreshold:
    """
    Attributes:
        type_ (DynamicSingleThresholdType):
        calculation (ThresholdCalculation):
        operator (ThresholdOperator):
        multiplier (float):
    """

    type_: DynamicSingleThresholdType
    calculation: ThresholdCalculation
    operator: ThresholdOperator
    multiplier: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        calculation = self.calculation.value

        operator = self.operator.value

        multiplier = self.multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "calculation": calculation,
                "operator": operator,
                "multiplier": multiplier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: DynamicSingleThresholdType
        try:
            type_ = cast(
                DynamicSingleThresholdType,
                DynamicSingleThresholdType._value2member_map_.get(_type_)
                or DynamicSingleThresholdType(_type_),
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

        _operator = src_dict["operator"]
        operator: ThresholdOperator
        try:
            operator = cast(
                ThresholdOperator,
                ThresholdOperator._value2member_map_.get(_operator)
                or ThresholdOperator(_operator),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _operator, "operator") from None

        multiplier: float = src_dict["multiplier"]
        if (type(multiplier) is not float or multiplier - multiplier != 0) and type(
            multiplier
        ) is not int:
            raise SchemaMismatch.expected("a finite number", multiplier, "multiplier")

        if cls is DynamicSingleThreshold:
            dynamic_single_threshold = cls.__new__(cls)
            dynamic_single_threshold.type_ = type_
            dynamic_single_threshold.calculation = calculation
            dynamic_single_threshold.operator = operator
            dynamic_single_threshold.multiplier = multiplier
            dynamic_single_threshold.additional_properties = {}
        else:
            dynamic_single_threshold = cls(
                type_=type_,
                calculation=calculation,
                operator=operator,
                multiplier=multiplier,
            )

        if len(src_dict) > 4:
            dynamic_single_threshold.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dynamic_single_threshold

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
        "operator",
        "multiplier",
    }
)
