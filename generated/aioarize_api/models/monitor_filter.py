from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _dimension = src_dict["dimension"]
        dimension: Dimension
        try:
            if type(_dimension) is not dict:
                raise SchemaMismatch.expected("an object", _dimension)
            dimension = Dimension.from_dict(_dimension)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "dimension")

        _operator = src_dict["operator"]
        operator: FilterOperator
        try:
            operator = cast(
                FilterOperator,
                FilterOperator._value2member_map_.get(_operator)
                or FilterOperator(_operator),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _operator, "operator") from None

        _values = src_dict["values"]
        values: list[str]
        try:
            if type(_values) is not list:
                raise SchemaMismatch.expected("an array", _values)
            for values_item in _values:
                if type(values_item) is not str:
                    raise SchemaMismatch.expected_item("a string", _values, values_item)
            values = _values

        except Exception as error_:
            raise SchemaMismatch.at(error_, "values")

        if cls is MonitorFilter:
            monitor_filter = cls.__new__(cls)
            monitor_filter.dimension = dimension
            monitor_filter.operator = operator
            monitor_filter.values = values
            monitor_filter.additional_properties = {}
        else:
            monitor_filter = cls(
                dimension=dimension,
                operator=operator,
                values=values,
            )

        if len(src_dict) > 3:
            monitor_filter.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

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


_KNOWN_KEYS = frozenset(
    {
        "dimension",
        "operator",
        "values",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Dimension
    from ..models.dimension import Dimension  # noqa: PLC0415

    _lazy_imports_pending = False
