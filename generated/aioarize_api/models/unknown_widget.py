from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownWidget")


@_attrs_define
class UnknownWidget:
    """A Widget whose `type` this version of the client does not know; `to_dict()` returns the JSON object as received.

    Attributes:
        type_ (str):
        creator_user_id (str | Unset):
        dashboard_id (str | Unset):
        id (str | Unset):
        title (str | Unset):
    """

    type_: str
    creator_user_id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        creator_user_id = self.creator_user_id

        dashboard_id = self.dashboard_id

        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_: str = src_dict["type"]
        if type(type_) is not str:
            raise SchemaMismatch.expected("a string", type_, "type")

        creator_user_id: str | Unset = src_dict.get("creator_user_id", UNSET)
        if type(creator_user_id) is not str and creator_user_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", creator_user_id, "creator_user_id"
            )

        dashboard_id: str | Unset = src_dict.get("dashboard_id", UNSET)
        if type(dashboard_id) is not str and dashboard_id is not UNSET:
            raise SchemaMismatch.expected("a string", dashboard_id, "dashboard_id")

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        title: str | Unset = src_dict.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise SchemaMismatch.expected("a string", title, "title")

        if cls is UnknownWidget:
            unknown_widget = cls.__new__(cls)
            unknown_widget.type_ = type_
            unknown_widget.creator_user_id = creator_user_id
            unknown_widget.dashboard_id = dashboard_id
            unknown_widget.id = id
            unknown_widget.title = title
            unknown_widget.additional_properties = {}
        else:
            unknown_widget = cls(
                type_=type_,
                creator_user_id=creator_user_id,
                dashboard_id=dashboard_id,
                id=id,
                title=title,
            )

        if len(src_dict) > 1 + (creator_user_id is not UNSET) + (
            dashboard_id is not UNSET
        ) + (id is not UNSET) + (title is not UNSET):
            unknown_widget.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_widget

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
        "creator_user_id",
        "dashboard_id",
        "id",
        "title",
    }
)
