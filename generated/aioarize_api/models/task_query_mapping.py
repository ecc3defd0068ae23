from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueryMapping")


@_attrs_define
class TaskQueryMapping:
    """
    Attributes:
        variable_name (str | Unset):
        query_ids (list[str] | Unset):
        attribute_path (str | Unset):
    """

    variable_name: str | Unset = UNSET
    query_ids: list[str] | Unset = UNSET
    attribute_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        query_ids: list[str] | Unset = UNSET
        if not isinstance(self.query_ids, Unset):
            query_ids = self.query_ids

        attribute_path = self.attribute_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variable_name is not UNSET:
            field_dict["variable_name"] = variable_name
        if query_ids is not UNSET:
            field_dict["query_ids"] = query_ids
        if attribute_path is not UNSET:
            field_dict["attribute_path"] = attribute_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        variable_name: str | Unset = src_dict.get("variable_name", UNSET)
        if type(variable_name) is not str and variable_name is not UNSET:
            raise SchemaMismatch.expected("a string", variable_name, "variable_name")

        _query_ids = src_dict.get("query_ids", UNSET)
        query_ids: list[str] | Unset
        if _query_ids is UNSET:
            query_ids = UNSET
        else:
            try:
                if type(_query_ids) is not list:
                    raise SchemaMismatch.expected("an array", _query_ids)
                for query_ids_item in _query_ids:
                    if type(query_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _query_ids, query_ids_item
                        )
                query_ids = _query_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "query_ids")

        attribute_path: str | Unset = src_dict.get("attribute_path", UNSET)
        if type(attribute_path) is not str and attribute_path is not UNSET:
            raise SchemaMismatch.expected("a string", attribute_path, "attribute_path")

        if cls is TaskQueryMapping:
            task_query_mapping = cls.__new__(cls)
            task_query_mapping.variable_name = variable_name
            task_query_mapping.query_ids = query_ids
            task_query_mapping.attribute_path = attribute_path
            task_query_mapping.additional_properties = {}
        else:
            task_query_mapping = cls(
                variable_name=variable_name,
                query_ids=query_ids,
                attribute_path=attribute_path,
            )

        if len(src_dict) > (variable_name is not UNSET) + (query_ids is not UNSET) + (
            attribute_path is not UNSET
        ):
            task_query_mapping.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return task_query_mapping

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
        "variable_name",
        "query_ids",
        "attribute_path",
    }
)
