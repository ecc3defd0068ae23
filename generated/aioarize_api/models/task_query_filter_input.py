from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="TaskQueryFilterInput")


@_attrs_define
class TaskQueryFilterInput:
    """
    Attributes:
        id (str):
        filter_ (str):
    """

    id: str
    filter_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        filter_: str = src_dict["filter"]
        if type(filter_) is not str:
            raise SchemaMismatch.expected("a string", filter_, "filter")

        if cls is TaskQueryFilterInput:
            task_query_filter_input = cls.__new__(cls)
            task_query_filter_input.id = id
            task_query_filter_input.filter_ = filter_
            task_query_filter_input.additional_properties = {}
        else:
            task_query_filter_input = cls(
                id=id,
                filter_=filter_,
            )

        if len(src_dict) > 2:
            task_query_filter_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return task_query_filter_input

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
        "id",
        "filter",
    }
)
