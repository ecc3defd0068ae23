from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.input_variable_format import InputVariableFormat
from ..models.llm_provider import LlmProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params_request import InvocationParamsRequest
    from ..models.llm_message_request import LLMMessageRequest
    from ..models.provider_params_request import ProviderParamsRequest


T = TypeVar("T", bound="PromptVersionCreateRequest")


@_attrs_define
class PromptVersionCreateRequest:
    """
    Attributes:
        commit_message (str):
        provider (LlmProvider):
        messages (list[LLMMessageRequest]):
        input_variable_format (InputVariableFormat | Unset):
        model (str | Unset):
        invocation_params (InvocationParamsRequest | Unset):
        provider_params (ProviderParamsRequest | Unset):
    """

    commit_message: str
    provider: LlmProvider
    messages: list[LLMMessageRequest]
    input_variable_format: InputVariableFormat | Unset = UNSET
    model: str | Unset = UNSET
    invocation_params: InvocationParamsRequest | Unset = UNSET
    provider_params: ProviderParamsRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        commit_message = self.commit_message

        provider = self.provider.value

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        input_variable_format: str | Unset = UNSET
        if not isinstance(self.input_variable_format, Unset):
            input_variable_format = self.input_variable_format.value

        model = self.model

        invocation_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_params, Unset):
            invocation_params = self.invocation_params.to_dict()

        provider_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_params, Unset):
            provider_params = self.provider_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "provider": provider,
                "messages": messages,
            }
        )
        if input_variable_format is not UNSET:
            field_dict["input_variable_format"] = input_variable_format
        if model is not UNSET:
            field_dict["model"] = model
        if invocation_params is not UNSET:
            field_dict["invocation_params"] = invocation_params
        if provider_params is not UNSET:
            field_dict["provider_params"] = provider_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        commit_message: str = src_dict["commit_message"]
        if type(commit_message) is not str:
            raise SchemaMismatch.expected("a string", commit_message, "commit_message")

        _provider = src_dict["provider"]
        provider: LlmProvider
        try:
            provider = cast(
                LlmProvider,
                LlmProvider._value2member_map_.get(_provider) or LlmProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        _messages = src_dict["messages"]
        messages: list[LLMMessageRequest]
        try:
            if type(_messages) is not list:
                raise SchemaMismatch.expected("an array", _messages)
            messages_items: list[LLMMessageRequest] = []
            for messages_item in _messages:
                try:
                    if type(messages_item) is not dict:
                        raise SchemaMismatch.expected("an object", messages_item)
                    messages_value = LLMMessageRequest.from_dict(messages_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(messages_items))
                messages_items.append(messages_value)
            messages = messages_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "messages")

        _input_variable_format = src_dict.get("input_variable_format", UNSET)
        input_variable_format: InputVariableFormat | Unset
        if _input_variable_format is UNSET:
            input_variable_format = UNSET
        else:
            try:
                input_variable_format = cast(
                    InputVariableFormat,
                    InputVariableFormat._value2member_map_.get(_input_variable_format)
                    or InputVariableFormat(_input_variable_format),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _input_variable_format, "input_variable_format"
                ) from None

        model: str | Unset = src_dict.get("model", UNSET)
        if type(model) is not str and model is not UNSET:
            raise SchemaMismatch.expected("a string", model, "model")

        _invocation_params = src_dict.get("invocation_params", UNSET)
        invocation_params: InvocationParamsRequest | Unset
        if _invocation_params is UNSET:
            invocation_params = UNSET
        else:
            try:
                if type(_invocation_params) is not dict:
                    raise SchemaMismatch.expected("an object", _invocation_params)
                invocation_params = InvocationParamsRequest.from_dict(
                    _invocation_params
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "invocation_params")

        _provider_params = src_dict.get("provider_params", UNSET)
        provider_params: ProviderParamsRequest | Unset
        if _provider_params is UNSET:
            provider_params = UNSET
        else:
            try:
                if type(_provider_params) is not dict:
                    raise SchemaMismatch.expected("an object", _provider_params)
                provider_params = ProviderParamsRequest.from_dict(_provider_params)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "provider_params")

        if cls is PromptVersionCreateRequest:
            prompt_version_create_request = cls.__new__(cls)
            prompt_version_create_request.commit_message = commit_message
            prompt_version_create_request.provider = provider
            prompt_version_create_request.messages = messages
            prompt_version_create_request.input_variable_format = input_variable_format
            prompt_version_create_request.model = model
            prompt_version_create_request.invocation_params = invocation_params
            prompt_version_create_request.provider_params = provider_params
            prompt_version_create_request.additional_properties = {}
        else:
            prompt_version_create_request = cls(
                commit_message=commit_message,
                provider=provider,
                messages=messages,
                input_variable_format=input_variable_format,
                model=model,
                invocation_params=invocation_params,
                provider_params=provider_params,
            )

        if len(src_dict) > 3 + (input_variable_format is not UNSET) + (
            model is not UNSET
        ) + (invocation_params is not UNSET) + (provider_params is not UNSET):
            prompt_version_create_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return prompt_version_create_request

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
        "commit_message",
        "provider",
        "messages",
        "input_variable_format",
        "model",
        "invocation_params",
        "provider_params",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global InvocationParamsRequest
    global LLMMessageRequest
    global ProviderParamsRequest
    from ..models.invocation_params_request import InvocationParamsRequest  # noqa: PLC0415
    from ..models.llm_message_request import LLMMessageRequest  # noqa: PLC0415
    from ..models.provider_params_request import ProviderParamsRequest  # noqa: PLC0415

    _lazy_imports_pending = False
