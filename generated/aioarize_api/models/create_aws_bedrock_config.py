from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        _provider = src_dict["provider"]
        provider: CreateAwsBedrockConfigProvider
        try:
            provider = cast(
                CreateAwsBedrockConfigProvider,
                CreateAwsBedrockConfigProvider._value2member_map_.get(_provider)
                or CreateAwsBedrockConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        _auth = src_dict["auth"]
        auth: (
            CreateAwsBedrockBearerTokenAuth
            | CreateAwsBedrockDefaultAuth
            | CreateAwsBedrockProxyWithHeadersAuth
            | UnknownCreateAwsBedrockAuth
        )
        try:
            if type(_auth) is dict:
                auth_discriminator = _auth["auth_type"]
                if auth_discriminator == "DEFAULT":
                    auth = CreateAwsBedrockDefaultAuth.from_dict(_auth)

                elif auth_discriminator == "BEARER_TOKEN":
                    auth = CreateAwsBedrockBearerTokenAuth.from_dict(_auth)

                elif auth_discriminator == "PROXY_WITH_HEADERS":
                    auth = CreateAwsBedrockProxyWithHeadersAuth.from_dict(_auth)

                elif type(auth_discriminator) is str:
                    auth = UnknownCreateAwsBedrockAuth.from_dict(_auth)

                else:
                    raise SchemaMismatch.expected(
                        "a string", auth_discriminator, "auth_type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _auth)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "auth")

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

        if cls is CreateAwsBedrockConfig:
            create_aws_bedrock_config = cls.__new__(cls)
            create_aws_bedrock_config.provider = provider
            create_aws_bedrock_config.auth = auth
            create_aws_bedrock_config.is_default_models_enabled = (
                is_default_models_enabled
            )
            create_aws_bedrock_config.model_names = model_names
            create_aws_bedrock_config.additional_properties = {}
        else:
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
