from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.input_variable_format import InputVariableFormat
from ..models.llm_provider import LlmProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.llm_message import LLMMessage
    from ..models.provider_params import ProviderParams


T = TypeVar("T", bound="PromptVersion")


@_attrs_define
class PromptVersion:
    """
    Attributes:
        id (str):
        prompt_id (str):
        commit_hash (str):
        commit_message (str):
        messages (list[LLMMessage]):
        input_variable_format (InputVariableFormat):
        provider (LlmProvider):
        model (str):
        created_at (datetime.datetime):
        created_by_user_id (str):
        invocation_params (InvocationParams | Unset):
        provider_params (ProviderParams | Unset):
        labels (list[str] | Unset):
    """

    id: str
    prompt_id: str
    commit_hash: str
    commit_message: str
    messages: list[LLMMessage]
    input_variable_format: InputVariableFormat
    provider: LlmProvider
    model: str
    created_at: datetime.datetime
    created_by_user_id: str
    invocation_params: InvocationParams | Unset = UNSET
    provider_params: ProviderParams | Unset = UNSET
    labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        prompt_id = self.prompt_id

        commit_hash = self.commit_hash

        commit_message = self.commit_message

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        input_variable_format = self.input_variable_format.value

        provider = self.provider.value

        model = self.model

        created_at = self.created_at.isoformat()

        created_by_user_id = self.created_by_user_id

        invocation_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_params, Unset):
            invocation_params = self.invocation_params.to_dict()

        provider_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_params, Unset):
            provider_params = self.provider_params.to_dict()

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "prompt_id": prompt_id,
                "commit_hash": commit_hash,
                "commit_message": commit_message,
                "messages": messages,
                "input_variable_format": input_variable_format,
                "provider": provider,
                "model": model,
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
            }
        )
        if invocation_params is not UNSET:
            field_dict["invocation_params"] = invocation_params
        if provider_params is not UNSET:
            field_dict["provider_params"] = provider_params
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        prompt_id: str = src_dict["prompt_id"]
        if type(prompt_id) is not str:
            raise SchemaMismatch.expected("a string", prompt_id, "prompt_id")

        commit_hash: str = src_dict["commit_hash"]
        if type(commit_hash) is not str:
            raise SchemaMismatch.expected("a string", commit_hash, "commit_hash")

        commit_message: str = src_dict["commit_message"]
        if type(commit_message) is not str:
            raise SchemaMismatch.expected("a string", commit_message, "commit_message")

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

        _provider = src_dict["provider"]
        provider: LlmProvider
        try:
            provider = cast(
                LlmProvider,
                LlmProvider._value2member_map_.get(_provider) or LlmProvider(_provider),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _provider, "provider") from None

        model: str = src_dict["model"]
        if type(model) is not str:
            raise SchemaMismatch.expected("a string", model, "model")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        created_by_user_id: str = src_dict["created_by_user_id"]
        if type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

        _invocation_params = src_dict.get("invocation_params", UNSET)
        invocation_params: InvocationParams | Unset
        if _invocation_params is UNSET:
            invocation_params = UNSET
        else:
            try:
                if type(_invocation_params) is not dict:
                    raise SchemaMismatch.expected("an object", _invocation_params)
                invocation_params = InvocationParams.from_dict(_invocation_params)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "invocation_params")

        _provider_params = src_dict.get("provider_params", UNSET)
        provider_params: ProviderParams | Unset
        if _provider_params is UNSET:
            provider_params = UNSET
        else:
            try:
                if type(_provider_params) is not dict:
                    raise SchemaMismatch.expected("an object", _provider_params)
                provider_params = ProviderParams.from_dict(_provider_params)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "provider_params")

        _labels = src_dict.get("labels", UNSET)
        labels: list[str] | Unset
        if _labels is UNSET:
            labels = UNSET
        else:
            try:
                if type(_labels) is not list:
                    raise SchemaMismatch.expected("an array", _labels)
                for labels_item in _labels:
                    if type(labels_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _labels, labels_item
                        )
                labels = _labels

            except Exception as error_:
                raise SchemaMismatch.at(error_, "labels")

        if cls is PromptVersion:
            prompt_version = cls.__new__(cls)
            prompt_version.id = id
            prompt_version.prompt_id = prompt_id
            prompt_version.commit_hash = commit_hash
            prompt_version.commit_message = commit_message
            prompt_version.messages = messages
            prompt_version.input_variable_format = input_variable_format
            prompt_version.provider = provider
            prompt_version.model = model
            prompt_version.created_at = created_at
            prompt_version.created_by_user_id = created_by_user_id
            prompt_version.invocation_params = invocation_params
            prompt_version.provider_params = provider_params
            prompt_version.labels = labels
            prompt_version.additional_properties = {}
        else:
            prompt_version = cls(
                id=id,
                prompt_id=prompt_id,
                commit_hash=commit_hash,
                commit_message=commit_message,
                messages=messages,
                input_variable_format=input_variable_format,
                provider=provider,
                model=model,
                created_at=created_at,
                created_by_user_id=created_by_user_id,
                invocation_params=invocation_params,
                provider_params=provider_params,
                labels=labels,
            )

        if len(src_dict) > 10 + (invocation_params is not UNSET) + (
            provider_params is not UNSET
        ) + (labels is not UNSET):
            prompt_version.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return prompt_version

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
        "id",
        "prompt_id",
        "commit_hash",
        "commit_message",
        "messages",
        "input_variable_format",
        "provider",
        "model",
        "created_at",
        "created_by_user_id",
        "invocation_params",
        "provider_params",
        "labels",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global InvocationParams
    global LLMMessage
    global ProviderParams
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.llm_message import LLMMessage  # noqa: PLC0415
    from ..models.provider_params import ProviderParams  # noqa: PLC0415

    _lazy_imports_pending = False
