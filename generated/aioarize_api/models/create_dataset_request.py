from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.create_dataset_request_examples_item import (
        CreateDatasetRequestExamplesItem,
    )


T = TypeVar("T", bound="CreateDatasetRequest")


@_attrs_define
class CreateDatasetRequest:
    """
    Attributes:
        name (str):
        space_id (str):
        examples (list[CreateDatasetRequestExamplesItem]):
    """

    name: str
    space_id: str
    examples: list[CreateDatasetRequestExamplesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        space_id = self.space_id

        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
                "examples": examples,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _examples = src_dict["examples"]
        examples: list[CreateDatasetRequestExamplesItem]
        try:
            if type(_examples) is not list:
                raise SchemaMismatch.expected("an array", _examples)
            examples_items: list[CreateDatasetRequestExamplesItem] = []
            for examples_item in _examples:
                try:
                    if type(examples_item) is not dict:
                        raise SchemaMismatch.expected("an object", examples_item)
                    examples_value = CreateDatasetRequestExamplesItem.from_dict(
                        examples_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(examples_items))
                examples_items.append(examples_value)
            examples = examples_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "examples")

        if cls is CreateDatasetRequest:
            create_dataset_request = cls.__new__(cls)
            create_dataset_request.name = name
            create_dataset_request.space_id = space_id
            create_dataset_request.examples = examples
            create_dataset_request.additional_properties = {}
        else:
            create_dataset_request = cls(
                name=name,
                space_id=space_id,
                examples=examples,
            )

        if len(src_dict) > 3:
            create_dataset_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_dataset_request

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
        "name",
        "space_id",
        "examples",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateDatasetRequestExamplesItem
    from ..models.create_dataset_request_examples_item import (
        CreateDatasetRequestExamplesItem,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
