from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="SpanContext")


@_attrs_define
class SpanContext:
    """
    Attributes:
        trace_id (str):
        span_id (str):
    """

    trace_id: str
    span_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        span_id = self.span_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trace_id": trace_id,
                "span_id": span_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        trace_id: str = src_dict["trace_id"]
        if type(trace_id) is not str:
            raise SchemaMismatch.expected("a string", trace_id, "trace_id")

        span_id: str = src_dict["span_id"]
        if type(span_id) is not str:
            raise SchemaMismatch.expected("a string", span_id, "span_id")

        if cls is SpanContext:
            span_context = cls.__new__(cls)
            span_context.trace_id = trace_id
            span_context.span_id = span_id
            span_context.additional_properties = {}
        else:
            span_context = cls(
                trace_id=trace_id,
                span_id=span_id,
            )

        if len(src_dict) > 2:
            span_context.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return span_context

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
        "trace_id",
        "span_id",
    }
)
