from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_template import EvaluatorTemplate


T = TypeVar("T", bound="ListEvaluatorTemplatesResponse")


@_attrs_define
class ListEvaluatorTemplatesResponse:
    """
    Attributes:
        evaluator_templates (list[EvaluatorTemplate] | Unset):
    """

    evaluator_templates: list[EvaluatorTemplate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluator_templates, Unset):
            evaluator_templates = []
            for evaluator_templates_item_data in self.evaluator_templates:
                evaluator_templates_item = evaluator_templates_item_data.to_dict()
                evaluator_templates.append(evaluator_templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluator_templates is not UNSET:
            field_dict["evaluator_templates"] = evaluator_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _evaluator_templates = src_dict.get("evaluator_templates", UNSET)
        evaluator_templates: list[EvaluatorTemplate] | Unset
        if _evaluator_templates is UNSET:
            evaluator_templates = UNSET
        else:
            try:
                if type(_evaluator_templates) is not list:
                    raise SchemaMismatch.expected("an array", _evaluator_templates)
                evaluator_templates_items: list[EvaluatorTemplate] = []
                for evaluator_templates_item in _evaluator_templates:
                    try:
                        if type(evaluator_templates_item) is not dict:
                            raise SchemaMismatch.expected(
                                "an object", evaluator_templates_item
                            )
                        evaluator_templates_value = EvaluatorTemplate.from_dict(
                            evaluator_templates_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(evaluator_templates_items))
                    evaluator_templates_items.append(evaluator_templates_value)
                evaluator_templates = evaluator_templates_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "evaluator_templates")

        if cls is ListEvaluatorTemplatesResponse:
            list_evaluator_templates_response = cls.__new__(cls)
            list_evaluator_templates_response.evaluator_templates = evaluator_templates
            list_evaluator_templates_response.additional_properties = {}
        else:
            list_evaluator_templates_response = cls(
                evaluator_templates=evaluator_templates,
            )

        if len(src_dict) > (evaluator_templates is not UNSET):
            list_evaluator_templates_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_evaluator_templates_response

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
        "evaluator_templates",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global EvaluatorTemplate
    from ..models.evaluator_template import EvaluatorTemplate  # noqa: PLC0415

    _lazy_imports_pending = False
