from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.audit_log import AuditLog
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListAuditLogsResponse")


@_attrs_define
class ListAuditLogsResponse:
    """
    Attributes:
        logs (list[AuditLog]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    logs: list[AuditLog]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        logs = []
        for logs_item_data in self.logs:
            logs_item = logs_item_data.to_dict()
            logs.append(logs_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logs": logs,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _logs = src_dict["logs"]
        logs: list[AuditLog]
        try:
            if type(_logs) is not list:
                raise SchemaMismatch.expected("an array", _logs)
            logs_items: list[AuditLog] = []
            for logs_item in _logs:
                try:
                    if type(logs_item) is not dict:
                        raise SchemaMismatch.expected("an object", logs_item)
                    logs_value = AuditLog.from_dict(logs_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(logs_items))
                logs_items.append(logs_value)
            logs = logs_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "logs")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListAuditLogsResponse:
            list_audit_logs_response = cls.__new__(cls)
            list_audit_logs_response.logs = logs
            list_audit_logs_response.pagination = pagination
            list_audit_logs_response.additional_properties = {}
        else:
            list_audit_logs_response = cls(
                logs=logs,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_audit_logs_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_audit_logs_response

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
        "logs",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AuditLog
    global PaginationMetadata
    from ..models.audit_log import AuditLog  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
