from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="UnknownAnnotationConfig")


@_attrs_define
class UnknownAnnotationConfig:
    """A AnnotationConfig whose `type` this version of the client does not know; `to_dict()` returns the JSON object as
    received.

        Attributes:
            type_ (str):
            id (str):
            name (str):
            space_id (str):
    """

    type_: str
    id: str
    name: str
    space_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "space_id": space_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_: str = src_dict["type"]
        if type(type_) is not str:
            raise SchemaMismatch.expected("a string", type_, "type")

        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        if cls is UnknownAnnotationConfig:
            unknown_annotation_config = cls.__new__(cls)
            unknown_annotation_config.type_ = type_
            unknown_annotation_config.id = id
            unknown_annotation_config.name = name
            unknown_annotation_config.space_id = space_id
            unknown_annotation_config.additional_properties = {}
        else:
            unknown_annotation_config = cls(
                type_=type_,
                id=id,
                name=name,
                space_id=space_id,
            )

        if len(src_dict) > 4:
            unknown_annotation_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_annotation_config

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
        "type",
        "id",
        "name",
        "space_id",
    }
)
