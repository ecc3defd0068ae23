from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.threshold_operator import ThresholdOperator

T = TypeVar("T", bound="DynamicThresholdBound")


@_attrs_define
class DynamicThresholdBound:
    """
    Attributes:
        operator (ThresholdOperator):
        multiplier (float):
    """

    operator: ThresholdOperator
    multiplier: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        multiplier = self.multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "multiplier": multiplier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        if cls is DynamicThresholdBound:
            dynamic_threshold_bound = cls.__new__(cls)
            dynamic_threshold_bound.operator = operator
            dynamic_threshold_bound.multiplier = multiplier
            dynamic_threshold_bound.additional_properties = {}
        else:
            dynamic_threshold_bound = cls(
                operator=operator,
                multiplier=multiplier,
            )

        if len(src_dict) > 2:
            dynamic_threshold_bound.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dynamic_threshold_bound

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
        "operator",
        "multiplier",
    }
)
