from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.webhook import Webhook


T = TypeVar("T", bound="ListWebhooksResponse")


@_attrs_define
class ListWebhooksResponse:
    """
    Attributes:
        webhooks (list[Webhook] | Unset):
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    webhooks: list[Webhook] | Unset = UNSET
    pagination: PaginationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
        from ..models.webhook import Webhook  # noqa: PLC0415

        d = dict(src_dict)
        _webhooks = d.pop("webhooks", UNSET)
        webhooks: list[Webhook] | Unset = UNSET
        if _webhooks is not UNSET:
            webhooks = []
            for webhooks_item_data in _webhooks:
                webhooks_item = Webhook.from_dict(webhooks_item_data)

                webhooks.append(webhooks_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: PaginationMetadata | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = PaginationMetadata.from_dict(_pagination)

        list_webhooks_response = cls(
            webhooks=webhooks,
            pagination=pagination,
        )

        list_webhooks_response.additional_properties = d
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
