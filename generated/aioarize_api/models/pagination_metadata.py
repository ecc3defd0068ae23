from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMetadata")


@_attrs_define
class PaginationMetadata:
    """Cursor-based pagination metadata. Use `next_cursor` in the subsequent
    request's `cursor` query parameter.

        Attributes:
            has_more (bool): True if another page of results is available.
            next_cursor (str | Unset): Opaque cursor for fetching the next page. Treat as an unreadable token.
                Present when `has_more` is true; omitted when `has_more` is false.
    """

    has_more: bool
    next_cursor: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        has_more: bool = src_dict["has_more"]
        if type(has_more) is not bool:
            raise SchemaMismatch.expected("a boolean", has_more, "has_more")

        next_cursor: str | Unset = src_dict.get("next_cursor", UNSET)
        if type(next_cursor) is not str and next_cursor is not UNSET:
            raise SchemaMismatch.expected("a string", next_cursor, "next_cursor")

        if cls is PaginationMetadata:
            pagination_metadata = cls.__new__(cls)
            pagination_metadata.has_more = has_more
            pagination_metadata.next_cursor = next_cursor
        else:
            pagination_metadata = cls(
                has_more=has_more,
                next_cursor=next_cursor,
            )

        return pagination_metadata
