from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="DefaultLLMIntegration")


@_attrs_define
class DefaultLLMIntegration:
    """
    Attributes:
        integration_id (str):
        model_name (str):
    """

    integration_id: str
    model_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
                "model_name": model_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        integration_id: str = src_dict["integration_id"]
        if type(integration_id) is not str:
            raise SchemaMismatch.expected("a string", integration_id, "integration_id")

        model_name: str = src_dict["model_name"]
        if type(model_name) is not str:
            raise SchemaMismatch.expected("a string", model_name, "model_name")

        if cls is DefaultLLMIntegration:
            default_llm_integration = cls.__new__(cls)
            default_llm_integration.integration_id = integration_id
            default_llm_integration.model_name = model_name
            default_llm_integration.additional_properties = {}
        else:
            default_llm_integration = cls(
                integration_id=integration_id,
                model_name=model_name,
            )

        if len(src_dict) > 2:
            default_llm_integration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return default_llm_integration

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
        "model_name",
    }
)
