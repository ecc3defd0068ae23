from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.together_ai_config_provider import TogetherAiConfigProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="TogetherAiConfig")


@_attrs_define
class TogetherAiConfig:
    """
    Attributes:
        provider (TogetherAiConfigProvider):
        is_function_calling_enabled (bool | Unset):
        has_api_key (bool | Unset):
        is_default_models_enabled (bool | Unset):
        model_names (list[str] | Unset):
    """

    provider: TogetherAiConfigProvider
    is_function_calling_enabled: bool | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        is_function_calling_enabled = self.is_function_calling_enabled

        has_api_key = self.has_api_key

        is_default_models_enabled = self.is_default_models_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        provider = cast(
            TogetherAiConfigProvider,
            TogetherAiConfigProvider._value2member_map_.get(src_dict["provider"])
            or TogetherAiConfigProvider(src_dict["provider"]),
        )

        is_function_calling_enabled = src_dict.get("is_function_calling_enabled", UNSET)

        has_api_key = src_dict.get("has_api_key", UNSET)

        is_default_models_enabled = src_dict.get("is_default_models_enabled", UNSET)

        model_names = cast(list[str] | Unset, src_dict.get("model_names", UNSET))

        together_ai_config = cls(
            provider=provider,
            is_function_calling_enabled=is_function_calling_enabled,
            has_api_key=has_api_key,
            is_default_models_enabled=is_default_models_enabled,
            model_names=model_names,
        )

        if len(src_dict) > 1 + (is_function_calling_enabled is not UNSET) + (
            has_api_key is not UNSET
        ) + (is_default_models_enabled is not UNSET) + (model_names is not UNSET):
            together_ai_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return together_ai_config

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
        "is_function_calling_enabled",
        "has_api_key",
        "is_default_models_enabled",
        "model_names",
    }
)
