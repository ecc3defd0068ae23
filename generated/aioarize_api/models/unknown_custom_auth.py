from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="UnknownCustomAuth")


@_attrs_define
class UnknownCustomAuth:
    """A CustomAuth whose `auth_type` this version of the client does not know; `to_dict()` returns the JSON object as
    received.

        Attributes:
            auth_type (str):
    """

    auth_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        auth_type: str = src_dict["auth_type"]
        if type(auth_type) is not str:
            raise SchemaMismatch.expected("a string", auth_type, "auth_type")

        if cls is UnknownCustomAuth:
            unknown_custom_auth = cls.__new__(cls)
            unknown_custom_auth.auth_type = auth_type
            unknown_custom_auth.additional_properties = {}
        else:
            unknown_custom_auth = cls(
                auth_type=auth_type,
            )

        if len(src_dict) > 1:
            unknown_custom_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_custom_auth

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
    }
)
