from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.agent_config_input_schema import AgentConfigInputSchema
    from ..models.agent_request_preset import AgentRequestPreset


T = TypeVar("T", bound="AgentConfig")


@_attrs_define
class AgentConfig:
    """
    Attributes:
        endpoint (str):
        has_headers (bool):
        input_schema (AgentConfigInputSchema):
        request_presets (list[AgentRequestPreset]):
    """

    endpoint: str
    has_headers: bool
    input_schema: AgentConfigInputSchema
    request_presets: list[AgentRequestPreset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint = self.endpoint

        has_headers = self.has_headers

        input_schema = self.input_schema.to_dict()

        request_presets = []
        for request_presets_item_data in self.request_presets:
            request_presets_item = request_presets_item_data.to_dict()
            request_presets.append(request_presets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "has_headers": has_headers,
                "input_schema": input_schema,
                "request_presets": request_presets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint: str = src_dict["endpoint"]
        if type(endpoint) is not str:
            raise SchemaMismatch.expected("a string", endpoint, "endpoint")

        has_headers: bool = src_dict["has_headers"]
        if type(has_headers) is not bool:
            raise SchemaMismatch.expected("a boolean", has_headers, "has_headers")

        _input_schema = src_dict["input_schema"]
        input_schema: AgentConfigInputSchema
        try:
            if type(_input_schema) is not dict:
                raise SchemaMismatch.expected("an object", _input_schema)
            input_schema = AgentConfigInputSchema.from_dict(_input_schema)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "input_schema")

        _request_presets = src_dict["request_presets"]
        request_presets: list[AgentRequestPreset]
        try:
            if type(_request_presets) is not list:
                raise SchemaMismatch.expected("an array", _request_presets)
            request_presets_items: list[AgentRequestPreset] = []
            for request_presets_item in _request_presets:
                try:
                    if type(request_presets_item) is not dict:
                        raise SchemaMismatch.expected("an object", request_presets_item)
                    request_presets_value = AgentRequestPreset.from_dict(
                        request_presets_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(request_presets_items))
                request_presets_items.append(request_presets_value)
            request_presets = request_presets_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "request_presets")

        if cls is AgentConfig:
            agent_config = cls.__new__(cls)
            agent_config.endpoint = endpoint
            agent_config.has_headers = has_headers
            agent_config.input_schema = input_schema
            agent_config.request_presets = request_presets
            agent_config.additional_properties = {}
        else:
            agent_config = cls(
                endpoint=endpoint,
                has_headers=has_headers,
                input_schema=input_schema,
                request_presets=request_presets,
            )

        if len(src_dict) > 4:
            agent_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return agent_config

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
        "endpoint",
        "has_headers",
        "input_schema",
        "request_presets",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AgentConfigInputSchema
    global AgentRequestPreset
    from ..models.agent_config_input_schema import AgentConfigInputSchema  # noqa: PLC0415
    from ..models.agent_request_preset import AgentRequestPreset  # noqa: PLC0415

    _lazy_imports_pending = False
