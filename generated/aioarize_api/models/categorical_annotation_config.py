from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.categorical_annotation_config_type import CategoricalAnnotationConfigType
from ..models.optimization_direction import OptimizationDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value import CategoricalAnnotationValue


T = TypeVar("T", bound="CategoricalAnnotationConfig")


@_attrs_define
class CategoricalAnnotationConfig:
    """
    Attributes:
        id (str):
        name (str):
        created_at (datetime.datetime):
        space_id (str):
        type_ (CategoricalAnnotationConfigType):
        values (list[CategoricalAnnotationValue]):
        optimization_direction (OptimizationDirection | Unset):
    """

    id: str
    name: str
    created_at: datetime.datetime
    space_id: str
    type_: CategoricalAnnotationConfigType
    values: list[CategoricalAnnotationValue]
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        space_id = self.space_id

        type_ = self.type_.value

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        optimization_direction: str | Unset = UNSET
        if not isinstance(self.optimization_direction, Unset):
            optimization_direction = self.optimization_direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "space_id": space_id,
                "type": type_,
                "values": values,
            }
        )
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _type_ = src_dict["type"]
        type_: CategoricalAnnotationConfigType
        try:
            type_ = cast(
                CategoricalAnnotationConfigType,
                CategoricalAnnotationConfigType._value2member_map_.get(_type_)
                or CategoricalAnnotationConfigType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _values = src_dict["values"]
        values: list[CategoricalAnnotationValue]
        try:
            if type(_values) is not list:
                raise SchemaMismatch.expected("an array", _values)
            values_items: list[CategoricalAnnotationValue] = []
            for values_item in _values:
                try:
                    if type(values_item) is not dict:
                        raise SchemaMismatch.expected("an object", values_item)
                    values_value = CategoricalAnnotationValue.from_dict(values_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(values_items))
                values_items.append(values_value)
            values = values_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "values")

        _optimization_direction = src_dict.get("optimization_direction", UNSET)
        optimization_direction: OptimizationDirection | Unset
        if _optimization_direction is UNSET:
            optimization_direction = UNSET
        else:
            try:
                optimization_direction = cast(
                    OptimizationDirection,
                    OptimizationDirection._value2member_map_.get(
                        _optimization_direction
                    )
                    or OptimizationDirection(_optimization_direction),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _optimization_direction, "optimization_direction"
                ) from None

        if cls is CategoricalAnnotationConfig:
            categorical_annotation_config = cls.__new__(cls)
            categorical_annotation_config.id = id
            categorical_annotation_config.name = name
            categorical_annotation_config.created_at = created_at
            categorical_annotation_config.space_id = space_id
            categorical_annotation_config.type_ = type_
            categorical_annotation_config.values = values
            categorical_annotation_config.optimization_direction = (
                optimization_direction
            )
            categorical_annotation_config.additional_properties = {}
        else:
            categorical_annotation_config = cls(
                id=id,
                name=name,
                created_at=created_at,
                space_id=space_id,
                type_=type_,
                values=values,
                optimization_direction=optimization_direction,
            )

        if len(src_dict) > 6 + (optimization_direction is not UNSET):
            categorical_annotation_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return categorical_annotation_config

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
        "name",
        "created_at",
        "space_id",
        "type",
        "values",
        "optimization_direction",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CategoricalAnnotationValue
    from ..models.categorical_annotation_value import CategoricalAnnotationValue  # noqa: PLC0415

    _lazy_imports_pending = False
