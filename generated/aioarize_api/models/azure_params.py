from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="AzureParams")


@_attrs_define
class AzureParams:
    """
    Attributes:
        azure_deployment_name (str | Unset):
        azure_openai_endpoint (str | Unset):
        azure_openai_version (str | Unset):
    """

    azure_deployment_name: str | Unset = UNSET
    azure_openai_endpoint: str | Unset = UNSET
    azure_openai_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        azure_deployment_name = self.azure_deployment_name

        azure_openai_endpoint = self.azure_openai_endpoint

        azure_openai_version = self.azure_openai_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if azure_deployment_name is not UNSET:
            field_dict["azure_deployment_name"] = azure_deployment_name
        if azure_openai_endpoint is not UNSET:
            field_dict["azure_openai_endpoint"] = azure_openai_endpoint
        if azure_openai_version is not UNSET:
            field_dict["azure_openai_version"] = azure_openai_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        azure_deployment_name: str | Unset = src_dict.get(
            "azure_deployment_name", UNSET
        )
        if (
            type(azure_deployment_name) is not str
            and azure_deployment_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string", azure_deployment_name, "azure_deployment_name"
            )

        azure_openai_endpoint: str | Unset = src_dict.get(
            "azure_openai_endpoint", UNSET
        )
        if (
            type(azure_openai_endpoint) is not str
            and azure_openai_endpoint is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string", azure_openai_endpoint, "azure_openai_endpoint"
            )

        azure_openai_version: str | Unset = src_dict.get("azure_openai_version", UNSET)
        if type(azure_openai_version) is not str and azure_openai_version is not UNSET:
            raise SchemaMismatch.expected(
                "a string", azure_openai_version, "azure_openai_version"
            )

        if cls is AzureParams:
            azure_params = cls.__new__(cls)
            azure_params.azure_deployment_name = azure_deployment_name
            azure_params.azure_openai_endpoint = azure_openai_endpoint
            azure_params.azure_openai_version = azure_openai_version
            azure_params.additional_properties = {}
        else:
            azure_params = cls(
                azure_deployment_name=azure_deployment_name,
                azure_openai_endpoint=azure_openai_endpoint,
                azure_openai_version=azure_openai_version,
            )

        if len(src_dict) > (azure_deployment_name is not UNSET) + (
            azure_openai_endpoint is not UNSET
        ) + (azure_openai_version is not UNSET):
            azure_params.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return azure_params

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
        "azure_deployment_name",
        "azure_openai_endpoint",
        "azure_openai_version",
    }
)
