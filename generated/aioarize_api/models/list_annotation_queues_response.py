from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.annotation_queue import AnnotationQueue
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListAnnotationQueuesResponse")


@_attrs_define
class ListAnnotationQueuesResponse:
    """
    Attributes:
        annotation_queues (list[AnnotationQueue]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    annotation_queues: list[AnnotationQueue]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        annotation_queues = []
        for annotation_queues_item_data in self.annotation_queues:
            annotation_queues_item = annotation_queues_item_data.to_dict()
            annotation_queues.append(annotation_queues_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_queues": annotation_queues,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _annotation_queues = src_dict["annotation_queues"]
        annotation_queues: list[AnnotationQueue]
        try:
            if type(_annotation_queues) is not list:
                raise SchemaMismatch.expected("an array", _annotation_queues)
            annotation_queues_items: list[AnnotationQueue] = []
            for annotation_queues_item in _annotation_queues:
                try:
                    if type(annotation_queues_item) is not dict:
                        raise SchemaMismatch.expected(
                            "an object", annotation_queues_item
                        )
                    annotation_queues_value = AnnotationQueue.from_dict(
                        annotation_queues_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(annotation_queues_items))
                annotation_queues_items.append(annotation_queues_value)
            annotation_queues = annotation_queues_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "annotation_queues")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListAnnotationQueuesResponse:
            list_annotation_queues_response = cls.__new__(cls)
            list_annotation_queues_response.annotation_queues = annotation_queues
            list_annotation_queues_response.pagination = pagination
            list_annotation_queues_response.additional_properties = {}
        else:
            list_annotation_queues_response = cls(
                annotation_queues=annotation_queues,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_annotation_queues_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_annotation_queues_response

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
        "annotation_queues",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotationQueue
    global PaginationMetadata
    from ..models.annotation_queue import AnnotationQueue  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
