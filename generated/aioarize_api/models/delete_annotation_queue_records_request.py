from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="DeleteAnnotationQueueRecordsRequest")


@_attrs_define
class DeleteAnnotationQueueRecordsRequest:
    """
    Attributes:
        record_ids (list[str]):
    """

    record_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_ids = self.record_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_ids": record_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _record_ids = src_dict["record_ids"]
        record_ids: list[str]
        try:
            if type(_record_ids) is not list:
                raise SchemaMismatch.expected("an array", _record_ids)
            for record_ids_item in _record_ids:
                if type(record_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _record_ids, record_ids_item
                    )
            record_ids = _record_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "record_ids")

        if cls is DeleteAnnotationQueueRecordsRequest:
            delete_annotation_queue_records_request = cls.__new__(cls)
            delete_annotation_queue_records_request.record_ids = record_ids
            delete_annotation_queue_records_request.additional_properties = {}
        else:
            delete_annotation_queue_records_request = cls(
                record_ids=record_ids,
            )

        if len(src_dict) > 1:
            delete_annotation_queue_records_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_annotation_queue_records_request

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
        "record_ids",
    }
)
