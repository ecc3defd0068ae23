from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.role_binding_resource_type import RoleBindingResourceType

T = TypeVar("T", bound="RoleBinding")


@_attrs_define
class RoleBinding:
    """
    Attributes:
        id (str):
        role_id (str):
        user_id (str):
        resource_type (RoleBindingResourceType):
        resource_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    role_id: str
    user_id: str
    resource_type: RoleBindingResourceType
    resource_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role_id = self.role_id

        user_id = self.user_id

        resource_type = self.resource_type.value

        resource_id = self.resource_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "role_id": role_id,
                "user_id": user_id,
                "resource_type": resource_type,
                "resource_id": resource_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

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

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _updated_at = src_dict["updated_at"]
        updated_at: datetime.datetime
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _updated_at, "updated_at"
            ) from None

        if cls is RoleBinding:
            role_binding = cls.__new__(cls)
            role_binding.id = id
            role_binding.role_id = role_id
            role_binding.user_id = user_id
            role_binding.resource_type = resource_type
            role_binding.resource_id = resource_id
            role_binding.created_at = created_at
            role_binding.updated_at = updated_at
            role_binding.additional_properties = {}
        else:
            role_binding = cls(
                id=id,
                role_id=role_id,
                user_id=user_id,
                resource_type=resource_type,
                resource_id=resource_id,
                created_at=created_at,
                updated_at=updated_at,
            )

        if len(src_dict) > 7:
            role_binding.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return role_binding

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
        "id",
        "role_id",
        "user_id",
        "resource_type",
        "resource_id",
        "created_at",
        "updated_at",
    }
)
