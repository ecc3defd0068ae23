from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.update_webhook_request_headers import UpdateWebhookRequestHeaders  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        url = d.pop("url", UNSET)

        auth_token = d.pop("auth_token", UNSET)

        timeout_ms = d.pop("timeout_ms", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: UpdateWebhookRequestHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = UpdateWebhookRequestHeaders.from_dict(_headers)

        update_webhook_request = cls(
            name=name,
            description=description,
            url=url,
            auth_token=auth_token,
            timeout_ms=timeout_ms,
            headers=headers,
        )

        update_webhook_request.additional_properties = d
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
