from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.template_config_input import TemplateConfigInput


T = TypeVar("T", bound="CreateTemplateEvaluatorVersionRequest")


@_attrs_define
class CreateTemplateEvaluatorVersionRequest:
    """
    Attributes:
        commit_message (str):
        template_config (TemplateConfigInput):
    """

    commit_message: str
    template_config: TemplateConfigInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        commit_message = self.commit_message

        template_config = self.template_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "template_config": template_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        commit_message: str = src_dict["commit_message"]
        if type(commit_message) is not str:
            raise SchemaMismatch.expected("a string", commit_message, "commit_message")

        _template_config = src_dict["template_config"]
        template_config: TemplateConfigInput
        try:
            if type(_template_config) is not dict:
                raise SchemaMismatch.expected("an object", _template_config)
            template_config = TemplateConfigInput.from_dict(_template_config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "template_config")

        if cls is CreateTemplateEvaluatorVersionRequest:
            create_template_evaluator_version_request = cls.__new__(cls)
            create_template_evaluator_version_request.commit_message = commit_message
            create_template_evaluator_version_request.template_config = template_config
            create_template_evaluator_version_request.additional_properties = {}
        else:
            create_template_evaluator_version_request = cls(
                commit_message=commit_message,
                template_config=template_config,
            )

        if len(src_dict) > 2:
            create_template_evaluator_version_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_template_evaluator_version_request

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
        "commit_message",
        "template_config",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global TemplateConfigInput
    from ..models.template_config_input import TemplateConfigInput  # noqa: PLC0415

    _lazy_imports_pending = False
