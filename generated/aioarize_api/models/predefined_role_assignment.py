from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.space_role_assignment_type import SpaceRoleAssignmentType
from ..models.user_space_role import UserSpaceRole

T = TypeVar("T", bound="PredefinedRoleAssignment")


@_attrs_define
class PredefinedRoleAssignment:
    """
    Attributes:
        type_ (SpaceRoleAssignmentType):
        name (UserSpaceRole):
    """

    type_: SpaceRoleAssignmentType
    name: UserSpaceRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: SpaceRoleAssignmentType
        try:
            type_ = cast(
                SpaceRoleAssignmentType,
                SpaceRoleAssignmentType._value2member_map_.get(_type_)
                or SpaceRoleAssignmentType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _name = src_dict["name"]
        name: UserSpaceRole
        try:
            name = cast(
                UserSpaceRole,
                UserSpaceRole._value2member_map_.get(_name) or UserSpaceRole(_name),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _name, "name") from None

        if cls is PredefinedRoleAssignment:
            predefined_role_assignment = cls.__new__(cls)
            predefined_role_assignment.type_ = type_
            predefined_role_assignment.name = name
            predefined_role_assignment.additional_properties = {}
        else:
            predefined_role_assignment = cls(
                type_=type_,
                name=name,
            )

        if len(src_dict) > 2:
            predefined_role_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return predefined_role_assignment

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
        "name",
    }
)
