from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.custom_default_auth_auth_type import CustomDefaultAuthAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomDefaultAuth")


@_attrs_define
class CustomDefaultAuth:
    """
    Attributes:
        auth_type (CustomDefaultAuthAuthType):
        has_api_key (bool | Unset):
    """

    auth_type: CustomDefaultAuthAuthType
    has_api_key: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        has_api_key = self.has_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auth_type = src_dict["auth_type"]
        auth_type: CustomDefaultAuthAuthType
        try:
            auth_type = cast(
                CustomDefaultAuthAuthType,
                CustomDefaultAuthAuthType._value2member_map_.get(_auth_type)
                or CustomDefaultAuthAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        has_api_key: bool | Unset = src_dict.get("has_api_key", UNSET)
        if type(has_api_key) is not bool and has_api_key is not UNSET:
            raise SchemaMismatch.expected("a boolean", has_api_key, "has_api_key")

        if cls is CustomDefaultAuth:
            custom_default_auth = cls.__new__(cls)
            custom_default_auth.auth_type = auth_type
            custom_default_auth.has_api_key = has_api_key
            custom_default_auth.additional_properties = {}
        else:
            custom_default_auth = cls(
                auth_type=auth_type,
                has_api_key=has_api_key,
            )

        if len(src_dict) > 1 + (has_api_key is not UNSET):
            custom_default_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return custom_default_auth

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
        "auth_type",
        "has_api_key",
    }
)
