from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.create_webhook_request_headers import CreateWebhookRequestHeaders  # noqa: PLC0415

        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        name = d.pop("name")

        url = d.pop("url")

        description = d.pop("description", UNSET)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: WebhookAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = WebhookAuthType(_auth_type)

        auth_token = d.pop("auth_token", UNSET)

        timeout_ms = d.pop("timeout_ms", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: CreateWebhookRequestHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = CreateWebhookRequestHeaders.from_dict(_headers)

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

        create_webhook_request.additional_properties = d
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
