from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest
    from ..models.template_evaluation_run_config_request import (
        TemplateEvaluationRunConfigRequest,
    )
    from ..models.unknown_run_configuration_request import (
        UnknownRunConfigurationRequest,
    )


T = TypeVar("T", bound="UpdateRunExperimentTaskRequest")


@_attrs_define
class UpdateRunExperimentTaskRequest:
    """
    Attributes:
        name (str | Unset):
        run_configuration (AgentCallRunConfigRequest | LlmGenerationRunConfigRequest |
            TemplateEvaluationRunConfigRequest | UnknownRunConfigurationRequest | Unset):
    """

    name: str | Unset = UNSET
    run_configuration: (
        AgentCallRunConfigRequest
        | LlmGenerationRunConfigRequest
        | TemplateEvaluationRunConfigRequest
        | UnknownRunConfigurationRequest
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        run_configuration: dict[str, Any] | Unset
        if isinstance(self.run_configuration, Unset):
            run_configuration = UNSET
        elif isinstance(self.run_configuration, LlmGenerationRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, TemplateEvaluationRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, AgentCallRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        else:
            run_configuration = self.run_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if run_configuration is not UNSET:
            field_dict["run_configuration"] = run_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        _run_configuration = src_dict.get("run_configuration", UNSET)
        run_configuration: (
            AgentCallRunConfigRequest
            | LlmGenerationRunConfigRequest
            | TemplateEvaluationRunConfigRequest
            | UnknownRunConfigurationRequest
            | Unset
        )
        if _run_configuration is UNSET:
            run_configuration = UNSET
        else:
            try:
                if type(_run_configuration) is dict:
                    run_configuration_discriminator = _run_configuration[
                        "experiment_type"
                    ]
                    if run_configuration_discriminator == "LLM_GENERATION":
                        run_configuration = LlmGenerationRunConfigRequest.from_dict(
                            _run_configuration
                        )

                    elif run_configuration_discriminator == "TEMPLATE_EVALUATION":
                        run_configuration = (
                            TemplateEvaluationRunConfigRequest.from_dict(
                                _run_configuration
                            )
                        )

                    elif run_configuration_discriminator == "AGENT_CALL":
                        run_configuration = AgentCallRunConfigRequest.from_dict(
                            _run_configuration
                        )

                    elif type(run_configuration_discriminator) is str:
                        run_configuration = UnknownRunConfigurationRequest.from_dict(
                            _run_configuration
                        )

                    else:
                        raise SchemaMismatch.expected(
                            "a string",
                            run_configuration_discriminator,
                            "experiment_type",
                        )

                else:
                    raise SchemaMismatch.expected("an object", _run_configuration)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "run_configuration")

        if cls is UpdateRunExperimentTaskRequest:
            update_run_experiment_task_request = cls.__new__(cls)
            update_run_experiment_task_request.name = name
            update_run_experiment_task_request.run_configuration = run_configuration
            update_run_experiment_task_request.additional_properties = {}
        else:
            update_run_experiment_task_request = cls(
                name=name,
                run_configuration=run_configuration,
            )

        if len(src_dict) > (name is not UNSET) + (run_configuration is not UNSET):
            update_run_experiment_task_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_run_experiment_task_request

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
        "run_configuration",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AgentCallRunConfigRequest
    global LlmGenerationRunConfigRequest
    global TemplateEvaluationRunConfigRequest
    global UnknownRunConfigurationRequest
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest  # noqa: PLC0415
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest  # noqa: PLC0415
    from ..models.template_evaluation_run_config_request import (
        TemplateEvaluationRunConfigRequest,  # noqa: PLC0415
    )
    from ..models.unknown_run_configuration_request import (
        UnknownRunConfigurationRequest,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
