from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_evaluator_integration_config_input_headers import (
        CreateEvaluatorIntegrationConfigInputHeaders,
    )
    from ..models.create_evaluator_integration_config_input_input_schema import (
        CreateEvaluatorIntegrationConfigInputInputSchema,
    )


T = TypeVar("T", bound="CreateEvaluatorIntegrationConfigInput")


@_attrs_define
class CreateEvaluatorIntegrationConfigInput:
    """
    Attributes:
        endpoint (str):
        input_schema (CreateEvaluatorIntegrationConfigInputInputSchema):
        headers (CreateEvaluatorIntegrationConfigInputHeaders | Unset):
    """

    endpoint: str
    input_schema: CreateEvaluatorIntegrationConfigInputInputSchema
    headers: CreateEvaluatorIntegrationConfigInputHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint = self.endpoint

        input_schema = self.input_schema.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        endpoint: str = src_dict["endpoint"]
        if type(endpoint) is not str:
            raise SchemaMismatch.expected("a string", endpoint, "endpoint")

        _input_schema = src_dict["input_schema"]
        input_schema: CreateEvaluatorIntegrationConfigInputInputSchema
        try:
            if type(_input_schema) is not dict:
                raise SchemaMismatch.expected("an object", _input_schema)
            input_schema = CreateEvaluatorIntegrationConfigInputInputSchema.from_dict(
                _input_schema
            )

        except Exception as error_:
            raise SchemaMismatch.at(error_, "input_schema")

        _headers = src_dict.get("headers", UNSET)
        headers: CreateEvaluatorIntegrationConfigInputHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if type(_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _headers)
                headers = CreateEvaluatorIntegrationConfigInputHeaders.from_dict(
                    _headers
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        if cls is CreateEvaluatorIntegrationConfigInput:
            create_evaluator_integration_config_input = cls.__new__(cls)
            create_evaluator_integration_config_input.endpoint = endpoint
            create_evaluator_integration_config_input.input_schema = input_schema
            create_evaluator_integration_config_input.headers = headers
            create_evaluator_integration_config_input.additional_properties = {}
        else:
            create_evaluator_integration_config_input = cls(
                endpoint=endpoint,
                input_schema=input_schema,
                headers=headers,
            )

        if len(src_dict) > 2 + (headers is not UNSET):
            create_evaluator_integration_config_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_evaluator_integration_config_input

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
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateEvaluatorIntegrationConfigInputHeaders
    global CreateEvaluatorIntegrationConfigInputInputSchema
    from ..models.create_evaluator_integration_config_input_headers import (
        CreateEvaluatorIntegrationConfigInputHeaders,  # noqa: PLC0415
    )
    from ..models.create_evaluator_integration_config_input_input_schema import (
        CreateEvaluatorIntegrationConfigInputInputSchema,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
