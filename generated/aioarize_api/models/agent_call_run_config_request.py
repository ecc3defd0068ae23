from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.agent_call_run_config_request_experiment_type import (
    AgentCallRunConfigRequestExperimentType,
)

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request_input_template import (
        AgentCallRunConfigRequestInputTemplate,
    )


T = TypeVar("T", bound="AgentCallRunConfigRequest")


@_attrs_define
class AgentCallRunConfigRequest:
    """
    Attributes:
        experiment_type (AgentCallRunConfigRequestExperimentType):
        integration_id (str):
        input_template (AgentCallRunConfigRequestInputTemplate):
    """

    experiment_type: AgentCallRunConfigRequestExperimentType
    integration_id: str
    input_template: AgentCallRunConfigRequestInputTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        experiment_type = self.experiment_type.value

        integration_id = self.integration_id

        input_template = self.input_template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_type": experiment_type,
                "integration_id": integration_id,
                "input_template": input_template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _experiment_type = src_dict["experiment_type"]
        experiment_type: AgentCallRunConfigRequestExperimentType
        try:
            experiment_type = cast(
                AgentCallRunConfigRequestExperimentType,
                AgentCallRunConfigRequestExperimentType._value2member_map_.get(
                    _experiment_type
                )
                or AgentCallRunConfigRequestExperimentType(_experiment_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _experiment_type, "experiment_type"
            ) from None

        integration_id: str = src_dict["integration_id"]
        if type(integration_id) is not str:
            raise SchemaMismatch.expected("a string", integration_id, "integration_id")

        _input_template = src_dict["input_template"]
        input_template: AgentCallRunConfigRequestInputTemplate
        try:
            if type(_input_template) is not dict:
                raise SchemaMismatch.expected("an object", _input_template)
            input_template = AgentCallRunConfigRequestInputTemplate.from_dict(
                _input_template
            )

        except Exception as error_:
            raise SchemaMismatch.at(error_, "input_template")

        if cls is AgentCallRunConfigRequest:
            agent_call_run_config_request = cls.__new__(cls)
            agent_call_run_config_request.experiment_type = experiment_type
            agent_call_run_config_request.integration_id = integration_id
            agent_call_run_config_request.input_template = input_template
            agent_call_run_config_request.additional_properties = {}
        else:
            agent_call_run_config_request = cls(
                experiment_type=experiment_type,
                integration_id=integration_id,
                input_template=input_template,
            )

        if len(src_dict) > 3:
            agent_call_run_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return agent_call_run_config_request

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
        "integration_id",
        "input_template",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AgentCallRunConfigRequestInputTemplate
    from ..models.agent_call_run_config_request_input_template import (
        AgentCallRunConfigRequestInputTemplate,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
