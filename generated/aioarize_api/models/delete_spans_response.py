from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="DeleteSpansResponse")


@_attrs_define
class DeleteSpansResponse:
    """
    Attributes:
        completed (bool):
        deleted_span_ids (list[str]):
        not_deleted_span_ids (list[str]):
    """

    completed: bool
    deleted_span_ids: list[str]
    not_deleted_span_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        deleted_span_ids = self.deleted_span_ids

        not_deleted_span_ids = self.not_deleted_span_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed": completed,
                "deleted_span_ids": deleted_span_ids,
                "not_deleted_span_ids": not_deleted_span_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        completed: bool = src_dict["completed"]
        if type(completed) is not bool:
            raise SchemaMismatch.expected("a boolean", completed, "completed")

        _deleted_span_ids = src_dict["deleted_span_ids"]
        deleted_span_ids: list[str]
        try:
            if type(_deleted_span_ids) is not list:
                raise SchemaMismatch.expected("an array", _deleted_span_ids)
            for deleted_span_ids_item in _deleted_span_ids:
                if type(deleted_span_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _deleted_span_ids, deleted_span_ids_item
                    )
            deleted_span_ids = _deleted_span_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "deleted_span_ids")

        _not_deleted_span_ids = src_dict["not_deleted_span_ids"]
        not_deleted_span_ids: list[str]
        try:
            if type(_not_deleted_span_ids) is not list:
                raise SchemaMismatch.expected("an array", _not_deleted_span_ids)
            for not_deleted_span_ids_item in _not_deleted_span_ids:
                if type(not_deleted_span_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _not_deleted_span_ids, not_deleted_span_ids_item
                    )
            not_deleted_span_ids = _not_deleted_span_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "not_deleted_span_ids")

        if cls is DeleteSpansResponse:
            delete_spans_response = cls.__new__(cls)
            delete_spans_response.completed = completed
            delete_spans_response.deleted_span_ids = deleted_span_ids
            delete_spans_response.not_deleted_span_ids = not_deleted_span_ids
            delete_spans_response.additional_properties = {}
        else:
            delete_spans_response = cls(
                completed=completed,
                deleted_span_ids=deleted_span_ids,
                not_deleted_span_ids=not_deleted_span_ids,
            )

        if len(src_dict) > 3:
            delete_spans_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_spans_response

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
        "deleted_span_ids",
        "not_deleted_span_ids",
    }
)
