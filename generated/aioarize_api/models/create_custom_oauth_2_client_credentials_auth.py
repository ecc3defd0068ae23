from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        auth_type = cast(
            CreateCustomOauth2ClientCredentialsAuthAuthType,
            CreateCustomOauth2ClientCredentialsAuthAuthType._value2member_map_.get(
                src_dict["auth_type"]
            )
            or CreateCustomOauth2ClientCredentialsAuthAuthType(src_dict["auth_type"]),
        )

        token_url = src_dict["token_url"]

        client_id = src_dict["client_id"]

        client_secret = src_dict["client_secret"]

        scopes = src_dict.get("scopes", UNSET)

        audience = src_dict.get("audience", UNSET)

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
