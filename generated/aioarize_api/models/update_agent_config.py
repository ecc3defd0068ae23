from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_agent_config_headers_type_0 import (
        UpdateAgentConfigHeadersType0,
    )
    from ..models.update_agent_config_input_schema import UpdateAgentConfigInputSchema
    from ..models.update_agent_request_preset_input import UpdateAgentRequestPresetInput


T = TypeVar("T", bound="UpdateAgentConfig")


@_attrs_define
class UpdateAgentConfig:
    """
    Attributes:
        endpoint (str | Unset):
        headers (None | Unset | UpdateAgentConfigHeadersType0):
        input_schema (UpdateAgentConfigInputSchema | Unset):
        request_presets (list[UpdateAgentRequestPresetInput] | Unset):
    """

    endpoint: str | Unset = UNSET
    headers: None | Unset | UpdateAgentConfigHeadersType0 = UNSET
    input_schema: UpdateAgentConfigInputSchema | Unset = UNSET
    request_presets: list[UpdateAgentRequestPresetInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint = self.endpoint

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, UpdateAgentConfigHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        request_presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.request_presets, Unset):
            request_presets = []
            for request_presets_item_data in self.request_presets:
                request_presets_item = request_presets_item_data.to_dict()
                request_presets.append(request_presets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if request_presets is not UNSET:
            field_dict["request_presets"] = request_presets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint: str | Unset = src_dict.get("endpoint", UNSET)
        if type(endpoint) is not str and endpoint is not UNSET:
            raise SchemaMismatch.expected("a string", endpoint, "endpoint")

        _headers = src_dict.get("headers", UNSET)
        headers: None | Unset | UpdateAgentConfigHeadersType0
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if _headers is None:
                    headers = None
                elif type(_headers) is dict:
                    headers = UpdateAgentConfigHeadersType0.from_dict(_headers)

                else:
                    raise SchemaMismatch.expected("an object or null", _headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        _input_schema = src_dict.get("input_schema", UNSET)
        input_schema: UpdateAgentConfigInputSchema | Unset
        if _input_schema is UNSET:
            input_schema = UNSET
        else:
            try:
                if type(_input_schema) is not dict:
                    raise SchemaMismatch.expected("an object", _input_schema)
                input_schema = UpdateAgentConfigInputSchema.from_dict(_input_schema)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "input_schema")

        _request_presets = src_dict.get("request_presets", UNSET)
        request_presets: list[UpdateAgentRequestPresetInput] | Unset
        if _request_presets is UNSET:
            request_presets = UNSET
        else:
            try:
                if type(_request_presets) is not list:
                    raise SchemaMismatch.expected("an array", _request_presets)
                request_presets_items: list[UpdateAgentRequestPresetInput] = []
                for request_presets_item in _request_presets:
                    try:
                        if type(request_presets_item) is not dict:
                            raise SchemaMismatch.expected(
                                "an object", request_presets_item
                            )
                        request_presets_value = UpdateAgentRequestPresetInput.from_dict(
                            request_presets_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(request_presets_items))
                    request_presets_items.append(request_presets_value)
                request_presets = request_presets_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "request_presets")

        if cls is UpdateAgentConfig:
            update_agent_config = cls.__new__(cls)
            update_agent_config.endpoint = endpoint
            update_agent_config.headers = headers
            update_agent_config.input_schema = input_schema
            update_agent_config.request_presets = request_presets
            update_agent_config.additional_properties = {}
        else:
            update_agent_config = cls(
                endpoint=endpoint,
                headers=headers,
                input_schema=input_schema,
                request_presets=request_presets,
            )

        if len(src_dict) > (endpoint is not UNSET) + (headers is not UNSET) + (
            input_schema is not UNSET
        ) + (request_presets is not UNSET):
            update_agent_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_agent_config

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
        "headers",
        "input_schema",
        "request_presets",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global UpdateAgentConfigHeadersType0
    global UpdateAgentConfigInputSchema
    global UpdateAgentRequestPresetInput
    from ..models.update_agent_config_headers_type_0 import (
        UpdateAgentConfigHeadersType0,  # noqa: PLC0415
    )
    from ..models.update_agent_config_input_schema import UpdateAgentConfigInputSchema  # noqa: PLC0415
    from ..models.update_agent_request_preset_input import UpdateAgentRequestPresetInput  # noqa: PLC0415

    _lazy_imports_pending = False
