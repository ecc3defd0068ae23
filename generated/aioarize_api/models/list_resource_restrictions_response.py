from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.resource_restriction import ResourceRestriction


T = TypeVar("T", bound="ListResourceRestrictionsResponse")


@_attrs_define
class ListResourceRestrictionsResponse:
    """
    Attributes:
        resource_restrictions (list[ResourceRestriction]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    resource_restrictions: list[ResourceRestriction]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        resource_restrictions = []
        for resource_restrictions_item_data in self.resource_restrictions:
            resource_restrictions_item = resource_restrictions_item_data.to_dict()
            resource_restrictions.append(resource_restrictions_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_restrictions": resource_restrictions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _resource_restrictions = src_dict["resource_restrictions"]
        resource_restrictions: list[ResourceRestriction]
        try:
            if type(_resource_restrictions) is not list:
                raise SchemaMismatch.expected("an array", _resource_restrictions)
            resource_restrictions_items: list[ResourceRestriction] = []
            for resource_restrictions_item in _resource_restrictions:
                try:
                    if type(resource_restrictions_item) is not dict:
                        raise SchemaMismatch.expected(
                            "an object", resource_restrictions_item
                        )
                    resource_restrictions_value = ResourceRestriction.from_dict(
                        resource_restrictions_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(resource_restrictions_items))
                resource_restrictions_items.append(resource_restrictions_value)
            resource_restrictions = resource_restrictions_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "resource_restrictions")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListResourceRestrictionsResponse:
            list_resource_restrictions_response = cls.__new__(cls)
            list_resource_restrictions_response.resource_restrictions = (
                resource_restrictions
            )
            list_resource_restrictions_response.pagination = pagination
            list_resource_restrictions_response.additional_properties = {}
        else:
            list_resource_restrictions_response = cls(
                resource_restrictions=resource_restrictions,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_resource_restrictions_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_resource_restrictions_response

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
        "resource_restrictions",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global ResourceRestriction
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.resource_restriction import ResourceRestriction  # noqa: PLC0415

    _lazy_imports_pending = False
