from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.gcp_provider_metadata_kind import GcpProviderMetadataKind

T = TypeVar("T", bound="GcpProviderMetadata")


@_attrs_define
class GcpProviderMetadata:
    """
    Attributes:
        kind (GcpProviderMetadataKind):
        project_id (str):
        location (str):
        project_access_label (str):
    """

    kind: GcpProviderMetadataKind
    project_id: str
    location: str
    project_access_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        project_id = self.project_id

        location = self.location

        project_access_label = self.project_access_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "project_id": project_id,
                "location": location,
                "project_access_label": project_access_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kind = src_dict["kind"]
        kind: GcpProviderMetadataKind
        try:
            kind = cast(
                GcpProviderMetadataKind,
                GcpProviderMetadataKind._value2member_map_.get(_kind)
                or GcpProviderMetadataKind(_kind),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _kind, "kind") from None

        project_id: str = src_dict["project_id"]
        if type(project_id) is not str:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        location: str = src_dict["location"]
        if type(location) is not str:
            raise SchemaMismatch.expected("a string", location, "location")

        project_access_label: str = src_dict["project_access_label"]
        if type(project_access_label) is not str:
            raise SchemaMismatch.expected(
                "a string", project_access_label, "project_access_label"
            )

        if cls is GcpProviderMetadata:
            gcp_provider_metadata = cls.__new__(cls)
            gcp_provider_metadata.kind = kind
            gcp_provider_metadata.project_id = project_id
            gcp_provider_metadata.location = location
            gcp_provider_metadata.project_access_label = project_access_label
            gcp_provider_metadata.additional_properties = {}
        else:
            gcp_provider_metadata = cls(
                kind=kind,
                project_id=project_id,
                location=location,
                project_access_label=project_access_label,
            )

        if len(src_dict) > 4:
            gcp_provider_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return gcp_provider_metadata

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
        "project_id",
        "location",
        "project_access_label",
    }
)
