from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.annotation_queue_record import AnnotationQueueRecord


T = TypeVar("T", bound="CreateAnnotationQueueRecordResponse")


@_attrs_define
class CreateAnnotationQueueRecordResponse:
    """
    Attributes:
        record_sources (list[AnnotationQueueRecord]):
    """

    record_sources: list[AnnotationQueueRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        record_sources = []
        for record_sources_item_data in self.record_sources:
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
        record_sources: list[AnnotationQueueRecord]
        try:
            if type(_record_sources) is not list:
                raise SchemaMismatch.expected("an array", _record_sources)
            record_sources_items: list[AnnotationQueueRecord] = []
            for record_sources_item in _record_sources:
                try:
                    if type(record_sources_item) is not dict:
                        raise SchemaMismatch.expected("an object", record_sources_item)
                    record_sources_value = AnnotationQueueRecord.from_dict(
                        record_sources_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(record_sources_items))
                record_sources_items.append(record_sources_value)
            record_sources = record_sources_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "record_sources")

        if cls is CreateAnnotationQueueRecordResponse:
            create_annotation_queue_record_response = cls.__new__(cls)
            create_annotation_queue_record_response.record_sources = record_sources
            create_annotation_queue_record_response.additional_properties = {}
        else:
            create_annotation_queue_record_response = cls(
                record_sources=record_sources,
            )

        if len(src_dict) > 1:
            create_annotation_queue_record_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_annotation_queue_record_response

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
    global AnnotationQueueRecord
    from ..models.annotation_queue_record import AnnotationQueueRecord  # noqa: PLC0415

    _lazy_imports_pending = False
