from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_direction import OptimizationDirection
from ..models.update_categorical_annotation_config_request_annotation_config_type import (
    UpdateCategoricalAnnotationConfigRequestAnnotationConfigType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value_request import (
        CategoricalAnnotationValueRequest,
    )


T = TypeVar("T", bound="UpdateCategoricalAnnotationConfigRequest")


@_attrs_define
class UpdateCategoricalAnnotationConfigRequest:
    """
    Attributes:
        annotation_config_type (UpdateCategoricalAnnotationConfigRequestAnnotationConfigType):
        name (str | Unset):
        values (list[CategoricalAnnotationValueRequest] | Unset):
        optimization_direction (OptimizationDirection | Unset):
    """

    annotation_config_type: UpdateCategoricalAnnotationConfigRequestAnnotationConfigType
    name: str | Unset = UNSET
    values: list[CategoricalAnnotationValueRequest] | Unset = UNSET
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_config_type = self.annotation_config_type.value

        name = self.name

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
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
                "annotation_config_type": annotation_config_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if values is not UNSET:
            field_dict["values"] = values
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.categorical_annotation_value_request import (
            CategoricalAnnotationValueRequest,  # noqa: PLC0415
        )

        d = dict(src_dict)
        annotation_config_type = (
            UpdateCategoricalAnnotationConfigRequestAnnotationConfigType(
                d.pop("annotation_config_type")
            )
        )

        name = d.pop("name", UNSET)

        _values = d.pop("values", UNSET)
        values: list[CategoricalAnnotationValueRequest] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = CategoricalAnnotationValueRequest.from_dict(
                    values_item_data
                )

                values.append(values_item)

        _optimization_direction = d.pop("optimization_direction", UNSET)
        optimization_direction: OptimizationDirection | Unset
        if isinstance(_optimization_direction, Unset):
            optimization_direction = UNSET
        else:
            optimization_direction = OptimizationDirection(_optimization_direction)

        update_categorical_annotation_config_request = cls(
            annotation_config_type=annotation_config_type,
            name=name,
            values=values,
            optimization_direction=optimization_direction,
        )

        update_categorical_annotation_config_request.additional_properties = d
        return update_categorical_annotation_config_request

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
