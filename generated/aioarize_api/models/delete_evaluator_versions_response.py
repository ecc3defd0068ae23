from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteEvaluatorVersionsResponse")


@_attrs_define
class DeleteEvaluatorVersionsResponse:
    """
    Attributes:
        completed (bool | Unset):
        deleted_version_ids (list[str] | Unset):
        not_deleted_version_ids (list[str] | Unset):
    """

    completed: bool | Unset = UNSET
    deleted_version_ids: list[str] | Unset = UNSET
    not_deleted_version_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        deleted_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.deleted_version_ids, Unset):
            deleted_version_ids = self.deleted_version_ids

        not_deleted_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.not_deleted_version_ids, Unset):
            not_deleted_version_ids = self.not_deleted_version_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if deleted_version_ids is not UNSET:
            field_dict["deleted_version_ids"] = deleted_version_ids
        if not_deleted_version_ids is not UNSET:
            field_dict["not_deleted_version_ids"] = not_deleted_version_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        completed: bool | Unset = src_dict.get("completed", UNSET)
        if type(completed) is not bool and completed is not UNSET:
            raise SchemaMismatch.expected("a boolean", completed, "completed")

        _deleted_version_ids = src_dict.get("deleted_version_ids", UNSET)
        deleted_version_ids: list[str] | Unset
        if _deleted_version_ids is UNSET:
            deleted_version_ids = UNSET
        else:
            try:
                if type(_deleted_version_ids) is not list:
                    raise SchemaMismatch.expected("an array", _deleted_version_ids)
                for deleted_version_ids_item in _deleted_version_ids:
                    if type(deleted_version_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _deleted_version_ids, deleted_version_ids_item
                        )
                deleted_version_ids = _deleted_version_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "deleted_version_ids")

        _not_deleted_version_ids = src_dict.get("not_deleted_version_ids", UNSET)
        not_deleted_version_ids: list[str] | Unset
        if _not_deleted_version_ids is UNSET:
            not_deleted_version_ids = UNSET
        else:
            try:
                if type(_not_deleted_version_ids) is not list:
                    raise SchemaMismatch.expected("an array", _not_deleted_version_ids)
                for not_deleted_version_ids_item in _not_deleted_version_ids:
                    if type(not_deleted_version_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string",
                            _not_deleted_version_ids,
                            not_deleted_version_ids_item,
                        )
                not_deleted_version_ids = _not_deleted_version_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "not_deleted_version_ids")

        if cls is DeleteEvaluatorVersionsResponse:
            delete_evaluator_versions_response = cls.__new__(cls)
            delete_evaluator_versions_response.completed = completed
            delete_evaluator_versions_response.deleted_version_ids = deleted_version_ids
            delete_evaluator_versions_response.not_deleted_version_ids = (
                not_deleted_version_ids
            )
            delete_evaluator_versions_response.additional_properties = {}
        else:
            delete_evaluator_versions_response = cls(
                completed=completed,
                deleted_version_ids=deleted_version_ids,
                not_deleted_version_ids=not_deleted_version_ids,
            )

        if len(src_dict) > (completed is not UNSET) + (
            deleted_version_ids is not UNSET
        ) + (not_deleted_version_ids is not UNSET):
            delete_evaluator_versions_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_evaluator_versions_response

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
        "deleted_version_ids",
        "not_deleted_version_ids",
    }
)
