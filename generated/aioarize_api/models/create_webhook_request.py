from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.webhook_auth_type import WebhookAuthType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_webhook_request_headers import CreateWebhookRequestHeaders


T = TypeVar("T", bound="CreateWebhookRequest")


@_attrs_define
class CreateWebhookRequest:
    """
    Attributes:
        organization_id (str):
        name (str):
        url (str):
        description (str | Unset):
        auth_type (WebhookAuthType | Unset):
        auth_token (str | Unset):
        timeout_ms (int | Unset):
        headers (CreateWebhookRequestHeaders | Unset):
    """

    organization_id: str
    name: str
    url: str
    description: str | Unset = UNSET
    auth_type: WebhookAuthType | Unset = UNSET
    auth_token: str | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    headers: CreateWebhookRequestHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        organization_id = self.organization_id

        name = self.name

        url = self.url

        description = self.description

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        auth_token = self.auth_token

        timeout_ms = self.timeout_ms

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "name": name,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
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
        organization_id: str = src_dict["organization_id"]
        if type(organization_id) is not str:
            raise SchemaMismatch.expected(
                "a string", organization_id, "organization_id"
            )

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        url: str = src_dict["url"]
        if type(url) is not str:
            raise SchemaMismatch.expected("a string", url, "url")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        _auth_type = src_dict.get("auth_type", UNSET)
        auth_type: WebhookAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            try:
                auth_type = cast(
                    WebhookAuthType,
                    WebhookAuthType._value2member_map_.get(_auth_type)
                    or WebhookAuthType(_auth_type),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _auth_type, "auth_type"
                ) from None

        auth_token: str | Unset = src_dict.get("auth_token", UNSET)
        if type(auth_token) is not str and auth_token is not UNSET:
            raise SchemaMismatch.expected("a string", auth_token, "auth_token")

        timeout_ms: int | Unset = src_dict.get("timeout_ms", UNSET)
        if type(timeout_ms) is not int and timeout_ms is not UNSET:
            raise SchemaMismatch.expected("an integer", timeout_ms, "timeout_ms")

        _headers = src_dict.get("headers", UNSET)
        headers: CreateWebhookRequestHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if type(_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _headers)
                headers = CreateWebhookRequestHeaders.from_dict(_headers)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        if cls is CreateWebhookRequest:
            create_webhook_request = cls.__new__(cls)
            create_webhook_request.organization_id = organization_id
            create_webhook_request.name = name
            create_webhook_request.url = url
            create_webhook_request.description = description
            create_webhook_request.auth_type = auth_type
            create_webhook_request.auth_token = auth_token
            create_webhook_request.timeout_ms = timeout_ms
            create_webhook_request.headers = headers
            create_webhook_request.additional_properties = {}
        else:
            create_webhook_request = cls(
                organization_id=organization_id,
                name=name,
                url=url,
                description=description,
                auth_type=auth_type,
                auth_token=auth_token,
                timeout_ms=timeout_ms,
                headers=headers,
            )

        if len(src_dict) > 3 + (description is not UNSET) + (auth_type is not UNSET) + (
            auth_token is not UNSET
        ) + (timeout_ms is not UNSET) + (headers is not UNSET):
            create_webhook_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_webhook_request

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
        "organization_id",
        "name",
        "url",
        "description",
        "auth_type",
        "auth_token",
        "timeout_ms",
        "headers",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateWebhookRequestHeaders
    from ..models.create_webhook_request_headers import CreateWebhookRequestHeaders  # noqa: PLC0415

    _lazy_imports_pending = False
