from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.freeform_annotation_config_type import FreeformAnnotationConfigType

T = TypeVar("T", bound="FreeformAnnotationConfig")


@_attrs_define
class FreeformAnnotationConfig:
    """
    Attributes:
        id (str):
        name (str):
        created_at (datetime.datetime):
        space_id (str):
        type_ (FreeformAnnotationConfigType):
    """

    id: str
    name: str
    created_at: datetime.datetime
    space_id: str
    type_: FreeformAnnotationConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        space_id = self.space_id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "space_id": space_id,
                "type": type_,
            }
        )

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
        type_: FreeformAnnotationConfigType
        try:
            type_ = cast(
                FreeformAnnotationConfigType,
                FreeformAnnotationConfigType._value2member_map_.get(_type_)
                or FreeformAnnotationConfigType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        if cls is FreeformAnnotationConfig:
            freeform_annotation_config = cls.__new__(cls)
            freeform_annotation_config.id = id
            freeform_annotation_config.name = name
            freeform_annotation_config.created_at = created_at
            freeform_annotation_config.space_id = space_id
            freeform_annotation_config.type_ = type_
            freeform_annotation_config.additional_properties = {}
        else:
            freeform_annotation_config = cls(
                id=id,
                name=name,
                created_at=created_at,
                space_id=space_id,
                type_=type_,
            )

        if len(src_dict) > 5:
            freeform_annotation_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return freeform_annotation_config

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
    }
)
