from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.integration_notification_config_type import (
    IntegrationNotificationConfigType,
)

T = TypeVar("T", bound="IntegrationNotificationConfig")


@_attrs_define
class IntegrationNotificationConfig:
    """
    Attributes:
        type_ (IntegrationNotificationConfigType):
        integration_id (str):
    """

    type_: IntegrationNotificationConfigType
    integration_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "integration_id": integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: IntegrationNotificationConfigType
        try:
            type_ = cast(
                IntegrationNotificationConfigType,
                IntegrationNotificationConfigType._value2member_map_.get(_type_)
                or IntegrationNotificationConfigType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        integration_id: str = src_dict["integration_id"]
        if type(integration_id) is not str:
            raise SchemaMismatch.expected("a string", integration_id, "integration_id")

        if cls is IntegrationNotificationConfig:
            integration_notification_config = cls.__new__(cls)
            integration_notification_config.type_ = type_
            integration_notification_config.integration_id = integration_id
            integration_notification_config.additional_properties = {}
        else:
            integration_notification_config = cls(
                type_=type_,
                integration_id=integration_id,
            )

        if len(src_dict) > 2:
            integration_notification_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return integration_notification_config

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
        "integration_id",
    }
)
