from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="UnknownSpaceRoleAssignment")


@_attrs_define
class UnknownSpaceRoleAssignment:
    """A SpaceRoleAssignment whose `type` this version of the client does not know; `to_dict()` returns the JSON object as
    received.

        Attributes:
            type_ (str):
    """

    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_: str = src_dict["type"]
        if type(type_) is not str:
            raise SchemaMismatch.expected("a string", type_, "type")

        if cls is UnknownSpaceRoleAssignment:
            unknown_space_role_assignment = cls.__new__(cls)
            unknown_space_role_assignment.type_ = type_
            unknown_space_role_assignment.additional_properties = {}
        else:
            unknown_space_role_assignment = cls(
                type_=type_,
            )

        if len(src_dict) > 1:
            unknown_space_role_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_space_role_assignment

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
        "type",
    }
)
