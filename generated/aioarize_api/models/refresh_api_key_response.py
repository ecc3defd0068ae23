from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.api_key_status import ApiKeyStatus
from ..models.api_key_type import ApiKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshApiKeyResponse")


@_attrs_define
class RefreshApiKeyResponse:
    """
    Attributes:
        id (str):
        name (str):
        key_type (ApiKeyType):
        status (ApiKeyStatus):
        redacted_key (str):
        created_at (datetime.datetime):
        created_by_user_id (str):
        key (str):
        description (str | Unset):
        expires_at (datetime.datetime | Unset):
        last_used_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    key_type: ApiKeyType
    status: ApiKeyStatus
    redacted_key: str
    created_at: datetime.datetime
    created_by_user_id: str
    key: str
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        key_type = self.key_type.value

        status = self.status.value

        redacted_key = self.redacted_key

        created_at = self.created_at.isoformat()

        created_by_user_id = self.created_by_user_id

        key = self.key

        description = self.description

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "key_type": key_type,
                "status": status,
                "redacted_key": redacted_key,
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "key": key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _key_type = src_dict["key_type"]
        key_type: ApiKeyType
        try:
            key_type = cast(
                ApiKeyType,
                ApiKeyType._value2member_map_.get(_key_type) or ApiKeyType(_key_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _key_type, "key_type") from None

        _status = src_dict["status"]
        status: ApiKeyStatus
        try:
            status = cast(
                ApiKeyStatus,
                ApiKeyStatus._value2member_map_.get(_status) or ApiKeyStatus(_status),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _status, "status") from None

        redacted_key: str = src_dict["redacted_key"]
        if type(redacted_key) is not str:
            raise SchemaMismatch.expected("a string", redacted_key, "redacted_key")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        created_by_user_id: str = src_dict["created_by_user_id"]
        if type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

        key: str = src_dict["key"]
        if type(key) is not str:
            raise SchemaMismatch.expected("a string", key, "key")

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

        if cls is RefreshApiKeyResponse:
            refresh_api_key_response = cls.__new__(cls)
            refresh_api_key_response.id = id
            refresh_api_key_response.name = name
            refresh_api_key_response.key_type = key_type
            refresh_api_key_response.status = status
            refresh_api_key_response.redacted_key = redacted_key
            refresh_api_key_response.created_at = created_at
            refresh_api_key_response.created_by_user_id = created_by_user_id
            refresh_api_key_response.key = key
            refresh_api_key_response.description = description
            refresh_api_key_response.expires_at = expires_at
            refresh_api_key_response.last_used_at = last_used_at
            refresh_api_key_response.additional_properties = {}
        else:
            refresh_api_key_response = cls(
                id=id,
                name=name,
                key_type=key_type,
                status=status,
                redacted_key=redacted_key,
                created_at=created_at,
                created_by_user_id=created_by_user_id,
                key=key,
                description=description,
                expires_at=expires_at,
                last_used_at=last_used_at,
            )

        if len(src_dict) > 8 + (description is not UNSET) + (
            expires_at is not UNSET
        ) + (last_used_at is not UNSET):
            refresh_api_key_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return refresh_api_key_response

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
        "id",
        "name",
        "key_type",
        "status",
        "redacted_key",
        "created_at",
        "created_by_user_id",
        "key",
        "description",
        "expires_at",
        "last_used_at",
    }
)
