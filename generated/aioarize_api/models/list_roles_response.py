from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.role import Role


T = TypeVar("T", bound="ListRolesResponse")


@_attrs_define
class ListRolesResponse:
    """
    Attributes:
        roles (list[Role]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    roles: list[Role]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _roles = src_dict["roles"]
        roles: list[Role]
        try:
            if type(_roles) is not list:
                raise SchemaMismatch.expected("an array", _roles)
            roles_items: list[Role] = []
            for roles_item in _roles:
                try:
                    if type(roles_item) is not dict:
                        raise SchemaMismatch.expected("an object", roles_item)
                    roles_value = Role.from_dict(roles_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(roles_items))
                roles_items.append(roles_value)
            roles = roles_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "roles")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListRolesResponse:
            list_roles_response = cls.__new__(cls)
            list_roles_response.roles = roles
            list_roles_response.pagination = pagination
            list_roles_response.additional_properties = {}
        else:
            list_roles_response = cls(
                roles=roles,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_roles_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_roles_response

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
        "roles",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Role
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.role import Role  # noqa: PLC0415

    _lazy_imports_pending = False
