from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.manual_threshold_bound import ManualThresholdBound  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ManualRangeThresholdType(d.pop("type"))

        lower = ManualThresholdBound.from_dict(d.pop("lower"))

        upper = ManualThresholdBound.from_dict(d.pop("upper"))

        manual_range_threshold = cls(
            type_=type_,
            lower=lower,
            upper=upper,
        )

        manual_range_threshold.additional_properties = d
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
