from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="TaskQueryMappingInput")


@_attrs_define
class TaskQueryMappingInput:
    """
    Attributes:
        variable_name (str):
        query_ids (list[str]):
        attribute_path (str):
    """

    variable_name: str
    query_ids: list[str]
    attribute_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        query_ids = self.query_ids

        attribute_path = self.attribute_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_name": variable_name,
                "query_ids": query_ids,
                "attribute_path": attribute_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        variable_name: str = src_dict["variable_name"]
        if type(variable_name) is not str:
            raise SchemaMismatch.expected("a string", variable_name, "variable_name")

        _query_ids = src_dict["query_ids"]
        query_ids: list[str]
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

        attribute_path: str = src_dict["attribute_path"]
        if type(attribute_path) is not str:
            raise SchemaMismatch.expected("a string", attribute_path, "attribute_path")

        if cls is TaskQueryMappingInput:
            task_query_mapping_input = cls.__new__(cls)
            task_query_mapping_input.variable_name = variable_name
            task_query_mapping_input.query_ids = query_ids
            task_query_mapping_input.attribute_path = attribute_path
            task_query_mapping_input.additional_properties = {}
        else:
            task_query_mapping_input = cls(
                variable_name=variable_name,
                query_ids=query_ids,
                attribute_path=attribute_path,
            )

        if len(src_dict) > 3:
            task_query_mapping_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return task_query_mapping_input

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
