from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_event_attributes import SpanEventAttributes


T = TypeVar("T", bound="SpanEvent")


@_attrs_define
class SpanEvent:
    """
    Attributes:
        name (str):
        timestamp (datetime.datetime):
        attributes (SpanEventAttributes | Unset):
    """

    name: str
    timestamp: datetime.datetime
    attributes: SpanEventAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        timestamp = self.timestamp.isoformat()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "timestamp": timestamp,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _timestamp = src_dict["timestamp"]
        timestamp: datetime.datetime
        try:
            timestamp = datetime.datetime.fromisoformat(_timestamp)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _timestamp, "timestamp"
            ) from None

        _attributes = src_dict.get("attributes", UNSET)
        attributes: SpanEventAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            try:
                if type(_attributes) is not dict:
                    raise SchemaMismatch.expected("an object", _attributes)
                attributes = SpanEventAttributes.from_dict(_attributes)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "attributes")

        if cls is SpanEvent:
            span_event = cls.__new__(cls)
            span_event.name = name
            span_event.timestamp = timestamp
            span_event.attributes = attributes
            span_event.additional_properties = {}
        else:
            span_event = cls(
                name=name,
                timestamp=timestamp,
                attributes=attributes,
            )

        if len(src_dict) > 2 + (attributes is not UNSET):
            span_event.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return span_event

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
        "timestamp",
        "attributes",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global SpanEventAttributes
    from ..models.span_event_attributes import SpanEventAttributes  # noqa: PLC0415

    _lazy_imports_pending = False
