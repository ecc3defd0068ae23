from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_headers_request import AnthropicHeadersRequest
    from ..models.azure_params_request import AzureParamsRequest
    from ..models.bedrock_options_request import BedrockOptionsRequest


T = TypeVar("T", bound="ProviderParamsRequest")


@_attrs_define
class ProviderParamsRequest:
    """
    Attributes:
        azure_params (AzureParamsRequest | Unset):
        anthropic_headers (AnthropicHeadersRequest | Unset):
        anthropic_version (str | Unset):
        bedrock_options (BedrockOptionsRequest | Unset):
        region (str | Unset):
    """

    azure_params: AzureParamsRequest | Unset = UNSET
    anthropic_headers: AnthropicHeadersRequest | Unset = UNSET
    anthropic_version: str | Unset = UNSET
    bedrock_options: BedrockOptionsRequest | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        azure_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_params, Unset):
            azure_params = self.azure_params.to_dict()

        anthropic_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anthropic_headers, Unset):
            anthropic_headers = self.anthropic_headers.to_dict()

        anthropic_version = self.anthropic_version

        bedrock_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bedrock_options, Unset):
            bedrock_options = self.bedrock_options.to_dict()

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if azure_params is not UNSET:
            field_dict["azure_params"] = azure_params
        if anthropic_headers is not UNSET:
            field_dict["anthropic_headers"] = anthropic_headers
        if anthropic_version is not UNSET:
            field_dict["anthropic_version"] = anthropic_version
        if bedrock_options is not UNSET:
            field_dict["bedrock_options"] = bedrock_options
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _azure_params = src_dict.get("azure_params", UNSET)
        azure_params: AzureParamsRequest | Unset
        if _azure_params is UNSET:
            azure_params = UNSET
        else:
            try:
                if type(_azure_params) is not dict:
                    raise SchemaMismatch.expected("an object", _azure_params)
                azure_params = AzureParamsRequest.from_dict(_azure_params)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "azure_params")

        _anthropic_headers = src_dict.get("anthropic_headers", UNSET)
        anthropic_headers: AnthropicHeadersRequest | Unset
        if _anthropic_headers is UNSET:
            anthropic_headers = UNSET
        else:
            try:
                if type(_anthropic_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _anthropic_headers)
                anthropic_headers = AnthropicHeadersRequest.from_dict(
                    _anthropic_headers
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "anthropic_headers")

        anthropic_version: str | Unset = src_dict.get("anthropic_version", UNSET)
        if type(anthropic_version) is not str and anthropic_version is not UNSET:
            raise SchemaMismatch.expected(
                "a string", anthropic_version, "anthropic_version"
            )

        _bedrock_options = src_dict.get("bedrock_options", UNSET)
        bedrock_options: BedrockOptionsRequest | Unset
        if _bedrock_options is UNSET:
            bedrock_options = UNSET
        else:
            try:
                if type(_bedrock_options) is not dict:
                    raise SchemaMismatch.expected("an object", _bedrock_options)
                bedrock_options = BedrockOptionsRequest.from_dict(_bedrock_options)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "bedrock_options")

        region: str | Unset = src_dict.get("region", UNSET)
        if type(region) is not str and region is not UNSET:
            raise SchemaMismatch.expected("a string", region, "region")

        if cls is ProviderParamsRequest:
            provider_params_request = cls.__new__(cls)
            provider_params_request.azure_params = azure_params
            provider_params_request.anthropic_headers = anthropic_headers
            provider_params_request.anthropic_version = anthropic_version
            provider_params_request.bedrock_options = bedrock_options
            provider_params_request.region = region
            provider_params_request.additional_properties = {}
        else:
            provider_params_request = cls(
                azure_params=azure_params,
                anthropic_headers=anthropic_headers,
                anthropic_version=anthropic_version,
                bedrock_options=bedrock_options,
                region=region,
            )

        if len(src_dict) > (azure_params is not UNSET) + (
            anthropic_headers is not UNSET
        ) + (anthropic_version is not UNSET) + (bedrock_options is not UNSET) + (
            region is not UNSET
        ):
            provider_params_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return provider_params_request

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
        "azure_params",
        "anthropic_headers",
        "anthropic_version",
        "bedrock_options",
        "region",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnthropicHeadersRequest
    global AzureParamsRequest
    global BedrockOptionsRequest
    from ..models.anthropic_headers_request import AnthropicHeadersRequest  # noqa: PLC0415
    from ..models.azure_params_request import AzureParamsRequest  # noqa: PLC0415
    from ..models.bedrock_options_request import BedrockOptionsRequest  # noqa: PLC0415

    _lazy_imports_pending = False
