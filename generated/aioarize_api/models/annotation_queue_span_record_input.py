from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.annotation_queue_span_record_input_record_type import (
    AnnotationQueueSpanRecordInputRecordType,
)

T = TypeVar("T", bound="AnnotationQueueSpanRecordInput")


@_attrs_define
class AnnotationQueueSpanRecordInput:
    """
    Attributes:
        record_type (AnnotationQueueSpanRecordInputRecordType):
        project_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        span_ids (list[str]):
    """

    record_type: AnnotationQueueSpanRecordInputRecordType
    project_id: str
    start_time: datetime.datetime
    end_time: datetime.datetime
    span_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type.value

        project_id = self.project_id

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        span_ids = self.span_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_type": record_type,
                "project_id": project_id,
                "start_time": start_time,
                "end_time": end_time,
                "span_ids": span_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _record_type = src_dict["record_type"]
        record_type: AnnotationQueueSpanRecordInputRecordType
        try:
            record_type = cast(
                AnnotationQueueSpanRecordInputRecordType,
                AnnotationQueueSpanRecordInputRecordType._value2member_map_.get(
                    _record_type
                )
                or AnnotationQueueSpanRecordInputRecordType(_record_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _record_type, "record_type"
            ) from None

        project_id: str = src_dict["project_id"]
        if type(project_id) is not str:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

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

        _span_ids = src_dict["span_ids"]
        span_ids: list[str]
        try:
            if type(_span_ids) is not list:
                raise SchemaMismatch.expected("an array", _span_ids)
            for span_ids_item in _span_ids:
                if type(span_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _span_ids, span_ids_item
                    )
            span_ids = _span_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "span_ids")

        if cls is AnnotationQueueSpanRecordInput:
            annotation_queue_span_record_input = cls.__new__(cls)
            annotation_queue_span_record_input.record_type = record_type
            annotation_queue_span_record_input.project_id = project_id
            annotation_queue_span_record_input.start_time = start_time
            annotation_queue_span_record_input.end_time = end_time
            annotation_queue_span_record_input.span_ids = span_ids
            annotation_queue_span_record_input.additional_properties = {}
        else:
            annotation_queue_span_record_input = cls(
                record_type=record_type,
                project_id=project_id,
                start_time=start_time,
                end_time=end_time,
                span_ids=span_ids,
            )

        if len(src_dict) > 5:
            annotation_queue_span_record_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotation_queue_span_record_input

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
        "record_type",
        "project_id",
        "start_time",
        "end_time",
        "span_ids",
    }
)
