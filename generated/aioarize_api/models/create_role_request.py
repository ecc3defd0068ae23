from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.permission import Permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRoleRequest")


@_attrs_define
class CreateRoleRequest:
    """
    Attributes:
        name (str):
        permissions (list[Permission]):
        description (str | Unset):
    """

    name: str
    permissions: list[Permission]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.value
            permissions.append(permissions_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permissions": permissions,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        if cls is CreateRoleRequest:
            create_role_request = cls.__new__(cls)
            create_role_request.name = name
            create_role_request.permissions = permissions
            create_role_request.description = description
            create_role_request.additional_properties = {}
        else:
            create_role_request = cls(
                name=name,
                permissions=permissions,
                description=description,
            )

        if len(src_dict) > 2 + (description is not UNSET):
            create_role_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_role_request

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
        "permissions",
        "description",
    }
)
