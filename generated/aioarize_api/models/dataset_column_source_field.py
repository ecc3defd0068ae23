from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.widget_source_data_type import WidgetSourceDataType
from ..models.widget_source_field_kind import WidgetSourceFieldKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetColumnSourceField")


@_attrs_define
class DatasetColumnSourceField:
    """
    Attributes:
        kind (WidgetSourceFieldKind):
        data_type (WidgetSourceDataType | Unset):
        column_name (str | Unset):
    """

    kind: WidgetSourceFieldKind
    data_type: WidgetSourceDataType | Unset = UNSET
    column_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        column_name = self.column_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if column_name is not UNSET:
            field_dict["column_name"] = column_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kind = src_dict["kind"]
        kind: WidgetSourceFieldKind
        try:
            kind = cast(
                WidgetSourceFieldKind,
                WidgetSourceFieldKind._value2member_map_.get(_kind)
                or WidgetSourceFieldKind(_kind),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _kind, "kind") from None

        _data_type = src_dict.get("data_type", UNSET)
        data_type: WidgetSourceDataType | Unset
        if _data_type is UNSET:
            data_type = UNSET
        else:
            try:
                data_type = cast(
                    WidgetSourceDataType,
                    WidgetSourceDataType._value2member_map_.get(_data_type)
                    or WidgetSourceDataType(_data_type),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _data_type, "data_type"
                ) from None

        column_name: str | Unset = src_dict.get("column_name", UNSET)
        if type(column_name) is not str and column_name is not UNSET:
            raise SchemaMismatch.expected("a string", column_name, "column_name")

        if cls is DatasetColumnSourceField:
            dataset_column_source_field = cls.__new__(cls)
            dataset_column_source_field.kind = kind
            dataset_column_source_field.data_type = data_type
            dataset_column_source_field.column_name = column_name
            dataset_column_source_field.additional_properties = {}
        else:
            dataset_column_source_field = cls(
                kind=kind,
                data_type=data_type,
                column_name=column_name,
            )

        if len(src_dict) > 1 + (data_type is not UNSET) + (column_name is not UNSET):
            dataset_column_source_field.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dataset_column_source_field

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
        "kind",
        "data_type",
        "column_name",
    }
)
