from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.email_notification_config_type import EmailNotificationConfigType

T = TypeVar("T", bound="EmailNotificationConfig")


@_attrs_define
class EmailNotificationConfig:
    """
    Attributes:
        type_ (EmailNotificationConfigType):
        email_address (str):
    """

    type_: EmailNotificationConfigType
    email_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "email_address": email_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: EmailNotificationConfigType
        try:
            type_ = cast(
                EmailNotificationConfigType,
                EmailNotificationConfigType._value2member_map_.get(_type_)
                or EmailNotificationConfigType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        email_address: str = src_dict["email_address"]
        if type(email_address) is not str:
            raise SchemaMismatch.expected("a string", email_address, "email_address")

        if cls is EmailNotificationConfig:
            email_notification_config = cls.__new__(cls)
            email_notification_config.type_ = type_
            email_notification_config.email_address = email_address
            email_notification_config.additional_properties = {}
        else:
            email_notification_config = cls(
                type_=type_,
                email_address=email_address,
            )

        if len(src_dict) > 2:
            email_notification_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return email_notification_config

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
        "email_address",
    }
)
