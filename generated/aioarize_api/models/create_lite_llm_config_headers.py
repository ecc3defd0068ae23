from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="CreateLiteLlmConfigHeaders")


@_attrs_define
class CreateLiteLlmConfigHeaders:
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is CreateLiteLlmConfigHeaders:
            create_lite_llm_config_headers = cls.__new__(cls)
            create_lite_llm_config_headers.additional_properties = {}
        else:
            create_lite_llm_config_headers = cls()

        additional_properties: dict[str, str] = {}
        for prop_name, prop_value in src_dict.items():
            try:
                if type(prop_value) is not str:
                    raise SchemaMismatch.expected("a string", prop_value)
                additional_properties[prop_name] = prop_value

            except Exception as error_:
                raise SchemaMismatch.at(error_, prop_name)
        create_lite_llm_config_headers.additional_properties = additional_properties

        return create_lite_llm_config_headers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
