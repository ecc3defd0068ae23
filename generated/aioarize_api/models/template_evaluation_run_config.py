from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.template_evaluation_run_config_experiment_type import (
    TemplateEvaluationRunConfigExperimentType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,
    )
    from ..models.template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,
    )
    from ..models.template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,
    )


T = TypeVar("T", bound="TemplateEvaluationRunConfig")


@_attrs_define
class TemplateEvaluationRunConfig:
    """
    Attributes:
        experiment_type (TemplateEvaluationRunConfigExperimentType):
        ai_integration_id (str):
        template (str):
        provide_explanation (bool):
        model_name (str | Unset):
        classification_choices (TemplateEvaluationRunConfigClassificationChoices | Unset):
        column_mapping (TemplateEvaluationRunConfigColumnMapping | Unset):
        evaluator_version_id (None | str | Unset):
        invocation_parameters (InvocationParams | Unset):
        provider_parameters (TemplateEvaluationRunConfigProviderParameters | Unset):
    """

    experiment_type: TemplateEvaluationRunConfigExperimentType
    ai_integration_id: str
    template: str
    provide_explanation: bool
    model_name: str | Unset = UNSET
    classification_choices: TemplateEvaluationRunConfigClassificationChoices | Unset = (
        UNSET
    )
    column_mapping: TemplateEvaluationRunConfigColumnMapping | Unset = UNSET
    evaluator_version_id: None | str | Unset = UNSET
    invocation_parameters: InvocationParams | Unset = UNSET
    provider_parameters: TemplateEvaluationRunConfigProviderParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _experiment_type = src_dict["experiment_type"]
        experiment_type: TemplateEvaluationRunConfigExperimentType
        try:
            experiment_type = cast(
                TemplateEvaluationRunConfigExperimentType,
                TemplateEvaluationRunConfigExperimentType._value2member_map_.get(
                    _experiment_type
                )
                or TemplateEvaluationRunConfigExperimentType(_experiment_type),
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

        template: str = src_dict["template"]
        if type(template) is not str:
            raise SchemaMismatch.expected("a string", template, "template")

        provide_explanation: bool = src_dict["provide_explanation"]
        if type(provide_explanation) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", provide_explanation, "provide_explanation"
            )

        model_name: str | Unset = src_dict.get("model_name", UNSET)
        if type(model_name) is not str and model_name is not UNSET:
            raise SchemaMismatch.expected("a string", model_name, "model_name")

        _classification_choices = src_dict.get("classification_choices", UNSET)
        classification_choices: TemplateEvaluationRunConfigClassificationChoices | Unset
        if _classification_choices is UNSET:
            classification_choices = UNSET
        else:
            try:
                if type(_classification_choices) is not dict:
                    raise SchemaMismatch.expected("an object", _classification_choices)
                classification_choices = (
                    TemplateEvaluationRunConfigClassificationChoices.from_dict(
                        _classification_choices
                    )
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "classification_choices")

        _column_mapping = src_dict.get("column_mapping", UNSET)
        column_mapping: TemplateEvaluationRunConfigColumnMapping | Unset
        if _column_mapping is UNSET:
            column_mapping = UNSET
        else:
            try:
                if type(_column_mapping) is not dict:
                    raise SchemaMismatch.expected("an object", _column_mapping)
                column_mapping = TemplateEvaluationRunConfigColumnMapping.from_dict(
                    _column_mapping
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "column_mapping")

        evaluator_version_id: None | str | Unset = src_dict.get(
            "evaluator_version_id", UNSET
        )
        if (
            evaluator_version_id is not None
            and type(evaluator_version_id) is not str
            and evaluator_version_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", evaluator_version_id, "evaluator_version_id"
            )

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
        provider_parameters: TemplateEvaluationRunConfigProviderParameters | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            try:
                if type(_provider_parameters) is not dict:
                    raise SchemaMismatch.expected("an object", _provider_parameters)
                provider_parameters = (
                    TemplateEvaluationRunConfigProviderParameters.from_dict(
                        _provider_parameters
                    )
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "provider_parameters")

        if cls is TemplateEvaluationRunConfig:
            template_evaluation_run_config = cls.__new__(cls)
            template_evaluation_run_config.experiment_type = experiment_type
            template_evaluation_run_config.ai_integration_id = ai_integration_id
            template_evaluation_run_config.template = template
            template_evaluation_run_config.provide_explanation = provide_explanation
            template_evaluation_run_config.model_name = model_name
            template_evaluation_run_config.classification_choices = (
                classification_choices
            )
            template_evaluation_run_config.column_mapping = column_mapping
            template_evaluation_run_config.evaluator_version_id = evaluator_version_id
            template_evaluation_run_config.invocation_parameters = invocation_parameters
            template_evaluation_run_config.provider_parameters = provider_parameters
            template_evaluation_run_config.additional_properties = {}
        else:
            template_evaluation_run_config = cls(
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

        if len(src_dict) > 4 + (model_name is not UNSET) + (
            classification_choices is not UNSET
        ) + (column_mapping is not UNSET) + (evaluator_version_id is not UNSET) + (
            invocation_parameters is not UNSET
        ) + (provider_parameters is not UNSET):
            template_evaluation_run_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return template_evaluation_run_config

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
        "template",
        "provide_explanation",
        "model_name",
        "classification_choices",
        "column_mapping",
        "evaluator_version_id",
        "invocation_parameters",
        "provider_parameters",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global InvocationParams
    global TemplateEvaluationRunConfigClassificationChoices
    global TemplateEvaluationRunConfigColumnMapping
    global TemplateEvaluationRunConfigProviderParameters
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,  # noqa: PLC0415
    )
    from ..models.template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,  # noqa: PLC0415
    )
    from ..models.template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
