from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownCreateApiKeyResponse")


@_attrs_define
class UnknownCreateApiKeyResponse:
    """A CreateApiKeyResponse whose `key_type` this version of the client does not know; `to_dict()` returns the JSON
    object as received.

        Attributes:
            key_type (str):
            created_by_user_id (str | Unset):
            description (str | Unset):
            id (str | Unset):
            key (str | Unset):
            name (str | Unset):
            redacted_key (str | Unset):
    """

    key_type: str
    created_by_user_id: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    redacted_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_type = self.key_type

        created_by_user_id = self.created_by_user_id

        description = self.description

        id = self.id

        key = self.key

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
        if key is not UNSET:
            field_dict["key"] = key
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

        key: str | Unset = src_dict.get("key", UNSET)
        if type(key) is not str and key is not UNSET:
            raise SchemaMismatch.expected("a string", key, "key")

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        redacted_key: str | Unset = src_dict.get("redacted_key", UNSET)
        if type(redacted_key) is not str and redacted_key is not UNSET:
            raise SchemaMismatch.expected("a string", redacted_key, "redacted_key")

        if cls is UnknownCreateApiKeyResponse:
            unknown_create_api_key_response = cls.__new__(cls)
            unknown_create_api_key_response.key_type = key_type
            unknown_create_api_key_response.created_by_user_id = created_by_user_id
            unknown_create_api_key_response.description = description
            unknown_create_api_key_response.id = id
            unknown_create_api_key_response.key = key
            unknown_create_api_key_response.name = name
            unknown_create_api_key_response.redacted_key = redacted_key
            unknown_create_api_key_response.additional_properties = {}
        else:
            unknown_create_api_key_response = cls(
                key_type=key_type,
                created_by_user_id=created_by_user_id,
                description=description,
                id=id,
                key=key,
                name=name,
                redacted_key=redacted_key,
            )

        if len(src_dict) > 1 + (created_by_user_id is not UNSET) + (
            description is not UNSET
        ) + (id is not UNSET) + (key is not UNSET) + (name is not UNSET) + (
            redacted_key is not UNSET
        ):
            unknown_create_api_key_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_create_api_key_response

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
        "key",
        "name",
        "redacted_key",
    }
)
