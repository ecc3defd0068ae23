from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _context = src_dict["context"]
        context: SpanContext
        try:
            if type(_context) is not dict:
                raise SchemaMismatch.expected("an object", _context)
            context = SpanContext.from_dict(_context)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "context")

        _kind = src_dict["kind"]
        kind: SpanKind
        try:
            kind = cast(
                SpanKind, SpanKind._value2member_map_.get(_kind) or SpanKind(_kind)
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _kind, "kind") from None

        _start_time = src_dict["start_time"]
        start_time: datetime.datetime
        try:
            start_time = datetime.datetime.fromisoformat(_start_time)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _start_time, "start_time"
            ) from None

        _end_time = src_dict["end_time"]
        end_time: datetime.datetime
        try:
            end_time = datetime.datetime.fromisoformat(_end_time)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _end_time, "end_time"
            ) from None

        parent_id: str | Unset = src_dict.get("parent_id", UNSET)
        if type(parent_id) is not str and parent_id is not UNSET:
            raise SchemaMismatch.expected("a string", parent_id, "parent_id")

        _status_code = src_dict.get("status_code", UNSET)
        status_code: SpanStatusCode | Unset
        if _status_code is UNSET:
            status_code = UNSET
        else:
            try:
                status_code = cast(
                    SpanStatusCode,
                    SpanStatusCode._value2member_map_.get(_status_code)
                    or SpanStatusCode(_status_code),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _status_code, "status_code"
                ) from None

        status_message: str | Unset = src_dict.get("status_message", UNSET)
        if type(status_message) is not str and status_message is not UNSET:
            raise SchemaMismatch.expected("a string", status_message, "status_message")

        _attributes = src_dict.get("attributes", UNSET)
        attributes: SpanAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            try:
                if type(_attributes) is not dict:
                    raise SchemaMismatch.expected("an object", _attributes)
                attributes = SpanAttributes.from_dict(_attributes)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "attributes")

        _annotations = src_dict.get("annotations", UNSET)
        annotations: list[Annotation] | Unset
        if _annotations is UNSET:
            annotations = UNSET
        else:
            try:
                if type(_annotations) is not list:
                    raise SchemaMismatch.expected("an array", _annotations)
                annotations_items: list[Annotation] = []
                for annotations_item in _annotations:
                    try:
                        if type(annotations_item) is not dict:
                            raise SchemaMismatch.expected("an object", annotations_item)
                        annotations_value = Annotation.from_dict(annotations_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(annotations_items))
                    annotations_items.append(annotations_value)
                annotations = annotations_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "annotations")

        _trace_annotations = src_dict.get("trace_annotations", UNSET)
        trace_annotations: list[Annotation] | Unset
        if _trace_annotations is UNSET:
            trace_annotations = UNSET
        else:
            try:
                if type(_trace_annotations) is not list:
                    raise SchemaMismatch.expected("an array", _trace_annotations)
                trace_annotations_items: list[Annotation] = []
                for trace_annotations_item in _trace_annotations:
                    try:
                        if type(trace_annotations_item) is not dict:
                            raise SchemaMismatch.expected(
                                "an object", trace_annotations_item
                            )
                        trace_annotations_value = Annotation.from_dict(
                            trace_annotations_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(trace_annotations_items))
                    trace_annotations_items.append(trace_annotations_value)
                trace_annotations = trace_annotations_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "trace_annotations")

        _evaluations = src_dict.get("evaluations", UNSET)
        evaluations: list[Evaluation] | Unset
        if _evaluations is UNSET:
            evaluations = UNSET
        else:
            try:
                if type(_evaluations) is not list:
                    raise SchemaMismatch.expected("an array", _evaluations)
                evaluations_items: list[Evaluation] = []
                for evaluations_item in _evaluations:
                    try:
                        if type(evaluations_item) is not dict:
                            raise SchemaMismatch.expected("an object", evaluations_item)
                        evaluations_value = Evaluation.from_dict(evaluations_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(evaluations_items))
                    evaluations_items.append(evaluations_value)
                evaluations = evaluations_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "evaluations")

        _events = src_dict.get("events", UNSET)
        events: list[SpanEvent] | Unset
        if _events is UNSET:
            events = UNSET
        else:
            try:
                if type(_events) is not list:
                    raise SchemaMismatch.expected("an array", _events)
                events_items: list[SpanEvent] = []
                for events_item in _events:
                    try:
                        if type(events_item) is not dict:
                            raise SchemaMismatch.expected("an object", events_item)
                        events_value = SpanEvent.from_dict(events_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(events_items))
                    events_items.append(events_value)
                events = events_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "events")

        if cls is Span:
            span = cls.__new__(cls)
            span.name = name
            span.context = context
            span.kind = kind
            span.start_time = start_time
            span.end_time = end_time
            span.parent_id = parent_id
            span.status_code = status_code
            span.status_message = status_message
            span.attributes = attributes
            span.annotations = annotations
            span.trace_annotations = trace_annotations
            span.evaluations = evaluations
            span.events = events
            span.additional_properties = {}
        else:
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
