from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.dataset_example import DatasetExample
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListDatasetExamplesResponse")


@_attrs_define
class ListDatasetExamplesResponse:
    """
    Attributes:
        examples (list[DatasetExample]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    examples: list[DatasetExample]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _examples = src_dict["examples"]
        examples: list[DatasetExample]
        try:
            if type(_examples) is not list:
                raise SchemaMismatch.expected("an array", _examples)
            examples_items: list[DatasetExample] = []
            for examples_item in _examples:
                try:
                    if type(examples_item) is not dict:
                        raise SchemaMismatch.expected("an object", examples_item)
                    examples_value = DatasetExample.from_dict(examples_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(examples_items))
                examples_items.append(examples_value)
            examples = examples_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "examples")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListDatasetExamplesResponse:
            list_dataset_examples_response = cls.__new__(cls)
            list_dataset_examples_response.examples = examples
            list_dataset_examples_response.pagination = pagination
            list_dataset_examples_response.additional_properties = {}
        else:
            list_dataset_examples_response = cls(
                examples=examples,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_dataset_examples_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_dataset_examples_response

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
        "examples",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global DatasetExample
    global PaginationMetadata
    from ..models.dataset_example import DatasetExample  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
