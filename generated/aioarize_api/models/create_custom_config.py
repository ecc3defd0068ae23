from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_custom_config_provider import CreateCustomConfigProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_custom_config_headers import CreateCustomConfigHeaders
    from ..models.create_custom_default_auth import CreateCustomDefaultAuth
    from ..models.create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,
    )
    from ..models.unknown_create_custom_auth import UnknownCreateCustomAuth


T = TypeVar("T", bound="CreateCustomConfig")


@_attrs_define
class CreateCustomConfig:
    """
    Attributes:
        provider (CreateCustomConfigProvider):
        base_url (str):
        is_function_calling_enabled (bool | Unset):
        api_key (str | Unset):
        headers (CreateCustomConfigHeaders | Unset):
        is_default_models_enabled (bool | Unset):
        model_names (list[str] | Unset):
        auth (CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth | UnknownCreateCustomAuth | Unset):
    """

    provider: CreateCustomConfigProvider
    base_url: str
    is_function_calling_enabled: bool | Unset = UNSET
    api_key: str | Unset = UNSET
    headers: CreateCustomConfigHeaders | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    auth: (
        CreateCustomDefaultAuth
        | CreateCustomOauth2ClientCredentialsAuth
        | UnknownCreateCustomAuth
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        provider = self.provider.value

        base_url = self.base_url

        is_function_calling_enabled = self.is_function_calling_enabled

        api_key = self.api_key

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        is_default_models_enabled = self.is_default_models_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        auth: dict[str, Any] | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, CreateCustomDefaultAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CreateCustomOauth2ClientCredentialsAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "base_url": base_url,
            }
        )
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _provider = src_dict["provider"]
        provider: CreateCustomConfigProvider
        try:
            provider = cast(
                CreateCustomConfigProvider,
                CreateCustomConfigProvider._value2member_map_.get(_provider)
                or CreateCustomConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        base_url: str = src_dict["base_url"]
        if type(base_url) is not str:
            raise SchemaMismatch.expected("a string", base_url, "base_url")

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

        api_key: str | Unset = src_dict.get("api_key", UNSET)
        if type(api_key) is not str and api_key is not UNSET:
            raise SchemaMismatch.expected("a string", api_key, "api_key")

        _headers = src_dict.get("headers", UNSET)
        headers: CreateCustomConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if type(_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _headers)
                headers = CreateCustomConfigHeaders.from_dict(_headers)

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

        _auth = src_dict.get("auth", UNSET)
        auth: (
            CreateCustomDefaultAuth
            | CreateCustomOauth2ClientCredentialsAuth
            | UnknownCreateCustomAuth
            | Unset
        )
        if _auth is UNSET:
            auth = UNSET
        else:
            try:
                if type(_auth) is dict:
                    auth_discriminator = _auth["auth_type"]
                    if auth_discriminator == "DEFAULT":
                        auth = CreateCustomDefaultAuth.from_dict(_auth)

                    elif auth_discriminator == "OAUTH2_CLIENT_CREDENTIALS":
                        auth = CreateCustomOauth2ClientCredentialsAuth.from_dict(_auth)

                    elif type(auth_discriminator) is str:
                        auth = UnknownCreateCustomAuth.from_dict(_auth)

                    else:
                        raise SchemaMismatch.expected(
                            "a string", auth_discriminator, "auth_type"
                        )

                else:
                    raise SchemaMismatch.expected("an object", _auth)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "auth")

        if cls is CreateCustomConfig:
            create_custom_config = cls.__new__(cls)
            create_custom_config.provider = provider
            create_custom_config.base_url = base_url
            create_custom_config.is_function_calling_enabled = (
                is_function_calling_enabled
            )
            create_custom_config.api_key = api_key
            create_custom_config.headers = headers
            create_custom_config.is_default_models_enabled = is_default_models_enabled
            create_custom_config.model_names = model_names
            create_custom_config.auth = auth
            create_custom_config.additional_properties = {}
        else:
            create_custom_config = cls(
                provider=provider,
                base_url=base_url,
                is_function_calling_enabled=is_function_calling_enabled,
                api_key=api_key,
                headers=headers,
                is_default_models_enabled=is_default_models_enabled,
                model_names=model_names,
                auth=auth,
            )

        if len(src_dict) > 2 + (is_function_calling_enabled is not UNSET) + (
            api_key is not UNSET
        ) + (headers is not UNSET) + (is_default_models_enabled is not UNSET) + (
            model_names is not UNSET
        ) + (auth is not UNSET):
            create_custom_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_custom_config

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
        "is_function_calling_enabled",
        "api_key",
        "headers",
        "is_default_models_enabled",
        "model_names",
        "auth",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateCustomConfigHeaders
    global CreateCustomDefaultAuth
    global CreateCustomOauth2ClientCredentialsAuth
    global UnknownCreateCustomAuth
    from ..models.create_custom_config_headers import CreateCustomConfigHeaders  # noqa: PLC0415
    from ..models.create_custom_default_auth import CreateCustomDefaultAuth  # noqa: PLC0415
    from ..models.create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,  # noqa: PLC0415
    )
    from ..models.unknown_create_custom_auth import UnknownCreateCustomAuth  # noqa: PLC0415

    _lazy_imports_pending = False
