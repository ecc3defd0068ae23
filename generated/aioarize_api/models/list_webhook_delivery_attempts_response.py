from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.webhook_delivery_attempt import WebhookDeliveryAttempt


T = TypeVar("T", bound="ListWebhookDeliveryAttemptsResponse")


@_attrs_define
class ListWebhookDeliveryAttemptsResponse:
    """
    Attributes:
        delivery_attempts (list[WebhookDeliveryAttempt]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    delivery_attempts: list[WebhookDeliveryAttempt]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        delivery_attempts = []
        for delivery_attempts_item_data in self.delivery_attempts:
            delivery_attempts_item = delivery_attempts_item_data.to_dict()
            delivery_attempts.append(delivery_attempts_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_attempts": delivery_attempts,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _delivery_attempts = src_dict["delivery_attempts"]
        delivery_attempts: list[WebhookDeliveryAttempt]
        try:
            if type(_delivery_attempts) is not list:
                raise SchemaMismatch.expected("an array", _delivery_attempts)
            delivery_attempts_items: list[WebhookDeliveryAttempt] = []
            for delivery_attempts_item in _delivery_attempts:
                try:
                    if type(delivery_attempts_item) is not dict:
                        raise SchemaMismatch.expected(
                            "an object", delivery_attempts_item
                        )
                    delivery_attempts_value = WebhookDeliveryAttempt.from_dict(
                        delivery_attempts_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(delivery_attempts_items))
                delivery_attempts_items.append(delivery_attempts_value)
            delivery_attempts = delivery_attempts_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "delivery_attempts")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListWebhookDeliveryAttemptsResponse:
            list_webhook_delivery_attempts_response = cls.__new__(cls)
            list_webhook_delivery_attempts_response.delivery_attempts = (
                delivery_attempts
            )
            list_webhook_delivery_attempts_response.pagination = pagination
            list_webhook_delivery_attempts_response.additional_properties = {}
        else:
            list_webhook_delivery_attempts_response = cls(
                delivery_attempts=delivery_attempts,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_webhook_delivery_attempts_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_webhook_delivery_attempts_response

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
        "delivery_attempts",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global WebhookDeliveryAttempt
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.webhook_delivery_attempt import WebhookDeliveryAttempt  # noqa: PLC0415

    _lazy_imports_pending = False
