from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_categorical_annotation_config_request_annotation_config_type import (
    CreateCategoricalAnnotationConfigRequestAnnotationConfigType,
)
from ..models.optimization_direction import OptimizationDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value_request import (
        CategoricalAnnotationValueRequest,
    )


T = TypeVar("T", bound="CreateCategoricalAnnotationConfigRequest")


@_attrs_define
class CreateCategoricalAnnotationConfigRequest:
    """
    Attributes:
        name (str):
        space_id (str):
        annotation_config_type (CreateCategoricalAnnotationConfigRequestAnnotationConfigType):
        values (list[CategoricalAnnotationValueRequest]):
        optimization_direction (OptimizationDirection | Unset):
    """

    name: str
    space_id: str
    annotation_config_type: CreateCategoricalAnnotationConfigRequestAnnotationConfigType
    values: list[CategoricalAnnotationValueRequest]
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        space_id = self.space_id

        annotation_config_type = self.annotation_config_type.value

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
                "name": name,
                "space_id": space_id,
                "annotation_config_type": annotation_config_type,
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
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _annotation_config_type = src_dict["annotation_config_type"]
        annotation_config_type: (
            CreateCategoricalAnnotationConfigRequestAnnotationConfigType
        )
        try:
            annotation_config_type = cast(
                CreateCategoricalAnnotationConfigRequestAnnotationConfigType,
                CreateCategoricalAnnotationConfigRequestAnnotationConfigType._value2member_map_.get(
                    _annotation_config_type
                )
                or CreateCategoricalAnnotationConfigRequestAnnotationConfigType(
                    _annotation_config_type
                ),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _annotation_config_type, "annotation_config_type"
            ) from None

        _values = src_dict["values"]
        values: list[CategoricalAnnotationValueRequest]
        try:
            if type(_values) is not list:
                raise SchemaMismatch.expected("an array", _values)
            values_items: list[CategoricalAnnotationValueRequest] = []
            for values_item in _values:
                try:
                    if type(values_item) is not dict:
                        raise SchemaMismatch.expected("an object", values_item)
                    values_value = CategoricalAnnotationValueRequest.from_dict(
                        values_item
                    )

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

        if cls is CreateCategoricalAnnotationConfigRequest:
            create_categorical_annotation_config_request = cls.__new__(cls)
            create_categorical_annotation_config_request.name = name
            create_categorical_annotation_config_request.space_id = space_id
            create_categorical_annotation_config_request.annotation_config_type = (
                annotation_config_type
            )
            create_categorical_annotation_config_request.values = values
            create_categorical_annotation_config_request.optimization_direction = (
                optimization_direction
            )
            create_categorical_annotation_config_request.additional_properties = {}
        else:
            create_categorical_annotation_config_request = cls(
                name=name,
                space_id=space_id,
                annotation_config_type=annotation_config_type,
                values=values,
                optimization_direction=optimization_direction,
            )

        if len(src_dict) > 4 + (optimization_direction is not UNSET):
            create_categorical_annotation_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_categorical_annotation_config_request

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
        "values",
        "optimization_direction",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CategoricalAnnotationValueRequest
    from ..models.categorical_annotation_value_request import (
        CategoricalAnnotationValueRequest,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
