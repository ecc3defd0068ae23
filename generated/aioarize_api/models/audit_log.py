from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.audit_log_operation_type import AuditLogOperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog:
    """
    Attributes:
        id (str):
        user_id (str):
        ip (str):
        operation_type (AuditLogOperationType):
        created_at (datetime.datetime):
        operation_name (None | str | Unset):
        operation_text (None | str | Unset):
        variables (None | str | Unset):
    """

    id: str
    user_id: str
    ip: str
    operation_type: AuditLogOperationType
    created_at: datetime.datetime
    operation_name: None | str | Unset = UNSET
    operation_text: None | str | Unset = UNSET
    variables: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        ip = self.ip

        operation_type = self.operation_type.value

        created_at = self.created_at.isoformat()

        operation_name: None | str | Unset
        if isinstance(self.operation_name, Unset):
            operation_name = UNSET
        else:
            operation_name = self.operation_name

        operation_text: None | str | Unset
        if isinstance(self.operation_text, Unset):
            operation_text = UNSET
        else:
            operation_text = self.operation_text

        variables: None | str | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "ip": ip,
                "operation_type": operation_type,
                "created_at": created_at,
            }
        )
        if operation_name is not UNSET:
            field_dict["operation_name"] = operation_name
        if operation_text is not UNSET:
            field_dict["operation_text"] = operation_text
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        user_id: str = src_dict["user_id"]
        if type(user_id) is not str:
            raise SchemaMismatch.expected("a string", user_id, "user_id")

        ip: str = src_dict["ip"]
        if type(ip) is not str:
            raise SchemaMismatch.expected("a string", ip, "ip")

        _operation_type = src_dict["operation_type"]
        operation_type: AuditLogOperationType
        try:
            operation_type = cast(
                AuditLogOperationType,
                AuditLogOperationType._value2member_map_.get(_operation_type)
                or AuditLogOperationType(_operation_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _operation_type, "operation_type"
            ) from None

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        operation_name: None | str | Unset = src_dict.get("operation_name", UNSET)
        if (
            operation_name is not None
            and type(operation_name) is not str
            and operation_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", operation_name, "operation_name"
            )

        operation_text: None | str | Unset = src_dict.get("operation_text", UNSET)
        if (
            operation_text is not None
            and type(operation_text) is not str
            and operation_text is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", operation_text, "operation_text"
            )

        variables: None | str | Unset = src_dict.get("variables", UNSET)
        if (
            variables is not None
            and type(variables) is not str
            and variables is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", variables, "variables")

        if cls is AuditLog:
            audit_log = cls.__new__(cls)
            audit_log.id = id
            audit_log.user_id = user_id
            audit_log.ip = ip
            audit_log.operation_type = operation_type
            audit_log.created_at = created_at
            audit_log.operation_name = operation_name
            audit_log.operation_text = operation_text
            audit_log.variables = variables
            audit_log.additional_properties = {}
        else:
            audit_log = cls(
                id=id,
                user_id=user_id,
                ip=ip,
                operation_type=operation_type,
                created_at=created_at,
                operation_name=operation_name,
                operation_text=operation_text,
                variables=variables,
            )

        if len(src_dict) > 5 + (operation_name is not UNSET) + (
            operation_text is not UNSET
        ) + (variables is not UNSET):
            audit_log.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return audit_log

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
        "id",
        "user_id",
        "ip",
        "operation_type",
        "created_at",
        "operation_name",
        "operation_text",
        "variables",
    }
)
