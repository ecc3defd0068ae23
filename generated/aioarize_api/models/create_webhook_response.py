from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.webhook_auth_type import WebhookAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookResponse")


@_attrs_define
class CreateWebhookResponse:
    """
    Attributes:
        id (str | Unset):
        organization_id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        url (str | Unset):
        auth_type (WebhookAuthType | Unset):
        signing_secret (str | Unset):
        signing_secret_hint (str | Unset):
        timeout_ms (int | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        created_by_user_id (str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    auth_type: WebhookAuthType | Unset = UNSET
    signing_secret: str | Unset = UNSET
    signing_secret_hint: str | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        description = self.description

        url = self.url

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        signing_secret = self.signing_secret

        signing_secret_hint = self.signing_secret_hint

        timeout_ms = self.timeout_ms

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by_user_id = self.created_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if signing_secret is not UNSET:
            field_dict["signing_secret"] = signing_secret
        if signing_secret_hint is not UNSET:
            field_dict["signing_secret_hint"] = signing_secret_hint
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        organization_id: str | Unset = src_dict.get("organization_id", UNSET)
        if type(organization_id) is not str and organization_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", organization_id, "organization_id"
            )

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        url: str | Unset = src_dict.get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            raise SchemaMismatch.expected("a string", url, "url")

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

        signing_secret: str | Unset = src_dict.get("signing_secret", UNSET)
        if type(signing_secret) is not str and signing_secret is not UNSET:
            raise SchemaMismatch.expected("a string", signing_secret, "signing_secret")

        signing_secret_hint: str | Unset = src_dict.get("signing_secret_hint", UNSET)
        if type(signing_secret_hint) is not str and signing_secret_hint is not UNSET:
            raise SchemaMismatch.expected(
                "a string", signing_secret_hint, "signing_secret_hint"
            )

        timeout_ms: int | Unset = src_dict.get("timeout_ms", UNSET)
        if type(timeout_ms) is not int and timeout_ms is not UNSET:
            raise SchemaMismatch.expected("an integer", timeout_ms, "timeout_ms")

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _created_at, "created_at"
                ) from None

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _updated_at, "updated_at"
                ) from None

        created_by_user_id: str | Unset = src_dict.get("created_by_user_id", UNSET)
        if type(created_by_user_id) is not str and created_by_user_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

        if cls is CreateWebhookResponse:
            create_webhook_response = cls.__new__(cls)
            create_webhook_response.id = id
            create_webhook_response.organization_id = organization_id
            create_webhook_response.name = name
            create_webhook_response.description = description
            create_webhook_response.url = url
            create_webhook_response.auth_type = auth_type
            create_webhook_response.signing_secret = signing_secret
            create_webhook_response.signing_secret_hint = signing_secret_hint
            create_webhook_response.timeout_ms = timeout_ms
            create_webhook_response.created_at = created_at
            create_webhook_response.updated_at = updated_at
            create_webhook_response.created_by_user_id = created_by_user_id
            create_webhook_response.additional_properties = {}
        else:
            create_webhook_response = cls(
                id=id,
                organization_id=organization_id,
                name=name,
                description=description,
                url=url,
                auth_type=auth_type,
                signing_secret=signing_secret,
                signing_secret_hint=signing_secret_hint,
                timeout_ms=timeout_ms,
                created_at=created_at,
                updated_at=updated_at,
                created_by_user_id=created_by_user_id,
            )

        if len(src_dict) > (id is not UNSET) + (organization_id is not UNSET) + (
            name is not UNSET
        ) + (description is not UNSET) + (url is not UNSET) + (
            auth_type is not UNSET
        ) + (signing_secret is not UNSET) + (signing_secret_hint is not UNSET) + (
            timeout_ms is not UNSET
        ) + (created_at is not UNSET) + (updated_at is not UNSET) + (
            created_by_user_id is not UNSET
        ):
            create_webhook_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_webhook_response

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
        "organization_id",
        "name",
        "description",
        "url",
        "auth_type",
        "signing_secret",
        "signing_secret_hint",
        "timeout_ms",
        "created_at",
        "updated_at",
        "created_by_user_id",
    }
)
