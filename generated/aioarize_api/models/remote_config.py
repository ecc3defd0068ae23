from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteConfig")


@_attrs_define
class RemoteConfig:
    """
    Attributes:
        integration_id (str | Unset):
    """

    integration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        integration_id: str | Unset = src_dict.get("integration_id", UNSET)
        if type(integration_id) is not str and integration_id is not UNSET:
            raise SchemaMismatch.expected("a string", integration_id, "integration_id")

        if cls is RemoteConfig:
            remote_config = cls.__new__(cls)
            remote_config.integration_id = integration_id
            remote_config.additional_properties = {}
        else:
            remote_config = cls(
                integration_id=integration_id,
            )

        if len(src_dict) > (integration_id is not UNSET):
            remote_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return remote_config

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
        "integration_id",
    }
)
