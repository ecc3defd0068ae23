from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.agent_call_run_config_request_input_template import (
            AgentCallRunConfigRequestInputTemplate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        experiment_type = AgentCallRunConfigRequestExperimentType(
            d.pop("experiment_type")
        )

        integration_id = d.pop("integration_id")

        input_template = AgentCallRunConfigRequestInputTemplate.from_dict(
            d.pop("input_template")
        )

        agent_call_run_config_request = cls(
            experiment_type=experiment_type,
            integration_id=integration_id,
            input_template=input_template,
        )

        agent_call_run_config_request.additional_properties = d
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
