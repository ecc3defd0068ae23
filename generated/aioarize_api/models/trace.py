from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Trace")


@_attrs_define
class Trace:
    """
    Attributes:
        trace_id (str):
        root_span_id (str):
        spans_truncated (bool):
        spans (list[Span]):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
    """

    trace_id: str
    root_span_id: str
    spans_truncated: bool
    spans: list[Span]
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        trace_id = self.trace_id

        root_span_id = self.root_span_id

        spans_truncated = self.spans_truncated

        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trace_id": trace_id,
                "root_span_id": root_span_id,
                "spans_truncated": spans_truncated,
                "spans": spans,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        trace_id: str = src_dict["trace_id"]
        if type(trace_id) is not str:
            raise SchemaMismatch.expected("a string", trace_id, "trace_id")

        root_span_id: str = src_dict["root_span_id"]
        if type(root_span_id) is not str:
            raise SchemaMismatch.expected("a string", root_span_id, "root_span_id")

        spans_truncated: bool = src_dict["spans_truncated"]
        if type(spans_truncated) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", spans_truncated, "spans_truncated"
            )

        _spans = src_dict["spans"]
        spans: list[Span]
        try:
            if type(_spans) is not list:
                raise SchemaMismatch.expected("an array", _spans)
            spans_items: list[Span] = []
            for spans_item in _spans:
                try:
                    if type(spans_item) is not dict:
                        raise SchemaMismatch.expected("an object", spans_item)
                    spans_value = Span.from_dict(spans_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(spans_items))
                spans_items.append(spans_value)
            spans = spans_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "spans")

        _start_time = src_dict.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            try:
                start_time = datetime.datetime.fromisoformat(_start_time)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _start_time, "start_time"
                ) from None

        _end_time = src_dict.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            try:
                end_time = datetime.datetime.fromisoformat(_end_time)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _end_time, "end_time"
                ) from None

        if cls is Trace:
            trace = cls.__new__(cls)
            trace.trace_id = trace_id
            trace.root_span_id = root_span_id
            trace.spans_truncated = spans_truncated
            trace.spans = spans
            trace.start_time = start_time
            trace.end_time = end_time
            trace.additional_properties = {}
        else:
            trace = cls(
                trace_id=trace_id,
                root_span_id=root_span_id,
                spans_truncated=spans_truncated,
                spans=spans,
                start_time=start_time,
                end_time=end_time,
            )

        if len(src_dict) > 4 + (start_time is not UNSET) + (end_time is not UNSET):
            trace.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return trace

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
        "root_span_id",
        "spans_truncated",
        "spans",
        "start_time",
        "end_time",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Span
    from ..models.span import Span  # noqa: PLC0415

    _lazy_imports_pending = False
