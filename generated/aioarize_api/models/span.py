from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.span_kind import SpanKind
from ..models.span_status_code import SpanStatusCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation
    from ..models.evaluation import Evaluation
    from ..models.span_attributes import SpanAttributes
    from ..models.span_context import SpanContext
    from ..models.span_event import SpanEvent


T = TypeVar("T", bound="Span")


@_attrs_define
class Span:
    """
    Attributes:
        name (str):
        context (SpanContext):
        kind (SpanKind):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        parent_id (str | Unset):
        status_code (SpanStatusCode | Unset):
        status_message (str | Unset):
        attributes (SpanAttributes | Unset):
        annotations (list[Annotation] | Unset):
        trace_annotations (list[Annotation] | Unset):
        evaluations (list[Evaluation] | Unset):
        events (list[SpanEvent] | Unset):
    """

    name: str
    context: SpanContext
    kind: SpanKind
    start_time: datetime.datetime
    end_time: datetime.datetime
    parent_id: str | Unset = UNSET
    status_code: SpanStatusCode | Unset = UNSET
    status_message: str | Unset = UNSET
    attributes: SpanAttributes | Unset = UNSET
    annotations: list[Annotation] | Unset = UNSET
    trace_annotations: list[Annotation] | Unset = UNSET
    evaluations: list[Evaluation] | Unset = UNSET
    events: list[SpanEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        context = self.context.to_dict()

        kind = self.kind.value

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        parent_id = self.parent_id

        status_code: str | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        status_message = self.status_message

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        trace_annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trace_annotations, Unset):
            trace_annotations = []
            for trace_annotations_item_data in self.trace_annotations:
                trace_annotations_item = trace_annotations_item_data.to_dict()
                trace_annotations.append(trace_annotations_item)

        evaluations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluations, Unset):
            evaluations = []
            for evaluations_item_data in self.evaluations:
                evaluations_item = evaluations_item_data.to_dict()
                evaluations.append(evaluations_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "context": context,
                "kind": kind,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if trace_annotations is not UNSET:
            field_dict["trace_annotations"] = trace_annotations
        if evaluations is not UNSET:
            field_dict["evaluations"] = evaluations
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = src_dict["name"]

        context = SpanContext.from_dict(src_dict["context"])

        kind = cast(
            SpanKind,
            SpanKind._value2member_map_.get(src_dict["kind"])
            or SpanKind(src_dict["kind"]),
        )

        start_time = datetime.datetime.fromisoformat(src_dict["start_time"])

        end_time = datetime.datetime.fromisoformat(src_dict["end_time"])

        parent_id = src_dict.get("parent_id", UNSET)

        _status_code = src_dict.get("status_code", UNSET)
        status_code: SpanStatusCode | Unset
        if _status_code is UNSET:
            status_code = UNSET
        else:
            status_code = cast(
                SpanStatusCode,
                SpanStatusCode._value2member_map_.get(_status_code)
                or SpanStatusCode(_status_code),
            )

        status_message = src_dict.get("status_message", UNSET)

        _attributes = src_dict.get("attributes", UNSET)
        attributes: SpanAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = SpanAttributes.from_dict(_attributes)

        _annotations = src_dict.get("annotations", UNSET)
        annotations: list[Annotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = [
                Annotation.from_dict(annotations_item_data)
                for annotations_item_data in _annotations
            ]

        _trace_annotations = src_dict.get("trace_annotations", UNSET)
        trace_annotations: list[Annotation] | Unset = UNSET
        if _trace_annotations is not UNSET:
            trace_annotations = [
                Annotation.from_dict(trace_annotations_item_data)
                for trace_annotations_item_data in _trace_annotations
            ]

        _evaluations = src_dict.get("evaluations", UNSET)
        evaluations: list[Evaluation] | Unset = UNSET
        if _evaluations is not UNSET:
            evaluations = [
                Evaluation.from_dict(evaluations_item_data)
                for evaluations_item_data in _evaluations
            ]

        _events = src_dict.get("events", UNSET)
        events: list[SpanEvent] | Unset = UNSET
        if _events is not UNSET:
            events = [
                SpanEvent.from_dict(events_item_data) for events_item_data in _events
            ]

        span = cls(
            name=name,
            context=context,
            kind=kind,
            start_time=start_time,
            end_time=end_time,
            parent_id=parent_id,
            status_code=status_code,
            status_message=status_message,
            attributes=attributes,
            annotations=annotations,
            trace_annotations=trace_annotations,
            evaluations=evaluations,
            events=events,
        )

        if len(src_dict) > 5 + (parent_id is not UNSET) + (status_code is not UNSET) + (
            status_message is not UNSET
        ) + (attributes is not UNSET) + (annotations is not UNSET) + (
            trace_annotations is not UNSET
        ) + (evaluations is not UNSET) + (events is not UNSET):
            span.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return span

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
        "context",
        "kind",
        "start_time",
        "end_time",
        "parent_id",
        "status_code",
        "status_message",
        "attributes",
        "annotations",
        "trace_annotations",
        "evaluations",
        "events",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Annotation
    global Evaluation
    global SpanAttributes
    global SpanContext
    global SpanEvent
    from ..models.annotation import Annotation  # noqa: PLC0415
    from ..models.evaluation import Evaluation  # noqa: PLC0415
    from ..models.span_attributes import SpanAttributes  # noqa: PLC0415
    from ..models.span_context import SpanContext  # noqa: PLC0415
    from ..models.span_event import SpanEvent  # noqa: PLC0415

    _lazy_imports_pending = False
