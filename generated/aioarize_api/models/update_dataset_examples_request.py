from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_dataset_example_input import UpdateDatasetExampleInput


T = TypeVar("T", bound="UpdateDatasetExamplesRequest")


@_attrs_define
class UpdateDatasetExamplesRequest:
    """
    Attributes:
        examples (list[UpdateDatasetExampleInput]):
        new_version (str | Unset):
    """

    examples: list[UpdateDatasetExampleInput]
    new_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        new_version = self.new_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
            }
        )
        if new_version is not UNSET:
            field_dict["new_version"] = new_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _examples = src_dict["examples"]
        examples: list[UpdateDatasetExampleInput]
        try:
            if type(_examples) is not list:
                raise SchemaMismatch.expected("an array", _examples)
            examples_items: list[UpdateDatasetExampleInput] = []
            for examples_item in _examples:
                try:
                    if type(examples_item) is not dict:
                        raise SchemaMismatch.expected("an object", examples_item)
                    examples_value = UpdateDatasetExampleInput.from_dict(examples_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(examples_items))
                examples_items.append(examples_value)
            examples = examples_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "examples")

        new_version: str | Unset = src_dict.get("new_version", UNSET)
        if type(new_version) is not str and new_version is not UNSET:
            raise SchemaMismatch.expected("a string", new_version, "new_version")

        if cls is UpdateDatasetExamplesRequest:
            update_dataset_examples_request = cls.__new__(cls)
            update_dataset_examples_request.examples = examples
            update_dataset_examples_request.new_version = new_version
            update_dataset_examples_request.additional_properties = {}
        else:
            update_dataset_examples_request = cls(
                examples=examples,
                new_version=new_version,
            )

        if len(src_dict) > 1 + (new_version is not UNSET):
            update_dataset_examples_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_dataset_examples_request

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
        "new_version",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global UpdateDatasetExampleInput
    from ..models.update_dataset_example_input import UpdateDatasetExampleInput  # noqa: PLC0415

    _lazy_imports_pending = False
