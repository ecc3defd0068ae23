from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.tool_call_type import ToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_function import ToolCallFunction


T = TypeVar("T", bound="ToolCall")


@_attrs_define
class ToolCall:
    """
    Attributes:
        type_ (ToolCallType):
        function (ToolCallFunction):
        id (str | Unset):
    """

    type_: ToolCallType
    function: ToolCallFunction
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        function = self.function.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: ToolCallType
        try:
            type_ = cast(
                ToolCallType,
                ToolCallType._value2member_map_.get(_type_) or ToolCallType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _function = src_dict["function"]
        function: ToolCallFunction
        try:
            if type(_function) is not dict:
                raise SchemaMismatch.expected("an object", _function)
            function = ToolCallFunction.from_dict(_function)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "function")

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        if cls is ToolCall:
            tool_call = cls.__new__(cls)
            tool_call.type_ = type_
            tool_call.function = function
            tool_call.id = id
            tool_call.additional_properties = {}
        else:
            tool_call = cls(
                type_=type_,
                function=function,
                id=id,
            )

        if len(src_dict) > 2 + (id is not UNSET):
            tool_call.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return tool_call

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
        "type",
        "function",
        "id",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ToolCallFunction
    from ..models.tool_call_function import ToolCallFunction  # noqa: PLC0415

    _lazy_imports_pending = False
