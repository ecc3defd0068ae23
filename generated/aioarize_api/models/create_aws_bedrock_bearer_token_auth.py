from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_aws_bedrock_bearer_token_auth_auth_type import (
    CreateAwsBedrockBearerTokenAuthAuthType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAwsBedrockBearerTokenAuth")


@_attrs_define
class CreateAwsBedrockBearerTokenAuth:
    """
    Attributes:
        auth_type (CreateAwsBedrockBearerTokenAuthAuthType):
        api_key (str):
        base_url (str | Unset):
    """

    auth_type: CreateAwsBedrockBearerTokenAuthAuthType
    api_key: str
    base_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        api_key = self.api_key

        base_url = self.base_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "api_key": api_key,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auth_type = src_dict["auth_type"]
        auth_type: CreateAwsBedrockBearerTokenAuthAuthType
        try:
            auth_type = cast(
                CreateAwsBedrockBearerTokenAuthAuthType,
                CreateAwsBedrockBearerTokenAuthAuthType._value2member_map_.get(
                    _auth_type
                )
                or CreateAwsBedrockBearerTokenAuthAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        api_key: str = src_dict["api_key"]
        if type(api_key) is not str:
            raise SchemaMismatch.expected("a string", api_key, "api_key")

        base_url: str | Unset = src_dict.get("base_url", UNSET)
        if type(base_url) is not str and base_url is not UNSET:
            raise SchemaMismatch.expected("a string", base_url, "base_url")

        if cls is CreateAwsBedrockBearerTokenAuth:
            create_aws_bedrock_bearer_token_auth = cls.__new__(cls)
            create_aws_bedrock_bearer_token_auth.auth_type = auth_type
            create_aws_bedrock_bearer_token_auth.api_key = api_key
            create_aws_bedrock_bearer_token_auth.base_url = base_url
            create_aws_bedrock_bearer_token_auth.additional_properties = {}
        else:
            create_aws_bedrock_bearer_token_auth = cls(
                auth_type=auth_type,
                api_key=api_key,
                base_url=base_url,
            )

        if len(src_dict) > 2 + (base_url is not UNSET):
            create_aws_bedrock_bearer_token_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_aws_bedrock_bearer_token_auth

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
        "api_key",
        "base_url",
    }
)
