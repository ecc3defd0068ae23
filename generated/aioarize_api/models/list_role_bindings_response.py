from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.role_binding import RoleBinding


T = TypeVar("T", bound="ListRoleBindingsResponse")


@_attrs_define
class ListRoleBindingsResponse:
    """
    Attributes:
        role_bindings (list[RoleBinding]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    role_bindings: list[RoleBinding]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        role_bindings = []
        for role_bindings_item_data in self.role_bindings:
            role_bindings_item = role_bindings_item_data.to_dict()
            role_bindings.append(role_bindings_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_bindings": role_bindings,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _role_bindings = src_dict["role_bindings"]
        role_bindings: list[RoleBinding]
        try:
            if type(_role_bindings) is not list:
                raise SchemaMismatch.expected("an array", _role_bindings)
            role_bindings_items: list[RoleBinding] = []
            for role_bindings_item in _role_bindings:
                try:
                    if type(role_bindings_item) is not dict:
                        raise SchemaMismatch.expected("an object", role_bindings_item)
                    role_bindings_value = RoleBinding.from_dict(role_bindings_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(role_bindings_items))
                role_bindings_items.append(role_bindings_value)
            role_bindings = role_bindings_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "role_bindings")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListRoleBindingsResponse:
            list_role_bindings_response = cls.__new__(cls)
            list_role_bindings_response.role_bindings = role_bindings
            list_role_bindings_response.pagination = pagination
            list_role_bindings_response.additional_properties = {}
        else:
            list_role_bindings_response = cls(
                role_bindings=role_bindings,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_role_bindings_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_role_bindings_response

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
        "role_bindings",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global RoleBinding
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.role_binding import RoleBinding  # noqa: PLC0415

    _lazy_imports_pending = False
