from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownMonitor")


@_attrs_define
class UnknownMonitor:
    """A Monitor whose `type` this version of the client does not know; `to_dict()` returns the JSON object as received.

    Attributes:
        type_ (str):
        created_by_user_id (str):
        id (str):
        manual_evaluation_enabled (bool):
        name (str):
        notifications_enabled (bool):
        project_id (str):
        uri (str):
        delay_seconds (int | Unset):
        evaluation_window_length_seconds (int | Unset):
        latest_computed_value (float | Unset):
        notes (str | Unset):
    """

    type_: str
    created_by_user_id: str
    id: str
    manual_evaluation_enabled: bool
    name: str
    notifications_enabled: bool
    project_id: str
    uri: str
    delay_seconds: int | Unset = UNSET
    evaluation_window_length_seconds: int | Unset = UNSET
    latest_computed_value: float | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        created_by_user_id = self.created_by_user_id

        id = self.id

        manual_evaluation_enabled = self.manual_evaluation_enabled

        name = self.name

        notifications_enabled = self.notifications_enabled

        project_id = self.project_id

        uri = self.uri

        delay_seconds = self.delay_seconds

        evaluation_window_length_seconds = self.evaluation_window_length_seconds

        latest_computed_value = self.latest_computed_value

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "created_by_user_id": created_by_user_id,
                "id": id,
                "manual_evaluation_enabled": manual_evaluation_enabled,
                "name": name,
                "notifications_enabled": notifications_enabled,
                "project_id": project_id,
                "uri": uri,
            }
        )
        if delay_seconds is not UNSET:
            field_dict["delay_seconds"] = delay_seconds
        if evaluation_window_length_seconds is not UNSET:
            field_dict["evaluation_window_length_seconds"] = (
                evaluation_window_length_seconds
            )
        if latest_computed_value is not UNSET:
            field_dict["latest_computed_value"] = latest_computed_value
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_: str = src_dict["type"]
        if type(type_) is not str:
            raise SchemaMismatch.expected("a string", type_, "type")

        created_by_user_id: str = src_dict["created_by_user_id"]
        if type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        manual_evaluation_enabled: bool = src_dict["manual_evaluation_enabled"]
        if type(manual_evaluation_enabled) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", manual_evaluation_enabled, "manual_evaluation_enabled"
            )

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        notifications_enabled: bool = src_dict["notifications_enabled"]
        if type(notifications_enabled) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", notifications_enabled, "notifications_enabled"
            )

        project_id: str = src_dict["project_id"]
        if type(project_id) is not str:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        uri: str = src_dict["uri"]
        if type(uri) is not str:
            raise SchemaMismatch.expected("a string", uri, "uri")

        delay_seconds: int | Unset = src_dict.get("delay_seconds", UNSET)
        if type(delay_seconds) is not int and delay_seconds is not UNSET:
            raise SchemaMismatch.expected("an integer", delay_seconds, "delay_seconds")

        evaluation_window_length_seconds: int | Unset = src_dict.get(
            "evaluation_window_length_seconds", UNSET
        )
        if (
            type(evaluation_window_length_seconds) is not int
            and evaluation_window_length_seconds is not UNSET
        ):
            raise SchemaMismatch.expected(
                "an integer",
                evaluation_window_length_seconds,
                "evaluation_window_length_seconds",
            )

        latest_computed_value: float | Unset = src_dict.get(
            "latest_computed_value", UNSET
        )
        if (
            (
                type(latest_computed_value) is not float
                or latest_computed_value - latest_computed_value != 0
            )
            and type(latest_computed_value) is not int
            and latest_computed_value is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number", latest_computed_value, "latest_computed_value"
            )

        notes: str | Unset = src_dict.get("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise SchemaMismatch.expected("a string", notes, "notes")

        if cls is UnknownMonitor:
            unknown_monitor = cls.__new__(cls)
            unknown_monitor.type_ = type_
            unknown_monitor.created_by_user_id = created_by_user_id
            unknown_monitor.id = id
            unknown_monitor.manual_evaluation_enabled = manual_evaluation_enabled
            unknown_monitor.name = name
            unknown_monitor.notifications_enabled = notifications_enabled
            unknown_monitor.project_id = project_id
            unknown_monitor.uri = uri
            unknown_monitor.delay_seconds = delay_seconds
            unknown_monitor.evaluation_window_length_seconds = (
                evaluation_window_length_seconds
            )
            unknown_monitor.latest_computed_value = latest_computed_value
            unknown_monitor.notes = notes
            unknown_monitor.additional_properties = {}
        else:
            unknown_monitor = cls(
                type_=type_,
                created_by_user_id=created_by_user_id,
                id=id,
                manual_evaluation_enabled=manual_evaluation_enabled,
                name=name,
                notifications_enabled=notifications_enabled,
                project_id=project_id,
                uri=uri,
                delay_seconds=delay_seconds,
                evaluation_window_length_seconds=evaluation_window_length_seconds,
                latest_computed_value=latest_computed_value,
                notes=notes,
            )

        if len(src_dict) > 8 + (delay_seconds is not UNSET) + (
            evaluation_window_length_seconds is not UNSET
        ) + (latest_computed_value is not UNSET) + (notes is not UNSET):
            unknown_monitor.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_monitor

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
        "created_by_user_id",
        "id",
        "manual_evaluation_enabled",
        "name",
        "notifications_enabled",
        "project_id",
        "uri",
        "delay_seconds",
        "evaluation_window_length_seconds",
        "latest_computed_value",
        "notes",
    }
)
