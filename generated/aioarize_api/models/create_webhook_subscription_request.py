from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_source_type import WebhookSourceType

T = TypeVar("T", bound="CreateWebhookSubscriptionRequest")


@_attrs_define
class CreateWebhookSubscriptionRequest:
    """
    Attributes:
        webhook_id (str):
        source_type (WebhookSourceType):
        source_id (str):
        event (WebhookEventType):
    """

    webhook_id: str
    source_type: WebhookSourceType
    source_id: str
    event: WebhookEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        source_type = self.source_type.value

        source_id = self.source_id

        event = self.event.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_id": webhook_id,
                "source_type": source_type,
                "source_id": source_id,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        webhook_id: str = src_dict["webhook_id"]
        if type(webhook_id) is not str:
            raise SchemaMismatch.expected("a string", webhook_id, "webhook_id")

        _source_type = src_dict["source_type"]
        source_type: WebhookSourceType
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

        source_id: str = src_dict["source_id"]
        if type(source_id) is not str:
            raise SchemaMismatch.expected("a string", source_id, "source_id")

        _event = src_dict["event"]
        event: WebhookEventType
        try:
            event = cast(
                WebhookEventType,
                WebhookEventType._value2member_map_.get(_event)
                or WebhookEventType(_event),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _event, "event") from None

        if cls is CreateWebhookSubscriptionRequest:
            create_webhook_subscription_request = cls.__new__(cls)
            create_webhook_subscription_request.webhook_id = webhook_id
            create_webhook_subscription_request.source_type = source_type
            create_webhook_subscription_request.source_id = source_id
            create_webhook_subscription_request.event = event
            create_webhook_subscription_request.additional_properties = {}
        else:
            create_webhook_subscription_request = cls(
                webhook_id=webhook_id,
                source_type=source_type,
                source_id=source_id,
                event=event,
            )

        if len(src_dict) > 4:
            create_webhook_subscription_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_webhook_subscription_request

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
        "webhook_id",
        "source_type",
        "source_id",
        "event",
    }
)
