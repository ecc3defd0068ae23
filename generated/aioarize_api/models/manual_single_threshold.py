from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.manual_single_threshold_type import ManualSingleThresholdType
from ..models.threshold_operator import ThresholdOperator

T = TypeVar("T", bound="ManualSingleThreshold")


@_attrs_define
class ManualSingleThreshold:
    """
    Attributes:
        type_ (ManualSingleThresholdType):
        operator (ThresholdOperator):
        value (float):
    """

    type_: ManualSingleThresholdType
    operator: ThresholdOperator
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: ManualSingleThresholdType
        try:
            type_ = cast(
                ManualSingleThresholdType,
                ManualSingleThresholdType._value2member_map_.get(_type_)
                or ManualSingleThresholdType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

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

        value: float = src_dict["value"]
        if (type(value) is not float or value - value != 0) and type(value) is not int:
            raise SchemaMismatch.expected("a finite number", value, "value")

        if cls is ManualSingleThreshold:
            manual_single_threshold = cls.__new__(cls)
            manual_single_threshold.type_ = type_
            manual_single_threshold.operator = operator
            manual_single_threshold.value = value
            manual_single_threshold.additional_properties = {}
        else:
            manual_single_threshold = cls(
                type_=type_,
                operator=operator,
                value=value,
            )

        if len(src_dict) > 3:
            manual_single_threshold.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return manual_single_threshold

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
        "operator",
        "value",
    }
)
