from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format import ResponseFormat
    from ..models.tool_config import ToolConfig


T = TypeVar("T", bound="InvocationParams")


@_attrs_define
class InvocationParams:
    """
    Attributes:
        temperature (float | Unset):
        max_tokens (int | Unset):
        max_completion_tokens (int | Unset):
        top_p (float | Unset):
        frequency_penalty (float | Unset):
        presence_penalty (float | Unset):
        stop (list[str] | Unset):
        response_format (ResponseFormat | Unset):
        tool_config (ToolConfig | Unset):
        top_k (int | Unset):
        thinking_level (str | Unset):
        thinking_budget (int | Unset):
        reasoning_effort (str | Unset):
        verbosity (str | Unset):
        service_tier (str | Unset):
    """

    temperature: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    top_p: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    stop: list[str] | Unset = UNSET
    response_format: ResponseFormat | Unset = UNSET
    tool_config: ToolConfig | Unset = UNSET
    top_k: int | Unset = UNSET
    thinking_level: str | Unset = UNSET
    thinking_budget: int | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    verbosity: str | Unset = UNSET
    service_tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        temperature = self.temperature

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        top_p = self.top_p

        frequency_penalty = self.frequency_penalty

        presence_penalty = self.presence_penalty

        stop: list[str] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        tool_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_config, Unset):
            tool_config = self.tool_config.to_dict()

        top_k = self.top_k

        thinking_level = self.thinking_level

        thinking_budget = self.thinking_budget

        reasoning_effort = self.reasoning_effort

        verbosity = self.verbosity

        service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if stop is not UNSET:
            field_dict["stop"] = stop
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tool_config is not UNSET:
            field_dict["tool_config"] = tool_config
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if thinking_level is not UNSET:
            field_dict["thinking_level"] = thinking_level
        if thinking_budget is not UNSET:
            field_dict["thinking_budget"] = thinking_budget
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        temperature: float | Unset = src_dict.get("temperature", UNSET)
        if (
            (type(temperature) is not float or temperature - temperature != 0)
            and type(temperature) is not int
            and temperature is not UNSET
        ):
            raise SchemaMismatch.expected("a finite number", temperature, "temperature")

        max_tokens: int | Unset = src_dict.get("max_tokens", UNSET)
        if type(max_tokens) is not int and max_tokens is not UNSET:
            raise SchemaMismatch.expected("an integer", max_tokens, "max_tokens")

        max_completion_tokens: int | Unset = src_dict.get(
            "max_completion_tokens", UNSET
        )
        if (
            type(max_completion_tokens) is not int
            and max_completion_tokens is not UNSET
        ):
            raise SchemaMismatch.expected(
                "an integer", max_completion_tokens, "max_completion_tokens"
            )

        top_p: float | Unset = src_dict.get("top_p", UNSET)
        if (
            (type(top_p) is not float or top_p - top_p != 0)
            and type(top_p) is not int
            and top_p is not UNSET
        ):
            raise SchemaMismatch.expected("a finite number", top_p, "top_p")

        frequency_penalty: float | Unset = src_dict.get("frequency_penalty", UNSET)
        if (
            (
                type(frequency_penalty) is not float
                or frequency_penalty - frequency_penalty != 0
            )
            and type(frequency_penalty) is not int
            and frequency_penalty is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number", frequency_penalty, "frequency_penalty"
            )

        presence_penalty: float | Unset = src_dict.get("presence_penalty", UNSET)
        if (
            (
                type(presence_penalty) is not float
                or presence_penalty - presence_penalty != 0
            )
            and type(presence_penalty) is not int
            and presence_penalty is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number", presence_penalty, "presence_penalty"
            )

        _stop = src_dict.get("stop", UNSET)
        stop: list[str] | Unset
        if _stop is UNSET:
            stop = UNSET
        else:
            try:
                if type(_stop) is not list:
                    raise SchemaMismatch.expected("an array", _stop)
                for stop_item in _stop:
                    if type(stop_item) is not str:
                        raise SchemaMismatch.expected_item("a string", _stop, stop_item)
                stop = _stop

            except Exception as error_:
                raise SchemaMismatch.at(error_, "stop")

        _response_format = src_dict.get("response_format", UNSET)
        response_format: ResponseFormat | Unset
        if _response_format is UNSET:
            response_format = UNSET
        else:
            try:
                if type(_response_format) is not dict:
                    raise SchemaMismatch.expected("an object", _response_format)
                response_format = ResponseFormat.from_dict(_response_format)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "response_format")

        _tool_config = src_dict.get("tool_config", UNSET)
        tool_config: ToolConfig | Unset
        if _tool_config is UNSET:
            tool_config = UNSET
        else:
            try:
                if type(_tool_config) is not dict:
                    raise SchemaMismatch.expected("an object", _tool_config)
                tool_config = ToolConfig.from_dict(_tool_config)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "tool_config")

        top_k: int | Unset = src_dict.get("top_k", UNSET)
        if type(top_k) is not int and top_k is not UNSET:
            raise SchemaMismatch.expected("an integer", top_k, "top_k")

        thinking_level: str | Unset = src_dict.get("thinking_level", UNSET)
        if type(thinking_level) is not str and thinking_level is not UNSET:
            raise SchemaMismatch.expected("a string", thinking_level, "thinking_level")

        thinking_budget: int | Unset = src_dict.get("thinking_budget", UNSET)
        if type(thinking_budget) is not int and thinking_budget is not UNSET:
            raise SchemaMismatch.expected(
                "an integer", thinking_budget, "thinking_budget"
            )

        reasoning_effort: str | Unset = src_dict.get("reasoning_effort", UNSET)
        if type(reasoning_effort) is not str and reasoning_effort is not UNSET:
            raise SchemaMismatch.expected(
                "a string", reasoning_effort, "reasoning_effort"
            )

        verbosity: str | Unset = src_dict.get("verbosity", UNSET)
        if type(verbosity) is not str and verbosity is not UNSET:
            raise SchemaMismatch.expected("a string", verbosity, "verbosity")

        service_tier: str | Unset = src_dict.get("service_tier", UNSET)
        if type(service_tier) is not str and service_tier is not UNSET:
            raise SchemaMismatch.expected("a string", service_tier, "service_tier")

        if cls is InvocationParams:
            invocation_params = cls.__new__(cls)
            invocation_params.temperature = temperature
            invocation_params.max_tokens = max_tokens
            invocation_params.max_completion_tokens = max_completion_tokens
            invocation_params.top_p = top_p
            invocation_params.frequency_penalty = frequency_penalty
            invocation_params.presence_penalty = presence_penalty
            invocation_params.stop = stop
            invocation_params.response_format = response_format
            invocation_params.tool_config = tool_config
            invocation_params.top_k = top_k
            invocation_params.thinking_level = thinking_level
            invocation_params.thinking_budget = thinking_budget
            invocation_params.reasoning_effort = reasoning_effort
            invocation_params.verbosity = verbosity
            invocation_params.service_tier = service_tier
            invocation_params.additional_properties = {}
        else:
            invocation_params = cls(
                temperature=temperature,
                max_tokens=max_tokens,
                max_completion_tokens=max_completion_tokens,
                top_p=top_p,
                frequency_penalty=frequency_penalty,
                presence_penalty=presence_penalty,
                stop=stop,
                response_format=response_format,
                tool_config=tool_config,
                top_k=top_k,
                thinking_level=thinking_level,
                thinking_budget=thinking_budget,
                reasoning_effort=reasoning_effort,
                verbosity=verbosity,
                service_tier=service_tier,
            )

        if len(src_dict) > (temperature is not UNSET) + (max_tokens is not UNSET) + (
            max_completion_tokens is not UNSET
        ) + (top_p is not UNSET) + (frequency_penalty is not UNSET) + (
            presence_penalty is not UNSET
        ) + (stop is not UNSET) + (response_format is not UNSET) + (
            tool_config is not UNSET
        ) + (top_k is not UNSET) + (thinking_level is not UNSET) + (
            thinking_budget is not UNSET
        ) + (reasoning_effort is not UNSET) + (verbosity is not UNSET) + (
            service_tier is not UNSET
        ):
            invocation_params.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return invocation_params

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
        "temperature",
        "max_tokens",
        "max_completion_tokens",
        "top_p",
        "frequency_penalty",
        "presence_penalty",
        "stop",
        "response_format",
        "tool_config",
        "top_k",
        "thinking_level",
        "thinking_budget",
        "reasoning_effort",
        "verbosity",
        "service_tier",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ResponseFormat
    global ToolConfig
    from ..models.response_format import ResponseFormat  # noqa: PLC0415
    from ..models.tool_config import ToolConfig  # noqa: PLC0415

    _lazy_imports_pending = False
