from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="DeleteDatasetExamplesRequest")


@_attrs_define
class DeleteDatasetExamplesRequest:
    """
    Attributes:
        dataset_version_id (str):
        example_ids (list[str]):
    """

    dataset_version_id: str
    example_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_version_id = self.dataset_version_id

        example_ids = self.example_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_version_id": dataset_version_id,
                "example_ids": example_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dataset_version_id: str = src_dict["dataset_version_id"]
        if type(dataset_version_id) is not str:
            raise SchemaMismatch.expected(
                "a string", dataset_version_id, "dataset_version_id"
            )

        _example_ids = src_dict["example_ids"]
        example_ids: list[str]
        try:
            if type(_example_ids) is not list:
                raise SchemaMismatch.expected("an array", _example_ids)
            for example_ids_item in _example_ids:
                if type(example_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _example_ids, example_ids_item
                    )
            example_ids = _example_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "example_ids")

        if cls is DeleteDatasetExamplesRequest:
            delete_dataset_examples_request = cls.__new__(cls)
            delete_dataset_examples_request.dataset_version_id = dataset_version_id
            delete_dataset_examples_request.example_ids = example_ids
            delete_dataset_examples_request.additional_properties = {}
        else:
            delete_dataset_examples_request = cls(
                dataset_version_id=dataset_version_id,
                example_ids=example_ids,
            )

        if len(src_dict) > 2:
            delete_dataset_examples_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_dataset_examples_request

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
        "dataset_version_id",
        "example_ids",
    }
)
