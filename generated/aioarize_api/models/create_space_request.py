from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpaceRequest")


@_attrs_define
class CreateSpaceRequest:
    """
    Attributes:
        name (str):
        organization_id (str):
        description (str | Unset):
        is_private (bool | Unset):
    """

    name: str
    organization_id: str
    description: str | Unset = UNSET
    is_private: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id = self.organization_id

        description = self.description

        is_private = self.is_private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization_id": organization_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_private is not UNSET:
            field_dict["is_private"] = is_private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        organization_id: str = src_dict["organization_id"]
        if type(organization_id) is not str:
            raise SchemaMismatch.expected(
                "a string", organization_id, "organization_id"
            )

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        is_private: bool | Unset = src_dict.get("is_private", UNSET)
        if type(is_private) is not bool and is_private is not UNSET:
            raise SchemaMismatch.expected("a boolean", is_private, "is_private")

        if cls is CreateSpaceRequest:
            create_space_request = cls.__new__(cls)
            create_space_request.name = name
            create_space_request.organization_id = organization_id
            create_space_request.description = description
            create_space_request.is_private = is_private
            create_space_request.additional_properties = {}
        else:
            create_space_request = cls(
                name=name,
                organization_id=organization_id,
                description=description,
                is_private=is_private,
            )

        if len(src_dict) > 2 + (description is not UNSET) + (is_private is not UNSET):
            create_space_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_space_request

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
        "organization_id",
        "description",
        "is_private",
    }
)
