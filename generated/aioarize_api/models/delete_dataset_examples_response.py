from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="DeleteDatasetExamplesResponse")


@_attrs_define
class DeleteDatasetExamplesResponse:
    """
    Attributes:
        completed (bool):
        deleted_example_ids (list[str]):
        not_deleted_example_ids (list[str]):
    """

    completed: bool
    deleted_example_ids: list[str]
    not_deleted_example_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        deleted_example_ids = self.deleted_example_ids

        not_deleted_example_ids = self.not_deleted_example_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed": completed,
                "deleted_example_ids": deleted_example_ids,
                "not_deleted_example_ids": not_deleted_example_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        completed: bool = src_dict["completed"]
        if type(completed) is not bool:
            raise SchemaMismatch.expected("a boolean", completed, "completed")

        _deleted_example_ids = src_dict["deleted_example_ids"]
        deleted_example_ids: list[str]
        try:
            if type(_deleted_example_ids) is not list:
                raise SchemaMismatch.expected("an array", _deleted_example_ids)
            for deleted_example_ids_item in _deleted_example_ids:
                if type(deleted_example_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _deleted_example_ids, deleted_example_ids_item
                    )
            deleted_example_ids = _deleted_example_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "deleted_example_ids")

        _not_deleted_example_ids = src_dict["not_deleted_example_ids"]
        not_deleted_example_ids: list[str]
        try:
            if type(_not_deleted_example_ids) is not list:
                raise SchemaMismatch.expected("an array", _not_deleted_example_ids)
            for not_deleted_example_ids_item in _not_deleted_example_ids:
                if type(not_deleted_example_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string",
                        _not_deleted_example_ids,
                        not_deleted_example_ids_item,
                    )
            not_deleted_example_ids = _not_deleted_example_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "not_deleted_example_ids")

        if cls is DeleteDatasetExamplesResponse:
            delete_dataset_examples_response = cls.__new__(cls)
            delete_dataset_examples_response.completed = completed
            delete_dataset_examples_response.deleted_example_ids = deleted_example_ids
            delete_dataset_examples_response.not_deleted_example_ids = (
                not_deleted_example_ids
            )
            delete_dataset_examples_response.additional_properties = {}
        else:
            delete_dataset_examples_response = cls(
                completed=completed,
                deleted_example_ids=deleted_example_ids,
                not_deleted_example_ids=not_deleted_example_ids,
            )

        if len(src_dict) > 3:
            delete_dataset_examples_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_dataset_examples_response

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
        "completed",
        "deleted_example_ids",
        "not_deleted_example_ids",
    }
)
