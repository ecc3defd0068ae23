from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_config_tools_item import ToolConfigToolsItem


T = TypeVar("T", bound="ToolConfig")


@_attrs_define
class ToolConfig:
    """
    Attributes:
        tools (list[ToolConfigToolsItem] | Unset):
        tool_choice (Any | Unset):
    """

    tools: list[ToolConfigToolsItem] | Unset = UNSET
    tool_choice: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice = self.tool_choice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _tools = src_dict.get("tools", UNSET)
        tools: list[ToolConfigToolsItem] | Unset
        if _tools is UNSET:
            tools = UNSET
        else:
            try:
                if type(_tools) is not list:
                    raise SchemaMismatch.expected("an array", _tools)
                tools_items: list[ToolConfigToolsItem] = []
                for tools_item in _tools:
                    try:
                        if type(tools_item) is not dict:
                            raise SchemaMismatch.expected("an object", tools_item)
                        tools_value = ToolConfigToolsItem.from_dict(tools_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(tools_items))
                    tools_items.append(tools_value)
                tools = tools_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "tools")

        tool_choice = src_dict.get("tool_choice", UNSET)

        if cls is ToolConfig:
            tool_config = cls.__new__(cls)
            tool_config.tools = tools
            tool_config.tool_choice = tool_choice
            tool_config.additional_properties = {}
        else:
            tool_config = cls(
                tools=tools,
                tool_choice=tool_choice,
            )

        if len(src_dict) > (tools is not UNSET) + (tool_choice is not UNSET):
            tool_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return tool_config

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
        "tools",
        "tool_choice",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ToolConfigToolsItem
    from ..models.tool_config_tools_item import ToolConfigToolsItem  # noqa: PLC0415

    _lazy_imports_pending = False
