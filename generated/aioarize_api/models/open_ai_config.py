from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.open_ai_config_provider import OpenAiConfigProvider

T = TypeVar("T", bound="OpenAiConfig")


@_attrs_define
class OpenAiConfig:
    """
    Attributes:
        is_function_calling_enabled (bool):
        provider (OpenAiConfigProvider):
        has_api_key (bool):
    """

    is_function_calling_enabled: bool
    provider: OpenAiConfigProvider
    has_api_key: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_function_calling_enabled = self.is_function_calling_enabled

        provider = self.provider.value

        has_api_key = self.has_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_function_calling_enabled": is_function_calling_enabled,
                "provider": provider,
                "has_api_key": has_api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_function_calling_enabled: bool = src_dict["is_function_calling_enabled"]
        if type(is_function_calling_enabled) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", is_function_calling_enabled, "is_function_calling_enabled"
            )

        _provider = src_dict["provider"]
        provider: OpenAiConfigProvider
        try:
            provider = cast(
                OpenAiConfigProvider,
                OpenAiConfigProvider._value2member_map_.get(_provider)
                or OpenAiConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        has_api_key: bool = src_dict["has_api_key"]
        if type(has_api_key) is not bool:
            raise SchemaMismatch.expected("a boolean", has_api_key, "has_api_key")

        if cls is OpenAiConfig:
            open_ai_config = cls.__new__(cls)
            open_ai_config.is_function_calling_enabled = is_function_calling_enabled
            open_ai_config.provider = provider
            open_ai_config.has_api_key = has_api_key
            open_ai_config.additional_properties = {}
        else:
            open_ai_config = cls(
                is_function_calling_enabled=is_function_calling_enabled,
                provider=provider,
                has_api_key=has_api_key,
            )

        if len(src_dict) > 3:
            open_ai_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return open_ai_config

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
        "is_function_calling_enabled",
        "provider",
        "has_api_key",
    }
)
