from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.annotate_record_input import AnnotateRecordInput


T = TypeVar("T", bound="AnnotateDatasetExamplesRequest")


@_attrs_define
class AnnotateDatasetExamplesRequest:
    """
    Attributes:
        annotations (list[AnnotateRecordInput]):
    """

    annotations: list[AnnotateRecordInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _annotations = src_dict["annotations"]
        annotations: list[AnnotateRecordInput]
        try:
            if type(_annotations) is not list:
                raise SchemaMismatch.expected("an array", _annotations)
            annotations_items: list[AnnotateRecordInput] = []
            for annotations_item in _annotations:
                try:
                    if type(annotations_item) is not dict:
                        raise SchemaMismatch.expected("an object", annotations_item)
                    annotations_value = AnnotateRecordInput.from_dict(annotations_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(annotations_items))
                annotations_items.append(annotations_value)
            annotations = annotations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "annotations")

        if cls is AnnotateDatasetExamplesRequest:
            annotate_dataset_examples_request = cls.__new__(cls)
            annotate_dataset_examples_request.annotations = annotations
            annotate_dataset_examples_request.additional_properties = {}
        else:
            annotate_dataset_examples_request = cls(
                annotations=annotations,
            )

        if len(src_dict) > 1:
            annotate_dataset_examples_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotate_dataset_examples_request

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
        "annotations",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotateRecordInput
    from ..models.annotate_record_input import AnnotateRecordInput  # noqa: PLC0415

    _lazy_imports_pending = False
