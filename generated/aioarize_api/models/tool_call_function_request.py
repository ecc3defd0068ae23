from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="ToolCallFunctionRequest")


@_attrs_define
class ToolCallFunctionRequest:
    """
    Attributes:
        name (str):
        arguments (str):
    """

    name: str
    arguments: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        arguments: str = src_dict["arguments"]
        if type(arguments) is not str:
            raise SchemaMismatch.expected("a string", arguments, "arguments")

        if cls is ToolCallFunctionRequest:
            tool_call_function_request = cls.__new__(cls)
            tool_call_function_request.name = name
            tool_call_function_request.arguments = arguments
            tool_call_function_request.additional_properties = {}
        else:
            tool_call_function_request = cls(
                name=name,
                arguments=arguments,
            )

        if len(src_dict) > 2:
            tool_call_function_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return tool_call_function_request

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
        "name",
        "arguments",
    }
)
