from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.tag import Tag


T = TypeVar("T", bound="ListTagsResponse")


@_attrs_define
class ListTagsResponse:
    """
    Attributes:
        tags (list[Tag]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    tags: list[Tag]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _tags = src_dict["tags"]
        tags: list[Tag]
        try:
            if type(_tags) is not list:
                raise SchemaMismatch.expected("an array", _tags)
            tags_items: list[Tag] = []
            for tags_item in _tags:
                try:
                    if type(tags_item) is not dict:
                        raise SchemaMismatch.expected("an object", tags_item)
                    tags_value = Tag.from_dict(tags_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(tags_items))
                tags_items.append(tags_value)
            tags = tags_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "tags")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListTagsResponse:
            list_tags_response = cls.__new__(cls)
            list_tags_response.tags = tags
            list_tags_response.pagination = pagination
            list_tags_response.additional_properties = {}
        else:
            list_tags_response = cls(
                tags=tags,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_tags_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_tags_response

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
        "tags",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Tag
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.tag import Tag  # noqa: PLC0415

    _lazy_imports_pending = False
