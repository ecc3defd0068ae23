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
        created_by_user_id (str | Unset):
        delay_seconds (int | Unset):
        evaluation_window_length_seconds (int | Unset):
        id (str | Unset):
        latest_computed_value (float | Unset):
        manual_evaluation_enabled (bool | Unset):
        name (str | Unset):
        notes (str | Unset):
        notifications_enabled (bool | Unset):
        project_id (str | Unset):
        uri (str | Unset):
    """

    type_: str
    created_by_user_id: str | Unset = UNSET
    delay_seconds: int | Unset = UNSET
    evaluation_window_length_seconds: int | Unset = UNSET
    id: str | Unset = UNSET
    latest_computed_value: float | Unset = UNSET
    manual_evaluation_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    notifications_enabled: bool | Unset = UNSET
    project_id: str | Unset = UNSET
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        created_by_user_id = self.created_by_user_id

        delay_seconds = self.delay_seconds

        evaluation_window_length_seconds = self.evaluation_window_length_seconds

        id = self.id

        latest_computed_value = self.latest_computed_value

        manual_evaluation_enabled = self.manual_evaluation_enabled

        name = self.name

        notes = self.notes

        notifications_enabled = self.notifications_enabled

        project_id = self.project_id

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if delay_seconds is not UNSET:
            field_dict["delay_seconds"] = delay_seconds
        if evaluation_window_length_seconds is not UNSET:
            field_dict["evaluation_window_length_seconds"] = (
                evaluation_window_length_seconds
            )
        if id is not UNSET:
            field_dict["id"] = id
        if latest_computed_value is not UNSET:
            field_dict["latest_computed_value"] = latest_computed_value
        if manual_evaluation_enabled is not UNSET:
            field_dict["manual_evaluation_enabled"] = manual_evaluation_enabled
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if notifications_enabled is not UNSET:
            field_dict["notifications_enabled"] = notifications_enabled
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_: str = src_dict["type"]
        if type(type_) is not str:
            raise SchemaMismatch.expected("a string", type_, "type")

        created_by_user_id: str | Unset = src_dict.get("created_by_user_id", UNSET)
        if type(created_by_user_id) is not str and created_by_user_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

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

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

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

        manual_evaluation_enabled: bool | Unset = src_dict.get(
            "manual_evaluation_enabled", UNSET
        )
        if (
            type(manual_evaluation_enabled) is not bool
            and manual_evaluation_enabled is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean", manual_evaluation_enabled, "manual_evaluation_enabled"
            )

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        notes: str | Unset = src_dict.get("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise SchemaMismatch.expected("a string", notes, "notes")

        notifications_enabled: bool | Unset = src_dict.get(
            "notifications_enabled", UNSET
        )
        if (
            type(notifications_enabled) is not bool
            and notifications_enabled is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean", notifications_enabled, "notifications_enabled"
            )

        project_id: str | Unset = src_dict.get("project_id", UNSET)
        if type(project_id) is not str and project_id is not UNSET:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        uri: str | Unset = src_dict.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET:
            raise SchemaMismatch.expected("a string", uri, "uri")

        unknown_monitor = cls(
            type_=type_,
            created_by_user_id=created_by_user_id,
            delay_seconds=delay_seconds,
            evaluation_window_length_seconds=evaluation_window_length_seconds,
            id=id,
            latest_computed_value=latest_computed_value,
            manual_evaluation_enabled=manual_evaluation_enabled,
            name=name,
            notes=notes,
            notifications_enabled=notifications_enabled,
            project_id=project_id,
            uri=uri,
        )

        if len(src_dict) > 1 + (created_by_user_id is not UNSET) + (
            delay_seconds is not UNSET
        ) + (evaluation_window_length_seconds is not UNSET) + (id is not UNSET) + (
            latest_computed_value is not UNSET
        ) + (manual_evaluation_enabled is not UNSET) + (name is not UNSET) + (
            notes is not UNSET
        ) + (notifications_enabled is not UNSET) + (project_id is not UNSET) + (
            uri is not UNSET
        ):
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
        "delay_seconds",
        "evaluation_window_length_seconds",
        "id",
        "latest_computed_value",
        "manual_evaluation_enabled",
        "name",
        "notes",
        "notifications_enabled",
        "project_id",
        "uri",
    }
)
