from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="UnknownProviderMetadata")


@_attrs_define
class UnknownProviderMetadata:
    """A ProviderMetadata whose `kind` this version of the client does not know; `to_dict()` returns the JSON object as
    received.

        Attributes:
            kind (str):
    """

    kind: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        kind: str = src_dict["kind"]
        if type(kind) is not str:
            raise SchemaMismatch.expected("a string", kind, "kind")

        if cls is UnknownProviderMetadata:
            unknown_provider_metadata = cls.__new__(cls)
            unknown_provider_metadata.kind = kind
            unknown_provider_metadata.additional_properties = {}
        else:
            unknown_provider_metadata = cls(
                kind=kind,
            )

        if len(src_dict) > 1:
            unknown_provider_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_provider_metadata

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
        "kind",
    }
)
