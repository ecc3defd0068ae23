from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="DatasetExample")


@_attrs_define
class DatasetExample:
    """
    Attributes:
        id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        annotations (list[Annotation] | Unset):
    """

    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    annotations: list[Annotation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _updated_at = src_dict["updated_at"]
        updated_at: datetime.datetime
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _updated_at, "updated_at"
            ) from None

        _annotations = src_dict.get("annotations", UNSET)
        annotations: list[Annotation] | Unset
        if _annotations is UNSET:
            annotations = UNSET
        else:
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

        if cls is DatasetExample:
            dataset_example = cls.__new__(cls)
            dataset_example.id = id
            dataset_example.created_at = created_at
            dataset_example.updated_at = updated_at
            dataset_example.annotations = annotations
            dataset_example.additional_properties = {}
        else:
            dataset_example = cls(
                id=id,
                created_at=created_at,
                updated_at=updated_at,
                annotations=annotations,
            )

        if len(src_dict) > 3 + (annotations is not UNSET):
            dataset_example.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dataset_example

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
        "id",
        "created_at",
        "updated_at",
        "annotations",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Annotation
    from ..models.annotation import Annotation  # noqa: PLC0415

    _lazy_imports_pending = False
