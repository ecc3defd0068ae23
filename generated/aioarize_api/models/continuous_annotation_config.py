from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.continuous_annotation_config_type import ContinuousAnnotationConfigType
from ..models.optimization_direction import OptimizationDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContinuousAnnotationConfig")


@_attrs_define
class ContinuousAnnotationConfig:
    """
    Attributes:
        id (str):
        name (str):
        created_at (datetime.datetime):
        space_id (str):
        type_ (ContinuousAnnotationConfigType):
        minimum_score (float):
        maximum_score (float):
        optimization_direction (OptimizationDirection | Unset):
    """

    id: str
    name: str
    created_at: datetime.datetime
    space_id: str
    type_: ContinuousAnnotationConfigType
    minimum_score: float
    maximum_score: float
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        space_id = self.space_id

        type_ = self.type_.value

        minimum_score = self.minimum_score

        maximum_score = self.maximum_score

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
                "minimum_score": minimum_score,
                "maximum_score": maximum_score,
            }
        )
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        type_: ContinuousAnnotationConfigType
        try:
            type_ = cast(
                ContinuousAnnotationConfigType,
                ContinuousAnnotationConfigType._value2member_map_.get(_type_)
                or ContinuousAnnotationConfigType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        minimum_score: float = src_dict["minimum_score"]
        if (
            type(minimum_score) is not float or minimum_score - minimum_score != 0
        ) and type(minimum_score) is not int:
            raise SchemaMismatch.expected(
                "a finite number", minimum_score, "minimum_score"
            )

        maximum_score: float = src_dict["maximum_score"]
        if (
            type(maximum_score) is not float or maximum_score - maximum_score != 0
        ) and type(maximum_score) is not int:
            raise SchemaMismatch.expected(
                "a finite number", maximum_score, "maximum_score"
            )

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

        if cls is ContinuousAnnotationConfig:
            continuous_annotation_config = cls.__new__(cls)
            continuous_annotation_config.id = id
            continuous_annotation_config.name = name
            continuous_annotation_config.created_at = created_at
            continuous_annotation_config.space_id = space_id
            continuous_annotation_config.type_ = type_
            continuous_annotation_config.minimum_score = minimum_score
            continuous_annotation_config.maximum_score = maximum_score
            continuous_annotation_config.optimization_direction = optimization_direction
            continuous_annotation_config.additional_properties = {}
        else:
            continuous_annotation_config = cls(
                id=id,
                name=name,
                created_at=created_at,
                space_id=space_id,
                type_=type_,
                minimum_score=minimum_score,
                maximum_score=maximum_score,
                optimization_direction=optimization_direction,
            )

        if len(src_dict) > 7 + (optimization_direction is not UNSET):
            continuous_annotation_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return continuous_annotation_config

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
        "minimum_score",
        "maximum_score",
        "optimization_direction",
    }
)
