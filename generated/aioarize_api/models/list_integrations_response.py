from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.agent_integration import AgentIntegration
    from ..models.evaluator_integration import EvaluatorIntegration
    from ..models.llm_integration import LlmIntegration
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.unknown_integration import UnknownIntegration


T = TypeVar("T", bound="ListIntegrationsResponse")


@_attrs_define
class ListIntegrationsResponse:
    """
    Attributes:
        integrations (list[AgentIntegration | EvaluatorIntegration | LlmIntegration | UnknownIntegration]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    integrations: list[
        AgentIntegration | EvaluatorIntegration | LlmIntegration | UnknownIntegration
    ]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        integrations = []
        for integrations_item_data in self.integrations:
            integrations_item: dict[str, Any]
            if isinstance(integrations_item_data, LlmIntegration):
                integrations_item = integrations_item_data.to_dict()
            elif isinstance(integrations_item_data, AgentIntegration):
                integrations_item = integrations_item_data.to_dict()
            elif isinstance(integrations_item_data, EvaluatorIntegration):
                integrations_item = integrations_item_data.to_dict()
            else:
                integrations_item = integrations_item_data.to_dict()

            integrations.append(integrations_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrations": integrations,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _integrations = src_dict["integrations"]
        integrations: list[
            AgentIntegration
            | EvaluatorIntegration
            | LlmIntegration
            | UnknownIntegration
        ]
        try:
            if type(_integrations) is not list:
                raise SchemaMismatch.expected("an array", _integrations)
            integrations_items: list[
                AgentIntegration
                | EvaluatorIntegration
                | LlmIntegration
                | UnknownIntegration
            ] = []
            for integrations_item in _integrations:
                integrations_value: (
                    AgentIntegration
                    | EvaluatorIntegration
                    | LlmIntegration
                    | UnknownIntegration
                )
                try:
                    if type(integrations_item) is dict:
                        integrations_item_discriminator = integrations_item["type"]
                        if integrations_item_discriminator == "LLM":
                            integrations_value = LlmIntegration.from_dict(
                                integrations_item
                            )

                        elif integrations_item_discriminator == "AGENT":
                            integrations_value = AgentIntegration.from_dict(
                                integrations_item
                            )

                        elif integrations_item_discriminator == "EVALUATOR":
                            integrations_value = EvaluatorIntegration.from_dict(
                                integrations_item
                            )

                        elif type(integrations_item_discriminator) is str:
                            integrations_value = UnknownIntegration.from_dict(
                                integrations_item
                            )

                        else:
                            raise SchemaMismatch.expected(
                                "a string", integrations_item_discriminator, "type"
                            )

                    else:
                        raise SchemaMismatch.expected("an object", integrations_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(integrations_items))
                integrations_items.append(integrations_value)
            integrations = integrations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "integrations")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListIntegrationsResponse:
            list_integrations_response = cls.__new__(cls)
            list_integrations_response.integrations = integrations
            list_integrations_response.pagination = pagination
            list_integrations_response.additional_properties = {}
        else:
            list_integrations_response = cls(
                integrations=integrations,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_integrations_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_integrations_response

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
        "integrations",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AgentIntegration
    global EvaluatorIntegration
    global LlmIntegration
    global PaginationMetadata
    global UnknownIntegration
    from ..models.agent_integration import AgentIntegration  # noqa: PLC0415
    from ..models.evaluator_integration import EvaluatorIntegration  # noqa: PLC0415
    from ..models.llm_integration import LlmIntegration  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.unknown_integration import UnknownIntegration  # noqa: PLC0415

    _lazy_imports_pending = False
