from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.input_variable_format import InputVariableFormat
from ..models.llm_generation_run_config_experiment_type import (
    LlmGenerationRunConfigExperimentType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.llm_generation_run_config_provider_parameters import (
        LlmGenerationRunConfigProviderParameters,
    )
    from ..models.llm_message import LLMMessage
    from ..models.tool_config import ToolConfig


T = TypeVar("T", bound="LlmGenerationRunConfig")


@_attrs_define
class LlmGenerationRunConfig:
    """
    Attributes:
        experiment_type (LlmGenerationRunConfigExperimentType):
        ai_integration_id (str):
        messages (list[LLMMessage]):
        input_variable_format (InputVariableFormat):
        model_name (str | Unset):
        invocation_parameters (InvocationParams | Unset):
        provider_parameters (LlmGenerationRunConfigProviderParameters | Unset):
        tool_config (ToolConfig | Unset):
        prompt_version_id (None | str | Unset):
    """

    experiment_type: LlmGenerationRunConfigExperimentType
    ai_integration_id: str
    messages: list[LLMMessage]
    input_variable_format: InputVariableFormat
    model_name: str | Unset = UNSET
    invocation_parameters: InvocationParams | Unset = UNSET
    provider_parameters: LlmGenerationRunConfigProviderParameters | Unset = UNSET
    tool_config: ToolConfig | Unset = UNSET
    prompt_version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        experiment_type = self.experiment_type.value

        ai_integration_id = self.ai_integration_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        input_variable_format = self.input_variable_format.value

        model_name = self.model_name

        invocation_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_parameters, Unset):
            invocation_parameters = self.invocation_parameters.to_dict()

        provider_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_parameters, Unset):
            provider_parameters = self.provider_parameters.to_dict()

        tool_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_config, Unset):
            tool_config = self.tool_config.to_dict()

        prompt_version_id: None | str | Unset
        if isinstance(self.prompt_version_id, Unset):
            prompt_version_id = UNSET
        else:
            prompt_version_id = self.prompt_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_type": experiment_type,
                "ai_integration_id": ai_integration_id,
                "messages": messages,
                "input_variable_format": input_variable_format,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters
        if tool_config is not UNSET:
            field_dict["tool_config"] = tool_config
        if prompt_version_id is not UNSET:
            field_dict["prompt_version_id"] = prompt_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _experiment_type = src_dict["experiment_type"]
        experiment_type: LlmGenerationRunConfigExperimentType
        try:
            experiment_type = cast(
                LlmGenerationRunConfigExperimentType,
                LlmGenerationRunConfigExperimentType._value2member_map_.get(
                    _experiment_type
                )
                or LlmGenerationRunConfigExperimentType(_experiment_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _experiment_type, "experiment_type"
            ) from None

        ai_integration_id: str = src_dict["ai_integration_id"]
        if type(ai_integration_id) is not str:
            raise SchemaMismatch.expected(
                "a string", ai_integration_id, "ai_integration_id"
            )

        _messages = src_dict["messages"]
        messages: list[LLMMessage]
        try:
            if type(_messages) is not list:
                raise SchemaMismatch.expected("an array", _messages)
            messages_items: list[LLMMessage] = []
            for messages_item in _messages:
                try:
                    if type(messages_item) is not dict:
                        raise SchemaMismatch.expected("an object", messages_item)
                    messages_value = LLMMessage.from_dict(messages_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(messages_items))
                messages_items.append(messages_value)
            messages = messages_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "messages")

        _input_variable_format = src_dict["input_variable_format"]
        input_variable_format: InputVariableFormat
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

        model_name: str | Unset = src_dict.get("model_name", UNSET)
        if type(model_name) is not str and model_name is not UNSET:
            raise SchemaMismatch.expected("a string", model_name, "model_name")

        _invocation_parameters = src_dict.get("invocation_parameters", UNSET)
        invocation_parameters: InvocationParams | Unset
        if _invocation_parameters is UNSET:
            invocation_parameters = UNSET
        else:
            try:
                if type(_invocation_parameters) is not dict:
                    raise SchemaMismatch.expected("an object", _invocation_parameters)
                invocation_parameters = InvocationParams.from_dict(
                    _invocation_parameters
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "invocation_parameters")

        _provider_parameters = src_dict.get("provider_parameters", UNSET)
        provider_parameters: LlmGenerationRunConfigProviderParameters | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            try:
                if type(_provider_parameters) is not dict:
                    raise SchemaMismatch.expected("an object", _provider_parameters)
                provider_parameters = (
                    LlmGenerationRunConfigProviderParameters.from_dict(
                        _provider_parameters
                    )
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "provider_parameters")

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

        prompt_version_id: None | str | Unset = src_dict.get("prompt_version_id", UNSET)
        if (
            prompt_version_id is not None
            and type(prompt_version_id) is not str
            and prompt_version_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", prompt_version_id, "prompt_version_id"
            )

        if cls is LlmGenerationRunConfig:
            llm_generation_run_config = cls.__new__(cls)
            llm_generation_run_config.experiment_type = experiment_type
            llm_generation_run_config.ai_integration_id = ai_integration_id
            llm_generation_run_config.messages = messages
            llm_generation_run_config.input_variable_format = input_variable_format
            llm_generation_run_config.model_name = model_name
            llm_generation_run_config.invocation_parameters = invocation_parameters
            llm_generation_run_config.provider_parameters = provider_parameters
            llm_generation_run_config.tool_config = tool_config
            llm_generation_run_config.prompt_version_id = prompt_version_id
            llm_generation_run_config.additional_properties = {}
        else:
            llm_generation_run_config = cls(
                experiment_type=experiment_type,
                ai_integration_id=ai_integration_id,
                messages=messages,
                input_variable_format=input_variable_format,
                model_name=model_name,
                invocation_parameters=invocation_parameters,
                provider_parameters=provider_parameters,
                tool_config=tool_config,
                prompt_version_id=prompt_version_id,
            )

        if len(src_dict) > 4 + (model_name is not UNSET) + (
            invocation_parameters is not UNSET
        ) + (provider_parameters is not UNSET) + (tool_config is not UNSET) + (
            prompt_version_id is not UNSET
        ):
            llm_generation_run_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return llm_generation_run_config

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
        "experiment_type",
        "ai_integration_id",
        "messages",
        "input_variable_format",
        "model_name",
        "invocation_parameters",
        "provider_parameters",
        "tool_config",
        "prompt_version_id",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global InvocationParams
    global LlmGenerationRunConfigProviderParameters
    global LLMMessage
    global ToolConfig
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.llm_generation_run_config_provider_parameters import (
        LlmGenerationRunConfigProviderParameters,  # noqa: PLC0415
    )
    from ..models.llm_message import LLMMessage  # noqa: PLC0415
    from ..models.tool_config import ToolConfig  # noqa: PLC0415

    _lazy_imports_pending = False
