from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicHeadersRequest")


@_attrs_define
class AnthropicHeadersRequest:
    """
    Attributes:
        anthropic_beta (list[str] | None | Unset):
    """

    anthropic_beta: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anthropic_beta: list[str] | None | Unset
        if isinstance(self.anthropic_beta, Unset):
            anthropic_beta = UNSET
        elif isinstance(self.anthropic_beta, list):
            anthropic_beta = self.anthropic_beta

        else:
            anthropic_beta = self.anthropic_beta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anthropic_beta is not UNSET:
            field_dict["anthropic_beta"] = anthropic_beta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _anthropic_beta = src_dict.get("anthropic_beta", UNSET)
        anthropic_beta: list[str] | None | Unset
        if _anthropic_beta is UNSET:
            anthropic_beta = UNSET
        else:
            try:
                if _anthropic_beta is None:
                    anthropic_beta = None
                elif type(_anthropic_beta) is list:
                    for anthropic_beta_type_0_item in _anthropic_beta:
                        if type(anthropic_beta_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string", _anthropic_beta, anthropic_beta_type_0_item
                            )
                    anthropic_beta = _anthropic_beta

                else:
                    raise SchemaMismatch.expected("an array or null", _anthropic_beta)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "anthropic_beta")

        if cls is AnthropicHeadersRequest:
            anthropic_headers_request = cls.__new__(cls)
            anthropic_headers_request.anthropic_beta = anthropic_beta
            anthropic_headers_request.additional_properties = {}
        else:
            anthropic_headers_request = cls(
                anthropic_beta=anthropic_beta,
            )

        if len(src_dict) > (anthropic_beta is not UNSET):
            anthropic_headers_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return anthropic_headers_request

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
        "anthropic_beta",
    }
)
