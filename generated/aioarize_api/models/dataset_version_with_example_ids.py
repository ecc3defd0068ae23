from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="DatasetVersionWithExampleIds")


@_attrs_define
class DatasetVersionWithExampleIds:
    """
    Attributes:
        id (str):
        name (str):
        space_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        dataset_version_id (str):
        example_ids (list[str]):
    """

    id: str
    name: str
    space_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    dataset_version_id: str
    example_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        space_id = self.space_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        dataset_version_id = self.dataset_version_id

        example_ids = self.example_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "space_id": space_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "dataset_version_id": dataset_version_id,
                "example_ids": example_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _updated_at = src_dict["updated_at"]
        updated_at: datetime.datetime
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _updated_at, "updated_at"
            ) from None

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

        if cls is DatasetVersionWithExampleIds:
            dataset_version_with_example_ids = cls.__new__(cls)
            dataset_version_with_example_ids.id = id
            dataset_version_with_example_ids.name = name
            dataset_version_with_example_ids.space_id = space_id
            dataset_version_with_example_ids.created_at = created_at
            dataset_version_with_example_ids.updated_at = updated_at
            dataset_version_with_example_ids.dataset_version_id = dataset_version_id
            dataset_version_with_example_ids.example_ids = example_ids
            dataset_version_with_example_ids.additional_properties = {}
        else:
            dataset_version_with_example_ids = cls(
                id=id,
                name=name,
                space_id=space_id,
                created_at=created_at,
                updated_at=updated_at,
                dataset_version_id=dataset_version_id,
                example_ids=example_ids,
            )

        if len(src_dict) > 7:
            dataset_version_with_example_ids.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dataset_version_with_example_ids

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
        "id",
        "name",
        "space_id",
        "created_at",
        "updated_at",
        "dataset_version_id",
        "example_ids",
    }
)
