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
    from ..models.evaluator_template_classification_choices import (
        EvaluatorTemplateClassificationChoices,
    )


T = TypeVar("T", bound="EvaluatorTemplate")


@_attrs_define
class EvaluatorTemplate:
    """
    Attributes:
        column_name (str | Unset):
        display_name (str | Unset):
        template (str | Unset):
        rails (list[str] | Unset):
        classification_choices (EvaluatorTemplateClassificationChoices | Unset):
        direction (OptimizationDirection | Unset):
        data_granularity (DataGranularity | None | Unset):
    """

    column_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    template: str | Unset = UNSET
    rails: list[str] | Unset = UNSET
    classification_choices: EvaluatorTemplateClassificationChoices | Unset = UNSET
    direction: OptimizationDirection | Unset = UNSET
    data_granularity: DataGranularity | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        column_name = self.column_name

        display_name = self.display_name

        template = self.template

        rails: list[str] | Unset = UNSET
        if not isinstance(self.rails, Unset):
            rails = self.rails

        classification_choices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classification_choices, Unset):
            classification_choices = self.classification_choices.to_dict()

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        data_granularity: None | str | Unset
        if isinstance(self.data_granularity, Unset):
            data_granularity = UNSET
        elif isinstance(self.data_granularity, DataGranularity):
            data_granularity = self.data_granularity.value
        else:
            data_granularity = self.data_granularity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if template is not UNSET:
            field_dict["template"] = template
        if rails is not UNSET:
            field_dict["rails"] = rails
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
        column_name: str | Unset = src_dict.get("column_name", UNSET)
        if type(column_name) is not str and column_name is not UNSET:
            raise SchemaMismatch.expected("a string", column_name, "column_name")

        display_name: str | Unset = src_dict.get("display_name", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            raise SchemaMismatch.expected("a string", display_name, "display_name")

        template: str | Unset = src_dict.get("template", UNSET)
        if type(template) is not str and template is not UNSET:
            raise SchemaMismatch.expected("a string", template, "template")

        _rails = src_dict.get("rails", UNSET)
        rails: list[str] | Unset
        if _rails is UNSET:
            rails = UNSET
        else:
            try:
                if type(_rails) is not list:
                    raise SchemaMismatch.expected("an array", _rails)
                for rails_item in _rails:
                    if type(rails_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _rails, rails_item
                        )
                rails = _rails

            except Exception as error_:
                raise SchemaMismatch.at(error_, "rails")

        _classification_choices = src_dict.get("classification_choices", UNSET)
        classification_choices: EvaluatorTemplateClassificationChoices | Unset
        if _classification_choices is UNSET:
            classification_choices = UNSET
        else:
            try:
                if type(_classification_choices) is not dict:
                    raise SchemaMismatch.expected("an object", _classification_choices)
                classification_choices = (
                    EvaluatorTemplateClassificationChoices.from_dict(
                        _classification_choices
                    )
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
        data_granularity: DataGranularity | None | Unset
        if _data_granularity is UNSET:
            data_granularity = UNSET
        else:
            try:
                if _data_granularity is None:
                    data_granularity = None
                elif type(_data_granularity) is str:
                    try:
                        data_granularity = cast(
                            DataGranularity,
                            DataGranularity._value2member_map_.get(_data_granularity)
                            or DataGranularity(_data_granularity),
                        )
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "a string", _data_granularity
                        ) from None

                else:
                    raise SchemaMismatch.expected("a string or null", _data_granularity)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "data_granularity")

        if cls is EvaluatorTemplate:
            evaluator_template = cls.__new__(cls)
            evaluator_template.column_name = column_name
            evaluator_template.display_name = display_name
            evaluator_template.template = template
            evaluator_template.rails = rails
            evaluator_template.classification_choices = classification_choices
            evaluator_template.direction = direction
            evaluator_template.data_granularity = data_granularity
            evaluator_template.additional_properties = {}
        else:
            evaluator_template = cls(
                column_name=column_name,
                display_name=display_name,
                template=template,
                rails=rails,
                classification_choices=classification_choices,
                direction=direction,
                data_granularity=data_granularity,
            )

        if len(src_dict) > (column_name is not UNSET) + (display_name is not UNSET) + (
            template is not UNSET
        ) + (rails is not UNSET) + (classification_choices is not UNSET) + (
            direction is not UNSET
        ) + (data_granularity is not UNSET):
            evaluator_template.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator_template

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
        "column_name",
        "display_name",
        "template",
        "rails",
        "classification_choices",
        "direction",
        "data_granularity",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global EvaluatorTemplateClassificationChoices
    from ..models.evaluator_template_classification_choices import (
        EvaluatorTemplateClassificationChoices,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
