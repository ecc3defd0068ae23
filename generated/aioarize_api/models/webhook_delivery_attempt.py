from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_delivery_attempt_payload import WebhookDeliveryAttemptPayload


T = TypeVar("T", bound="WebhookDeliveryAttempt")


@_attrs_define
class WebhookDeliveryAttempt:
    """
    Attributes:
        event_id (str | Unset):
        attempt_number (int | Unset):
        payload (WebhookDeliveryAttemptPayload | Unset):
        status_code (int | None | Unset):
        error_message (None | str | Unset):
        created_at (datetime.datetime | Unset):
    """

    event_id: str | Unset = UNSET
    attempt_number: int | Unset = UNSET
    payload: WebhookDeliveryAttemptPayload | Unset = UNSET
    status_code: int | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        event_id = self.event_id

        attempt_number = self.attempt_number

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if payload is not UNSET:
            field_dict["payload"] = payload
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        event_id: str | Unset = src_dict.get("event_id", UNSET)
        if type(event_id) is not str and event_id is not UNSET:
            raise SchemaMismatch.expected("a string", event_id, "event_id")

        attempt_number: int | Unset = src_dict.get("attempt_number", UNSET)
        if type(attempt_number) is not int and attempt_number is not UNSET:
            raise SchemaMismatch.expected(
                "an integer", attempt_number, "attempt_number"
            )

        _payload = src_dict.get("payload", UNSET)
        payload: WebhookDeliveryAttemptPayload | Unset
        if _payload is UNSET:
            payload = UNSET
        else:
            try:
                if type(_payload) is not dict:
                    raise SchemaMismatch.expected("an object", _payload)
                payload = WebhookDeliveryAttemptPayload.from_dict(_payload)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "payload")

        status_code: int | None | Unset = src_dict.get("status_code", UNSET)
        if (
            status_code is not None
            and type(status_code) is not int
            and status_code is not UNSET
        ):
            raise SchemaMismatch.expected(
                "an integer or null", status_code, "status_code"
            )

        error_message: None | str | Unset = src_dict.get("error_message", UNSET)
        if (
            error_message is not None
            and type(error_message) is not str
            and error_message is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", error_message, "error_message"
            )

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

        if cls is WebhookDeliveryAttempt:
            webhook_delivery_attempt = cls.__new__(cls)
            webhook_delivery_attempt.event_id = event_id
            webhook_delivery_attempt.attempt_number = attempt_number
            webhook_delivery_attempt.payload = payload
            webhook_delivery_attempt.status_code = status_code
            webhook_delivery_attempt.error_message = error_message
            webhook_delivery_attempt.created_at = created_at
            webhook_delivery_attempt.additional_properties = {}
        else:
            webhook_delivery_attempt = cls(
                event_id=event_id,
                attempt_number=attempt_number,
                payload=payload,
                status_code=status_code,
                error_message=error_message,
                created_at=created_at,
            )

        if len(src_dict) > (event_id is not UNSET) + (attempt_number is not UNSET) + (
            payload is not UNSET
        ) + (status_code is not UNSET) + (error_message is not UNSET) + (
            created_at is not UNSET
        ):
            webhook_delivery_attempt.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return webhook_delivery_attempt

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
        "event_id",
        "attempt_number",
        "payload",
        "status_code",
        "error_message",
        "created_at",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global WebhookDeliveryAttemptPayload
    from ..models.webhook_delivery_attempt_payload import WebhookDeliveryAttemptPayload  # noqa: PLC0415

    _lazy_imports_pending = False
