from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.annotation_queue_example_record_input import (
        AnnotationQueueExampleRecordInput,
    )
    from ..models.annotation_queue_session_record_input import (
        AnnotationQueueSessionRecordInput,
    )
    from ..models.annotation_queue_span_record_input import (
        AnnotationQueueSpanRecordInput,
    )
    from ..models.annotation_queue_trace_record_input import (
        AnnotationQueueTraceRecordInput,
    )
    from ..models.unknown_annotation_queue_record_input import (
        UnknownAnnotationQueueRecordInput,
    )


T = TypeVar("T", bound="AddAnnotationQueueRecordsRequest")


@_attrs_define
class AddAnnotationQueueRecordsRequest:
    """
    Attributes:
        record_sources (list[AnnotationQueueExampleRecordInput | AnnotationQueueSessionRecordInput |
            AnnotationQueueSpanRecordInput | AnnotationQueueTraceRecordInput | UnknownAnnotationQueueRecordInput]):
    """

    record_sources: list[
        AnnotationQueueExampleRecordInput
        | AnnotationQueueSessionRecordInput
        | AnnotationQueueSpanRecordInput
        | AnnotationQueueTraceRecordInput
        | UnknownAnnotationQueueRecordInput
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        record_sources = []
        for record_sources_item_data in self.record_sources:
            record_sources_item: dict[str, Any]
            if isinstance(record_sources_item_data, AnnotationQueueExampleRecordInput):
                record_sources_item = record_sources_item_data.to_dict()
            elif isinstance(record_sources_item_data, AnnotationQueueSpanRecordInput):
                record_sources_item = record_sources_item_data.to_dict()
            elif isinstance(record_sources_item_data, AnnotationQueueTraceRecordInput):
                record_sources_item = record_sources_item_data.to_dict()
            elif isinstance(
                record_sources_item_data, AnnotationQueueSessionRecordInput
            ):
                record_sources_item = record_sources_item_data.to_dict()
            else:
                record_sources_item = record_sources_item_data.to_dict()

            record_sources.append(record_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_sources": record_sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _record_sources = src_dict["record_sources"]
        record_sources: list[
            AnnotationQueueExampleRecordInput
            | AnnotationQueueSessionRecordInput
            | AnnotationQueueSpanRecordInput
            | AnnotationQueueTraceRecordInput
            | UnknownAnnotationQueueRecordInput
        ]
        try:
            if type(_record_sources) is not list:
                raise SchemaMismatch.expected("an array", _record_sources)
            record_sources_items: list[
                AnnotationQueueExampleRecordInput
                | AnnotationQueueSessionRecordInput
                | AnnotationQueueSpanRecordInput
                | AnnotationQueueTraceRecordInput
                | UnknownAnnotationQueueRecordInput
            ] = []
            for record_sources_item in _record_sources:
                record_sources_value: (
                    AnnotationQueueExampleRecordInput
                    | AnnotationQueueSessionRecordInput
                    | AnnotationQueueSpanRecordInput
                    | AnnotationQueueTraceRecordInput
                    | UnknownAnnotationQueueRecordInput
                )
                try:
                    if type(record_sources_item) is dict:
                        record_sources_item_discriminator = record_sources_item[
                            "record_type"
                        ]
                        if record_sources_item_discriminator == "EXAMPLE":
                            record_sources_value = (
                                AnnotationQueueExampleRecordInput.from_dict(
                                    record_sources_item
                                )
                            )

                        elif record_sources_item_discriminator == "SPAN":
                            record_sources_value = (
                                AnnotationQueueSpanRecordInput.from_dict(
                                    record_sources_item
                                )
                            )

                        elif record_sources_item_discriminator == "TRACE":
                            record_sources_value = (
                                AnnotationQueueTraceRecordInput.from_dict(
                                    record_sources_item
                                )
                            )

                        elif record_sources_item_discriminator == "SESSION":
                            record_sources_value = (
                                AnnotationQueueSessionRecordInput.from_dict(
                                    record_sources_item
                                )
                            )

                        elif type(record_sources_item_discriminator) is str:
                            record_sources_value = (
                                UnknownAnnotationQueueRecordInput.from_dict(
                                    record_sources_item
                                )
                            )

                        else:
                            raise SchemaMismatch.expected(
                                "a string",
                                record_sources_item_discriminator,
                                "record_type",
                            )

                    else:
                        raise SchemaMismatch.expected("an object", record_sources_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(record_sources_items))
                record_sources_items.append(record_sources_value)
            record_sources = record_sources_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "record_sources")

        if cls is AddAnnotationQueueRecordsRequest:
            add_annotation_queue_records_request = cls.__new__(cls)
            add_annotation_queue_records_request.record_sources = record_sources
            add_annotation_queue_records_request.additional_properties = {}
        else:
            add_annotation_queue_records_request = cls(
                record_sources=record_sources,
            )

        if len(src_dict) > 1:
            add_annotation_queue_records_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return add_annotation_queue_records_request

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
        "record_sources",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotationQueueExampleRecordInput
    global AnnotationQueueSessionRecordInput
    global AnnotationQueueSpanRecordInput
    global AnnotationQueueTraceRecordInput
    global UnknownAnnotationQueueRecordInput
    from ..models.annotation_queue_example_record_input import (
        AnnotationQueueExampleRecordInput,  # noqa: PLC0415
    )
    from ..models.annotation_queue_session_record_input import (
        AnnotationQueueSessionRecordInput,  # noqa: PLC0415
    )
    from ..models.annotation_queue_span_record_input import (
        AnnotationQueueSpanRecordInput,  # noqa: PLC0415
    )
    from ..models.annotation_queue_trace_record_input import (
        AnnotationQueueTraceRecordInput,  # noqa: PLC0415
    )
    from ..models.unknown_annotation_queue_record_input import (
        UnknownAnnotationQueueRecordInput,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
