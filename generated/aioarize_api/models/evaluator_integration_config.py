from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_integration_config_input_schema import (
        EvaluatorIntegrationConfigInputSchema,
    )


T = TypeVar("T", bound="EvaluatorIntegrationConfig")


@_attrs_define
class EvaluatorIntegrationConfig:
    """
    Attributes:
        endpoint (str | Unset):
        has_headers (bool | Unset):
        input_schema (EvaluatorIntegrationConfigInputSchema | Unset):
    """

    endpoint: str | Unset = UNSET
    has_headers: bool | Unset = UNSET
    input_schema: EvaluatorIntegrationConfigInputSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint = self.endpoint

        has_headers = self.has_headers

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if has_headers is not UNSET:
            field_dict["has_headers"] = has_headers
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

        has_headers: bool | Unset = src_dict.get("has_headers", UNSET)
        if type(has_headers) is not bool and has_headers is not UNSET:
            raise SchemaMismatch.expected("a boolean", has_headers, "has_headers")

        _input_schema = src_dict.get("input_schema", UNSET)
        input_schema: EvaluatorIntegrationConfigInputSchema | Unset
        if _input_schema is UNSET:
            input_schema = UNSET
        else:
            try:
                if type(_input_schema) is not dict:
                    raise SchemaMismatch.expected("an object", _input_schema)
                input_schema = EvaluatorIntegrationConfigInputSchema.from_dict(
                    _input_schema
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "input_schema")

        if cls is EvaluatorIntegrationConfig:
            evaluator_integration_config = cls.__new__(cls)
            evaluator_integration_config.endpoint = endpoint
            evaluator_integration_config.has_headers = has_headers
            evaluator_integration_config.input_schema = input_schema
            evaluator_integration_config.additional_properties = {}
        else:
            evaluator_integration_config = cls(
                endpoint=endpoint,
                has_headers=has_headers,
                input_schema=input_schema,
            )

        if len(src_dict) > (endpoint is not UNSET) + (has_headers is not UNSET) + (
            input_schema is not UNSET
        ):
            evaluator_integration_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator_integration_config

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
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global EvaluatorIntegrationConfigInputSchema
    from ..models.evaluator_integration_config_input_schema import (
        EvaluatorIntegrationConfigInputSchema,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
