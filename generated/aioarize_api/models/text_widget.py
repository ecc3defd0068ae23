from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.widget_creation_status import WidgetCreationStatus
from ..models.widget_type import WidgetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextWidget")


@_attrs_define
class TextWidget:
    """
    Attributes:
        type_ (WidgetType):
        id (str | Unset):
        dashboard_id (str | Unset):
        title (str | Unset):
        grid_position (list[int] | Unset):
        creation_status (WidgetCreationStatus | Unset):
        created_at (datetime.datetime | Unset):
        creator_user_id (str | Unset):
        content (str | Unset):
    """

    type_: WidgetType
    id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    title: str | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        dashboard_id = self.dashboard_id

        title = self.title

        grid_position: list[int] | Unset = UNSET
        if not isinstance(self.grid_position, Unset):
            grid_position = self.grid_position

        creation_status: str | Unset = UNSET
        if not isinstance(self.creation_status, Unset):
            creation_status = self.creation_status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        creator_user_id = self.creator_user_id

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if title is not UNSET:
            field_dict["title"] = title
        if grid_position is not UNSET:
            field_dict["grid_position"] = grid_position
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: WidgetType
        try:
            type_ = cast(
                WidgetType,
                WidgetType._value2member_map_.get(_type_) or WidgetType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        dashboard_id: str | Unset = src_dict.get("dashboard_id", UNSET)
        if type(dashboard_id) is not str and dashboard_id is not UNSET:
            raise SchemaMismatch.expected("a string", dashboard_id, "dashboard_id")

        title: str | Unset = src_dict.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise SchemaMismatch.expected("a string", title, "title")

        _grid_position = src_dict.get("grid_position", UNSET)
        grid_position: list[int] | Unset
        if _grid_position is UNSET:
            grid_position = UNSET
        else:
            try:
                if type(_grid_position) is not list:
                    raise SchemaMismatch.expected("an array", _grid_position)
                for grid_position_item in _grid_position:
                    if type(grid_position_item) is not int:
                        raise SchemaMismatch.expected_item(
                            "an integer", _grid_position, grid_position_item
                        )
                grid_position = _grid_position

            except Exception as error_:
                raise SchemaMismatch.at(error_, "grid_position")

        _creation_status = src_dict.get("creation_status", UNSET)
        creation_status: WidgetCreationStatus | Unset
        if _creation_status is UNSET:
            creation_status = UNSET
        else:
            try:
                creation_status = cast(
                    WidgetCreationStatus,
                    WidgetCreationStatus._value2member_map_.get(_creation_status)
                    or WidgetCreationStatus(_creation_status),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _creation_status, "creation_status"
                ) from None

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

        creator_user_id: str | Unset = src_dict.get("creator_user_id", UNSET)
        if type(creator_user_id) is not str and creator_user_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", creator_user_id, "creator_user_id"
            )

        content: str | Unset = src_dict.get("content", UNSET)
        if type(content) is not str and content is not UNSET:
            raise SchemaMismatch.expected("a string", content, "content")

        if cls is TextWidget:
            text_widget = cls.__new__(cls)
            text_widget.type_ = type_
            text_widget.id = id
            text_widget.dashboard_id = dashboard_id
            text_widget.title = title
            text_widget.grid_position = grid_position
            text_widget.creation_status = creation_status
            text_widget.created_at = created_at
            text_widget.creator_user_id = creator_user_id
            text_widget.content = content
            text_widget.additional_properties = {}
        else:
            text_widget = cls(
                type_=type_,
                id=id,
                dashboard_id=dashboard_id,
                title=title,
                grid_position=grid_position,
                creation_status=creation_status,
                created_at=created_at,
                creator_user_id=creator_user_id,
                content=content,
            )

        if len(src_dict) > 1 + (id is not UNSET) + (dashboard_id is not UNSET) + (
            title is not UNSET
        ) + (grid_position is not UNSET) + (creation_status is not UNSET) + (
            created_at is not UNSET
        ) + (creator_user_id is not UNSET) + (content is not UNSET):
            text_widget.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return text_widget

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
        "dashboard_id",
        "title",
        "grid_position",
        "creation_status",
        "created_at",
        "creator_user_id",
        "content",
    }
)
