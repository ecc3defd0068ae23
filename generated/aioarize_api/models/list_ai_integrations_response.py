from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.ai_integration import AiIntegration
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListAiIntegrationsResponse")


@_attrs_define
class ListAiIntegrationsResponse:
    """
    Attributes:
        ai_integrations (list[AiIntegration]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    ai_integrations: list[AiIntegration]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        ai_integrations = []
        for ai_integrations_item_data in self.ai_integrations:
            ai_integrations_item = ai_integrations_item_data.to_dict()
            ai_integrations.append(ai_integrations_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_integrations": ai_integrations,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _ai_integrations = src_dict["ai_integrations"]
        ai_integrations: list[AiIntegration]
        try:
            if type(_ai_integrations) is not list:
                raise SchemaMismatch.expected("an array", _ai_integrations)
            ai_integrations_items: list[AiIntegration] = []
            for ai_integrations_item in _ai_integrations:
                try:
                    if type(ai_integrations_item) is not dict:
                        raise SchemaMismatch.expected("an object", ai_integrations_item)
                    ai_integrations_value = AiIntegration.from_dict(
                        ai_integrations_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(ai_integrations_items))
                ai_integrations_items.append(ai_integrations_value)
            ai_integrations = ai_integrations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "ai_integrations")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListAiIntegrationsResponse:
            list_ai_integrations_response = cls.__new__(cls)
            list_ai_integrations_response.ai_integrations = ai_integrations
            list_ai_integrations_response.pagination = pagination
            list_ai_integrations_response.additional_properties = {}
        else:
            list_ai_integrations_response = cls(
                ai_integrations=ai_integrations,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_ai_integrations_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_ai_integrations_response

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
        "ai_integrations",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AiIntegration
    global PaginationMetadata
    from ..models.ai_integration import AiIntegration  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
