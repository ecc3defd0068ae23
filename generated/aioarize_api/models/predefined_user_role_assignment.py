from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.user_role import UserRole
from ..models.user_role_assignment_type import UserRoleAssignmentType

T = TypeVar("T", bound="PredefinedUserRoleAssignment")


@_attrs_define
class PredefinedUserRoleAssignment:
    """
    Attributes:
        type_ (UserRoleAssignmentType):
        name (UserRole):
    """

    type_: UserRoleAssignmentType
    name: UserRole
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
        type_: UserRoleAssignmentType
        try:
            type_ = cast(
                UserRoleAssignmentType,
                UserRoleAssignmentType._value2member_map_.get(_type_)
                or UserRoleAssignmentType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _name = src_dict["name"]
        name: UserRole
        try:
            name = cast(
                UserRole, UserRole._value2member_map_.get(_name) or UserRole(_name)
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _name, "name") from None

        if cls is PredefinedUserRoleAssignment:
            predefined_user_role_assignment = cls.__new__(cls)
            predefined_user_role_assignment.type_ = type_
            predefined_user_role_assignment.name = name
            predefined_user_role_assignment.additional_properties = {}
        else:
            predefined_user_role_assignment = cls(
                type_=type_,
                name=name,
            )

        if len(src_dict) > 2:
            predefined_user_role_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return predefined_user_role_assignment

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
