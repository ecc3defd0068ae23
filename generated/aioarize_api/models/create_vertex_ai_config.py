from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_vertex_ai_config_provider import CreateVertexAiConfigProvider

T = TypeVar("T", bound="CreateVertexAiConfig")


@_attrs_define
class CreateVertexAiConfig:
    """
    Attributes:
        provider (CreateVertexAiConfigProvider):
        project_id (str):
        location (str):
        project_access_label (str):
    """

    provider: CreateVertexAiConfigProvider
    project_id: str
    location: str
    project_access_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        project_id = self.project_id

        location = self.location

        project_access_label = self.project_access_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "project_id": project_id,
                "location": location,
                "project_access_label": project_access_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _provider = src_dict["provider"]
        provider: CreateVertexAiConfigProvider
        try:
            provider = cast(
                CreateVertexAiConfigProvider,
                CreateVertexAiConfigProvider._value2member_map_.get(_provider)
                or CreateVertexAiConfigProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

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

        if cls is CreateVertexAiConfig:
            create_vertex_ai_config = cls.__new__(cls)
            create_vertex_ai_config.provider = provider
            create_vertex_ai_config.project_id = project_id
            create_vertex_ai_config.location = location
            create_vertex_ai_config.project_access_label = project_access_label
            create_vertex_ai_config.additional_properties = {}
        else:
            create_vertex_ai_config = cls(
                provider=provider,
                project_id=project_id,
                location=location,
                project_access_label=project_access_label,
            )

        if len(src_dict) > 4:
            create_vertex_ai_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_vertex_ai_config

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
        "project_id",
        "location",
        "project_access_label",
    }
)
