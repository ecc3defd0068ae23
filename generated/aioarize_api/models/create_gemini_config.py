from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_gemini_config_provider import CreateGeminiConfigProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGeminiConfig")


@_attrs_define
class CreateGeminiConfig:
    """
    Attributes:
        provider (CreateGeminiConfigProvider):
        api_key (str):
        is_function_calling_enabled (bool | Unset):
    """

    provider: CreateGeminiConfigProvider
    api_key: str
    is_function_calling_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        api_key = self.api_key

        is_function_calling_enabled = self.is_function_calling_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "api_key": api_key,
            }
        )
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _provider = src_dict["provider"]
        provider: CreateGeminiConfigProvider
        try:
            provider = cast(
                CreateGeminiConfigProvider,
                CreateGeminiConfigProvider._value2member_map_.get(_provider)
                or CreateGeminiConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        api_key: str = src_dict["api_key"]
        if type(api_key) is not str:
            raise SchemaMismatch.expected("a string", api_key, "api_key")

        is_function_calling_enabled: bool | Unset = src_dict.get(
            "is_function_calling_enabled", UNSET
        )
        if (
            type(is_function_calling_enabled) is not bool
            and is_function_calling_enabled is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean", is_function_calling_enabled, "is_function_calling_enabled"
            )

        if cls is CreateGeminiConfig:
            create_gemini_config = cls.__new__(cls)
            create_gemini_config.provider = provider
            create_gemini_config.api_key = api_key
            create_gemini_config.is_function_calling_enabled = (
                is_function_calling_enabled
            )
            create_gemini_config.additional_properties = {}
        else:
            create_gemini_config = cls(
                provider=provider,
                api_key=api_key,
                is_function_calling_enabled=is_function_calling_enabled,
            )

        if len(src_dict) > 2 + (is_function_calling_enabled is not UNSET):
            create_gemini_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_gemini_config

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
        "provider",
        "api_key",
        "is_function_calling_enabled",
    }
)
