from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.response_format_type import ResponseFormatType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_config import JsonSchemaConfig


T = TypeVar("T", bound="ResponseFormat")


@_attrs_define
class ResponseFormat:
    """
    Attributes:
        type_ (ResponseFormatType | Unset):
        json_schema (JsonSchemaConfig | Unset):
    """

    type_: ResponseFormatType | Unset = UNSET
    json_schema: JsonSchemaConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict.get("type", UNSET)
        type_: ResponseFormatType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = cast(
                    ResponseFormatType,
                    ResponseFormatType._value2member_map_.get(_type_)
                    or ResponseFormatType(_type_),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected("a string", _type_, "type") from None

        _json_schema = src_dict.get("json_schema", UNSET)
        json_schema: JsonSchemaConfig | Unset
        if _json_schema is UNSET:
            json_schema = UNSET
        else:
            try:
                if type(_json_schema) is not dict:
                    raise SchemaMismatch.expected("an object", _json_schema)
                json_schema = JsonSchemaConfig.from_dict(_json_schema)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "json_schema")

        if cls is ResponseFormat:
            response_format = cls.__new__(cls)
            response_format.type_ = type_
            response_format.json_schema = json_schema
            response_format.additional_properties = {}
        else:
            response_format = cls(
                type_=type_,
                json_schema=json_schema,
            )

        if len(src_dict) > (type_ is not UNSET) + (json_schema is not UNSET):
            response_format.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return response_format

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
        "type",
        "json_schema",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global JsonSchemaConfig
    from ..models.json_schema_config import JsonSchemaConfig  # noqa: PLC0415

    _lazy_imports_pending = False
