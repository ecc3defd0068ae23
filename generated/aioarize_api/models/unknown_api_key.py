from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownApiKey")


@_attrs_define
class UnknownApiKey:
    """A ApiKey whose `key_type` this version of the client does not know; `to_dict()` returns the JSON object as received.

    Attributes:
        key_type (str):
        created_by_user_id (str | Unset):
        description (str | Unset):
        id (str | Unset):
        name (str | Unset):
        redacted_key (str | Unset):
    """

    key_type: str
    created_by_user_id: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    redacted_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_type = self.key_type

        created_by_user_id = self.created_by_user_id

        description = self.description

        id = self.id

        name = self.name

        redacted_key = self.redacted_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_type": key_type,
            }
        )
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if redacted_key is not UNSET:
            field_dict["redacted_key"] = redacted_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        key_type: str = src_dict["key_type"]
        if type(key_type) is not str:
            raise SchemaMismatch.expected("a string", key_type, "key_type")

        created_by_user_id: str | Unset = src_dict.get("created_by_user_id", UNSET)
        if type(created_by_user_id) is not str and created_by_user_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        redacted_key: str | Unset = src_dict.get("redacted_key", UNSET)
        if type(redacted_key) is not str and redacted_key is not UNSET:
            raise SchemaMismatch.expected("a string", redacted_key, "redacted_key")

        if cls is UnknownApiKey:
            unknown_api_key = cls.__new__(cls)
            unknown_api_key.key_type = key_type
            unknown_api_key.created_by_user_id = created_by_user_id
            unknown_api_key.description = description
            unknown_api_key.id = id
            unknown_api_key.name = name
            unknown_api_key.redacted_key = redacted_key
            unknown_api_key.additional_properties = {}
        else:
            unknown_api_key = cls(
                key_type=key_type,
                created_by_user_id=created_by_user_id,
                description=description,
                id=id,
                name=name,
                redacted_key=redacted_key,
            )

        if len(src_dict) > 1 + (created_by_user_id is not UNSET) + (
            description is not UNSET
        ) + (id is not UNSET) + (name is not UNSET) + (redacted_key is not UNSET):
            unknown_api_key.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_api_key

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
        "key_type",
        "created_by_user_id",
        "description",
        "id",
        "name",
        "redacted_key",
    }
)
