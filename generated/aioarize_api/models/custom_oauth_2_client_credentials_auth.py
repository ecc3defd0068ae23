from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.custom_oauth_2_client_credentials_auth_auth_type import (
    CustomOauth2ClientCredentialsAuthAuthType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomOauth2ClientCredentialsAuth")


@_attrs_define
class CustomOauth2ClientCredentialsAuth:
    """
    Attributes:
        auth_type (CustomOauth2ClientCredentialsAuthAuthType):
        token_url (str | Unset):
        client_id (str | Unset):
        has_client_secret (bool | Unset):
        scopes (None | str | Unset):
        audience (None | str | Unset):
    """

    auth_type: CustomOauth2ClientCredentialsAuthAuthType
    token_url: str | Unset = UNSET
    client_id: str | Unset = UNSET
    has_client_secret: bool | Unset = UNSET
    scopes: None | str | Unset = UNSET
    audience: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        token_url = self.token_url

        client_id = self.client_id

        has_client_secret = self.has_client_secret

        scopes: None | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        else:
            scopes = self.scopes

        audience: None | str | Unset
        if isinstance(self.audience, Unset):
            audience = UNSET
        else:
            audience = self.audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )
        if token_url is not UNSET:
            field_dict["token_url"] = token_url
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if has_client_secret is not UNSET:
            field_dict["has_client_secret"] = has_client_secret
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if audience is not UNSET:
            field_dict["audience"] = audience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auth_type = src_dict["auth_type"]
        auth_type: CustomOauth2ClientCredentialsAuthAuthType
        try:
            auth_type = cast(
                CustomOauth2ClientCredentialsAuthAuthType,
                CustomOauth2ClientCredentialsAuthAuthType._value2member_map_.get(
                    _auth_type
                )
                or CustomOauth2ClientCredentialsAuthAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        token_url: str | Unset = src_dict.get("token_url", UNSET)
        if type(token_url) is not str and token_url is not UNSET:
            raise SchemaMismatch.expected("a string", token_url, "token_url")

        client_id: str | Unset = src_dict.get("client_id", UNSET)
        if type(client_id) is not str and client_id is not UNSET:
            raise SchemaMismatch.expected("a string", client_id, "client_id")

        has_client_secret: bool | Unset = src_dict.get("has_client_secret", UNSET)
        if type(has_client_secret) is not bool and has_client_secret is not UNSET:
            raise SchemaMismatch.expected(
                "a boolean", has_client_secret, "has_client_secret"
            )

        scopes: None | str | Unset = src_dict.get("scopes", UNSET)
        if scopes is not None and type(scopes) is not str and scopes is not UNSET:
            raise SchemaMismatch.expected("a string or null", scopes, "scopes")

        audience: None | str | Unset = src_dict.get("audience", UNSET)
        if audience is not None and type(audience) is not str and audience is not UNSET:
            raise SchemaMismatch.expected("a string or null", audience, "audience")

        if cls is CustomOauth2ClientCredentialsAuth:
            custom_oauth_2_client_credentials_auth = cls.__new__(cls)
            custom_oauth_2_client_credentials_auth.auth_type = auth_type
            custom_oauth_2_client_credentials_auth.token_url = token_url
            custom_oauth_2_client_credentials_auth.client_id = client_id
            custom_oauth_2_client_credentials_auth.has_client_secret = has_client_secret
            custom_oauth_2_client_credentials_auth.scopes = scopes
            custom_oauth_2_client_credentials_auth.audience = audience
            custom_oauth_2_client_credentials_auth.additional_properties = {}
        else:
            custom_oauth_2_client_credentials_auth = cls(
                auth_type=auth_type,
                token_url=token_url,
                client_id=client_id,
                has_client_secret=has_client_secret,
                scopes=scopes,
                audience=audience,
            )

        if len(src_dict) > 1 + (token_url is not UNSET) + (client_id is not UNSET) + (
            has_client_secret is not UNSET
        ) + (scopes is not UNSET) + (audience is not UNSET):
            custom_oauth_2_client_credentials_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return custom_oauth_2_client_credentials_auth

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
        "has_client_secret",
        "scopes",
        "audience",
    }
)
