from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_aws_bedrock_proxy_with_headers_auth_auth_type import (
    CreateAwsBedrockProxyWithHeadersAuthAuthType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_aws_bedrock_proxy_with_headers_auth_headers import (
        CreateAwsBedrockProxyWithHeadersAuthHeaders,
    )


T = TypeVar("T", bound="CreateAwsBedrockProxyWithHeadersAuth")


@_attrs_define
class CreateAwsBedrockProxyWithHeadersAuth:
    """
    Attributes:
        auth_type (CreateAwsBedrockProxyWithHeadersAuthAuthType):
        base_url (str):
        headers (CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset):
    """

    auth_type: CreateAwsBedrockProxyWithHeadersAuthAuthType
    base_url: str
    headers: CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        base_url = self.base_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "base_url": base_url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_aws_bedrock_proxy_with_headers_auth_headers import (
            CreateAwsBedrockProxyWithHeadersAuthHeaders,  # noqa: PLC0415
        )

        d = dict(src_dict)
        auth_type = CreateAwsBedrockProxyWithHeadersAuthAuthType(d.pop("auth_type"))

        base_url = d.pop("base_url")

        _headers = d.pop("headers", UNSET)
        headers: CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = CreateAwsBedrockProxyWithHeadersAuthHeaders.from_dict(_headers)

        create_aws_bedrock_proxy_with_headers_auth = cls(
            auth_type=auth_type,
            base_url=base_url,
            headers=headers,
        )

        create_aws_bedrock_proxy_with_headers_auth.additional_properties = d
        return create_aws_bedrock_proxy_with_headers_auth

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
