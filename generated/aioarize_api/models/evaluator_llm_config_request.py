from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.invocation_params_request import InvocationParamsRequest
    from ..models.provider_params_request import ProviderParamsRequest


T = TypeVar("T", bound="EvaluatorLlmConfigRequest")


@_attrs_define
class EvaluatorLlmConfigRequest:
    """
    Attributes:
        ai_integration_id (str):
        model_name (str):
        invocation_parameters (InvocationParamsRequest):
        provider_parameters (ProviderParamsRequest):
    """

    ai_integration_id: str
    model_name: str
    invocation_parameters: InvocationParamsRequest
    provider_parameters: ProviderParamsRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        ai_integration_id = self.ai_integration_id

        model_name = self.model_name

        invocation_parameters = self.invocation_parameters.to_dict()

        provider_parameters = self.provider_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_integration_id": ai_integration_id,
                "model_name": model_name,
                "invocation_parameters": invocation_parameters,
                "provider_parameters": provider_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        ai_integration_id: str = src_dict["ai_integration_id"]
        if type(ai_integration_id) is not str:
            raise SchemaMismatch.expected(
                "a string", ai_integration_id, "ai_integration_id"
            )

        model_name: str = src_dict["model_name"]
        if type(model_name) is not str:
            raise SchemaMismatch.expected("a string", model_name, "model_name")

        _invocation_parameters = src_dict["invocation_parameters"]
        invocation_parameters: InvocationParamsRequest
        try:
            if type(_invocation_parameters) is not dict:
                raise SchemaMismatch.expected("an object", _invocation_parameters)
            invocation_parameters = InvocationParamsRequest.from_dict(
                _invocation_parameters
            )

        except Exception as error_:
            raise SchemaMismatch.at(error_, "invocation_parameters")

        _provider_parameters = src_dict["provider_parameters"]
        provider_parameters: ProviderParamsRequest
        try:
            if type(_provider_parameters) is not dict:
                raise SchemaMismatch.expected("an object", _provider_parameters)
            provider_parameters = ProviderParamsRequest.from_dict(_provider_parameters)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "provider_parameters")

        if cls is EvaluatorLlmConfigRequest:
            evaluator_llm_config_request = cls.__new__(cls)
            evaluator_llm_config_request.ai_integration_id = ai_integration_id
            evaluator_llm_config_request.model_name = model_name
            evaluator_llm_config_request.invocation_parameters = invocation_parameters
            evaluator_llm_config_request.provider_parameters = provider_parameters
            evaluator_llm_config_request.additional_properties = {}
        else:
            evaluator_llm_config_request = cls(
                ai_integration_id=ai_integration_id,
                model_name=model_name,
                invocation_parameters=invocation_parameters,
                provider_parameters=provider_parameters,
            )

        if len(src_dict) > 4:
            evaluator_llm_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator_llm_config_request

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
        "ai_integration_id",
        "model_name",
        "invocation_parameters",
        "provider_parameters",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global InvocationParamsRequest
    global ProviderParamsRequest
    from ..models.invocation_params_request import InvocationParamsRequest  # noqa: PLC0415
    from ..models.provider_params_request import ProviderParamsRequest  # noqa: PLC0415

    _lazy_imports_pending = False
