from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiIntegrationScoping")


@_attrs_define
class AiIntegrationScoping:
    """
    Attributes:
        organization_id (None | str | Unset):
        space_id (None | str | Unset):
    """

    organization_id: None | str | Unset = UNSET
    space_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        organization_id: None | str | Unset = src_dict.get("organization_id", UNSET)
        if (
            organization_id is not None
            and type(organization_id) is not str
            and organization_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", organization_id, "organization_id"
            )

        space_id: None | str | Unset = src_dict.get("space_id", UNSET)
        if space_id is not None and type(space_id) is not str and space_id is not UNSET:
            raise SchemaMismatch.expected("a string or null", space_id, "space_id")

        if cls is AiIntegrationScoping:
            ai_integration_scoping = cls.__new__(cls)
            ai_integration_scoping.organization_id = organization_id
            ai_integration_scoping.space_id = space_id
            ai_integration_scoping.additional_properties = {}
        else:
            ai_integration_scoping = cls(
                organization_id=organization_id,
                space_id=space_id,
            )

        if len(src_dict) > (organization_id is not UNSET) + (space_id is not UNSET):
            ai_integration_scoping.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return ai_integration_scoping

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
        "organization_id",
        "space_id",
    }
)
