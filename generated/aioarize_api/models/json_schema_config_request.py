from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_config_request_schema import JsonSchemaConfigRequestSchema


T = TypeVar("T", bound="JsonSchemaConfigRequest")


@_attrs_define
class JsonSchemaConfigRequest:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        schema (JsonSchemaConfigRequestSchema | Unset):
        strict (bool | Unset):  Default: False.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    schema: JsonSchemaConfigRequestSchema | Unset = UNSET
    strict: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        _schema = src_dict.get("schema", UNSET)
        schema: JsonSchemaConfigRequestSchema | Unset
        if _schema is UNSET:
            schema = UNSET
        else:
            try:
                if type(_schema) is not dict:
                    raise SchemaMismatch.expected("an object", _schema)
                schema = JsonSchemaConfigRequestSchema.from_dict(_schema)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "schema")

        strict: bool | Unset = src_dict.get("strict", UNSET)
        if type(strict) is not bool and strict is not UNSET:
            raise SchemaMismatch.expected("a boolean", strict, "strict")

        if cls is JsonSchemaConfigRequest:
            json_schema_config_request = cls.__new__(cls)
            json_schema_config_request.name = name
            json_schema_config_request.description = description
            json_schema_config_request.schema = schema
            json_schema_config_request.strict = strict
            json_schema_config_request.additional_properties = {}
        else:
            json_schema_config_request = cls(
                name=name,
                description=description,
                schema=schema,
                strict=strict,
            )

        if len(src_dict) > (name is not UNSET) + (description is not UNSET) + (
            schema is not UNSET
        ) + (strict is not UNSET):
            json_schema_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return json_schema_config_request

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
        "name",
        "description",
        "schema",
        "strict",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global JsonSchemaConfigRequestSchema
    from ..models.json_schema_config_request_schema import JsonSchemaConfigRequestSchema  # noqa: PLC0415

    _lazy_imports_pending = False
