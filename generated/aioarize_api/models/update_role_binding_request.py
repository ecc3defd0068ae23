from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="UpdateRoleBindingRequest")


@_attrs_define
class UpdateRoleBindingRequest:
    """
    Attributes:
        role_id (str):
    """

    role_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_id": role_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        role_id: str = src_dict["role_id"]
        if type(role_id) is not str:
            raise SchemaMismatch.expected("a string", role_id, "role_id")

        if cls is UpdateRoleBindingRequest:
            update_role_binding_request = cls.__new__(cls)
            update_role_binding_request.role_id = role_id
            update_role_binding_request.additional_properties = {}
        else:
            update_role_binding_request = cls(
                role_id=role_id,
            )

        if len(src_dict) > 1:
            update_role_binding_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_role_binding_request

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
    }
)
