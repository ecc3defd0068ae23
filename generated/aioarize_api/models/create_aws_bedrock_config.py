from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_aws_bedrock_config_provider import CreateAwsBedrockConfigProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_aws_bedrock_bearer_token_auth import (
        CreateAwsBedrockBearerTokenAuth,
    )
    from ..models.create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth
    from ..models.create_aws_bedrock_proxy_with_headers_auth import (
        CreateAwsBedrockProxyWithHeadersAuth,
    )
    from ..models.unknown_create_aws_bedrock_auth import UnknownCreateAwsBedrockAuth


T = TypeVar("T", bound="CreateAwsBedrockConfig")


@_attrs_define
class CreateAwsBedrockConfig:
    """
    Attributes:
        provider (CreateAwsBedrockConfigProvider):
        auth (CreateAwsBedrockBearerTokenAuth | CreateAwsBedrockDefaultAuth | CreateAwsBedrockProxyWithHeadersAuth |
            UnknownCreateAwsBedrockAuth):
        is_default_models_enabled (bool | Unset):
        model_names (list[str] | Unset):
    """

    provider: CreateAwsBedrockConfigProvider
    auth: (
        CreateAwsBedrockBearerTokenAuth
        | CreateAwsBedrockDefaultAuth
        | CreateAwsBedrockProxyWithHeadersAuth
        | UnknownCreateAwsBedrockAuth
    )
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        provider = self.provider.value

        auth: dict[str, Any]
        if isinstance(self.auth, CreateAwsBedrockDefaultAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CreateAwsBedrockBearerTokenAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CreateAwsBedrockProxyWithHeadersAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        is_default_models_enabled = self.is_default_models_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "auth": auth,
            }
        )
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        provider = cast(
            CreateAwsBedrockConfigProvider,
            CreateAwsBedrockConfigProvider._value2member_map_.get(src_dict["provider"])
            or CreateAwsBedrockConfigProvider(src_dict["provider"]),
        )

        def _parse_auth(
            data: object,
        ) -> (
            CreateAwsBedrockBearerTokenAuth
            | CreateAwsBedrockDefaultAuth
            | CreateAwsBedrockProxyWithHeadersAuth
            | UnknownCreateAwsBedrockAuth
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["auth_type"]
            if discriminator == "DEFAULT":
                componentsschemas_create_aws_bedrock_auth_type_0 = (
                    CreateAwsBedrockDefaultAuth.from_dict(data)
                )

                return componentsschemas_create_aws_bedrock_auth_type_0
            if discriminator == "BEARER_TOKEN":
                componentsschemas_create_aws_bedrock_auth_type_1 = (
                    CreateAwsBedrockBearerTokenAuth.from_dict(data)
                )

                return componentsschemas_create_aws_bedrock_auth_type_1
            if discriminator == "PROXY_WITH_HEADERS":
                componentsschemas_create_aws_bedrock_auth_type_2 = (
                    CreateAwsBedrockProxyWithHeadersAuth.from_dict(data)
                )

                return componentsschemas_create_aws_bedrock_auth_type_2
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"auth_type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_create_aws_bedrock_auth_type_3 = (
                UnknownCreateAwsBedrockAuth.from_dict(data)
            )

            return componentsschemas_create_aws_bedrock_auth_type_3

        auth = _parse_auth(src_dict["auth"])

        is_default_models_enabled = src_dict.get("is_default_models_enabled", UNSET)

        model_names = cast(list[str] | Unset, src_dict.get("model_names", UNSET))

        create_aws_bedrock_config = cls(
            provider=provider,
            auth=auth,
            is_default_models_enabled=is_default_models_enabled,
            model_names=model_names,
        )

        if len(src_dict) > 2 + (is_default_models_enabled is not UNSET) + (
            model_names is not UNSET
        ):
            create_aws_bedrock_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_aws_bedrock_config

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
        "auth",
        "is_default_models_enabled",
        "model_names",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateAwsBedrockBearerTokenAuth
    global CreateAwsBedrockDefaultAuth
    global CreateAwsBedrockProxyWithHeadersAuth
    global UnknownCreateAwsBedrockAuth
    from ..models.create_aws_bedrock_bearer_token_auth import (
        CreateAwsBedrockBearerTokenAuth,  # noqa: PLC0415
    )
    from ..models.create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth  # noqa: PLC0415
    from ..models.create_aws_bedrock_proxy_with_headers_auth import (
        CreateAwsBedrockProxyWithHeadersAuth,  # noqa: PLC0415
    )
    from ..models.unknown_create_aws_bedrock_auth import UnknownCreateAwsBedrockAuth  # noqa: PLC0415

    _lazy_imports_pending = False
