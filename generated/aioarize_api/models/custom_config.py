from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        is_function_calling_enabled = src_dict["is_function_calling_enabled"]

        provider = cast(
            CustomConfigProvider,
            CustomConfigProvider._value2member_map_.get(src_dict["provider"])
            or CustomConfigProvider(src_dict["provider"]),
        )

        has_api_key = src_dict["has_api_key"]

        base_url = src_dict["base_url"]

        header_names = cast(list[str], src_dict["header_names"])

        is_default_models_enabled = src_dict["is_default_models_enabled"]

        model_names = cast(list[str], src_dict["model_names"])

        def _parse_auth(
            data: object,
        ) -> (
            CustomDefaultAuth
            | CustomOauth2ClientCredentialsAuth
            | UnknownCustomAuth
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["auth_type"]
            if discriminator == "DEFAULT":
                componentsschemas_custom_auth_type_0 = CustomDefaultAuth.from_dict(data)

                return componentsschemas_custom_auth_type_0
            if discriminator == "OAUTH2_CLIENT_CREDENTIALS":
                componentsschemas_custom_auth_type_1 = (
                    CustomOauth2ClientCredentialsAuth.from_dict(data)
                )

                return componentsschemas_custom_auth_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"auth_type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_custom_auth_type_2 = UnknownCustomAuth.from_dict(data)

            return componentsschemas_custom_auth_type_2

        auth = _parse_auth(src_dict.get("auth", UNSET))

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
