from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_nvidia_nim_config_provider import CreateNvidiaNimConfigProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_nvidia_nim_config_headers import CreateNvidiaNimConfigHeaders


T = TypeVar("T", bound="CreateNvidiaNimConfig")


@_attrs_define
class CreateNvidiaNimConfig:
    """
    Attributes:
        provider (CreateNvidiaNimConfigProvider):
        is_function_calling_enabled (bool | Unset):
        base_url (str | Unset):
        api_key (str | Unset):
        headers (CreateNvidiaNimConfigHeaders | Unset):
        is_default_models_enabled (bool | Unset):
        model_names (list[str] | Unset):
    """

    provider: CreateNvidiaNimConfigProvider
    is_function_calling_enabled: bool | Unset = UNSET
    base_url: str | Unset = UNSET
    api_key: str | Unset = UNSET
    headers: CreateNvidiaNimConfigHeaders | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        provider = self.provider.value

        is_function_calling_enabled = self.is_function_calling_enabled

        base_url = self.base_url

        api_key = self.api_key

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

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
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _provider = src_dict["provider"]
        provider: CreateNvidiaNimConfigProvider
        try:
            provider = cast(
                CreateNvidiaNimConfigProvider,
                CreateNvidiaNimConfigProvider._value2member_map_.get(_provider)
                or CreateNvidiaNimConfigProvider(_provider),
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

        base_url: str | Unset = src_dict.get("base_url", UNSET)
        if type(base_url) is not str and base_url is not UNSET:
            raise SchemaMismatch.expected("a string", base_url, "base_url")

        api_key: str | Unset = src_dict.get("api_key", UNSET)
        if type(api_key) is not str and api_key is not UNSET:
            raise SchemaMismatch.expected("a string", api_key, "api_key")

        _headers = src_dict.get("headers", UNSET)
        headers: CreateNvidiaNimConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if type(_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _headers)
                headers = CreateNvidiaNimConfigHeaders.from_dict(_headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

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

        if cls is CreateNvidiaNimConfig:
            create_nvidia_nim_config = cls.__new__(cls)
            create_nvidia_nim_config.provider = provider
            create_nvidia_nim_config.is_function_calling_enabled = (
                is_function_calling_enabled
            )
            create_nvidia_nim_config.base_url = base_url
            create_nvidia_nim_config.api_key = api_key
            create_nvidia_nim_config.headers = headers
            create_nvidia_nim_config.is_default_models_enabled = (
                is_default_models_enabled
            )
            create_nvidia_nim_config.model_names = model_names
            create_nvidia_nim_config.additional_properties = {}
        else:
            create_nvidia_nim_config = cls(
                provider=provider,
                is_function_calling_enabled=is_function_calling_enabled,
                base_url=base_url,
                api_key=api_key,
                headers=headers,
                is_default_models_enabled=is_default_models_enabled,
                model_names=model_names,
            )

        if len(src_dict) > 1 + (is_function_calling_enabled is not UNSET) + (
            base_url is not UNSET
        ) + (api_key is not UNSET) + (headers is not UNSET) + (
            is_default_models_enabled is not UNSET
        ) + (model_names is not UNSET):
            create_nvidia_nim_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_nvidia_nim_config

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
        "base_url",
        "api_key",
        "headers",
        "is_default_models_enabled",
        "model_names",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateNvidiaNimConfigHeaders
    from ..models.create_nvidia_nim_config_headers import CreateNvidiaNimConfigHeaders  # noqa: PLC0415

    _lazy_imports_pending = False
