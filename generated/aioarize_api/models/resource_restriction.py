from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.resource_restriction_type import ResourceRestrictionType

T = TypeVar("T", bound="ResourceRestriction")


@_attrs_define
class ResourceRestriction:
    """
    Attributes:
        resource_type (ResourceRestrictionType):
        resource_id (str):
        created_at (datetime.datetime):
    """

    resource_type: ResourceRestrictionType
    resource_id: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type.value

        resource_id = self.resource_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "resource_id": resource_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _resource_type = src_dict["resource_type"]
        resource_type: ResourceRestrictionType
        try:
            resource_type = cast(
                ResourceRestrictionType,
                ResourceRestrictionType._value2member_map_.get(_resource_type)
                or ResourceRestrictionType(_resource_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _resource_type, "resource_type"
            ) from None

        resource_id: str = src_dict["resource_id"]
        if type(resource_id) is not str:
            raise SchemaMismatch.expected("a string", resource_id, "resource_id")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        if cls is ResourceRestriction:
            resource_restriction = cls.__new__(cls)
            resource_restriction.resource_type = resource_type
            resource_restriction.resource_id = resource_id
            resource_restriction.created_at = created_at
            resource_restriction.additional_properties = {}
        else:
            resource_restriction = cls(
                resource_type=resource_type,
                resource_id=resource_id,
                created_at=created_at,
            )

        if len(src_dict) > 3:
            resource_restriction.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return resource_restriction

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
        "resource_type",
        "resource_id",
        "created_at",
    }
)
