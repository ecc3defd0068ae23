from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownLlmConfig")


@_attrs_define
class UnknownLlmConfig:
    """A LlmConfig whose `provider` this version of the client does not know; `to_dict()` returns the JSON object as
    received.

        Attributes:
            provider (str):
            has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned).
            is_default_models_enabled (bool | Unset): Whether the provider's default model list is enabled.
            is_function_calling_enabled (bool | Unset): Whether function/tool calling is enabled.
    """

    provider: str
    has_api_key: bool | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        has_api_key = self.has_api_key

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider")

        has_api_key = d.pop("has_api_key", UNSET)

        is_default_models_enabled = d.pop("is_default_models_enabled", UNSET)

        is_function_calling_enabled = d.pop("is_function_calling_enabled", UNSET)

        unknown_llm_config = cls(
            provider=provider,
            has_api_key=has_api_key,
            is_default_models_enabled=is_default_models_enabled,
            is_function_calling_enabled=is_function_calling_enabled,
        )

        unknown_llm_config.additional_properties = d
        return unknown_llm_config

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
