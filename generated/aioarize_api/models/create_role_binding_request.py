from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.role_binding_resource_type import RoleBindingResourceType

T = TypeVar("T", bound="CreateRoleBindingRequest")


@_attrs_define
class CreateRoleBindingRequest:
    """
    Attributes:
        role_id (str):
        user_id (str):
        resource_type (RoleBindingResourceType):
        resource_id (str):
    """

    role_id: str
    user_id: str
    resource_type: RoleBindingResourceType
    resource_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        user_id = self.user_id

        resource_type = self.resource_type.value

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_id": role_id,
                "user_id": user_id,
                "resource_type": resource_type,
                "resource_id": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        role_id: str = src_dict["role_id"]
        if type(role_id) is not str:
            raise SchemaMismatch.expected("a string", role_id, "role_id")

        user_id: str = src_dict["user_id"]
        if type(user_id) is not str:
            raise SchemaMismatch.expected("a string", user_id, "user_id")

        _resource_type = src_dict["resource_type"]
        resource_type: RoleBindingResourceType
        try:
            resource_type = cast(
                RoleBindingResourceType,
                RoleBindingResourceType._value2member_map_.get(_resource_type)
                or RoleBindingResourceType(_resource_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _resource_type, "resource_type"
            ) from None

        resource_id: str = src_dict["resource_id"]
        if type(resource_id) is not str:
            raise SchemaMismatch.expected("a string", resource_id, "resource_id")

        if cls is CreateRoleBindingRequest:
            create_role_binding_request = cls.__new__(cls)
            create_role_binding_request.role_id = role_id
            create_role_binding_request.user_id = user_id
            create_role_binding_request.resource_type = resource_type
            create_role_binding_request.resource_id = resource_id
            create_role_binding_request.additional_properties = {}
        else:
            create_role_binding_request = cls(
                role_id=role_id,
                user_id=user_id,
                resource_type=resource_type,
                resource_id=resource_id,
            )

        if len(src_dict) > 4:
            create_role_binding_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_role_binding_request

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
        "role_id",
        "user_id",
        "resource_type",
        "resource_id",
    }
)
