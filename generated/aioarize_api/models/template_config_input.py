from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.data_granularity import DataGranularity
from ..models.optimization_direction import OptimizationDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_llm_config_request import EvaluatorLlmConfigRequest
    from ..models.template_config_input_classification_choices_type_0 import (
        TemplateConfigInputClassificationChoicesType0,
    )


T = TypeVar("T", bound="TemplateConfigInput")


@_attrs_define
class TemplateConfigInput:
    """
    Attributes:
        name (str):
        template (str):
        include_explanations (bool):
        use_function_calling (bool):
        llm_config (EvaluatorLlmConfigRequest):
        use_structured_output (bool | Unset):  Default: True.
        classification_choices (None | TemplateConfigInputClassificationChoicesType0 | Unset):
        direction (OptimizationDirection | Unset):
        data_granularity (DataGranularity | Unset):
    """

    name: str
    template: str
    include_explanations: bool
    use_function_calling: bool
    llm_config: EvaluatorLlmConfigRequest
    use_structured_output: bool | Unset = True
    classification_choices: (
        None | TemplateConfigInputClassificationChoicesType0 | Unset
    ) = UNSET
    direction: OptimizationDirection | Unset = UNSET
    data_granularity: DataGranularity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        template = self.template

        include_explanations = self.include_explanations

        use_function_calling = self.use_function_calling

        llm_config = self.llm_config.to_dict()

        use_structured_output = self.use_structured_output

        classification_choices: dict[str, Any] | None | Unset
        if isinstance(self.classification_choices, Unset):
            classification_choices = UNSET
        elif isinstance(
            self.classification_choices, TemplateConfigInputClassificationChoicesType0
        ):
            classification_choices = self.classification_choices.to_dict()
        else:
            classification_choices = self.classification_choices

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        data_granularity: str | Unset = UNSET
        if not isinstance(self.data_granularity, Unset):
            data_granularity = self.data_granularity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "template": template,
                "include_explanations": include_explanations,
                "use_function_calling": use_function_calling,
                "llm_config": llm_config,
            }
        )
        if use_structured_output is not UNSET:
            field_dict["use_structured_output"] = use_structured_output
        if classification_choices is not UNSET:
            field_dict["classification_choices"] = classification_choices
        if direction is not UNSET:
            field_dict["direction"] = direction
        if data_granularity is not UNSET:
            field_dict["data_granularity"] = data_granularity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        template: str = src_dict["template"]
        if type(template) is not str:
            raise SchemaMismatch.expected("a string", template, "template")

        include_explanations: bool = src_dict["include_explanations"]
        if type(include_explanations) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", include_explanations, "include_explanations"
            )

        use_function_calling: bool = src_dict["use_function_calling"]
        if type(use_function_calling) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", use_function_calling, "use_function_calling"
            )

        _llm_config = src_dict["llm_config"]
        llm_config: EvaluatorLlmConfigRequest
        try:
            if type(_llm_config) is not dict:
                raise SchemaMismatch.expected("an object", _llm_config)
            llm_config = EvaluatorLlmConfigRequest.from_dict(_llm_config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "llm_config")

        use_structured_output: bool | Unset = src_dict.get(
            "use_structured_output", UNSET
        )
        if (
            type(use_structured_output) is not bool
            and use_structured_output is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean", use_structured_output, "use_structured_output"
            )

        _classification_choices = src_dict.get("classification_choices", UNSET)
        classification_choices: (
            None | TemplateConfigInputClassificationChoicesType0 | Unset
        )
        if _classification_choices is UNSET:
            classification_choices = UNSET
        else:
            try:
                if _classification_choices is None:
                    classification_choices = None
                elif type(_classification_choices) is dict:
                    classification_choices = (
                        TemplateConfigInputClassificationChoicesType0.from_dict(
                            _classification_choices
                        )
                    )

                else:
                    raise SchemaMismatch.expected(
                        "an object or null", _classification_choices
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "classification_choices")

        _direction = src_dict.get("direction", UNSET)
        direction: OptimizationDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            try:
                direction = cast(
                    OptimizationDirection,
                    OptimizationDirection._value2member_map_.get(_direction)
                    or OptimizationDirection(_direction),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _direction, "direction"
                ) from None

        _data_granularity = src_dict.get("data_granularity", UNSET)
        data_granularity: DataGranularity | Unset
        if _data_granularity is UNSET:
            data_granularity = UNSET
        else:
            try:
                data_granularity = cast(
                    DataGranularity,
                    DataGranularity._value2member_map_.get(_data_granularity)
                    or DataGranularity(_data_granularity),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _data_granularity, "data_granularity"
                ) from None

        if cls is TemplateConfigInput:
            template_config_input = cls.__new__(cls)
            template_config_input.name = name
            template_config_input.template = template
            template_config_input.include_explanations = include_explanations
            template_config_input.use_function_calling = use_function_calling
            template_config_input.llm_config = llm_config
            template_config_input.use_structured_output = use_structured_output
            template_config_input.classification_choices = classification_choices
            template_config_input.direction = direction
            template_config_input.data_granularity = data_granularity
            template_config_input.additional_properties = {}
        else:
            template_config_input = cls(
                name=name,
                template=template,
                include_explanations=include_explanations,
                use_function_calling=use_function_calling,
                llm_config=llm_config,
                use_structured_output=use_structured_output,
                classification_choices=classification_choices,
                direction=direction,
                data_granularity=data_granularity,
            )

        if len(src_dict) > 5 + (use_structured_output is not UNSET) + (
            classification_choices is not UNSET
        ) + (direction is not UNSET) + (data_granularity is not UNSET):
            template_config_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return template_config_input

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
        "template",
        "include_explanations",
        "use_function_calling",
        "llm_config",
        "use_structured_output",
        "classification_choices",
        "direction",
        "data_granularity",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global EvaluatorLlmConfigRequest
    global TemplateConfigInputClassificationChoicesType0
    from ..models.evaluator_llm_config_request import EvaluatorLlmConfigRequest  # noqa: PLC0415
    from ..models.template_config_input_classification_choices_type_0 import (
        TemplateConfigInputClassificationChoicesType0,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
