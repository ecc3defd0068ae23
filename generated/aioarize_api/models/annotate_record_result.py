from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="AnnotateRecordResult")


@_attrs_define
class AnnotateRecordResult:
    """
    Attributes:
        record_id (str):
        annotations (list[Annotation]):
    """

    record_id: str
    annotations: list[Annotation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        record_id = self.record_id

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
                "annotations": annotations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        record_id: str = src_dict["record_id"]
        if type(record_id) is not str:
            raise SchemaMismatch.expected("a string", record_id, "record_id")

        _annotations = src_dict["annotations"]
        annotations: list[Annotation]
        try:
            if type(_annotations) is not list:
                raise SchemaMismatch.expected("an array", _annotations)
            annotations_items: list[Annotation] = []
            for annotations_item in _annotations:
                try:
                    if type(annotations_item) is not dict:
                        raise SchemaMismatch.expected("an object", annotations_item)
                    annotations_value = Annotation.from_dict(annotations_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(annotations_items))
                annotations_items.append(annotations_value)
            annotations = annotations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "annotations")

        if cls is AnnotateRecordResult:
            annotate_record_result = cls.__new__(cls)
            annotate_record_result.record_id = record_id
            annotate_record_result.annotations = annotations
            annotate_record_result.additional_properties = {}
        else:
            annotate_record_result = cls(
                record_id=record_id,
                annotations=annotations,
            )

        if len(src_dict) > 2:
            annotate_record_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotate_record_result

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
        "record_id",
        "annotations",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Annotation
    from ..models.annotation import Annotation  # noqa: PLC0415

    _lazy_imports_pending = False
