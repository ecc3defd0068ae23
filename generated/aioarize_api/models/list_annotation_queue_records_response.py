from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.annotation_queue_record import AnnotationQueueRecord
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListAnnotationQueueRecordsResponse")


@_attrs_define
class ListAnnotationQueueRecordsResponse:
    """
    Attributes:
        records (list[AnnotationQueueRecord]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    records: list[AnnotationQueueRecord]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _records = src_dict["records"]
        records: list[AnnotationQueueRecord]
        try:
            if type(_records) is not list:
                raise SchemaMismatch.expected("an array", _records)
            records_items: list[AnnotationQueueRecord] = []
            for records_item in _records:
                try:
                    if type(records_item) is not dict:
                        raise SchemaMismatch.expected("an object", records_item)
                    records_value = AnnotationQueueRecord.from_dict(records_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(records_items))
                records_items.append(records_value)
            records = records_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "records")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListAnnotationQueueRecordsResponse:
            list_annotation_queue_records_response = cls.__new__(cls)
            list_annotation_queue_records_response.records = records
            list_annotation_queue_records_response.pagination = pagination
            list_annotation_queue_records_response.additional_properties = {}
        else:
            list_annotation_queue_records_response = cls(
                records=records,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_annotation_queue_records_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_annotation_queue_records_response

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
        "records",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotationQueueRecord
    global PaginationMetadata
    from ..models.annotation_queue_record import AnnotationQueueRecord  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
