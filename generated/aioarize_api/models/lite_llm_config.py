from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.lite_llm_config_provider import LiteLlmConfigProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiteLlmConfig")


@_attrs_define
class LiteLlmConfig:
    """
    Attributes:
        provider (LiteLlmConfigProvider):
        is_function_calling_enabled (bool | Unset):
        has_api_key (bool | Unset):
        base_url (str | Unset):
        header_names (list[str] | Unset):
        model_names (list[str] | Unset):
    """

    provider: LiteLlmConfigProvider
    is_function_calling_enabled: bool | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    base_url: str | Unset = UNSET
    header_names: list[str] | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        is_function_calling_enabled = self.is_function_calling_enabled

        has_api_key = self.has_api_key

        base_url = self.base_url

        header_names: list[str] | Unset = UNSET
        if not isinstance(self.header_names, Unset):
            header_names = self.header_names

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
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if header_names is not UNSET:
            field_dict["header_names"] = header_names
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _provider = src_dict["provider"]
        provider: LiteLlmConfigProvider
        try:
            provider = cast(
                LiteLlmConfigProvider,
                LiteLlmConfigProvider._value2member_map_.get(_provider)
                or LiteLlmConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

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

        has_api_key: bool | Unset = src_dict.get("has_api_key", UNSET)
        if type(has_api_key) is not bool and has_api_key is not UNSET:
            raise SchemaMismatch.expected("a boolean", has_api_key, "has_api_key")

        base_url: str | Unset = src_dict.get("base_url", UNSET)
        if type(base_url) is not str and base_url is not UNSET:
            raise SchemaMismatch.expected("a string", base_url, "base_url")

        _header_names = src_dict.get("header_names", UNSET)
        header_names: list[str] | Unset
        if _header_names is UNSET:
            header_names = UNSET
        else:
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

        if cls is LiteLlmConfig:
            lite_llm_config = cls.__new__(cls)
            lite_llm_config.provider = provider
            lite_llm_config.is_function_calling_enabled = is_function_calling_enabled
            lite_llm_config.has_api_key = has_api_key
            lite_llm_config.base_url = base_url
            lite_llm_config.header_names = header_names
            lite_llm_config.model_names = model_names
            lite_llm_config.additional_properties = {}
        else:
            lite_llm_config = cls(
                provider=provider,
                is_function_calling_enabled=is_function_calling_enabled,
                has_api_key=has_api_key,
                base_url=base_url,
                header_names=header_names,
                model_names=model_names,
            )

        if len(src_dict) > 1 + (is_function_calling_enabled is not UNSET) + (
            has_api_key is not UNSET
        ) + (base_url is not UNSET) + (header_names is not UNSET) + (
            model_names is not UNSET
        ):
            lite_llm_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return lite_llm_config

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
        "base_url",
        "header_names",
        "model_names",
    }
)
