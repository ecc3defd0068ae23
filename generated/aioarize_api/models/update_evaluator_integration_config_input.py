from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_evaluator_integration_config_input_headers_type_0 import (
        UpdateEvaluatorIntegrationConfigInputHeadersType0,
    )
    from ..models.update_evaluator_integration_config_input_input_schema import (
        UpdateEvaluatorIntegrationConfigInputInputSchema,
    )


T = TypeVar("T", bound="UpdateEvaluatorIntegrationConfigInput")


@_attrs_define
class UpdateEvaluatorIntegrationConfigInput:
    """
    Attributes:
        endpoint (str | Unset):
        headers (None | Unset | UpdateEvaluatorIntegrationConfigInputHeadersType0):
        input_schema (UpdateEvaluatorIntegrationConfigInputInputSchema | Unset):
    """

    endpoint: str | Unset = UNSET
    headers: None | Unset | UpdateEvaluatorIntegrationConfigInputHeadersType0 = UNSET
    input_schema: UpdateEvaluatorIntegrationConfigInputInputSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint = self.endpoint

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(
            self.headers, UpdateEvaluatorIntegrationConfigInputHeadersType0
        ):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint: str | Unset = src_dict.get("endpoint", UNSET)
        if type(endpoint) is not str and endpoint is not UNSET:
            raise SchemaMismatch.expected("a string", endpoint, "endpoint")

        _headers = src_dict.get("headers", UNSET)
        headers: None | Unset | UpdateEvaluatorIntegrationConfigInputHeadersType0
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if _headers is None:
                    headers = None
                elif type(_headers) is dict:
                    headers = (
                        UpdateEvaluatorIntegrationConfigInputHeadersType0.from_dict(
                            _headers
                        )
                    )

                else:
                    raise SchemaMismatch.expected("an object or null", _headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        _input_schema = src_dict.get("input_schema", UNSET)
        input_schema: UpdateEvaluatorIntegrationConfigInputInputSchema | Unset
        if _input_schema is UNSET:
            input_schema = UNSET
        else:
            try:
                if type(_input_schema) is not dict:
                    raise SchemaMismatch.expected("an object", _input_schema)
                input_schema = (
                    UpdateEvaluatorIntegrationConfigInputInputSchema.from_dict(
                        _input_schema
                    )
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "input_schema")

        if cls is UpdateEvaluatorIntegrationConfigInput:
            update_evaluator_integration_config_input = cls.__new__(cls)
            update_evaluator_integration_config_input.endpoint = endpoint
            update_evaluator_integration_config_input.headers = headers
            update_evaluator_integration_config_input.input_schema = input_schema
            update_evaluator_integration_config_input.additional_properties = {}
        else:
            update_evaluator_integration_config_input = cls(
                endpoint=endpoint,
                headers=headers,
                input_schema=input_schema,
            )

        if len(src_dict) > (endpoint is not UNSET) + (headers is not UNSET) + (
            input_schema is not UNSET
        ):
            update_evaluator_integration_config_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_evaluator_integration_config_input

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
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global UpdateEvaluatorIntegrationConfigInputHeadersType0
    global UpdateEvaluatorIntegrationConfigInputInputSchema
    from ..models.update_evaluator_integration_config_input_headers_type_0 import (
        UpdateEvaluatorIntegrationConfigInputHeadersType0,  # noqa: PLC0415
    )
    from ..models.update_evaluator_integration_config_input_input_schema import (
        UpdateEvaluatorIntegrationConfigInputInputSchema,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
