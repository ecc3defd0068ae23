from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="DefaultAgentRuntime")


@_attrs_define
class DefaultAgentRuntime:
    """
    Attributes:
        integration_id (str):
    """

    integration_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        integration_id: str = src_dict["integration_id"]
        if type(integration_id) is not str:
            raise SchemaMismatch.expected("a string", integration_id, "integration_id")

        if cls is DefaultAgentRuntime:
            default_agent_runtime = cls.__new__(cls)
            default_agent_runtime.integration_id = integration_id
            default_agent_runtime.additional_properties = {}
        else:
            default_agent_runtime = cls(
                integration_id=integration_id,
            )

        if len(src_dict) > 1:
            default_agent_runtime.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return default_agent_runtime

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
