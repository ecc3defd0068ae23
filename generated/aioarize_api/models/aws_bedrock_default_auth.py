from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aws_bedrock_default_auth_auth_type import AwsBedrockDefaultAuthAuthType

T = TypeVar("T", bound="AwsBedrockDefaultAuth")


@_attrs_define
class AwsBedrockDefaultAuth:
    """
    Attributes:
        auth_type (AwsBedrockDefaultAuthAuthType):
        role_arn (str):
        external_id (None | str):
        base_url (None | str):
    """

    auth_type: AwsBedrockDefaultAuthAuthType
    role_arn: str
    external_id: None | str
    base_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        role_arn = self.role_arn

        external_id: None | str
        external_id = self.external_id

        base_url: None | str
        base_url = self.base_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "role_arn": role_arn,
                "external_id": external_id,
                "base_url": base_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth_type = AwsBedrockDefaultAuthAuthType(d.pop("auth_type"))

        role_arn = d.pop("role_arn")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        def _parse_base_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        base_url = _parse_base_url(d.pop("base_url"))

        aws_bedrock_default_auth = cls(
            auth_type=auth_type,
            role_arn=role_arn,
            external_id=external_id,
            base_url=base_url,
        )

        aws_bedrock_default_auth.additional_properties = d
        return aws_bedrock_default_auth

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
