from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.permission import Permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """
    Attributes:
        id (str):
        name (str):
        permissions (list[Permission]):
        is_predefined (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (str | Unset):
    """

    id: str
    name: str
    permissions: list[Permission]
    is_predefined: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.value
            permissions.append(permissions_item)

        is_predefined = self.is_predefined

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "permissions": permissions,
                "is_predefined": is_predefined,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _permissions = src_dict["permissions"]
        permissions: list[Permission]
        try:
            if type(_permissions) is not list:
                raise SchemaMismatch.expected("an array", _permissions)
            permissions_items: list[Permission] = []
            for permissions_item in _permissions:
                try:
                    try:
                        permissions_value = cast(
                            Permission,
                            Permission._value2member_map_.get(permissions_item)
                            or Permission(permissions_item),
                        )
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "a string", permissions_item
                        ) from None

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(permissions_items))
                permissions_items.append(permissions_value)
            permissions = permissions_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "permissions")

        is_predefined: bool = src_dict["is_predefined"]
        if type(is_predefined) is not bool:
            raise SchemaMismatch.expected("a boolean", is_predefined, "is_predefined")

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

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        if cls is Role:
            role = cls.__new__(cls)
            role.id = id
            role.name = name
            role.permissions = permissions
            role.is_predefined = is_predefined
            role.created_at = created_at
            role.updated_at = updated_at
            role.description = description
            role.additional_properties = {}
        else:
            role = cls(
                id=id,
                name=name,
                permissions=permissions,
                is_predefined=is_predefined,
                created_at=created_at,
                updated_at=updated_at,
                description=description,
            )

        if len(src_dict) > 6 + (description is not UNSET):
            role.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return role

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
        "name",
        "permissions",
        "is_predefined",
        "created_at",
        "updated_at",
        "description",
    }
)
