from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_run_experiment_task_request_type import (
    CreateRunExperimentTaskRequestType,
)

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest
    from ..models.template_evaluation_run_config_request import (
        TemplateEvaluationRunConfigRequest,
    )
    from ..models.unknown_run_configuration_request import (
        UnknownRunConfigurationRequest,
    )


T = TypeVar("T", bound="CreateRunExperimentTaskRequest")


@_attrs_define
class CreateRunExperimentTaskRequest:
    """
    Attributes:
        name (str):
        type_ (CreateRunExperimentTaskRequestType):
        dataset_id (str):
        run_configuration (AgentCallRunConfigRequest | LlmGenerationRunConfigRequest |
            TemplateEvaluationRunConfigRequest | UnknownRunConfigurationRequest):
    """

    name: str
    type_: CreateRunExperimentTaskRequestType
    dataset_id: str
    run_configuration: (
        AgentCallRunConfigRequest
        | LlmGenerationRunConfigRequest
        | TemplateEvaluationRunConfigRequest
        | UnknownRunConfigurationRequest
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        type_ = self.type_.value

        dataset_id = self.dataset_id

        run_configuration: dict[str, Any]
        if isinstance(self.run_configuration, LlmGenerationRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, TemplateEvaluationRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, AgentCallRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        else:
            run_configuration = self.run_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "dataset_id": dataset_id,
                "run_configuration": run_configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _type_ = src_dict["type"]
        type_: CreateRunExperimentTaskRequestType
        try:
            type_ = cast(
                CreateRunExperimentTaskRequestType,
                CreateRunExperimentTaskRequestType._value2member_map_.get(_type_)
                or CreateRunExperimentTaskRequestType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        dataset_id: str = src_dict["dataset_id"]
        if type(dataset_id) is not str:
            raise SchemaMismatch.expected("a string", dataset_id, "dataset_id")

        _run_configuration = src_dict["run_configuration"]
        run_configuration: (
            AgentCallRunConfigRequest
            | LlmGenerationRunConfigRequest
            | TemplateEvaluationRunConfigRequest
            | UnknownRunConfigurationRequest
        )
        try:
            if type(_run_configuration) is dict:
                run_configuration_discriminator = _run_configuration["experiment_type"]
                if run_configuration_discriminator == "LLM_GENERATION":
                    run_configuration = LlmGenerationRunConfigRequest.from_dict(
                        _run_configuration
                    )

                elif run_configuration_discriminator == "TEMPLATE_EVALUATION":
                    run_configuration = TemplateEvaluationRunConfigRequest.from_dict(
                        _run_configuration
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
                        "a string", run_configuration_discriminator, "experiment_type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _run_configuration)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "run_configuration")

        if cls is CreateRunExperimentTaskRequest:
            create_run_experiment_task_request = cls.__new__(cls)
            create_run_experiment_task_request.name = name
            create_run_experiment_task_request.type_ = type_
            create_run_experiment_task_request.dataset_id = dataset_id
            create_run_experiment_task_request.run_configuration = run_configuration
            create_run_experiment_task_request.additional_properties = {}
        else:
            create_run_experiment_task_request = cls(
                name=name,
                type_=type_,
                dataset_id=dataset_id,
                run_configuration=run_configuration,
            )

        if len(src_dict) > 4:
            create_run_experiment_task_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_run_experiment_task_request

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
        "type",
        "dataset_id",
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
