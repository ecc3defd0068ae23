from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.invocation_params_request import InvocationParamsRequest  # noqa: PLC0415
        from ..models.llm_message_request import LLMMessageRequest  # noqa: PLC0415
        from ..models.provider_params_request import ProviderParamsRequest  # noqa: PLC0415

        d = dict(src_dict)
        commit_message = d.pop("commit_message")

        provider = LlmProvider(d.pop("provider"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = LLMMessageRequest.from_dict(messages_item_data)

            messages.append(messages_item)

        _input_variable_format = d.pop("input_variable_format", UNSET)
        input_variable_format: InputVariableFormat | Unset
        if isinstance(_input_variable_format, Unset):
            input_variable_format = UNSET
        else:
            input_variable_format = InputVariableFormat(_input_variable_format)

        model = d.pop("model", UNSET)

        _invocation_params = d.pop("invocation_params", UNSET)
        invocation_params: InvocationParamsRequest | Unset
        if isinstance(_invocation_params, Unset):
            invocation_params = UNSET
        else:
            invocation_params = InvocationParamsRequest.from_dict(_invocation_params)

        _provider_params = d.pop("provider_params", UNSET)
        provider_params: ProviderParamsRequest | Unset
        if isinstance(_provider_params, Unset):
            provider_params = UNSET
        else:
            provider_params = ProviderParamsRequest.from_dict(_provider_params)

        prompt_version_create_request = cls(
            commit_message=commit_message,
            provider=provider,
            messages=messages,
            input_variable_format=input_variable_format,
            model=model,
            invocation_params=invocation_params,
            provider_params=provider_params,
        )

        prompt_version_create_request.additional_properties = d
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
