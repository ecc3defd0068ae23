from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LlmConfigBase")


@_attrs_define
class LlmConfigBase:
    """LLM config fields common across providers.

    Attributes:
        is_default_models_enabled (bool): Whether the provider's default model list is enabled.
        is_function_calling_enabled (bool): Whether function/tool calling is enabled.
    """

    is_default_models_enabled: bool
    is_function_calling_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_default_models_enabled": is_default_models_enabled,
                "is_function_calling_enabled": is_function_calling_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_default_models_enabled = src_dict["is_default_models_enabled"]

        is_function_calling_enabled = src_dict["is_function_calling_enabled"]

        llm_config_base = cls(
            is_default_models_enabled=is_default_models_enabled,
            is_function_calling_enabled=is_function_calling_enabled,
        )

        if len(src_dict) > 2:
            llm_config_base.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return llm_config_base

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
        "is_default_models_enabled",
        "is_function_calling_enabled",
    }
)
