from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.tag_color import TagColor
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTagRequest")


@_attrs_define
class UpdateTagRequest:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        color (None | TagColor | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    color: None | TagColor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, TagColor):
            color = self.color.value
        else:
            color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        description: None | str | Unset = src_dict.get("description", UNSET)
        if (
            description is not None
            and type(description) is not str
            and description is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", description, "description"
            )

        _color = src_dict.get("color", UNSET)
        color: None | TagColor | Unset
        if _color is UNSET:
            color = UNSET
        else:
            try:
                if _color is None:
                    color = None
                elif type(_color) is str:
                    try:
                        color = cast(
                            TagColor,
                            TagColor._value2member_map_.get(_color) or TagColor(_color),
                        )
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected("a string", _color) from None

                else:
                    raise SchemaMismatch.expected("a string or null", _color)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "color")

        if cls is UpdateTagRequest:
            update_tag_request = cls.__new__(cls)
            update_tag_request.name = name
            update_tag_request.description = description
            update_tag_request.color = color
            update_tag_request.additional_properties = {}
        else:
            update_tag_request = cls(
                name=name,
                description=description,
                color=color,
            )

        if len(src_dict) > (name is not UNSET) + (description is not UNSET) + (
            color is not UNSET
        ):
            update_tag_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_tag_request

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
        "description",
        "color",
    }
)
