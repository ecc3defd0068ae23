from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="UnknownAnnotationQueueRecordInput")


@_attrs_define
class UnknownAnnotationQueueRecordInput:
    """A AnnotationQueueRecordInput whose `record_type` this version of the client does not know; `to_dict()` returns the
    JSON object as received.

        Attributes:
            record_type (str):
    """

    record_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_type": record_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        record_type: str = src_dict["record_type"]
        if type(record_type) is not str:
            raise SchemaMismatch.expected("a string", record_type, "record_type")

        if cls is UnknownAnnotationQueueRecordInput:
            unknown_annotation_queue_record_input = cls.__new__(cls)
            unknown_annotation_queue_record_input.record_type = record_type
            unknown_annotation_queue_record_input.additional_properties = {}
        else:
            unknown_annotation_queue_record_input = cls(
                record_type=record_type,
            )

        if len(src_dict) > 1:
            unknown_annotation_queue_record_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_annotation_queue_record_input

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
    }
)
