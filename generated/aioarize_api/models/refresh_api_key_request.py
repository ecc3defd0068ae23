from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshApiKeyRequest")


@_attrs_define
class RefreshApiKeyRequest:
    """
    Attributes:
        expires_at (datetime.datetime | Unset):
        grace_period_seconds (int | Unset):
    """

    expires_at: datetime.datetime | Unset = UNSET
    grace_period_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        grace_period_seconds = self.grace_period_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if grace_period_seconds is not UNSET:
            field_dict["grace_period_seconds"] = grace_period_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        grace_period_seconds: int | Unset = src_dict.get("grace_period_seconds", UNSET)
        if type(grace_period_seconds) is not int and grace_period_seconds is not UNSET:
            raise SchemaMismatch.expected(
                "an integer", grace_period_seconds, "grace_period_seconds"
            )

        if cls is RefreshApiKeyRequest:
            refresh_api_key_request = cls.__new__(cls)
            refresh_api_key_request.expires_at = expires_at
            refresh_api_key_request.grace_period_seconds = grace_period_seconds
            refresh_api_key_request.additional_properties = {}
        else:
            refresh_api_key_request = cls(
                expires_at=expires_at,
                grace_period_seconds=grace_period_seconds,
            )

        if len(src_dict) > (expires_at is not UNSET) + (
            grace_period_seconds is not UNSET
        ):
            refresh_api_key_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return refresh_api_key_request

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
        "expires_at",
        "grace_period_seconds",
    }
)
