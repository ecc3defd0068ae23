from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.space import Space


T = TypeVar("T", bound="ListSpacesResponse")


@_attrs_define
class ListSpacesResponse:
    """
    Attributes:
        spaces (list[Space]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    spaces: list[Space]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        spaces = []
        for spaces_item_data in self.spaces:
            spaces_item = spaces_item_data.to_dict()
            spaces.append(spaces_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spaces": spaces,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _spaces = src_dict["spaces"]
        spaces: list[Space]
        try:
            if type(_spaces) is not list:
                raise SchemaMismatch.expected("an array", _spaces)
            spaces_items: list[Space] = []
            for spaces_item in _spaces:
                try:
                    if type(spaces_item) is not dict:
                        raise SchemaMismatch.expected("an object", spaces_item)
                    spaces_value = Space.from_dict(spaces_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(spaces_items))
                spaces_items.append(spaces_value)
            spaces = spaces_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "spaces")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListSpacesResponse:
            list_spaces_response = cls.__new__(cls)
            list_spaces_response.spaces = spaces
            list_spaces_response.pagination = pagination
            list_spaces_response.additional_properties = {}
        else:
            list_spaces_response = cls(
                spaces=spaces,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_spaces_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_spaces_response

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
        "spaces",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Space
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.space import Space  # noqa: PLC0415

    _lazy_imports_pending = False
