from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.llm_integration import LlmIntegration
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="IntegrationListResponse")


@_attrs_define
class IntegrationListResponse:
    """
    Attributes:
        integrations (list[LlmIntegration]): A polymorphic, type-tagged list of integrations.
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    integrations: list[LlmIntegration]
    pagination: PaginationMetadata

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        integrations = []
        for integrations_item_data in self.integrations:
            integrations_item = integrations_item_data.to_dict()
            integrations.append(integrations_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

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
        integrations = [
            LlmIntegration.from_dict(integrations_item_data)
            for integrations_item_data in src_dict["integrations"]
        ]

        pagination = PaginationMetadata.from_dict(src_dict["pagination"])

        integration_list_response = cls(
            integrations=integrations,
            pagination=pagination,
        )

        return integration_list_response


_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global LlmIntegration
    global PaginationMetadata
    from ..models.llm_integration import LlmIntegration  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
