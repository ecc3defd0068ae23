from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_user_api_key_request_key_type import CreateUserApiKeyRequestKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserApiKeyRequest")


@_attrs_define
class CreateUserApiKeyRequest:
    """
    Attributes:
        key_type (CreateUserApiKeyRequestKeyType):
        name (str):
        description (str | Unset):
        expires_at (datetime.datetime | Unset):
    """

    key_type: CreateUserApiKeyRequestKeyType
    name: str
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_type = self.key_type.value

        name = self.name

        description = self.description

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

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
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _key_type = src_dict["key_type"]
        key_type: CreateUserApiKeyRequestKeyType
        try:
            key_type = cast(
                CreateUserApiKeyRequestKeyType,
                CreateUserApiKeyRequestKeyType._value2member_map_.get(_key_type)
                or CreateUserApiKeyRequestKeyType(_key_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _key_type, "key_type") from None

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        _expires_at = src_dict.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            try:
                expires_at = datetime.datetime.fromisoformat(_expires_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _expires_at, "expires_at"
                ) from None

        if cls is CreateUserApiKeyRequest:
            create_user_api_key_request = cls.__new__(cls)
            create_user_api_key_request.key_type = key_type
            create_user_api_key_request.name = name
            create_user_api_key_request.description = description
            create_user_api_key_request.expires_at = expires_at
            create_user_api_key_request.additional_properties = {}
        else:
            create_user_api_key_request = cls(
                key_type=key_type,
                name=name,
                description=description,
                expires_at=expires_at,
            )

        if len(src_dict) > 2 + (description is not UNSET) + (expires_at is not UNSET):
            create_user_api_key_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_user_api_key_request

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
        "expires_at",
    }
)
