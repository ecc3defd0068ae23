from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_lite_llm_config_provider import CreateLiteLlmConfigProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_lite_llm_config_headers import CreateLiteLlmConfigHeaders


T = TypeVar("T", bound="CreateLiteLlmConfig")


@_attrs_define
class CreateLiteLlmConfig:
    """
    Attributes:
        provider (CreateLiteLlmConfigProvider):
        base_url (str):
        api_key (str):
        is_function_calling_enabled (bool | Unset):
        headers (CreateLiteLlmConfigHeaders | Unset):
        model_names (list[str] | Unset):
    """

    provider: CreateLiteLlmConfigProvider
    base_url: str
    api_key: str
    is_function_calling_enabled: bool | Unset = UNSET
    headers: CreateLiteLlmConfigHeaders | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        provider = self.provider.value

        base_url = self.base_url

        api_key = self.api_key

        is_function_calling_enabled = self.is_function_calling_enabled

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "base_url": base_url,
                "api_key": api_key,
            }
        )
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if headers is not UNSET:
            field_dict["headers"] = headers
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _provider = src_dict["provider"]
        provider: CreateLiteLlmConfigProvider
        try:
            provider = cast(
                CreateLiteLlmConfigProvider,
                CreateLiteLlmConfigProvider._value2member_map_.get(_provider)
                or CreateLiteLlmConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        base_url: str = src_dict["base_url"]
        if type(base_url) is not str:
            raise SchemaMismatch.expected("a string", base_url, "base_url")

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

        _headers = src_dict.get("headers", UNSET)
        headers: CreateLiteLlmConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if type(_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _headers)
                headers = CreateLiteLlmConfigHeaders.from_dict(_headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

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

        if cls is CreateLiteLlmConfig:
            create_lite_llm_config = cls.__new__(cls)
            create_lite_llm_config.provider = provider
            create_lite_llm_config.base_url = base_url
            create_lite_llm_config.api_key = api_key
            create_lite_llm_config.is_function_calling_enabled = (
                is_function_calling_enabled
            )
            create_lite_llm_config.headers = headers
            create_lite_llm_config.model_names = model_names
            create_lite_llm_config.additional_properties = {}
        else:
            create_lite_llm_config = cls(
                provider=provider,
                base_url=base_url,
                api_key=api_key,
                is_function_calling_enabled=is_function_calling_enabled,
                headers=headers,
                model_names=model_names,
            )

        if len(src_dict) > 3 + (is_function_calling_enabled is not UNSET) + (
            headers is not UNSET
        ) + (model_names is not UNSET):
            create_lite_llm_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_lite_llm_config

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
        "base_url",
        "api_key",
        "is_function_calling_enabled",
        "headers",
        "model_names",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateLiteLlmConfigHeaders
    from ..models.create_lite_llm_config_headers import CreateLiteLlmConfigHeaders  # noqa: PLC0415

    _lazy_imports_pending = False
