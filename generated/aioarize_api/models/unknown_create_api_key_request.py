from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownCreateApiKeyRequest")


@_attrs_define
class UnknownCreateApiKeyRequest:
    """A CreateApiKeyRequest whose `key_type` this version of the client does not know; `to_dict()` returns the JSON object
    as received.

        Attributes:
            key_type (str):
            name (str):
            description (str | Unset):
    """

    key_type: str
    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_type = self.key_type

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_type": key_type,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        key_type: str = src_dict["key_type"]
        if type(key_type) is not str:
            raise SchemaMismatch.expected("a string", key_type, "key_type")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        if cls is UnknownCreateApiKeyRequest:
            unknown_create_api_key_request = cls.__new__(cls)
            unknown_create_api_key_request.key_type = key_type
            unknown_create_api_key_request.name = name
            unknown_create_api_key_request.description = description
            unknown_create_api_key_request.additional_properties = {}
        else:
            unknown_create_api_key_request = cls(
                key_type=key_type,
                name=name,
                description=description,
            )

        if len(src_dict) > 2 + (description is not UNSET):
            unknown_create_api_key_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_create_api_key_request

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
        "name",
        "description",
    }
)
