from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.annotation_input import AnnotationInput


T = TypeVar("T", bound="AnnotateRecordInput")


@_attrs_define
class AnnotateRecordInput:
    """
    Attributes:
        record_id (str):
        values (list[AnnotationInput]):
    """

    record_id: str
    values: list[AnnotationInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        record_id = self.record_id

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
                "values": values,
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

        _values = src_dict["values"]
        values: list[AnnotationInput]
        try:
            if type(_values) is not list:
                raise SchemaMismatch.expected("an array", _values)
            values_items: list[AnnotationInput] = []
            for values_item in _values:
                try:
                    if type(values_item) is not dict:
                        raise SchemaMismatch.expected("an object", values_item)
                    values_value = AnnotationInput.from_dict(values_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(values_items))
                values_items.append(values_value)
            values = values_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "values")

        if cls is AnnotateRecordInput:
            annotate_record_input = cls.__new__(cls)
            annotate_record_input.record_id = record_id
            annotate_record_input.values = values
            annotate_record_input.additional_properties = {}
        else:
            annotate_record_input = cls(
                record_id=record_id,
                values=values,
            )

        if len(src_dict) > 2:
            annotate_record_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotate_record_input

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
        "values",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotationInput
    from ..models.annotation_input import AnnotationInput  # noqa: PLC0415

    _lazy_imports_pending = False
