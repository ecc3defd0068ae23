from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_color import TagColor
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTagRequest")


@_attrs_define
class CreateTagRequest:
    """
    Attributes:
        name (str):
        space_id (str):
        description (None | str | Unset):
        color (None | TagColor | Unset):
    """

    name: str
    space_id: str
    description: None | str | Unset = UNSET
    color: None | TagColor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        space_id = self.space_id

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
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        space_id = src_dict["space_id"]

        description: None | str | Unset = src_dict.get("description", UNSET)

        def _parse_color(data: object) -> None | TagColor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                color_type_0 = cast(
                    TagColor, TagColor._value2member_map_.get(data) or TagColor(data)
                )

                return color_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TagColor | Unset, data)

        color = _parse_color(src_dict.get("color", UNSET))

        create_tag_request = cls(
            name=name,
            space_id=space_id,
            description=description,
            color=color,
        )

        if len(src_dict) > 2 + (description is not UNSET) + (color is not UNSET):
            create_tag_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_tag_request

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
        "description",
        "color",
    }
)
