from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.ai_integration_auth_type import AiIntegrationAuthType
from ..models.ai_integration_provider import AiIntegrationProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_integration_scoping_request import AiIntegrationScopingRequest
    from ..models.aws_provider_metadata_request import AwsProviderMetadataRequest
    from ..models.gcp_provider_metadata_request import GcpProviderMetadataRequest
    from ..models.unknown_provider_metadata_request import (
        UnknownProviderMetadataRequest,
    )
    from ..models.update_ai_integration_request_headers_type_0 import (
        UpdateAiIntegrationRequestHeadersType0,
    )


T = TypeVar("T", bound="UpdateAiIntegrationRequest")


@_attrs_define
class UpdateAiIntegrationRequest:
    """
    Attributes:
        name (str | Unset):
        provider (AiIntegrationProvider | Unset):
        api_key (None | str | Unset):
        base_url (None | str | Unset):
        model_names (list[str] | Unset):
        headers (None | Unset | UpdateAiIntegrationRequestHeadersType0):
        enable_default_models (bool | Unset):
        function_calling_enabled (bool | Unset):
        auth_type (AiIntegrationAuthType | Unset):
        provider_metadata (AwsProviderMetadataRequest | GcpProviderMetadataRequest | None |
            UnknownProviderMetadataRequest | Unset):
        scopings (list[AiIntegrationScopingRequest] | Unset):
    """

    name: str | Unset = UNSET
    provider: AiIntegrationProvider | Unset = UNSET
    api_key: None | str | Unset = UNSET
    base_url: None | str | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    headers: None | Unset | UpdateAiIntegrationRequestHeadersType0 = UNSET
    enable_default_models: bool | Unset = UNSET
    function_calling_enabled: bool | Unset = UNSET
    auth_type: AiIntegrationAuthType | Unset = UNSET
    provider_metadata: (
        AwsProviderMetadataRequest
        | GcpProviderMetadataRequest
        | None
        | UnknownProviderMetadataRequest
        | Unset
    ) = UNSET
    scopings: list[AiIntegrationScopingRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, UpdateAiIntegrationRequestHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        enable_default_models = self.enable_default_models

        function_calling_enabled = self.function_calling_enabled

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        provider_metadata: dict[str, Any] | None | Unset
        if isinstance(self.provider_metadata, Unset):
            provider_metadata = UNSET
        elif isinstance(self.provider_metadata, AwsProviderMetadataRequest):
            provider_metadata = self.provider_metadata.to_dict()
        elif isinstance(self.provider_metadata, GcpProviderMetadataRequest):
            provider_metadata = self.provider_metadata.to_dict()
        elif isinstance(self.provider_metadata, UnknownProviderMetadataRequest):
            provider_metadata = self.provider_metadata.to_dict()
        else:
            provider_metadata = self.provider_metadata

        scopings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopings, Unset):
            scopings = []
            for scopings_item_data in self.scopings:
                scopings_item = scopings_item_data.to_dict()
                scopings.append(scopings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if model_names is not UNSET:
            field_dict["model_names"] = model_names
        if headers is not UNSET:
            field_dict["headers"] = headers
        if enable_default_models is not UNSET:
            field_dict["enable_default_models"] = enable_default_models
        if function_calling_enabled is not UNSET:
            field_dict["function_calling_enabled"] = function_calling_enabled
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if provider_metadata is not UNSET:
            field_dict["provider_metadata"] = provider_metadata
        if scopings is not UNSET:
            field_dict["scopings"] = scopings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        _provider = src_dict.get("provider", UNSET)
        provider: AiIntegrationProvider | Unset
        if _provider is UNSET:
            provider = UNSET
        else:
            try:
                provider = cast(
                    AiIntegrationProvider,
                    AiIntegrationProvider._value2member_map_.get(_provider)
                    or AiIntegrationProvider(_provider),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _provider, "provider"
                ) from None

        api_key: None | str | Unset = src_dict.get("api_key", UNSET)
        if api_key is not None and type(api_key) is not str and api_key is not UNSET:
            raise SchemaMismatch.expected("a string or null", api_key, "api_key")

        base_url: None | str | Unset = src_dict.get("base_url", UNSET)
        if base_url is not None and type(base_url) is not str and base_url is not UNSET:
            raise SchemaMismatch.expected("a string or null", base_url, "base_url")

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

        _headers = src_dict.get("headers", UNSET)
        headers: None | Unset | UpdateAiIntegrationRequestHeadersType0
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if _headers is None:
                    headers = None
                elif type(_headers) is dict:
                    headers = UpdateAiIntegrationRequestHeadersType0.from_dict(_headers)

                else:
                    raise SchemaMismatch.expected("an object or null", _headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        enable_default_models: bool | Unset = src_dict.get(
            "enable_default_models", UNSET
        )
        if (
            type(enable_default_models) is not bool
            and enable_default_models is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean", enable_default_models, "enable_default_models"
            )

        function_calling_enabled: bool | Unset = src_dict.get(
            "function_calling_enabled", UNSET
        )
        if (
            type(function_calling_enabled) is not bool
            and function_calling_enabled is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean", function_calling_enabled, "function_calling_enabled"
            )

        _auth_type = src_dict.get("auth_type", UNSET)
        auth_type: AiIntegrationAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            try:
                auth_type = cast(
                    AiIntegrationAuthType,
                    AiIntegrationAuthType._value2member_map_.get(_auth_type)
                    or AiIntegrationAuthType(_auth_type),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _auth_type, "auth_type"
                ) from None

        _provider_metadata = src_dict.get("provider_metadata", UNSET)
        provider_metadata: (
            AwsProviderMetadataRequest
            | GcpProviderMetadataRequest
            | None
            | UnknownProviderMetadataRequest
            | Unset
        )
        if _provider_metadata is UNSET:
            provider_metadata = UNSET
        else:
            try:
                if _provider_metadata is None:
                    provider_metadata = None
                elif type(_provider_metadata) is dict:
                    provider_metadata_discriminator = _provider_metadata["kind"]
                    if provider_metadata_discriminator == "AWS":
                        provider_metadata = AwsProviderMetadataRequest.from_dict(
                            _provider_metadata
                        )

                    elif provider_metadata_discriminator == "GCP":
                        provider_metadata = GcpProviderMetadataRequest.from_dict(
                            _provider_metadata
                        )

                    elif type(provider_metadata_discriminator) is str:
                        provider_metadata = UnknownProviderMetadataRequest.from_dict(
                            _provider_metadata
                        )

                    else:
                        raise SchemaMismatch.expected(
                            "a string", provider_metadata_discriminator, "kind"
                        )

                else:
                    raise SchemaMismatch.expected(
                        "an object or null", _provider_metadata
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "provider_metadata")

        _scopings = src_dict.get("scopings", UNSET)
        scopings: list[AiIntegrationScopingRequest] | Unset
        if _scopings is UNSET:
            scopings = UNSET
        else:
            try:
                if type(_scopings) is not list:
                    raise SchemaMismatch.expected("an array", _scopings)
                scopings_items: list[AiIntegrationScopingRequest] = []
                for scopings_item in _scopings:
                    try:
                        if type(scopings_item) is not dict:
                            raise SchemaMismatch.expected("an object", scopings_item)
                        scopings_value = AiIntegrationScopingRequest.from_dict(
                            scopings_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(scopings_items))
                    scopings_items.append(scopings_value)
                scopings = scopings_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "scopings")

        if cls is UpdateAiIntegrationRequest:
            update_ai_integration_request = cls.__new__(cls)
            update_ai_integration_request.name = name
            update_ai_integration_request.provider = provider
            update_ai_integration_request.api_key = api_key
            update_ai_integration_request.base_url = base_url
            update_ai_integration_request.model_names = model_names
            update_ai_integration_request.headers = headers
            update_ai_integration_request.enable_default_models = enable_default_models
            update_ai_integration_request.function_calling_enabled = (
                function_calling_enabled
            )
            update_ai_integration_request.auth_type = auth_type
            update_ai_integration_request.provider_metadata = provider_metadata
            update_ai_integration_request.scopings = scopings
            update_ai_integration_request.additional_properties = {}
        else:
            update_ai_integration_request = cls(
                name=name,
                provider=provider,
                api_key=api_key,
                base_url=base_url,
                model_names=model_names,
                headers=headers,
                enable_default_models=enable_default_models,
                function_calling_enabled=function_calling_enabled,
                auth_type=auth_type,
                provider_metadata=provider_metadata,
                scopings=scopings,
            )

        if len(src_dict) > (name is not UNSET) + (provider is not UNSET) + (
            api_key is not UNSET
        ) + (base_url is not UNSET) + (model_names is not UNSET) + (
            headers is not UNSET
        ) + (enable_default_models is not UNSET) + (
            function_calling_enabled is not UNSET
        ) + (auth_type is not UNSET) + (provider_metadata is not UNSET) + (
            scopings is not UNSET
        ):
            update_ai_integration_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_ai_integration_request

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
        "name",
        "provider",
        "api_key",
        "base_url",
        "model_names",
        "headers",
        "enable_default_models",
        "function_calling_enabled",
        "auth_type",
        "provider_metadata",
        "scopings",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AiIntegrationScopingRequest
    global AwsProviderMetadataRequest
    global GcpProviderMetadataRequest
    global UnknownProviderMetadataRequest
    global UpdateAiIntegrationRequestHeadersType0
    from ..models.ai_integration_scoping_request import AiIntegrationScopingRequest  # noqa: PLC0415
    from ..models.aws_provider_metadata_request import AwsProviderMetadataRequest  # noqa: PLC0415
    from ..models.gcp_provider_metadata_request import GcpProviderMetadataRequest  # noqa: PLC0415
    from ..models.unknown_provider_metadata_request import (
        UnknownProviderMetadataRequest,  # noqa: PLC0415
    )
    from ..models.update_ai_integration_request_headers_type_0 import (
        UpdateAiIntegrationRequestHeadersType0,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
