from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        provider = cast(
            CreateCustomConfigProvider,
            CreateCustomConfigProvider._value2member_map_.get(src_dict["provider"])
            or CreateCustomConfigProvider(src_dict["provider"]),
        )

        base_url = src_dict["base_url"]

        is_function_calling_enabled = src_dict.get("is_function_calling_enabled", UNSET)

        api_key = src_dict.get("api_key", UNSET)

        _headers = src_dict.get("headers", UNSET)
        headers: CreateCustomConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateCustomConfigHeaders.from_dict(_headers)

        is_default_models_enabled = src_dict.get("is_default_models_enabled", UNSET)

        model_names = cast(list[str] | Unset, src_dict.get("model_names", UNSET))

        def _parse_auth(
            data: object,
        ) -> (
            CreateCustomDefaultAuth
            | CreateCustomOauth2ClientCredentialsAuth
            | UnknownCreateCustomAuth
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["auth_type"]
            if discriminator == "DEFAULT":
                componentsschemas_create_custom_auth_type_0 = (
                    CreateCustomDefaultAuth.from_dict(data)
                )

                return componentsschemas_create_custom_auth_type_0
            if discriminator == "OAUTH2_CLIENT_CREDENTIALS":
                componentsschemas_create_custom_auth_type_1 = (
                    CreateCustomOauth2ClientCredentialsAuth.from_dict(data)
                )

                return componentsschemas_create_custom_auth_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"auth_type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_create_custom_auth_type_2 = (
                UnknownCreateCustomAuth.from_dict(data)
            )

            return componentsschemas_create_custom_auth_type_2

        auth = _parse_auth(src_dict.get("auth", UNSET))

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
