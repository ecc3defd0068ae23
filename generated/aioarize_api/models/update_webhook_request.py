from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webhook_request_headers import UpdateWebhookRequestHeaders


T = TypeVar("T", bound="UpdateWebhookRequest")


@_attrs_define
class UpdateWebhookRequest:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        url (str | Unset):
        auth_token (str | Unset):
        timeout_ms (int | Unset):
        headers (UpdateWebhookRequestHeaders | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    url: str | Unset = UNSET
    auth_token: str | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    headers: UpdateWebhookRequestHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url = self.url

        auth_token = self.auth_token

        timeout_ms = self.timeout_ms

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        description: None | str | Unset = src_dict.get("description", UNSET)
        if (
            description is not None
            and type(description) is not str
            and description is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", description, "description"
            )

        url: str | Unset = src_dict.get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            raise SchemaMismatch.expected("a string", url, "url")

        auth_token: str | Unset = src_dict.get("auth_token", UNSET)
        if type(auth_token) is not str and auth_token is not UNSET:
            raise SchemaMismatch.expected("a string", auth_token, "auth_token")

        timeout_ms: int | Unset = src_dict.get("timeout_ms", UNSET)
        if type(timeout_ms) is not int and timeout_ms is not UNSET:
            raise SchemaMismatch.expected("an integer", timeout_ms, "timeout_ms")

        _headers = src_dict.get("headers", UNSET)
        headers: UpdateWebhookRequestHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if type(_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _headers)
                headers = UpdateWebhookRequestHeaders.from_dict(_headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        if cls is UpdateWebhookRequest:
            update_webhook_request = cls.__new__(cls)
            update_webhook_request.name = name
            update_webhook_request.description = description
            update_webhook_request.url = url
            update_webhook_request.auth_token = auth_token
            update_webhook_request.timeout_ms = timeout_ms
            update_webhook_request.headers = headers
            update_webhook_request.additional_properties = {}
        else:
            update_webhook_request = cls(
                name=name,
                description=description,
                url=url,
                auth_token=auth_token,
                timeout_ms=timeout_ms,
                headers=headers,
            )

        if len(src_dict) > (name is not UNSET) + (description is not UNSET) + (
            url is not UNSET
        ) + (auth_token is not UNSET) + (timeout_ms is not UNSET) + (
            headers is not UNSET
        ):
            update_webhook_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_webhook_request

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
        "name",
        "description",
        "url",
        "auth_token",
        "timeout_ms",
        "headers",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global UpdateWebhookRequestHeaders
    from ..models.update_webhook_request_headers import UpdateWebhookRequestHeaders  # noqa: PLC0415

    _lazy_imports_pending = False
