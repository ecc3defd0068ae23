from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.insert_dataset_examples_request_examples_item import (
        InsertDatasetExamplesRequestExamplesItem,
    )


T = TypeVar("T", bound="InsertDatasetExamplesRequest")


@_attrs_define
class InsertDatasetExamplesRequest:
    """
    Attributes:
        examples (list[InsertDatasetExamplesRequestExamplesItem]):
    """

    examples: list[InsertDatasetExamplesRequestExamplesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _examples = src_dict["examples"]
        examples: list[InsertDatasetExamplesRequestExamplesItem]
        try:
            if type(_examples) is not list:
                raise SchemaMismatch.expected("an array", _examples)
            examples_items: list[InsertDatasetExamplesRequestExamplesItem] = []
            for examples_item in _examples:
                try:
                    if type(examples_item) is not dict:
                        raise SchemaMismatch.expected("an object", examples_item)
                    examples_value = InsertDatasetExamplesRequestExamplesItem.from_dict(
                        examples_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(examples_items))
                examples_items.append(examples_value)
            examples = examples_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "examples")

        if cls is InsertDatasetExamplesRequest:
            insert_dataset_examples_request = cls.__new__(cls)
            insert_dataset_examples_request.examples = examples
            insert_dataset_examples_request.additional_properties = {}
        else:
            insert_dataset_examples_request = cls(
                examples=examples,
            )

        if len(src_dict) > 1:
            insert_dataset_examples_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return insert_dataset_examples_request

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
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global InsertDatasetExamplesRequestExamplesItem
    from ..models.insert_dataset_examples_request_examples_item import (
        InsertDatasetExamplesRequestExamplesItem,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
