from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_custom_oauth_2_client_credentials_auth_auth_type import (
    CreateCustomOauth2ClientCredentialsAuthAuthType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomOauth2ClientCredentialsAuth")


@_attrs_define
class CreateCustomOauth2ClientCredentialsAuth:
    """
    Attributes:
        auth_type (CreateCustomOauth2ClientCredentialsAuthAuthType):
        token_url (str):
        client_id (str):
        client_secret (str):
        scopes (str | Unset):
        audience (str | Unset):
    """

    auth_type: CreateCustomOauth2ClientCredentialsAuthAuthType
    token_url: str
    client_id: str
    client_secret: str
    scopes: str | Unset = UNSET
    audience: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        token_url = self.token_url

        client_id = self.client_id

        client_secret = self.client_secret

        scopes = self.scopes

        audience = self.audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "token_url": token_url,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if audience is not UNSET:
            field_dict["audience"] = audience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auth_type = src_dict["auth_type"]
        auth_type: CreateCustomOauth2ClientCredentialsAuthAuthType
        try:
            auth_type = cast(
                CreateCustomOauth2ClientCredentialsAuthAuthType,
                CreateCustomOauth2ClientCredentialsAuthAuthType._value2member_map_.get(
                    _auth_type
                )
                or CreateCustomOauth2ClientCredentialsAuthAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        token_url: str = src_dict["token_url"]
        if type(token_url) is not str:
            raise SchemaMismatch.expected("a string", token_url, "token_url")

        client_id: str = src_dict["client_id"]
        if type(client_id) is not str:
            raise SchemaMismatch.expected("a string", client_id, "client_id")

        client_secret: str = src_dict["client_secret"]
        if type(client_secret) is not str:
            raise SchemaMismatch.expected("a string", client_secret, "client_secret")

        scopes: str | Unset = src_dict.get("scopes", UNSET)
        if type(scopes) is not str and scopes is not UNSET:
            raise SchemaMismatch.expected("a string", scopes, "scopes")

        audience: str | Unset = src_dict.get("audience", UNSET)
        if type(audience) is not str and audience is not UNSET:
            raise SchemaMismatch.expected("a string", audience, "audience")

        if cls is CreateCustomOauth2ClientCredentialsAuth:
            create_custom_oauth_2_client_credentials_auth = cls.__new__(cls)
            create_custom_oauth_2_client_credentials_auth.auth_type = auth_type
            create_custom_oauth_2_client_credentials_auth.token_url = token_url
            create_custom_oauth_2_client_credentials_auth.client_id = client_id
            create_custom_oauth_2_client_credentials_auth.client_secret = client_secret
            create_custom_oauth_2_client_credentials_auth.scopes = scopes
            create_custom_oauth_2_client_credentials_auth.audience = audience
            create_custom_oauth_2_client_credentials_auth.additional_properties = {}
        else:
            create_custom_oauth_2_client_credentials_auth = cls(
                auth_type=auth_type,
                token_url=token_url,
                client_id=client_id,
                client_secret=client_secret,
                scopes=scopes,
                audience=audience,
            )

        if len(src_dict) > 4 + (scopes is not UNSET) + (audience is not UNSET):
            create_custom_oauth_2_client_credentials_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_custom_oauth_2_client_credentials_auth

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
        "auth_type",
        "token_url",
        "client_id",
        "client_secret",
        "scopes",
        "audience",
    }
)
