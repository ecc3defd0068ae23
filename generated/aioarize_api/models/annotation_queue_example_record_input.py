from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        _record_type = src_dict["record_type"]
        record_type: AnnotationQueueExampleRecordInputRecordType
        try:
            record_type = cast(
                AnnotationQueueExampleRecordInputRecordType,
                AnnotationQueueExampleRecordInputRecordType._value2member_map_.get(
                    _record_type
                )
                or AnnotationQueueExampleRecordInputRecordType(_record_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _record_type, "record_type"
            ) from None

        dataset_id: str = src_dict["dataset_id"]
        if type(dataset_id) is not str:
            raise SchemaMismatch.expected("a string", dataset_id, "dataset_id")

        dataset_version_id: str | Unset = src_dict.get("dataset_version_id", UNSET)
        if type(dataset_version_id) is not str and dataset_version_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", dataset_version_id, "dataset_version_id"
            )

        _example_ids = src_dict.get("example_ids", UNSET)
        example_ids: list[str] | Unset
        if _example_ids is UNSET:
            example_ids = UNSET
        else:
            try:
                if type(_example_ids) is not list:
                    raise SchemaMismatch.expected("an array", _example_ids)
                for example_ids_item in _example_ids:
                    if type(example_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _example_ids, example_ids_item
                        )
                example_ids = _example_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "example_ids")

        if cls is AnnotationQueueExampleRecordInput:
            annotation_queue_example_record_input = cls.__new__(cls)
            annotation_queue_example_record_input.record_type = record_type
            annotation_queue_example_record_input.dataset_id = dataset_id
            annotation_queue_example_record_input.dataset_version_id = (
                dataset_version_id
            )
            annotation_queue_example_record_input.example_ids = example_ids
            annotation_queue_example_record_input.additional_properties = {}
        else:
            annotation_queue_example_record_input = cls(
                record_type=record_type,
                dataset_id=dataset_id,
                dataset_version_id=dataset_version_id,
                example_ids=example_ids,
            )

        if len(src_dict) > 2 + (dataset_version_id is not UNSET) + (
            example_ids is not UNSET
        ):
            annotation_queue_example_record_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

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


_KNOWN_KEYS = frozenset(
    {
        "record_type",
        "dataset_id",
        "dataset_version_id",
        "example_ids",
    }
)
