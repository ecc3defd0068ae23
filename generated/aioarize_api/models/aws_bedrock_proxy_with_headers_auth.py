from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.aws_bedrock_proxy_with_headers_auth_auth_type import (
    AwsBedrockProxyWithHeadersAuthAuthType,
)

T = TypeVar("T", bound="AwsBedrockProxyWithHeadersAuth")


@_attrs_define
class AwsBedrockProxyWithHeadersAuth:
    """
    Attributes:
        auth_type (AwsBedrockProxyWithHeadersAuthAuthType):
        base_url (str):
        header_names (list[str]):
    """

    auth_type: AwsBedrockProxyWithHeadersAuthAuthType
    base_url: str
    header_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        base_url = self.base_url

        header_names = self.header_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "base_url": base_url,
                "header_names": header_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auth_type = src_dict["auth_type"]
        auth_type: AwsBedrockProxyWithHeadersAuthAuthType
        try:
            auth_type = cast(
                AwsBedrockProxyWithHeadersAuthAuthType,
                AwsBedrockProxyWithHeadersAuthAuthType._value2member_map_.get(
                    _auth_type
                )
                or AwsBedrockProxyWithHeadersAuthAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        base_url: str = src_dict["base_url"]
        if type(base_url) is not str:
            raise SchemaMismatch.expected("a string", base_url, "base_url")

        _header_names = src_dict["header_names"]
        header_names: list[str]
        try:
            if type(_header_names) is not list:
                raise SchemaMismatch.expected("an array", _header_names)
            for header_names_item in _header_names:
                if type(header_names_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _header_names, header_names_item
                    )
            header_names = _header_names

        except Exception as error_:
            raise SchemaMismatch.at(error_, "header_names")

        if cls is AwsBedrockProxyWithHeadersAuth:
            aws_bedrock_proxy_with_headers_auth = cls.__new__(cls)
            aws_bedrock_proxy_with_headers_auth.auth_type = auth_type
            aws_bedrock_proxy_with_headers_auth.base_url = base_url
            aws_bedrock_proxy_with_headers_auth.header_names = header_names
            aws_bedrock_proxy_with_headers_auth.additional_properties = {}
        else:
            aws_bedrock_proxy_with_headers_auth = cls(
                auth_type=auth_type,
                base_url=base_url,
                header_names=header_names,
            )

        if len(src_dict) > 3:
            aws_bedrock_proxy_with_headers_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return aws_bedrock_proxy_with_headers_auth

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
        "base_url",
        "header_names",
    }
)
