from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.llm_integration_provider import LlmIntegrationProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_aws_bedrock_bearer_token_auth import (
        CreateAwsBedrockBearerTokenAuth,
    )
    from ..models.create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth
    from ..models.create_aws_bedrock_proxy_with_headers_auth import (
        CreateAwsBedrockProxyWithHeadersAuth,
    )
    from ..models.create_custom_default_auth import CreateCustomDefaultAuth
    from ..models.create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,
    )
    from ..models.unknown_create_aws_bedrock_auth import UnknownCreateAwsBedrockAuth
    from ..models.unknown_create_custom_auth import UnknownCreateCustomAuth
    from ..models.update_llm_config_headers_type_0 import UpdateLlmConfigHeadersType0


T = TypeVar("T", bound="UpdateLlmConfig")


@_attrs_define
class UpdateLlmConfig:
    """
    Attributes:
        provider (LlmIntegrationProvider | Unset):
        api_key (None | str | Unset):
        is_function_calling_enabled (bool | Unset):
        auth (CreateAwsBedrockBearerTokenAuth | CreateAwsBedrockDefaultAuth | CreateAwsBedrockProxyWithHeadersAuth |
            CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth | UnknownCreateAwsBedrockAuth |
            UnknownCreateCustomAuth | Unset):
        base_url (None | str | Unset):
        headers (None | Unset | UpdateLlmConfigHeadersType0):
        is_default_models_enabled (bool | Unset):
        model_names (list[str] | Unset):
        project_id (str | Unset):
        location (str | Unset):
        project_access_label (str | Unset):
    """

    provider: LlmIntegrationProvider | Unset = UNSET
    api_key: None | str | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    auth: (
        CreateAwsBedrockBearerTokenAuth
        | CreateAwsBedrockDefaultAuth
        | CreateAwsBedrockProxyWithHeadersAuth
        | CreateCustomDefaultAuth
        | CreateCustomOauth2ClientCredentialsAuth
        | UnknownCreateAwsBedrockAuth
        | UnknownCreateCustomAuth
        | Unset
    ) = UNSET
    base_url: None | str | Unset = UNSET
    headers: None | Unset | UpdateLlmConfigHeadersType0 = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    project_id: str | Unset = UNSET
    location: str | Unset = UNSET
    project_access_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        is_function_calling_enabled = self.is_function_calling_enabled

        auth: dict[str, Any] | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, CreateAwsBedrockDefaultAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CreateAwsBedrockBearerTokenAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CreateAwsBedrockProxyWithHeadersAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, UnknownCreateAwsBedrockAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CreateCustomDefaultAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CreateCustomOauth2ClientCredentialsAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, UpdateLlmConfigHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        is_default_models_enabled = self.is_default_models_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        project_id = self.project_id

        location = self.location

        project_access_label = self.project_access_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if auth is not UNSET:
            field_dict["auth"] = auth
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if location is not UNSET:
            field_dict["location"] = location
        if project_access_label is not UNSET:
            field_dict["project_access_label"] = project_access_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _provider = src_dict.get("provider", UNSET)
        provider: LlmIntegrationProvider | Unset
        if _provider is UNSET:
            provider = UNSET
        else:
            try:
                provider = cast(
                    LlmIntegrationProvider,
                    LlmIntegrationProvider._value2member_map_.get(_provider)
                    or LlmIntegrationProvider(_provider),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _provider, "provider"
                ) from None

        api_key: None | str | Unset = src_dict.get("api_key", UNSET)
        if api_key is not None and type(api_key) is not str and api_key is not UNSET:
            raise SchemaMismatch.expected("a string or null", api_key, "api_key")

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

        _auth = src_dict.get("auth", UNSET)
        auth: (
            CreateAwsBedrockBearerTokenAuth
            | CreateAwsBedrockDefaultAuth
            | CreateAwsBedrockProxyWithHeadersAuth
            | CreateCustomDefaultAuth
            | CreateCustomOauth2ClientCredentialsAuth
            | UnknownCreateAwsBedrockAuth
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
                        auth = CreateAwsBedrockDefaultAuth.from_dict(_auth)

                    elif auth_discriminator == "BEARER_TOKEN":
                        auth = CreateAwsBedrockBearerTokenAuth.from_dict(_auth)

                    elif auth_discriminator == "PROXY_WITH_HEADERS":
                        auth = CreateAwsBedrockProxyWithHeadersAuth.from_dict(_auth)

                    elif auth_discriminator == "DEFAULT":
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

        base_url: None | str | Unset = src_dict.get("base_url", UNSET)
        if base_url is not None and type(base_url) is not str and base_url is not UNSET:
            raise SchemaMismatch.expected("a string or null", base_url, "base_url")

        _headers = src_dict.get("headers", UNSET)
        headers: None | Unset | UpdateLlmConfigHeadersType0
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if _headers is None:
                    headers = None
                elif type(_headers) is dict:
                    headers = UpdateLlmConfigHeadersType0.from_dict(_headers)

                else:
                    raise SchemaMismatch.expected("an object or null", _headers)

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

        project_id: str | Unset = src_dict.get("project_id", UNSET)
        if type(project_id) is not str and project_id is not UNSET:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        location: str | Unset = src_dict.get("location", UNSET)
        if type(location) is not str and location is not UNSET:
            raise SchemaMismatch.expected("a string", location, "location")

        project_access_label: str | Unset = src_dict.get("project_access_label", UNSET)
        if type(project_access_label) is not str and project_access_label is not UNSET:
            raise SchemaMismatch.expected(
                "a string", project_access_label, "project_access_label"
            )

        if cls is UpdateLlmConfig:
            update_llm_config = cls.__new__(cls)
            update_llm_config.provider = provider
            update_llm_config.api_key = api_key
            update_llm_config.is_function_calling_enabled = is_function_calling_enabled
            update_llm_config.auth = auth
            update_llm_config.base_url = base_url
            update_llm_config.headers = headers
            update_llm_config.is_default_models_enabled = is_default_models_enabled
            update_llm_config.model_names = model_names
            update_llm_config.project_id = project_id
            update_llm_config.location = location
            update_llm_config.project_access_label = project_access_label
            update_llm_config.additional_properties = {}
        else:
            update_llm_config = cls(
                provider=provider,
                api_key=api_key,
                is_function_calling_enabled=is_function_calling_enabled,
                auth=auth,
                base_url=base_url,
                headers=headers,
                is_default_models_enabled=is_default_models_enabled,
                model_names=model_names,
                project_id=project_id,
                location=location,
                project_access_label=project_access_label,
            )

        if len(src_dict) > (provider is not UNSET) + (api_key is not UNSET) + (
            is_function_calling_enabled is not UNSET
        ) + (auth is not UNSET) + (base_url is not UNSET) + (headers is not UNSET) + (
            is_default_models_enabled is not UNSET
        ) + (model_names is not UNSET) + (project_id is not UNSET) + (
            location is not UNSET
        ) + (project_access_label is not UNSET):
            update_llm_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_llm_config

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
        "api_key",
        "is_function_calling_enabled",
        "auth",
        "base_url",
        "headers",
        "is_default_models_enabled",
        "model_names",
        "project_id",
        "location",
        "project_access_label",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateAwsBedrockBearerTokenAuth
    global CreateAwsBedrockDefaultAuth
    global CreateAwsBedrockProxyWithHeadersAuth
    global CreateCustomDefaultAuth
    global CreateCustomOauth2ClientCredentialsAuth
    global UnknownCreateAwsBedrockAuth
    global UnknownCreateCustomAuth
    global UpdateLlmConfigHeadersType0
    from ..models.create_aws_bedrock_bearer_token_auth import (
        CreateAwsBedrockBearerTokenAuth,  # noqa: PLC0415
    )
    from ..models.create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth  # noqa: PLC0415
    from ..models.create_aws_bedrock_proxy_with_headers_auth import (
        CreateAwsBedrockProxyWithHeadersAuth,  # noqa: PLC0415
    )
    from ..models.create_custom_default_auth import CreateCustomDefaultAuth  # noqa: PLC0415
    from ..models.create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,  # noqa: PLC0415
    )
    from ..models.unknown_create_aws_bedrock_auth import UnknownCreateAwsBedrockAuth  # noqa: PLC0415
    from ..models.unknown_create_custom_auth import UnknownCreateCustomAuth  # noqa: PLC0415
    from ..models.update_llm_config_headers_type_0 import UpdateLlmConfigHeadersType0  # noqa: PLC0415

    _lazy_imports_pending = False
