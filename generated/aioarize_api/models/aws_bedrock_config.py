from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        _provider = src_dict["provider"]
        provider: AwsBedrockConfigProvider
        try:
            provider = cast(
                AwsBedrockConfigProvider,
                AwsBedrockConfigProvider._value2member_map_.get(_provider)
                or AwsBedrockConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

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

        _auth = src_dict["auth"]
        auth: (
            AwsBedrockBearerTokenAuth
            | AwsBedrockDefaultAuth
            | AwsBedrockProxyWithHeadersAuth
            | UnknownAwsBedrockAuth
        )
        try:
            if type(_auth) is dict:
                auth_discriminator = _auth["auth_type"]
                if auth_discriminator == "DEFAULT":
                    auth = AwsBedrockDefaultAuth.from_dict(_auth)

                elif auth_discriminator == "BEARER_TOKEN":
                    auth = AwsBedrockBearerTokenAuth.from_dict(_auth)

                elif auth_discriminator == "PROXY_WITH_HEADERS":
                    auth = AwsBedrockProxyWithHeadersAuth.from_dict(_auth)

                elif type(auth_discriminator) is str:
                    auth = UnknownAwsBedrockAuth.from_dict(_auth)

                else:
                    raise SchemaMismatch.expected(
                        "a string", auth_discriminator, "auth_type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _auth)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "auth")

        if cls is AwsBedrockConfig:
            aws_bedrock_config = cls.__new__(cls)
            aws_bedrock_config.provider = provider
            aws_bedrock_config.is_default_models_enabled = is_default_models_enabled
            aws_bedrock_config.model_names = model_names
            aws_bedrock_config.auth = auth
            aws_bedrock_config.additional_properties = {}
        else:
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
