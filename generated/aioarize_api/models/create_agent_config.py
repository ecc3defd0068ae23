from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_agent_config_headers import CreateAgentConfigHeaders
    from ..models.create_agent_config_input_schema import CreateAgentConfigInputSchema
    from ..models.create_agent_request_preset_input import CreateAgentRequestPresetInput


T = TypeVar("T", bound="CreateAgentConfig")


@_attrs_define
class CreateAgentConfig:
    """
    Attributes:
        endpoint (str):
        input_schema (CreateAgentConfigInputSchema):
        headers (CreateAgentConfigHeaders | Unset):
        request_presets (list[CreateAgentRequestPresetInput] | Unset):
    """

    endpoint: str
    input_schema: CreateAgentConfigInputSchema
    headers: CreateAgentConfigHeaders | Unset = UNSET
    request_presets: list[CreateAgentRequestPresetInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint = self.endpoint

        input_schema = self.input_schema.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        request_presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.request_presets, Unset):
            request_presets = []
            for request_presets_item_data in self.request_presets:
                request_presets_item = request_presets_item_data.to_dict()
                request_presets.append(request_presets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "input_schema": input_schema,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if request_presets is not UNSET:
            field_dict["request_presets"] = request_presets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint: str = src_dict["endpoint"]
        if type(endpoint) is not str:
            raise SchemaMismatch.expected("a string", endpoint, "endpoint")

        _input_schema = src_dict["input_schema"]
        input_schema: CreateAgentConfigInputSchema
        try:
            if type(_input_schema) is not dict:
                raise SchemaMismatch.expected("an object", _input_schema)
            input_schema = CreateAgentConfigInputSchema.from_dict(_input_schema)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "input_schema")

        _headers = src_dict.get("headers", UNSET)
        headers: CreateAgentConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if type(_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _headers)
                headers = CreateAgentConfigHeaders.from_dict(_headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        _request_presets = src_dict.get("request_presets", UNSET)
        request_presets: list[CreateAgentRequestPresetInput] | Unset
        if _request_presets is UNSET:
            request_presets = UNSET
        else:
            try:
                if type(_request_presets) is not list:
                    raise SchemaMismatch.expected("an array", _request_presets)
                request_presets_items: list[CreateAgentRequestPresetInput] = []
                for request_presets_item in _request_presets:
                    try:
                        if type(request_presets_item) is not dict:
                            raise SchemaMismatch.expected(
                                "an object", request_presets_item
                            )
                        request_presets_value = CreateAgentRequestPresetInput.from_dict(
                            request_presets_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(request_presets_items))
                    request_presets_items.append(request_presets_value)
                request_presets = request_presets_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "request_presets")

        if cls is CreateAgentConfig:
            create_agent_config = cls.__new__(cls)
            create_agent_config.endpoint = endpoint
            create_agent_config.input_schema = input_schema
            create_agent_config.headers = headers
            create_agent_config.request_presets = request_presets
            create_agent_config.additional_properties = {}
        else:
            create_agent_config = cls(
                endpoint=endpoint,
                input_schema=input_schema,
                headers=headers,
                request_presets=request_presets,
            )

        if len(src_dict) > 2 + (headers is not UNSET) + (request_presets is not UNSET):
            create_agent_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_agent_config

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
        "input_schema",
        "headers",
        "request_presets",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateAgentConfigHeaders
    global CreateAgentConfigInputSchema
    global CreateAgentRequestPresetInput
    from ..models.create_agent_config_headers import CreateAgentConfigHeaders  # noqa: PLC0415
    from ..models.create_agent_config_input_schema import CreateAgentConfigInputSchema  # noqa: PLC0415
    from ..models.create_agent_request_preset_input import CreateAgentRequestPresetInput  # noqa: PLC0415

    _lazy_imports_pending = False
