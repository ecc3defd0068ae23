from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.permission import Permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRoleRequest")


@_attrs_define
class UpdateRoleRequest:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        permissions (list[Permission] | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    permissions: list[Permission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        description: None | str | Unset = src_dict.get("description", UNSET)
        if (
            description is not None
            and type(description) is not str
            and description is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", description, "description"
            )

        _permissions = src_dict.get("permissions", UNSET)
        permissions: list[Permission] | Unset
        if _permissions is UNSET:
            permissions = UNSET
        else:
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

        if cls is UpdateRoleRequest:
            update_role_request = cls.__new__(cls)
            update_role_request.name = name
            update_role_request.description = description
            update_role_request.permissions = permissions
            update_role_request.additional_properties = {}
        else:
            update_role_request = cls(
                name=name,
                description=description,
                permissions=permissions,
            )

        if len(src_dict) > (name is not UNSET) + (description is not UNSET) + (
            permissions is not UNSET
        ):
            update_role_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_role_request

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
        "description",
        "permissions",
    }
)
