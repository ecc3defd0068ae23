from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_queue_example_record_input_record_type import (
    AnnotationQueueExampleRecordInputRecordType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationQueueExampleRecordInput")


@_attrs_define
class AnnotationQueueExampleRecordInput:
    """
    Attributes:
        record_type (AnnotationQueueExampleRecordInputRecordType):
        dataset_id (str):
        dataset_version_id (str | Unset):
        example_ids (list[str] | Unset):
    """

    record_type: AnnotationQueueExampleRecordInputRecordType
    dataset_id: str
    dataset_version_id: str | Unset = UNSET
    example_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type.value

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        example_ids: list[str] | Unset = UNSET
        if not isinstance(self.example_ids, Unset):
            example_ids = self.example_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_type": record_type,
                "dataset_id": dataset_id,
            }
        )
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if example_ids is not UNSET:
            field_dict["example_ids"] = example_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_type = AnnotationQueueExampleRecordInputRecordType(d.pop("record_type"))

        dataset_id = d.pop("dataset_id")

        dataset_version_id = d.pop("dataset_version_id", UNSET)

        example_ids = cast(list[str], d.pop("example_ids", UNSET))

        annotation_queue_example_record_input = cls(
            record_type=record_type,
            dataset_id=dataset_id,
            dataset_version_id=dataset_version_id,
            example_ids=example_ids,
        )

        annotation_queue_example_record_input.additional_properties = d
        return annotation_queue_example_record_input

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
