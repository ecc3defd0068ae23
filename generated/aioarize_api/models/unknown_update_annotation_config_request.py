from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownUpdateAnnotationConfigRequest")


@_attrs_define
class UnknownUpdateAnnotationConfigRequest:
    """A UpdateAnnotationConfigRequest whose `annotation_config_type` this version of the client does not know; `to_dict()`
    returns the JSON object as received.

        Attributes:
            annotation_config_type (str):
            name (str | Unset):
    """

    annotation_config_type: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_config_type = self.annotation_config_type

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_config_type": annotation_config_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        annotation_config_type: str = src_dict["annotation_config_type"]
        if type(annotation_config_type) is not str:
            raise SchemaMismatch.expected(
                "a string", annotation_config_type, "annotation_config_type"
            )

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        if cls is UnknownUpdateAnnotationConfigRequest:
            unknown_update_annotation_config_request = cls.__new__(cls)
            unknown_update_annotation_config_request.annotation_config_type = (
                annotation_config_type
            )
            unknown_update_annotation_config_request.name = name
            unknown_update_annotation_config_request.additional_properties = {}
        else:
            unknown_update_annotation_config_request = cls(
                annotation_config_type=annotation_config_type,
                name=name,
            )

        if len(src_dict) > 1 + (name is not UNSET):
            unknown_update_annotation_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_update_annotation_config_request

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
    }
)
