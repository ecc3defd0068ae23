from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.webhook_subscription import WebhookSubscription


T = TypeVar("T", bound="ListWebhookSubscriptionsResponse")


@_attrs_define
class ListWebhookSubscriptionsResponse:
    """
    Attributes:
        subscriptions (list[WebhookSubscription]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    subscriptions: list[WebhookSubscription]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriptions": subscriptions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _subscriptions = src_dict["subscriptions"]
        subscriptions: list[WebhookSubscription]
        try:
            if type(_subscriptions) is not list:
                raise SchemaMismatch.expected("an array", _subscriptions)
            subscriptions_items: list[WebhookSubscription] = []
            for subscriptions_item in _subscriptions:
                try:
                    if type(subscriptions_item) is not dict:
                        raise SchemaMismatch.expected("an object", subscriptions_item)
                    subscriptions_value = WebhookSubscription.from_dict(
                        subscriptions_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(subscriptions_items))
                subscriptions_items.append(subscriptions_value)
            subscriptions = subscriptions_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "subscriptions")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListWebhookSubscriptionsResponse:
            list_webhook_subscriptions_response = cls.__new__(cls)
            list_webhook_subscriptions_response.subscriptions = subscriptions
            list_webhook_subscriptions_response.pagination = pagination
            list_webhook_subscriptions_response.additional_properties = {}
        else:
            list_webhook_subscriptions_response = cls(
                subscriptions=subscriptions,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_webhook_subscriptions_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_webhook_subscriptions_response

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
        "subscriptions",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global WebhookSubscription
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.webhook_subscription import WebhookSubscription  # noqa: PLC0415

    _lazy_imports_pending = False
