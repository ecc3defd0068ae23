from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.optimization_direction import OptimizationDirection
from ..models.update_continuous_annotation_config_request_annotation_config_type import (
    UpdateContinuousAnnotationConfigRequestAnnotationConfigType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContinuousAnnotationConfigRequest")


@_attrs_define
class UpdateContinuousAnnotationConfigRequest:
    """
    Attributes:
        annotation_config_type (UpdateContinuousAnnotationConfigRequestAnnotationConfigType):
        name (str | Unset):
        minimum_score (float | Unset):
        maximum_score (float | Unset):
        optimization_direction (OptimizationDirection | Unset):
    """

    annotation_config_type: UpdateContinuousAnnotationConfigRequestAnnotationConfigType
    name: str | Unset = UNSET
    minimum_score: float | Unset = UNSET
    maximum_score: float | Unset = UNSET
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_config_type = self.annotation_config_type.value

        name = self.name

        minimum_score = self.minimum_score

        maximum_score = self.maximum_score

        optimization_direction: str | Unset = UNSET
        if not isinstance(self.optimization_direction, Unset):
            optimization_direction = self.optimization_direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_config_type": annotation_config_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if minimum_score is not UNSET:
            field_dict["minimum_score"] = minimum_score
        if maximum_score is not UNSET:
            field_dict["maximum_score"] = maximum_score
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _annotation_config_type = src_dict["annotation_config_type"]
        annotation_config_type: (
            UpdateContinuousAnnotationConfigRequestAnnotationConfigType
        )
        try:
            annotation_config_type = cast(
                UpdateContinuousAnnotationConfigRequestAnnotationConfigType,
                UpdateContinuousAnnotationConfigRequestAnnotationConfigType._value2member_map_.get(
                    _annotation_config_type
                )
                or UpdateContinuousAnnotationConfigRequestAnnotationConfigType(
                    _annotation_config_type
                ),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _annotation_config_type, "annotation_config_type"
            ) from None

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        minimum_score: float | Unset = src_dict.get("minimum_score", UNSET)
        if (
            (type(minimum_score) is not float or minimum_score - minimum_score != 0)
            and type(minimum_score) is not int
            and minimum_score is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number", minimum_score, "minimum_score"
            )

        maximum_score: float | Unset = src_dict.get("maximum_score", UNSET)
        if (
            (type(maximum_score) is not float or maximum_score - maximum_score != 0)
            and type(maximum_score) is not int
            and maximum_score is not UNSET
        ):
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

        if cls is UpdateContinuousAnnotationConfigRequest:
            update_continuous_annotation_config_request = cls.__new__(cls)
            update_continuous_annotation_config_request.annotation_config_type = (
                annotation_config_type
            )
            update_continuous_annotation_config_request.name = name
            update_continuous_annotation_config_request.minimum_score = minimum_score
            update_continuous_annotation_config_request.maximum_score = maximum_score
            update_continuous_annotation_config_request.optimization_direction = (
                optimization_direction
            )
            update_continuous_annotation_config_request.additional_properties = {}
        else:
            update_continuous_annotation_config_request = cls(
                annotation_config_type=annotation_config_type,
                name=name,
                minimum_score=minimum_score,
                maximum_score=maximum_score,
                optimization_direction=optimization_direction,
            )

        if len(src_dict) > 1 + (name is not UNSET) + (minimum_score is not UNSET) + (
            maximum_score is not UNSET
        ) + (optimization_direction is not UNSET):
            update_continuous_annotation_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_continuous_annotation_config_request

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
        "annotation_config_type",
        "name",
        "minimum_score",
        "maximum_score",
        "optimization_direction",
    }
)
