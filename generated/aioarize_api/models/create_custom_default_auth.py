from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_custom_default_auth_auth_type import (
    CreateCustomDefaultAuthAuthType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomDefaultAuth")


@_attrs_define
class CreateCustomDefaultAuth:
    """
    Attributes:
        auth_type (CreateCustomDefaultAuthAuthType):
        api_key (str | Unset):
    """

    auth_type: CreateCustomDefaultAuthAuthType
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auth_type = src_dict["auth_type"]
        auth_type: CreateCustomDefaultAuthAuthType
        try:
            auth_type = cast(
                CreateCustomDefaultAuthAuthType,
                CreateCustomDefaultAuthAuthType._value2member_map_.get(_auth_type)
                or CreateCustomDefaultAuthAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        api_key: str | Unset = src_dict.get("api_key", UNSET)
        if type(api_key) is not str and api_key is not UNSET:
            raise SchemaMismatch.expected("a string", api_key, "api_key")

        if cls is CreateCustomDefaultAuth:
            create_custom_default_auth = cls.__new__(cls)
            create_custom_default_auth.auth_type = auth_type
            create_custom_default_auth.api_key = api_key
            create_custom_default_auth.additional_properties = {}
        else:
            create_custom_default_auth = cls(
                auth_type=auth_type,
                api_key=api_key,
            )

        if len(src_dict) > 1 + (api_key is not UNSET):
            create_custom_default_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_custom_default_auth

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
        "api_key",
    }
)
