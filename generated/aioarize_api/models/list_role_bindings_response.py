from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
        from ..models.role_binding import RoleBinding  # noqa: PLC0415

        d = dict(src_dict)
        role_bindings = []
        _role_bindings = d.pop("role_bindings")
        for role_bindings_item_data in _role_bindings:
            role_bindings_item = RoleBinding.from_dict(role_bindings_item_data)

            role_bindings.append(role_bindings_item)

        pagination = PaginationMetadata.from_dict(d.pop("pagination"))

        list_role_bindings_response = cls(
            role_bindings=role_bindings,
            pagination=pagination,
        )

        list_role_bindings_response.additional_properties = d
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
