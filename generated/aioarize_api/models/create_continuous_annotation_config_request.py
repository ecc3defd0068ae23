from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_continuous_annotation_config_request_annotation_config_type import (
    CreateContinuousAnnotationConfigRequestAnnotationConfigType,
)
from ..models.optimization_direction import OptimizationDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContinuousAnnotationConfigRequest")


@_attrs_define
class CreateContinuousAnnotationConfigRequest:
    """
    Attributes:
        name (str):
        space_id (str):
        annotation_config_type (CreateContinuousAnnotationConfigRequestAnnotationConfigType):
        minimum_score (float):
        maximum_score (float):
        optimization_direction (OptimizationDirection | Unset):
    """

    name: str
    space_id: str
    annotation_config_type: CreateContinuousAnnotationConfigRequestAnnotationConfigType
    minimum_score: float
    maximum_score: float
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        space_id = self.space_id

        annotation_config_type = self.annotation_config_type.value

        minimum_score = self.minimum_score

        maximum_score = self.maximum_score

        optimization_direction: str | Unset = UNSET
        if not isinstance(self.optimization_direction, Unset):
            optimization_direction = self.optimization_direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
                "annotation_config_type": annotation_config_type,
                "minimum_score": minimum_score,
                "maximum_score": maximum_score,
            }
        )
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _annotation_config_type = src_dict["annotation_config_type"]
        annotation_config_type: (
            CreateContinuousAnnotationConfigRequestAnnotationConfigType
        )
        try:
            annotation_config_type = cast(
                CreateContinuousAnnotationConfigRequestAnnotationConfigType,
                CreateContinuousAnnotationConfigRequestAnnotationConfigType._value2member_map_.get(
                    _annotation_config_type
                )
                or CreateContinuousAnnotationConfigRequestAnnotationConfigType(
                    _annotation_config_type
                ),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _annotation_config_type, "annotation_config_type"
            ) from None

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

        if cls is CreateContinuousAnnotationConfigRequest:
            create_continuous_annotation_config_request = cls.__new__(cls)
            create_continuous_annotation_config_request.name = name
            create_continuous_annotation_config_request.space_id = space_id
            create_continuous_annotation_config_request.annotation_config_type = (
                annotation_config_type
            )
            create_continuous_annotation_config_request.minimum_score = minimum_score
            create_continuous_annotation_config_request.maximum_score = maximum_score
            create_continuous_annotation_config_request.optimization_direction = (
                optimization_direction
            )
            create_continuous_annotation_config_request.additional_properties = {}
        else:
            create_continuous_annotation_config_request = cls(
                name=name,
                space_id=space_id,
                annotation_config_type=annotation_config_type,
                minimum_score=minimum_score,
                maximum_score=maximum_score,
                optimization_direction=optimization_direction,
            )

        if len(src_dict) > 5 + (optimization_direction is not UNSET):
            create_continuous_annotation_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_continuous_annotation_config_request

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
        "name",
        "space_id",
        "annotation_config_type",
        "minimum_score",
        "maximum_score",
        "optimization_direction",
    }
)
