from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.webhook_notification_config_type import WebhookNotificationConfigType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookNotificationConfig")


@_attrs_define
class WebhookNotificationConfig:
    """
    Attributes:
        type_ (WebhookNotificationConfigType):
        id (str):
        url (None | str | Unset):
    """

    type_: WebhookNotificationConfigType
    id: str
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: WebhookNotificationConfigType
        try:
            type_ = cast(
                WebhookNotificationConfigType,
                WebhookNotificationConfigType._value2member_map_.get(_type_)
                or WebhookNotificationConfigType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        url: None | str | Unset = src_dict.get("url", UNSET)
        if url is not None and type(url) is not str and url is not UNSET:
            raise SchemaMismatch.expected("a string or null", url, "url")

        if cls is WebhookNotificationConfig:
            webhook_notification_config = cls.__new__(cls)
            webhook_notification_config.type_ = type_
            webhook_notification_config.id = id
            webhook_notification_config.url = url
            webhook_notification_config.additional_properties = {}
        else:
            webhook_notification_config = cls(
                type_=type_,
                id=id,
                url=url,
            )

        if len(src_dict) > 2 + (url is not UNSET):
            webhook_notification_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return webhook_notification_config

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
        "id",
        "url",
    }
)
