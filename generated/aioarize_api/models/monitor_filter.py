from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_operator import FilterOperator

if TYPE_CHECKING:
    from ..models.dimension import Dimension


T = TypeVar("T", bound="MonitorFilter")


@_attrs_define
class MonitorFilter:
    """
    Attributes:
        dimension (Dimension):
        operator (FilterOperator):
        values (list[str]):
    """

    dimension: Dimension
    operator: FilterOperator
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension.to_dict()

        operator = self.operator.value

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimension": dimension,
                "operator": operator,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dimension import Dimension  # noqa: PLC0415

        d = dict(src_dict)
        dimension = Dimension.from_dict(d.pop("dimension"))

        operator = FilterOperator(d.pop("operator"))

        values = cast(list[str], d.pop("values"))

        monitor_filter = cls(
            dimension=dimension,
            operator=operator,
            values=values,
        )

        monitor_filter.additional_properties = d
        return monitor_filter

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
