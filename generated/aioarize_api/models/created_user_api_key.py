from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.api_key_status import ApiKeyStatus
from ..models.created_user_api_key_key_type import CreatedUserApiKeyKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedUserApiKey")


@_attrs_define
class CreatedUserApiKey:
    """
    Attributes:
        key_type (CreatedUserApiKeyKeyType):
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        status (ApiKeyStatus | Unset):
        redacted_key (str | Unset):
        created_at (datetime.datetime | Unset):
        expires_at (datetime.datetime | Unset):
        created_by_user_id (str | Unset):
        last_used_at (datetime.datetime | Unset):
        key (str | Unset):
    """

    key_type: CreatedUserApiKeyKeyType
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: ApiKeyStatus | Unset = UNSET
    redacted_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_type = self.key_type.value

        id = self.id

        name = self.name

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        redacted_key = self.redacted_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        created_by_user_id = self.created_by_user_id

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_type": key_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if redacted_key is not UNSET:
            field_dict["redacted_key"] = redacted_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _key_type = src_dict["key_type"]
        key_type: CreatedUserApiKeyKeyType
        try:
            key_type = cast(
                CreatedUserApiKeyKeyType,
                CreatedUserApiKeyKeyType._value2member_map_.get(_key_type)
                or CreatedUserApiKeyKeyType(_key_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _key_type, "key_type") from None

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        _status = src_dict.get("status", UNSET)
        status: ApiKeyStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = cast(
                    ApiKeyStatus,
                    ApiKeyStatus._value2member_map_.get(_status)
                    or ApiKeyStatus(_status),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected("a string", _status, "status") from None

        redacted_key: str | Unset = src_dict.get("redacted_key", UNSET)
        if type(redacted_key) is not str and redacted_key is not UNSET:
            raise SchemaMismatch.expected("a string", redacted_key, "redacted_key")

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _created_at, "created_at"
                ) from None

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

        created_by_user_id: str | Unset = src_dict.get("created_by_user_id", UNSET)
        if type(created_by_user_id) is not str and created_by_user_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

        _last_used_at = src_dict.get("last_used_at", UNSET)
        last_used_at: datetime.datetime | Unset
        if _last_used_at is UNSET:
            last_used_at = UNSET
        else:
            try:
                last_used_at = datetime.datetime.fromisoformat(_last_used_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _last_used_at, "last_used_at"
                ) from None

        key: str | Unset = src_dict.get("key", UNSET)
        if type(key) is not str and key is not UNSET:
            raise SchemaMismatch.expected("a string", key, "key")

        if cls is CreatedUserApiKey:
            created_user_api_key = cls.__new__(cls)
            created_user_api_key.key_type = key_type
            created_user_api_key.id = id
            created_user_api_key.name = name
            created_user_api_key.description = description
            created_user_api_key.status = status
            created_user_api_key.redacted_key = redacted_key
            created_user_api_key.created_at = created_at
            created_user_api_key.expires_at = expires_at
            created_user_api_key.created_by_user_id = created_by_user_id
            created_user_api_key.last_used_at = last_used_at
            created_user_api_key.key = key
            created_user_api_key.additional_properties = {}
        else:
            created_user_api_key = cls(
                key_type=key_type,
                id=id,
                name=name,
                description=description,
                status=status,
                redacted_key=redacted_key,
                created_at=created_at,
                expires_at=expires_at,
                created_by_user_id=created_by_user_id,
                last_used_at=last_used_at,
                key=key,
            )

        if len(src_dict) > 1 + (id is not UNSET) + (name is not UNSET) + (
            description is not UNSET
        ) + (status is not UNSET) + (redacted_key is not UNSET) + (
            created_at is not UNSET
        ) + (expires_at is not UNSET) + (created_by_user_id is not UNSET) + (
            last_used_at is not UNSET
        ) + (key is not UNSET):
            created_user_api_key.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return created_user_api_key

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
        "id",
        "name",
        "description",
        "status",
        "redacted_key",
        "created_at",
        "expires_at",
        "created_by_user_id",
        "last_used_at",
        "key",
    }
)
