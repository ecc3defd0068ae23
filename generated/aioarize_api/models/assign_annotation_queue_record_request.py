from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="AssignAnnotationQueueRecordRequest")


@_attrs_define
class AssignAnnotationQueueRecordRequest:
    """
    Attributes:
        assigned_user_emails (list[str]):
    """

    assigned_user_emails: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_user_emails = self.assigned_user_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_user_emails": assigned_user_emails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _assigned_user_emails = src_dict["assigned_user_emails"]
        assigned_user_emails: list[str]
        try:
            if type(_assigned_user_emails) is not list:
                raise SchemaMismatch.expected("an array", _assigned_user_emails)
            for assigned_user_emails_item in _assigned_user_emails:
                if type(assigned_user_emails_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _assigned_user_emails, assigned_user_emails_item
                    )
            assigned_user_emails = _assigned_user_emails

        except Exception as error_:
            raise SchemaMismatch.at(error_, "assigned_user_emails")

        if cls is AssignAnnotationQueueRecordRequest:
            assign_annotation_queue_record_request = cls.__new__(cls)
            assign_annotation_queue_record_request.assigned_user_emails = (
                assigned_user_emails
            )
            assign_annotation_queue_record_request.additional_properties = {}
        else:
            assign_annotation_queue_record_request = cls(
                assigned_user_emails=assigned_user_emails,
            )

        if len(src_dict) > 1:
            assign_annotation_queue_record_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return assign_annotation_queue_record_request

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
        "assigned_user_emails",
    }
)
