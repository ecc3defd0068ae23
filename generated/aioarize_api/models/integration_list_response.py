from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.llm_integration import LlmIntegration
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.unknown_integration import UnknownIntegration


T = TypeVar("T", bound="IntegrationListResponse")


@_attrs_define
class IntegrationListResponse:
    """
    Attributes:
        integrations (list[LlmIntegration | UnknownIntegration]): A polymorphic, type-tagged list of integrations.
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    integrations: list[LlmIntegration | UnknownIntegration]
    pagination: PaginationMetadata

    def to_dict(self) -> dict[str, Any]:
        from ..models.llm_integration import LlmIntegration  # noqa: PLC0415

        integrations = []
        for integrations_item_data in self.integrations:
            integrations_item: dict[str, Any]
            if isinstance(integrations_item_data, LlmIntegration):
                integrations_item = integrations_item_data.to_dict()
            else:
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
        from ..models.llm_integration import LlmIntegration  # noqa: PLC0415
        from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
        from ..models.unknown_integration import UnknownIntegration  # noqa: PLC0415

        d = dict(src_dict)
        integrations = []
        _integrations = d.pop("integrations")
        for integrations_item_data in _integrations:

            def _parse_integrations_item(
                data: object,
            ) -> LlmIntegration | UnknownIntegration:
                if not isinstance(data, dict):
                    raise TypeError(
                        f"expected a JSON object, got {type(data).__name__}"
                    )
                discriminator = data["type"]
                if discriminator == "llm":
                    componentsschemas_integration_type_0 = LlmIntegration.from_dict(
                        data
                    )

                    return componentsschemas_integration_type_0
                if not isinstance(discriminator, str):
                    raise TypeError(
                        f"type: expected a string, got {type(discriminator).__name__}"
                    )
                componentsschemas_integration_type_1 = UnknownIntegration.from_dict(
                    data
                )

                return componentsschemas_integration_type_1

            integrations_item = _parse_integrations_item(integrations_item_data)

            integrations.append(integrations_item)

        pagination = PaginationMetadata.from_dict(d.pop("pagination"))

        integration_list_response = cls(
            integrations=integrations,
            pagination=pagination,
        )

        return integration_list_response
