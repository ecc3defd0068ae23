from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _auth_type = src_dict["auth_type"]
        auth_type: CreateAwsBedrockProxyWithHeadersAuthAuthType
        try:
            auth_type = cast(
                CreateAwsBedrockProxyWithHeadersAuthAuthType,
                CreateAwsBedrockProxyWithHeadersAuthAuthType._value2member_map_.get(
                    _auth_type
                )
                or CreateAwsBedrockProxyWithHeadersAuthAuthType(_auth_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _auth_type, "auth_type") from None

        base_url: str = src_dict["base_url"]
        if type(base_url) is not str:
            raise SchemaMismatch.expected("a string", base_url, "base_url")

        _headers = src_dict.get("headers", UNSET)
        headers: CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            try:
                if type(_headers) is not dict:
                    raise SchemaMismatch.expected("an object", _headers)
                headers = CreateAwsBedrockProxyWithHeadersAuthHeaders.from_dict(
                    _headers
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "headers")

        if cls is CreateAwsBedrockProxyWithHeadersAuth:
            create_aws_bedrock_proxy_with_headers_auth = cls.__new__(cls)
            create_aws_bedrock_proxy_with_headers_auth.auth_type = auth_type
            create_aws_bedrock_proxy_with_headers_auth.base_url = base_url
            create_aws_bedrock_proxy_with_headers_auth.headers = headers
            create_aws_bedrock_proxy_with_headers_auth.additional_properties = {}
        else:
            create_aws_bedrock_proxy_with_headers_auth = cls(
                auth_type=auth_type,
                base_url=base_url,
                headers=headers,
            )

        if len(src_dict) > 2 + (headers is not UNSET):
            create_aws_bedrock_proxy_with_headers_auth.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

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


_KNOWN_KEYS = frozenset(
    {
        "auth_type",
        "base_url",
        "headers",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateAwsBedrockProxyWithHeadersAuthHeaders
    from ..models.create_aws_bedrock_proxy_with_headers_auth_headers import (
        CreateAwsBedrockProxyWithHeadersAuthHeaders,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
