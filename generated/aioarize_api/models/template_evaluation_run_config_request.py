from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_evaluation_run_config_request_experiment_type import (
    TemplateEvaluationRunConfigRequestExperimentType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params_request import InvocationParamsRequest
    from ..models.template_evaluation_run_config_request_classification_choices import (
        TemplateEvaluationRunConfigRequestClassificationChoices,
    )
    from ..models.template_evaluation_run_config_request_column_mapping import (
        TemplateEvaluationRunConfigRequestColumnMapping,
    )
    from ..models.template_evaluation_run_config_request_provider_parameters import (
        TemplateEvaluationRunConfigRequestProviderParameters,
    )


T = TypeVar("T", bound="TemplateEvaluationRunConfigRequest")


@_attrs_define
class TemplateEvaluationRunConfigRequest:
    """
    Attributes:
        experiment_type (TemplateEvaluationRunConfigRequestExperimentType):
        ai_integration_id (str):
        template (str):
        provide_explanation (bool):
        model_name (str | Unset):
        classification_choices (TemplateEvaluationRunConfigRequestClassificationChoices | Unset):
        column_mapping (TemplateEvaluationRunConfigRequestColumnMapping | Unset):
        evaluator_version_id (None | str | Unset):
        invocation_parameters (InvocationParamsRequest | Unset):
        provider_parameters (TemplateEvaluationRunConfigRequestProviderParameters | Unset):
    """

    experiment_type: TemplateEvaluationRunConfigRequestExperimentType
    ai_integration_id: str
    template: str
    provide_explanation: bool
    model_name: str | Unset = UNSET
    classification_choices: (
        TemplateEvaluationRunConfigRequestClassificationChoices | Unset
    ) = UNSET
    column_mapping: TemplateEvaluationRunConfigRequestColumnMapping | Unset = UNSET
    evaluator_version_id: None | str | Unset = UNSET
    invocation_parameters: InvocationParamsRequest | Unset = UNSET
    provider_parameters: (
        TemplateEvaluationRunConfigRequestProviderParameters | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_type = self.experiment_type.value

        ai_integration_id = self.ai_integration_id

        template = self.template

        provide_explanation = self.provide_explanation

        model_name = self.model_name

        classification_choices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classification_choices, Unset):
            classification_choices = self.classification_choices.to_dict()

        column_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_mapping, Unset):
            column_mapping = self.column_mapping.to_dict()

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        invocation_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_parameters, Unset):
            invocation_parameters = self.invocation_parameters.to_dict()

        provider_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_parameters, Unset):
            provider_parameters = self.provider_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_type": experiment_type,
                "ai_integration_id": ai_integration_id,
                "template": template,
                "provide_explanation": provide_explanation,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if classification_choices is not UNSET:
            field_dict["classification_choices"] = classification_choices
        if column_mapping is not UNSET:
            field_dict["column_mapping"] = column_mapping
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invocation_params_request import InvocationParamsRequest  # noqa: PLC0415
        from ..models.template_evaluation_run_config_request_classification_choices import (
            TemplateEvaluationRunConfigRequestClassificationChoices,  # noqa: PLC0415
        )
        from ..models.template_evaluation_run_config_request_column_mapping import (
            TemplateEvaluationRunConfigRequestColumnMapping,  # noqa: PLC0415
        )
        from ..models.template_evaluation_run_config_request_provider_parameters import (
            TemplateEvaluationRunConfigRequestProviderParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        experiment_type = TemplateEvaluationRunConfigRequestExperimentType(
            d.pop("experiment_type")
        )

        ai_integration_id = d.pop("ai_integration_id")

        template = d.pop("template")

        provide_explanation = d.pop("provide_explanation")

        model_name = d.pop("model_name", UNSET)

        _classification_choices = d.pop("classification_choices", UNSET)
        classification_choices: (
            TemplateEvaluationRunConfigRequestClassificationChoices | Unset
        )
        if isinstance(_classification_choices, Unset):
            classification_choices = UNSET
        else:
            classification_choices = (
                TemplateEvaluationRunConfigRequestClassificationChoices.from_dict(
                    _classification_choices
                )
            )

        _column_mapping = d.pop("column_mapping", UNSET)
        column_mapping: TemplateEvaluationRunConfigRequestColumnMapping | Unset
        if isinstance(_column_mapping, Unset):
            column_mapping = UNSET
        else:
            column_mapping = TemplateEvaluationRunConfigRequestColumnMapping.from_dict(
                _column_mapping
            )

        def _parse_evaluator_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evaluator_version_id = _parse_evaluator_version_id(
            d.pop("evaluator_version_id", UNSET)
        )

        _invocation_parameters = d.pop("invocation_parameters", UNSET)
        invocation_parameters: InvocationParamsRequest | Unset
        if isinstance(_invocation_parameters, Unset):
            invocation_parameters = UNSET
        else:
            invocation_parameters = InvocationParamsRequest.from_dict(
                _invocation_parameters
            )

        _provider_parameters = d.pop("provider_parameters", UNSET)
        provider_parameters: (
            TemplateEvaluationRunConfigRequestProviderParameters | Unset
        )
        if isinstance(_provider_parameters, Unset):
            provider_parameters = UNSET
        else:
            provider_parameters = (
                TemplateEvaluationRunConfigRequestProviderParameters.from_dict(
                    _provider_parameters
                )
            )

        template_evaluation_run_config_request = cls(
            experiment_type=experiment_type,
            ai_integration_id=ai_integration_id,
            template=template,
            provide_explanation=provide_explanation,
            model_name=model_name,
            classification_choices=classification_choices,
            column_mapping=column_mapping,
            evaluator_version_id=evaluator_version_id,
            invocation_parameters=invocation_parameters,
            provider_parameters=provider_parameters,
        )

        template_evaluation_run_config_request.additional_properties = d
        return template_evaluation_run_config_request

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
