from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueryFilter")


@_attrs_define
class TaskQueryFilter:
    """
    Attributes:
        id (str | Unset):
        filter_ (str | Unset):
    """

    id: str | Unset = UNSET
    filter_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        filter_: str | Unset = src_dict.get("filter", UNSET)
        if type(filter_) is not str and filter_ is not UNSET:
            raise SchemaMismatch.expected("a string", filter_, "filter")

        if cls is TaskQueryFilter:
            task_query_filter = cls.__new__(cls)
            task_query_filter.id = id
            task_query_filter.filter_ = filter_
            task_query_filter.additional_properties = {}
        else:
            task_query_filter = cls(
                id=id,
                filter_=filter_,
            )

        if len(src_dict) > (id is not UNSET) + (filter_ is not UNSET):
            task_query_filter.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return task_query_filter

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
