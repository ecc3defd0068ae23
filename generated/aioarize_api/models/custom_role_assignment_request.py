from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.space_role_assignment_type import SpaceRoleAssignmentType

T = TypeVar("T", bound="CustomRoleAssignmentRequest")


@_attrs_define
class CustomRoleAssignmentRequest:
    """
    Attributes:
        type_ (SpaceRoleAssignmentType):
        id (str):
    """

    type_: SpaceRoleAssignmentType
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
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

        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        if cls is CustomRoleAssignmentRequest:
            custom_role_assignment_request = cls.__new__(cls)
            custom_role_assignment_request.type_ = type_
            custom_role_assignment_request.id = id
            custom_role_assignment_request.additional_properties = {}
        else:
            custom_role_assignment_request = cls(
                type_=type_,
                id=id,
            )

        if len(src_dict) > 2:
            custom_role_assignment_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return custom_role_assignment_request

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
        "id",
    }
)
