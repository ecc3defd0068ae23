from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_call_run_config_experiment_type import (
    AgentCallRunConfigExperimentType,
)

if TYPE_CHECKING:
    from ..models.agent_call_run_config_input_template import (
        AgentCallRunConfigInputTemplate,
    )


T = TypeVar("T", bound="AgentCallRunConfig")


@_attrs_define
class AgentCallRunConfig:
    """
    Attributes:
        experiment_type (AgentCallRunConfigExperimentType):
        integration_id (str):
        input_template (AgentCallRunConfigInputTemplate):
    """

    experiment_type: AgentCallRunConfigExperimentType
    integration_id: str
    input_template: AgentCallRunConfigInputTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.agent_call_run_config_input_template import (
            AgentCallRunConfigInputTemplate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        experiment_type = AgentCallRunConfigExperimentType(d.pop("experiment_type"))

        integration_id = d.pop("integration_id")

        input_template = AgentCallRunConfigInputTemplate.from_dict(
            d.pop("input_template")
        )

        agent_call_run_config = cls(
            experiment_type=experiment_type,
            integration_id=integration_id,
            input_template=input_template,
        )

        agent_call_run_config.additional_properties = d
        return agent_call_run_config

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
