from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="UnknownCreateLlmConfig")


@_attrs_define
class UnknownCreateLlmConfig:
    """A CreateLlmConfig whose `provider` this version of the client does not know; `to_dict()` returns the JSON object as
    received.

        Attributes:
            provider (str):
    """

    provider: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        provider: str = src_dict["provider"]
        if type(provider) is not str:
            raise SchemaMismatch.expected("a string", provider, "provider")

        if cls is UnknownCreateLlmConfig:
            unknown_create_llm_config = cls.__new__(cls)
            unknown_create_llm_config.provider = provider
            unknown_create_llm_config.additional_properties = {}
        else:
            unknown_create_llm_config = cls(
                provider=provider,
            )

        if len(src_dict) > 1:
            unknown_create_llm_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_create_llm_config

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
    }
)
