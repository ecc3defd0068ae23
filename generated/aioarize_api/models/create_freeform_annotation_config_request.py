from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_freeform_annotation_config_request_annotation_config_type import (
    CreateFreeformAnnotationConfigRequestAnnotationConfigType,
)

T = TypeVar("T", bound="CreateFreeformAnnotationConfigRequest")


@_attrs_define
class CreateFreeformAnnotationConfigRequest:
    """
    Attributes:
        name (str):
        space_id (str):
        annotation_config_type (CreateFreeformAnnotationConfigRequestAnnotationConfigType):
    """

    name: str
    space_id: str
    annotation_config_type: CreateFreeformAnnotationConfigRequestAnnotationConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        space_id = self.space_id

        annotation_config_type = self.annotation_config_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
                "annotation_config_type": annotation_config_type,
            }
        )

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
            CreateFreeformAnnotationConfigRequestAnnotationConfigType
        )
        try:
            annotation_config_type = cast(
                CreateFreeformAnnotationConfigRequestAnnotationConfigType,
                CreateFreeformAnnotationConfigRequestAnnotationConfigType._value2member_map_.get(
                    _annotation_config_type
                )
                or CreateFreeformAnnotationConfigRequestAnnotationConfigType(
                    _annotation_config_type
                ),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _annotation_config_type, "annotation_config_type"
            ) from None

        if cls is CreateFreeformAnnotationConfigRequest:
            create_freeform_annotation_config_request = cls.__new__(cls)
            create_freeform_annotation_config_request.name = name
            create_freeform_annotation_config_request.space_id = space_id
            create_freeform_annotation_config_request.annotation_config_type = (
                annotation_config_type
            )
            create_freeform_annotation_config_request.additional_properties = {}
        else:
            create_freeform_annotation_config_request = cls(
                name=name,
                space_id=space_id,
                annotation_config_type=annotation_config_type,
            )

        if len(src_dict) > 3:
            create_freeform_annotation_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_freeform_annotation_config_request

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
    }
)
