from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveTagsResponse")


@_attrs_define
class RemoveTagsResponse:
    """
    Attributes:
        completed (bool | Unset):
        deleted (list[str] | Unset):
        not_deleted (list[str] | Unset):
    """

    completed: bool | Unset = UNSET
    deleted: list[str] | Unset = UNSET
    not_deleted: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        deleted: list[str] | Unset = UNSET
        if not isinstance(self.deleted, Unset):
            deleted = self.deleted

        not_deleted: list[str] | Unset = UNSET
        if not isinstance(self.not_deleted, Unset):
            not_deleted = self.not_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_deleted is not UNSET:
            field_dict["not_deleted"] = not_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        completed: bool | Unset = src_dict.get("completed", UNSET)
        if type(completed) is not bool and completed is not UNSET:
            raise SchemaMismatch.expected("a boolean", completed, "completed")

        _deleted = src_dict.get("deleted", UNSET)
        deleted: list[str] | Unset
        if _deleted is UNSET:
            deleted = UNSET
        else:
            try:
                if type(_deleted) is not list:
                    raise SchemaMismatch.expected("an array", _deleted)
                for deleted_item in _deleted:
                    if type(deleted_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _deleted, deleted_item
                        )
                deleted = _deleted

            except Exception as error_:
                raise SchemaMismatch.at(error_, "deleted")

        _not_deleted = src_dict.get("not_deleted", UNSET)
        not_deleted: list[str] | Unset
        if _not_deleted is UNSET:
            not_deleted = UNSET
        else:
            try:
                if type(_not_deleted) is not list:
                    raise SchemaMismatch.expected("an array", _not_deleted)
                for not_deleted_item in _not_deleted:
                    if type(not_deleted_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _not_deleted, not_deleted_item
                        )
                not_deleted = _not_deleted

            except Exception as error_:
                raise SchemaMismatch.at(error_, "not_deleted")

        if cls is RemoveTagsResponse:
            remove_tags_response = cls.__new__(cls)
            remove_tags_response.completed = completed
            remove_tags_response.deleted = deleted
            remove_tags_response.not_deleted = not_deleted
            remove_tags_response.additional_properties = {}
        else:
            remove_tags_response = cls(
                completed=completed,
                deleted=deleted,
                not_deleted=not_deleted,
            )

        if len(src_dict) > (completed is not UNSET) + (deleted is not UNSET) + (
            not_deleted is not UNSET
        ):
            remove_tags_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return remove_tags_response

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
        "deleted",
        "not_deleted",
    }
)
