from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestWebhookResponse")


@_attrs_define
class TestWebhookResponse:
    """
    Attributes:
        status_code (int | Unset):
        error_message (None | str | Unset):
    """

    status_code: int | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status_code: int | Unset = src_dict.get("status_code", UNSET)
        if type(status_code) is not int and status_code is not UNSET:
            raise SchemaMismatch.expected("an integer", status_code, "status_code")

        error_message: None | str | Unset = src_dict.get("error_message", UNSET)
        if (
            error_message is not None
            and type(error_message) is not str
            and error_message is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", error_message, "error_message"
            )

        if cls is TestWebhookResponse:
            test_webhook_response = cls.__new__(cls)
            test_webhook_response.status_code = status_code
            test_webhook_response.error_message = error_message
            test_webhook_response.additional_properties = {}
        else:
            test_webhook_response = cls(
                status_code=status_code,
                error_message=error_message,
            )

        if len(src_dict) > (status_code is not UNSET) + (error_message is not UNSET):
            test_webhook_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return test_webhook_response

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
        "status_code",
        "error_message",
    }
)
