from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.organization import Organization
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListOrganizationsResponse")


@_attrs_define
class ListOrganizationsResponse:
    """
    Attributes:
        organizations (list[Organization]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    organizations: list[Organization]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizations": organizations,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _organizations = src_dict["organizations"]
        organizations: list[Organization]
        try:
            if type(_organizations) is not list:
                raise SchemaMismatch.expected("an array", _organizations)
            organizations_items: list[Organization] = []
            for organizations_item in _organizations:
                try:
                    if type(organizations_item) is not dict:
                        raise SchemaMismatch.expected("an object", organizations_item)
                    organizations_value = Organization.from_dict(organizations_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(organizations_items))
                organizations_items.append(organizations_value)
            organizations = organizations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "organizations")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListOrganizationsResponse:
            list_organizations_response = cls.__new__(cls)
            list_organizations_response.organizations = organizations
            list_organizations_response.pagination = pagination
            list_organizations_response.additional_properties = {}
        else:
            list_organizations_response = cls(
                organizations=organizations,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_organizations_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_organizations_response

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
        "organizations",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Organization
    global PaginationMetadata
    from ..models.organization import Organization  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
