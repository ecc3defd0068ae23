from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """
    Attributes:
        name (str | Unset):
        is_developer (bool | Unset):
    """

    name: str | Unset = UNSET
    is_developer: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_developer = self.is_developer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_developer is not UNSET:
            field_dict["is_developer"] = is_developer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        is_developer: bool | Unset = src_dict.get("is_developer", UNSET)
        if type(is_developer) is not bool and is_developer is not UNSET:
            raise SchemaMismatch.expected("a boolean", is_developer, "is_developer")

        if cls is UpdateUserRequest:
            update_user_request = cls.__new__(cls)
            update_user_request.name = name
            update_user_request.is_developer = is_developer
            update_user_request.additional_properties = {}
        else:
            update_user_request = cls(
                name=name,
                is_developer=is_developer,
            )

        if len(src_dict) > (name is not UNSET) + (is_developer is not UNSET):
            update_user_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_user_request

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
        "name",
        "is_developer",
    }
)
