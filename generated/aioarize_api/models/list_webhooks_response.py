from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.webhook import Webhook


T = TypeVar("T", bound="ListWebhooksResponse")


@_attrs_define
class ListWebhooksResponse:
    """
    Attributes:
        webhooks (list[Webhook]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    webhooks: list[Webhook]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        webhooks = []
        for webhooks_item_data in self.webhooks:
            webhooks_item = webhooks_item_data.to_dict()
            webhooks.append(webhooks_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhooks": webhooks,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _webhooks = src_dict["webhooks"]
        webhooks: list[Webhook]
        try:
            if type(_webhooks) is not list:
                raise SchemaMismatch.expected("an array", _webhooks)
            webhooks_items: list[Webhook] = []
            for webhooks_item in _webhooks:
                try:
                    if type(webhooks_item) is not dict:
                        raise SchemaMismatch.expected("an object", webhooks_item)
                    webhooks_value = Webhook.from_dict(webhooks_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(webhooks_items))
                webhooks_items.append(webhooks_value)
            webhooks = webhooks_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "webhooks")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListWebhooksResponse:
            list_webhooks_response = cls.__new__(cls)
            list_webhooks_response.webhooks = webhooks
            list_webhooks_response.pagination = pagination
            list_webhooks_response.additional_properties = {}
        else:
            list_webhooks_response = cls(
                webhooks=webhooks,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_webhooks_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_webhooks_response

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
        "webhooks",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Webhook
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.webhook import Webhook  # noqa: PLC0415

    _lazy_imports_pending = False
