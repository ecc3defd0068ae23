from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.tag_color import TagColor
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        color (None | TagColor | Unset):
        space_id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    color: None | TagColor | Unset = UNSET
    space_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        space_id = self.space_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

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

        space_id: str | Unset = src_dict.get("space_id", UNSET)
        if type(space_id) is not str and space_id is not UNSET:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _created_at, "created_at"
                ) from None

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _updated_at, "updated_at"
                ) from None

        if cls is Tag:
            tag = cls.__new__(cls)
            tag.id = id
            tag.name = name
            tag.description = description
            tag.color = color
            tag.space_id = space_id
            tag.created_at = created_at
            tag.updated_at = updated_at
            tag.additional_properties = {}
        else:
            tag = cls(
                id=id,
                name=name,
                description=description,
                color=color,
                space_id=space_id,
                created_at=created_at,
                updated_at=updated_at,
            )

        if len(src_dict) > (id is not UNSET) + (name is not UNSET) + (
            description is not UNSET
        ) + (color is not UNSET) + (space_id is not UNSET) + (
            created_at is not UNSET
        ) + (updated_at is not UNSET):
            tag.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return tag

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
        "description",
        "color",
        "space_id",
        "created_at",
        "updated_at",
    }
)
