from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        record_sources = []
        _record_sources = src_dict["record_sources"]
        for record_sources_item_data in _record_sources:

            def _parse_record_sources_item(
                data: object,
            ) -> (
                AnnotationQueueExampleRecordInput
                | AnnotationQueueSessionRecordInput
                | AnnotationQueueSpanRecordInput
                | AnnotationQueueTraceRecordInput
                | UnknownAnnotationQueueRecordInput
            ):
                if not isinstance(data, dict):
                    raise TypeError(
                        f"expected a JSON object, got {type(data).__name__}"
                    )
                discriminator = data["record_type"]
                if discriminator == "EXAMPLE":
                    componentsschemas_annotation_queue_record_input_type_0 = (
                        AnnotationQueueExampleRecordInput.from_dict(data)
                    )

                    return componentsschemas_annotation_queue_record_input_type_0
                if discriminator == "SPAN":
                    componentsschemas_annotation_queue_record_input_type_1 = (
                        AnnotationQueueSpanRecordInput.from_dict(data)
                    )

                    return componentsschemas_annotation_queue_record_input_type_1
                if discriminator == "TRACE":
                    componentsschemas_annotation_queue_record_input_type_2 = (
                        AnnotationQueueTraceRecordInput.from_dict(data)
                    )

                    return componentsschemas_annotation_queue_record_input_type_2
                if discriminator == "SESSION":
                    componentsschemas_annotation_queue_record_input_type_3 = (
                        AnnotationQueueSessionRecordInput.from_dict(data)
                    )

                    return componentsschemas_annotation_queue_record_input_type_3
                if not isinstance(discriminator, str):
                    raise TypeError(
                        f"record_type: expected a string, got {type(discriminator).__name__}"
                    )
                componentsschemas_annotation_queue_record_input_type_4 = (
                    UnknownAnnotationQueueRecordInput.from_dict(data)
                )

                return componentsschemas_annotation_queue_record_input_type_4

            record_sources_item = _parse_record_sources_item(record_sources_item_data)

            record_sources.append(record_sources_item)

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
