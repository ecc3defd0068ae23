from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="CreateResourceRestrictionRequest")


@_attrs_define
class CreateResourceRestrictionRequest:
    """
    Attributes:
        resource_id (str):
    """

    resource_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource_id: str = src_dict["resource_id"]
        if type(resource_id) is not str:
            raise SchemaMismatch.expected("a string", resource_id, "resource_id")

        if cls is CreateResourceRestrictionRequest:
            create_resource_restriction_request = cls.__new__(cls)
            create_resource_restriction_request.resource_id = resource_id
            create_resource_restriction_request.additional_properties = {}
        else:
            create_resource_restriction_request = cls(
                resource_id=resource_id,
            )

        if len(src_dict) > 1:
            create_resource_restriction_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_resource_restriction_request

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
        "resource_id",
    }
)
