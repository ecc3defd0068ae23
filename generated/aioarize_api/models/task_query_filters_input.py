from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_query_filter_input import TaskQueryFilterInput


T = TypeVar("T", bound="TaskQueryFiltersInput")


@_attrs_define
class TaskQueryFiltersInput:
    """
    Attributes:
        filters (list[TaskQueryFilterInput]):
        expression (str | Unset):
    """

    filters: list[TaskQueryFilterInput]
    expression: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        expression = self.expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if expression is not UNSET:
            field_dict["expression"] = expression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _filters = src_dict["filters"]
        filters: list[TaskQueryFilterInput]
        try:
            if type(_filters) is not list:
                raise SchemaMismatch.expected("an array", _filters)
            filters_items: list[TaskQueryFilterInput] = []
            for filters_item in _filters:
                try:
                    if type(filters_item) is not dict:
                        raise SchemaMismatch.expected("an object", filters_item)
                    filters_value = TaskQueryFilterInput.from_dict(filters_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(filters_items))
                filters_items.append(filters_value)
            filters = filters_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "filters")

        expression: str | Unset = src_dict.get("expression", UNSET)
        if type(expression) is not str and expression is not UNSET:
            raise SchemaMismatch.expected("a string", expression, "expression")

        if cls is TaskQueryFiltersInput:
            task_query_filters_input = cls.__new__(cls)
            task_query_filters_input.filters = filters
            task_query_filters_input.expression = expression
            task_query_filters_input.additional_properties = {}
        else:
            task_query_filters_input = cls(
                filters=filters,
                expression=expression,
            )

        if len(src_dict) > 1 + (expression is not UNSET):
            task_query_filters_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return task_query_filters_input

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
        "filters",
        "expression",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global TaskQueryFilterInput
    from ..models.task_query_filter_input import TaskQueryFilterInput  # noqa: PLC0415

    _lazy_imports_pending = False
