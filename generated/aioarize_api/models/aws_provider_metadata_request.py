from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.aws_provider_metadata_kind import AwsProviderMetadataKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsProviderMetadataRequest")


@_attrs_define
class AwsProviderMetadataRequest:
    """
    Attributes:
        kind (AwsProviderMetadataKind):
        role_arn (str):
        external_id (None | str | Unset):
    """

    kind: AwsProviderMetadataKind
    role_arn: str
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        role_arn = self.role_arn

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "role_arn": role_arn,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kind = src_dict["kind"]
        kind: AwsProviderMetadataKind
        try:
            kind = cast(
                AwsProviderMetadataKind,
                AwsProviderMetadataKind._value2member_map_.get(_kind)
                or AwsProviderMetadataKind(_kind),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _kind, "kind") from None

        role_arn: str = src_dict["role_arn"]
        if type(role_arn) is not str:
            raise SchemaMismatch.expected("a string", role_arn, "role_arn")

        external_id: None | str | Unset = src_dict.get("external_id", UNSET)
        if (
            external_id is not None
            and type(external_id) is not str
            and external_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", external_id, "external_id"
            )

        if cls is AwsProviderMetadataRequest:
            aws_provider_metadata_request = cls.__new__(cls)
            aws_provider_metadata_request.kind = kind
            aws_provider_metadata_request.role_arn = role_arn
            aws_provider_metadata_request.external_id = external_id
            aws_provider_metadata_request.additional_properties = {}
        else:
            aws_provider_metadata_request = cls(
                kind=kind,
                role_arn=role_arn,
                external_id=external_id,
            )

        if len(src_dict) > 2 + (external_id is not UNSET):
            aws_provider_metadata_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return aws_provider_metadata_request

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
        "kind",
        "role_arn",
        "external_id",
    }
)
