from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_source_type import WebhookSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """
    Attributes:
        id (str | Unset):
        webhook_id (str | Unset):
        source_type (WebhookSourceType | Unset):
        source_id (str | Unset):
        event (WebhookEventType | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    source_type: WebhookSourceType | Unset = UNSET
    source_id: str | Unset = UNSET
    event: WebhookEventType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        source_id = self.source_id

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if event is not UNSET:
            field_dict["event"] = event
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        webhook_id: str | Unset = src_dict.get("webhook_id", UNSET)
        if type(webhook_id) is not str and webhook_id is not UNSET:
            raise SchemaMismatch.expected("a string", webhook_id, "webhook_id")

        _source_type = src_dict.get("source_type", UNSET)
        source_type: WebhookSourceType | Unset
        if _source_type is UNSET:
            source_type = UNSET
        else:
            try:
                source_type = cast(
                    WebhookSourceType,
                    WebhookSourceType._value2member_map_.get(_source_type)
                    or WebhookSourceType(_source_type),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _source_type, "source_type"
                ) from None

        source_id: str | Unset = src_dict.get("source_id", UNSET)
        if type(source_id) is not str and source_id is not UNSET:
            raise SchemaMismatch.expected("a string", source_id, "source_id")

        _event = src_dict.get("event", UNSET)
        event: WebhookEventType | Unset
        if _event is UNSET:
            event = UNSET
        else:
            try:
                event = cast(
                    WebhookEventType,
                    WebhookEventType._value2member_map_.get(_event)
                    or WebhookEventType(_event),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected("a string", _event, "event") from None

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

        if cls is WebhookSubscription:
            webhook_subscription = cls.__new__(cls)
            webhook_subscription.id = id
            webhook_subscription.webhook_id = webhook_id
            webhook_subscription.source_type = source_type
            webhook_subscription.source_id = source_id
            webhook_subscription.event = event
            webhook_subscription.created_at = created_at
            webhook_subscription.additional_properties = {}
        else:
            webhook_subscription = cls(
                id=id,
                webhook_id=webhook_id,
                source_type=source_type,
                source_id=source_id,
                event=event,
                created_at=created_at,
            )

        if len(src_dict) > (id is not UNSET) + (webhook_id is not UNSET) + (
            source_type is not UNSET
        ) + (source_id is not UNSET) + (event is not UNSET) + (created_at is not UNSET):
            webhook_subscription.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return webhook_subscription

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
        "webhook_id",
        "source_type",
        "source_id",
        "event",
        "created_at",
    }
)
