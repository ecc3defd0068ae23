from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.span import Span


T = TypeVar("T", bound="ListSpansResponse")


@_attrs_define
class ListSpansResponse:
    """
    Attributes:
        spans (list[Span]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    spans: list[Span]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spans": spans,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _spans = src_dict["spans"]
        spans: list[Span]
        try:
            if type(_spans) is not list:
                raise SchemaMismatch.expected("an array", _spans)
            spans_items: list[Span] = []
            for spans_item in _spans:
                try:
                    if type(spans_item) is not dict:
                        raise SchemaMismatch.expected("an object", spans_item)
                    spans_value = Span.from_dict(spans_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(spans_items))
                spans_items.append(spans_value)
            spans = spans_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "spans")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListSpansResponse:
            list_spans_response = cls.__new__(cls)
            list_spans_response.spans = spans
            list_spans_response.pagination = pagination
            list_spans_response.additional_properties = {}
        else:
            list_spans_response = cls(
                spans=spans,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_spans_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_spans_response

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
        "spans",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Span
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.span import Span  # noqa: PLC0415

    _lazy_imports_pending = False
