from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call import ToolCall


T = TypeVar("T", bound="LLMMessage")


@_attrs_define
class LLMMessage:
    """
    Attributes:
        role (MessageRole):
        content (None | str | Unset):
        tool_call_id (str | Unset):
        tool_calls (list[ToolCall] | Unset):
    """

    role: MessageRole
    content: None | str | Unset = UNSET
    tool_call_id: str | Unset = UNSET
    tool_calls: list[ToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        role = self.role.value

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        tool_call_id = self.tool_call_id

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _role = src_dict["role"]
        role: MessageRole
        try:
            role = cast(
                MessageRole,
                MessageRole._value2member_map_.get(_role) or MessageRole(_role),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _role, "role") from None

        content: None | str | Unset = src_dict.get("content", UNSET)
        if content is not None and type(content) is not str and content is not UNSET:
            raise SchemaMismatch.expected("a string or null", content, "content")

        tool_call_id: str | Unset = src_dict.get("tool_call_id", UNSET)
        if type(tool_call_id) is not str and tool_call_id is not UNSET:
            raise SchemaMismatch.expected("a string", tool_call_id, "tool_call_id")

        _tool_calls = src_dict.get("tool_calls", UNSET)
        tool_calls: list[ToolCall] | Unset
        if _tool_calls is UNSET:
            tool_calls = UNSET
        else:
            try:
                if type(_tool_calls) is not list:
                    raise SchemaMismatch.expected("an array", _tool_calls)
                tool_calls_items: list[ToolCall] = []
                for tool_calls_item in _tool_calls:
                    try:
                        if type(tool_calls_item) is not dict:
                            raise SchemaMismatch.expected("an object", tool_calls_item)
                        tool_calls_value = ToolCall.from_dict(tool_calls_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(tool_calls_items))
                    tool_calls_items.append(tool_calls_value)
                tool_calls = tool_calls_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "tool_calls")

        if cls is LLMMessage:
            llm_message = cls.__new__(cls)
            llm_message.role = role
            llm_message.content = content
            llm_message.tool_call_id = tool_call_id
            llm_message.tool_calls = tool_calls
            llm_message.additional_properties = {}
        else:
            llm_message = cls(
                role=role,
                content=content,
                tool_call_id=tool_call_id,
                tool_calls=tool_calls,
            )

        if len(src_dict) > 1 + (content is not UNSET) + (tool_call_id is not UNSET) + (
            tool_calls is not UNSET
        ):
            llm_message.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return llm_message

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
        "role",
        "content",
        "tool_call_id",
        "tool_calls",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ToolCall
    from ..models.tool_call import ToolCall  # noqa: PLC0415

    _lazy_imports_pending = False
