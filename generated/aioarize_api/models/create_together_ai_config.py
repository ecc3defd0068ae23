from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_together_ai_config_provider import CreateTogetherAiConfigProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTogetherAiConfig")


@_attrs_define
class CreateTogetherAiConfig:
    """
    Attributes:
        provider (CreateTogetherAiConfigProvider):
        api_key (str):
        is_function_calling_enabled (bool | Unset):
        is_default_models_enabled (bool | Unset):
        model_names (list[str] | Unset):
    """

    provider: CreateTogetherAiConfigProvider
    api_key: str
    is_function_calling_enabled: bool | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        api_key = self.api_key

        is_function_calling_enabled = self.is_function_calling_enabled

        is_default_models_enabled = self.is_default_models_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

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
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _provider = src_dict["provider"]
        provider: CreateTogetherAiConfigProvider
        try:
            provider = cast(
                CreateTogetherAiConfigProvider,
                CreateTogetherAiConfigProvider._value2member_map_.get(_provider)
                or CreateTogetherAiConfigProvider(_provider),
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

        is_default_models_enabled: bool | Unset = src_dict.get(
            "is_default_models_enabled", UNSET
        )
        if (
            type(is_default_models_enabled) is not bool
            and is_default_models_enabled is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean", is_default_models_enabled, "is_default_models_enabled"
            )

        _model_names = src_dict.get("model_names", UNSET)
        model_names: list[str] | Unset
        if _model_names is UNSET:
            model_names = UNSET
        else:
            try:
                if type(_model_names) is not list:
                    raise SchemaMismatch.expected("an array", _model_names)
                for model_names_item in _model_names:
                    if type(model_names_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _model_names, model_names_item
                        )
                model_names = _model_names

            except Exception as error_:
                raise SchemaMismatch.at(error_, "model_names")

        if cls is CreateTogetherAiConfig:
            create_together_ai_config = cls.__new__(cls)
            create_together_ai_config.provider = provider
            create_together_ai_config.api_key = api_key
            create_together_ai_config.is_function_calling_enabled = (
                is_function_calling_enabled
            )
            create_together_ai_config.is_default_models_enabled = (
                is_default_models_enabled
            )
            create_together_ai_config.model_names = model_names
            create_together_ai_config.additional_properties = {}
        else:
            create_together_ai_config = cls(
                provider=provider,
                api_key=api_key,
                is_function_calling_enabled=is_function_calling_enabled,
                is_default_models_enabled=is_default_models_enabled,
                model_names=model_names,
            )

        if len(src_dict) > 2 + (is_function_calling_enabled is not UNSET) + (
            is_default_models_enabled is not UNSET
        ) + (model_names is not UNSET):
            create_together_ai_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_together_ai_config

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
        "is_default_models_enabled",
        "model_names",
    }
)
