from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.aws_bedrock_bearer_token_auth_auth_type import (
    AwsBedrockBearerTokenAuthAuthType,
)

T = TypeVar("T", bound="AwsBedrockBearerTokenAuth")


@_attrs_define
class AwsBedrockBearerTokenAuth:
    """
    Attributes:
        auth_type (AwsBedrockBearerTokenAuthAuthType):
        has_api_key (bool):
        base_url (None | str):
    """

    auth_type: AwsBedrockBearerTokenAuthAuthType
    has_api_key: bool
    base_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        has_api_key = self.has_api_key

        base_url: None | str
        base_url = self.base_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "has_api_key": has_api_key,
                "base_url": base_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auth_type = src_dict["auth_type"]
        auth_type: AwsBedrockBearerTokenAuthAuthType
        try:
            auth_type = cast(
                AwsBedrockBearerTokenAuthAuthType,
                AwsBedrockBearerTokenAuthAuthType._value2member_map_.get(_auth_type)
                or AwsBedrockBearerTokenAuthAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        has_api_key: bool = src_dict["has_api_key"]
        if type(has_api_key) is not bool:
            raise SchemaMismatch.expected("a boolean", has_api_key, "has_api_key")

        base_url: None | str = src_dict["base_url"]
        if base_url is not None and type(base_url) is not str:
            raise SchemaMismatch.expected("a string or null", base_url, "base_url")

        if cls is AwsBedrockBearerTokenAuth:
            aws_bedrock_bearer_token_auth = cls.__new__(cls)
            aws_bedrock_bearer_token_auth.auth_type = auth_type
            aws_bedrock_bearer_token_auth.has_api_key = has_api_key
            aws_bedrock_bearer_token_auth.base_url = base_url
            aws_bedrock_bearer_token_auth.additional_properties = {}
        else:
            aws_bedrock_bearer_token_auth = cls(
                auth_type=auth_type,
                has_api_key=has_api_key,
                base_url=base_url,
            )

        if len(src_dict) > 3:
            aws_bedrock_bearer_token_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return aws_bedrock_bearer_token_auth

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
        "has_api_key",
        "base_url",
    }
)
