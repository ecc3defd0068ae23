from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aws_bedrock_config_provider import AwsBedrockConfigProvider

if TYPE_CHECKING:
    from ..models.aws_bedrock_bearer_token_auth import AwsBedrockBearerTokenAuth
    from ..models.aws_bedrock_default_auth import AwsBedrockDefaultAuth
    from ..models.aws_bedrock_proxy_with_headers_auth import (
        AwsBedrockProxyWithHeadersAuth,
    )
    from ..models.unknown_aws_bedrock_auth import UnknownAwsBedrockAuth


T = TypeVar("T", bound="AwsBedrockConfig")


@_attrs_define
class AwsBedrockConfig:
    """
    Attributes:
        provider (AwsBedrockConfigProvider):
        is_default_models_enabled (bool):
        model_names (list[str]):
        auth (AwsBedrockBearerTokenAuth | AwsBedrockDefaultAuth | AwsBedrockProxyWithHeadersAuth |
            UnknownAwsBedrockAuth):
    """

    provider: AwsBedrockConfigProvider
    is_default_models_enabled: bool
    model_names: list[str]
    auth: (
        AwsBedrockBearerTokenAuth
        | AwsBedrockDefaultAuth
        | AwsBedrockProxyWithHeadersAuth
        | UnknownAwsBedrockAuth
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        provider = self.provider.value

        is_default_models_enabled = self.is_default_models_enabled

        model_names = self.model_names

        auth: dict[str, Any]
        if isinstance(self.auth, AwsBedrockDefaultAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, AwsBedrockBearerTokenAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, AwsBedrockProxyWithHeadersAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "is_default_models_enabled": is_default_models_enabled,
                "model_names": model_names,
                "auth": auth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        provider = cast(
            AwsBedrockConfigProvider,
            AwsBedrockConfigProvider._value2member_map_.get(src_dict["provider"])
            or AwsBedrockConfigProvider(src_dict["provider"]),
        )

        is_default_models_enabled = src_dict["is_default_models_enabled"]

        model_names = cast(list[str], src_dict["model_names"])

        def _parse_auth(
            data: object,
        ) -> (
            AwsBedrockBearerTokenAuth
            | AwsBedrockDefaultAuth
            | AwsBedrockProxyWithHeadersAuth
            | UnknownAwsBedrockAuth
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["auth_type"]
            if discriminator == "DEFAULT":
                componentsschemas_aws_bedrock_auth_type_0 = (
                    AwsBedrockDefaultAuth.from_dict(data)
                )

                return componentsschemas_aws_bedrock_auth_type_0
            if discriminator == "BEARER_TOKEN":
                componentsschemas_aws_bedrock_auth_type_1 = (
                    AwsBedrockBearerTokenAuth.from_dict(data)
                )

                return componentsschemas_aws_bedrock_auth_type_1
            if discriminator == "PROXY_WITH_HEADERS":
                componentsschemas_aws_bedrock_auth_type_2 = (
                    AwsBedrockProxyWithHeadersAuth.from_dict(data)
                )

                return componentsschemas_aws_bedrock_auth_type_2
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"auth_type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_aws_bedrock_auth_type_3 = UnknownAwsBedrockAuth.from_dict(
                data
            )

            return componentsschemas_aws_bedrock_auth_type_3

        auth = _parse_auth(src_dict["auth"])

        aws_bedrock_config = cls(
            provider=provider,
            is_default_models_enabled=is_default_models_enabled,
            model_names=model_names,
            auth=auth,
        )

        if len(src_dict) > 4:
            aws_bedrock_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return aws_bedrock_config

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
        "is_default_models_enabled",
        "model_names",
        "auth",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AwsBedrockBearerTokenAuth
    global AwsBedrockDefaultAuth
    global AwsBedrockProxyWithHeadersAuth
    global UnknownAwsBedrockAuth
    from ..models.aws_bedrock_bearer_token_auth import AwsBedrockBearerTokenAuth  # noqa: PLC0415
    from ..models.aws_bedrock_default_auth import AwsBedrockDefaultAuth  # noqa: PLC0415
    from ..models.aws_bedrock_proxy_with_headers_auth import (
        AwsBedrockProxyWithHeadersAuth,  # noqa: PLC0415
    )
    from ..models.unknown_aws_bedrock_auth import UnknownAwsBedrockAuth  # noqa: PLC0415

    _lazy_imports_pending = False
