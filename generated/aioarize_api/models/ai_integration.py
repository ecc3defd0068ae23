from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.ai_integration_auth_type import AiIntegrationAuthType
from ..models.ai_integration_provider import AiIntegrationProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_integration_headers_type_0 import AiIntegrationHeadersType0
    from ..models.ai_integration_scoping import AiIntegrationScoping
    from ..models.aws_provider_metadata import AwsProviderMetadata
    from ..models.gcp_provider_metadata import GcpProviderMetadata
    from ..models.unknown_provider_metadata import UnknownProviderMetadata


T = TypeVar("T", bound="AiIntegration")


@_attrs_define
class AiIntegration:
    """
    Attributes:
        id (str):
        name (str):
        provider (AiIntegrationProvider):
        has_api_key (bool):
        enable_default_models (bool):
        function_calling_enabled (bool):
        auth_type (AiIntegrationAuthType):
        scopings (list[AiIntegrationScoping]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by_user_id (str):
        base_url (None | str | Unset):
        model_names (list[str] | None | Unset):
        headers (AiIntegrationHeadersType0 | None | Unset):
        provider_metadata (AwsProviderMetadata | GcpProviderMetadata | None | UnknownProviderMetadata | Unset):
    """

    id: str
    name: str
    provider: AiIntegrationProvider
    has_api_key: bool
    enable_default_models: bool
    function_calling_enabled: bool
    auth_type: AiIntegrationAuthType
    scopings: list[AiIntegrationScoping]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: str
    base_url: None | str | Unset = UNSET
    model_names: list[str] | None | Unset = UNSET
    headers: AiIntegrationHeadersType0 | None | Unset = UNSET
    provider_metadata: (
        AwsProviderMetadata
        | GcpProviderMetadata
        | None
        | UnknownProviderMetadata
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        provider = self.provider.value

        has_api_key = self.has_api_key

        enable_default_models = self.enable_default_models

        function_calling_enabled = self.function_calling_enabled

        auth_type = self.auth_type.value

        scopings = []
        for scopings_item_data in self.scopings:
            scopings_item = scopings_item_data.to_dict()
            scopings.append(scopings_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by_user_id = self.created_by_user_id

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        model_names: list[str] | None | Unset
        if isinstance(self.model_names, Unset):
            model_names = UNSET
        elif isinstance(self.model_names, list):
            model_names = self.model_names

        else:
            model_names = self.model_names

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, AiIntegrationHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        provider_metadata: dict[str, Any] | None | Unset
        if isinstance(self.provider_metadata, Unset):
            provider_metadata = UNSET
        elif isinstance(self.provider_metadata, AwsProviderMetadata):
            provider_metadata = self.provider_metadata.to_dict()
        elif isinstance(self.provider_metadata, GcpProviderMetadata):
            provider_metadata = self.provider_metadata.to_dict()
        elif isinstance(self.provider_metadata, UnknownProviderMetadata):
            provider_metadata = self.provider_metadata.to_dict()
        else:
            provider_metadata = self.provider_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "provider": provider,
                "has_api_key": has_api_key,
                "enable_default_models": enable_default_models,
                "function_calling_enabled": function_calling_enabled,
                "auth_type": auth_type,
                "scopings": scopings,
                "created_at": created_at,
                "updated_at": updated_at,
                "created_by_user_id": created_by_user_id,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if model_names is not UNSET:
            field_dict["model_names"] = model_names
        if headers is not UNSET:
            field_dict["headers"] = headers
        if provider_metadata is not UNSET:
            field_dict["provider_metadata"] = provider_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _provider = src_dict["provider"]
        provider: AiIntegrationProvider
        try:
            provider = cast(
                AiIntegrationProvider,
                AiIntegrationProvider._value2member_map_.get(_provider)
                or AiIntegrationProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        has_api_key: bool = src_dict["has_api_key"]
        if type(has_api_key) is not bool:
            raise SchemaMismatch.expected("a boolean", has_api_key, "has_api_key")

        enable_default_models: bool = src_dict["enable_default_models"]
        if type(enable_default_models) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", enable_default_models, "enable_default_models"
            )

        function_calling_enabled: bool = src_dict["function_calling_enabled"]
        if type(function_calling_enabled) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", function_calling_enabled, "function_calling_enabled"
            )

        _auth_type = src_dict["auth_type"]
        auth_type: AiIntegrationAuthType
        try:
            auth_type = cast(
                AiIntegrationAuthType,
                AiIntegrationAuthType._value2member_map_.get(_auth_type)
                or AiIntegrationAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        _scopings = src_dict["scopings"]
        scopings: list[AiIntegrationScoping]
        try:
            if type(_scopings) is not list:
                raise SchemaMismatch.expected("an array", _scopings)
            scopings_items: list[AiIntegrationScoping] = []
            for scopings_item in _scopings:
                try:
                    if type(scopings_item) is not dict:
                        raise SchemaMismatch.expected("an object", scopings_item)
                    scopings_value = AiIntegrationScoping.from_dict(scopings_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(scopings_items))
                scopings_items.append(scopings_value)
            scopings = scopings_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "scopings")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _updated_at = src_dict["updated_at"]
        updated_at: datetime.datetime
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _updated_at, "updated_at"
            ) from None

        created_by_user_id: str = src_dict["created_by_user_id"]
        if type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

        base_url: None | str | Unset = src_dict.get("base_url", UNSET)
        if base_url is not None and type(base_url) is not str and base_url is not UNSET:
            raise SchemaMismatch.expected("a string or null", base_url, "base_url")

        _model_names = src_dict.get("model_names", UNSET)
        model_names: list[str] | None | Unset
        if _model_names is UNSET:
            model_names = UNSET
        else:
            try:
                if _model_names is None:
                    model_names = None
                elif type(_model_names) is list:
                    for model_names_type_0_item in _model_names:
                        if type(model_names_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string", _model_names, model_names_type_0_item
                            )
                    model_names = _model_names

                else:
                    raise SchemaMismatch.expected("an array or null", _model_names)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "model_names")

        _headers = src_dict.get("headers", UNSET)
        headers: AiIntegrationHeadersType0 | None | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if _headers is None:
                    headers = None
                elif type(_headers) is dict:
                    headers = AiIntegrationHeadersType0.from_dict(_headers)

                else:
                    raise SchemaMismatch.expected("an object or null", _headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        _provider_metadata = src_dict.get("provider_metadata", UNSET)
        provider_metadata: (
            AwsProviderMetadata
            | GcpProviderMetadata
            | None
            | UnknownProviderMetadata
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
                        provider_metadata = AwsProviderMetadata.from_dict(
                            _provider_metadata
                        )

                    elif provider_metadata_discriminator == "GCP":
                        provider_metadata = GcpProviderMetadata.from_dict(
                            _provider_metadata
                        )

                    elif type(provider_metadata_discriminator) is str:
                        provider_metadata = UnknownProviderMetadata.from_dict(
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

        if cls is AiIntegration:
            ai_integration = cls.__new__(cls)
            ai_integration.id = id
            ai_integration.name = name
            ai_integration.provider = provider
            ai_integration.has_api_key = has_api_key
            ai_integration.enable_default_models = enable_default_models
            ai_integration.function_calling_enabled = function_calling_enabled
            ai_integration.auth_type = auth_type
            ai_integration.scopings = scopings
            ai_integration.created_at = created_at
            ai_integration.updated_at = updated_at
            ai_integration.created_by_user_id = created_by_user_id
            ai_integration.base_url = base_url
            ai_integration.model_names = model_names
            ai_integration.headers = headers
            ai_integration.provider_metadata = provider_metadata
            ai_integration.additional_properties = {}
        else:
            ai_integration = cls(
                id=id,
                name=name,
                provider=provider,
                has_api_key=has_api_key,
                enable_default_models=enable_default_models,
                function_calling_enabled=function_calling_enabled,
                auth_type=auth_type,
                scopings=scopings,
                created_at=created_at,
                updated_at=updated_at,
                created_by_user_id=created_by_user_id,
                base_url=base_url,
                model_names=model_names,
                headers=headers,
                provider_metadata=provider_metadata,
            )

        if len(src_dict) > 11 + (base_url is not UNSET) + (model_names is not UNSET) + (
            headers is not UNSET
        ) + (provider_metadata is not UNSET):
            ai_integration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return ai_integration

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
        "id",
        "name",
        "provider",
        "has_api_key",
        "enable_default_models",
        "function_calling_enabled",
        "auth_type",
        "scopings",
        "created_at",
        "updated_at",
        "created_by_user_id",
        "base_url",
        "model_names",
        "headers",
        "provider_metadata",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AiIntegrationHeadersType0
    global AiIntegrationScoping
    global AwsProviderMetadata
    global GcpProviderMetadata
    global UnknownProviderMetadata
    from ..models.ai_integration_headers_type_0 import AiIntegrationHeadersType0  # noqa: PLC0415
    from ..models.ai_integration_scoping import AiIntegrationScoping  # noqa: PLC0415
    from ..models.aws_provider_metadata import AwsProviderMetadata  # noqa: PLC0415
    from ..models.gcp_provider_metadata import GcpProviderMetadata  # noqa: PLC0415
    from ..models.unknown_provider_metadata import UnknownProviderMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
