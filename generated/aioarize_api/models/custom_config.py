from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.custom_config_provider import CustomConfigProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_default_auth import CustomDefaultAuth
    from ..models.custom_oauth_2_client_credentials_auth import (
        CustomOauth2ClientCredentialsAuth,
    )
    from ..models.unknown_custom_auth import UnknownCustomAuth


T = TypeVar("T", bound="CustomConfig")


@_attrs_define
class CustomConfig:
    """
    Attributes:
        is_function_calling_enabled (bool):
        provider (CustomConfigProvider):
        has_api_key (bool):
        base_url (str):
        header_names (list[str]):
        is_default_models_enabled (bool):
        model_names (list[str]):
        auth (CustomDefaultAuth | CustomOauth2ClientCredentialsAuth | UnknownCustomAuth | Unset):
    """

    is_function_calling_enabled: bool
    provider: CustomConfigProvider
    has_api_key: bool
    base_url: str
    header_names: list[str]
    is_default_models_enabled: bool
    model_names: list[str]
    auth: (
        CustomDefaultAuth
        | CustomOauth2ClientCredentialsAuth
        | UnknownCustomAuth
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        is_function_calling_enabled = self.is_function_calling_enabled

        provider = self.provider.value

        has_api_key = self.has_api_key

        base_url = self.base_url

        header_names = self.header_names

        is_default_models_enabled = self.is_default_models_enabled

        model_names = self.model_names

        auth: dict[str, Any] | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, CustomDefaultAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CustomOauth2ClientCredentialsAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

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
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        is_function_calling_enabled: bool = src_dict["is_function_calling_enabled"]
        if type(is_function_calling_enabled) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", is_function_calling_enabled, "is_function_calling_enabled"
            )

        _provider = src_dict["provider"]
        provider: CustomConfigProvider
        try:
            provider = cast(
                CustomConfigProvider,
                CustomConfigProvider._value2member_map_.get(_provider)
                or CustomConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        has_api_key: bool = src_dict["has_api_key"]
        if type(has_api_key) is not bool:
            raise SchemaMismatch.expected("a boolean", has_api_key, "has_api_key")

        base_url: str = src_dict["base_url"]
        if type(base_url) is not str:
            raise SchemaMismatch.expected("a string", base_url, "base_url")

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

        _auth = src_dict.get("auth", UNSET)
        auth: (
            CustomDefaultAuth
            | CustomOauth2ClientCredentialsAuth
            | UnknownCustomAuth
            | Unset
        )
        if _auth is UNSET:
            auth = UNSET
        else:
            try:
                if type(_auth) is dict:
                    auth_discriminator = _auth["auth_type"]
                    if auth_discriminator == "DEFAULT":
                        auth = CustomDefaultAuth.from_dict(_auth)

                    elif auth_discriminator == "OAUTH2_CLIENT_CREDENTIALS":
                        auth = CustomOauth2ClientCredentialsAuth.from_dict(_auth)

                    elif type(auth_discriminator) is str:
                        auth = UnknownCustomAuth.from_dict(_auth)

                    else:
                        raise SchemaMismatch.expected(
                            "a string", auth_discriminator, "auth_type"
                        )

                else:
                    raise SchemaMismatch.expected("an object", _auth)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "auth")

        if cls is CustomConfig:
            custom_config = cls.__new__(cls)
            custom_config.is_function_calling_enabled = is_function_calling_enabled
            custom_config.provider = provider
            custom_config.has_api_key = has_api_key
            custom_config.base_url = base_url
            custom_config.header_names = header_names
            custom_config.is_default_models_enabled = is_default_models_enabled
            custom_config.model_names = model_names
            custom_config.auth = auth
            custom_config.additional_properties = {}
        else:
            custom_config = cls(
                is_function_calling_enabled=is_function_calling_enabled,
                provider=provider,
                has_api_key=has_api_key,
                base_url=base_url,
                header_names=header_names,
                is_default_models_enabled=is_default_models_enabled,
                model_names=model_names,
                auth=auth,
            )

        if len(src_dict) > 7 + (auth is not UNSET):
            custom_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return custom_config

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
        "auth",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomDefaultAuth
    global CustomOauth2ClientCredentialsAuth
    global UnknownCustomAuth
    from ..models.custom_default_auth import CustomDefaultAuth  # noqa: PLC0415
    from ..models.custom_oauth_2_client_credentials_auth import (
        CustomOauth2ClientCredentialsAuth,  # noqa: PLC0415
    )
    from ..models.unknown_custom_auth import UnknownCustomAuth  # noqa: PLC0415

    _lazy_imports_pending = False
