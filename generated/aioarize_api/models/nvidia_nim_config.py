from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.nvidia_nim_config_provider import NvidiaNimConfigProvider

T = TypeVar("T", bound="NvidiaNimConfig")


@_attrs_define
class NvidiaNimConfig:
    """
    Attributes:
        is_function_calling_enabled (bool):
        provider (NvidiaNimConfigProvider):
        has_api_key (bool):
        base_url (None | str):
        header_names (list[str]):
        is_default_models_enabled (bool):
        model_names (list[str]):
    """

    is_function_calling_enabled: bool
    provider: NvidiaNimConfigProvider
    has_api_key: bool
    base_url: None | str
    header_names: list[str]
    is_default_models_enabled: bool
    model_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_function_calling_enabled = self.is_function_calling_enabled

        provider = self.provider.value

        has_api_key = self.has_api_key

        base_url: None | str
        base_url = self.base_url

        header_names = self.header_names

        is_default_models_enabled = self.is_default_models_enabled

        model_names = self.model_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_function_calling_enabled": is_function_calling_enabled,
                "provider": provider,
                "has_api_key": has_api_key,
                "base_url": base_url,
                "header_names": header_names,
                "is_default_models_enabled": is_default_models_enabled,
                "model_names": model_names,
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
        provider: NvidiaNimConfigProvider
        try:
            provider = cast(
                NvidiaNimConfigProvider,
                NvidiaNimConfigProvider._value2member_map_.get(_provider)
                or NvidiaNimConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        has_api_key: bool = src_dict["has_api_key"]
        if type(has_api_key) is not bool:
            raise SchemaMismatch.expected("a boolean", has_api_key, "has_api_key")

        base_url: None | str = src_dict["base_url"]
        if base_url is not None and type(base_url) is not str:
            raise SchemaMismatch.expected("a string or null", base_url, "base_url")

        _header_names = src_dict["header_names"]
        header_names: list[str]
        try:
            if type(_header_names) is not list:
                raise SchemaMismatch.expected("an array", _header_names)
            for header_names_item in _header_names:
                if type(header_names_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _header_names, header_names_item
                    )
            header_names = _header_names

        except Exception as error_:
            raise SchemaMismatch.at(error_, "header_names")

        is_default_models_enabled: bool = src_dict["is_default_models_enabled"]
        if type(is_default_models_enabled) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", is_default_models_enabled, "is_default_models_enabled"
            )

        _model_names = src_dict["model_names"]
        model_names: list[str]
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

        if cls is NvidiaNimConfig:
            nvidia_nim_config = cls.__new__(cls)
            nvidia_nim_config.is_function_calling_enabled = is_function_calling_enabled
            nvidia_nim_config.provider = provider
            nvidia_nim_config.has_api_key = has_api_key
            nvidia_nim_config.base_url = base_url
            nvidia_nim_config.header_names = header_names
            nvidia_nim_config.is_default_models_enabled = is_default_models_enabled
            nvidia_nim_config.model_names = model_names
            nvidia_nim_config.additional_properties = {}
        else:
            nvidia_nim_config = cls(
                is_function_calling_enabled=is_function_calling_enabled,
                provider=provider,
                has_api_key=has_api_key,
                base_url=base_url,
                header_names=header_names,
                is_default_models_enabled=is_default_models_enabled,
                model_names=model_names,
            )

        if len(src_dict) > 7:
            nvidia_nim_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return nvidia_nim_config

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
        "base_url",
        "header_names",
        "is_default_models_enabled",
        "model_names",
    }
)
