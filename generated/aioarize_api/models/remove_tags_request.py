from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="RemoveTagsRequest")


@_attrs_define
class RemoveTagsRequest:
    """
    Attributes:
        tag_ids (list[str]):
    """

    tag_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag_ids": tag_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _tag_ids = src_dict["tag_ids"]
        tag_ids: list[str]
        try:
            if type(_tag_ids) is not list:
                raise SchemaMismatch.expected("an array", _tag_ids)
            for tag_ids_item in _tag_ids:
                if type(tag_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _tag_ids, tag_ids_item
                    )
            tag_ids = _tag_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "tag_ids")

        if cls is RemoveTagsRequest:
            remove_tags_request = cls.__new__(cls)
            remove_tags_request.tag_ids = tag_ids
            remove_tags_request.additional_properties = {}
        else:
            remove_tags_request = cls(
                tag_ids=tag_ids,
            )

        if len(src_dict) > 1:
            remove_tags_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return remove_tags_request

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
        "tag_ids",
    }
)
