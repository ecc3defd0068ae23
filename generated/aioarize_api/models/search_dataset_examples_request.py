from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchDatasetExamplesRequest")


@_attrs_define
class SearchDatasetExamplesRequest:
    """
    Attributes:
        filter_ (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        dataset_version_id (str | Unset):
    """

    filter_: str | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_

        limit = self.limit

        cursor = self.cursor

        dataset_version_id = self.dataset_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        filter_: str | Unset = src_dict.get("filter", UNSET)
        if type(filter_) is not str and filter_ is not UNSET:
            raise SchemaMismatch.expected("a string", filter_, "filter")

        limit: int | Unset = src_dict.get("limit", UNSET)
        if type(limit) is not int and limit is not UNSET:
            raise SchemaMismatch.expected("an integer", limit, "limit")

        cursor: str | Unset = src_dict.get("cursor", UNSET)
        if type(cursor) is not str and cursor is not UNSET:
            raise SchemaMismatch.expected("a string", cursor, "cursor")

        dataset_version_id: str | Unset = src_dict.get("dataset_version_id", UNSET)
        if type(dataset_version_id) is not str and dataset_version_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", dataset_version_id, "dataset_version_id"
            )

        if cls is SearchDatasetExamplesRequest:
            search_dataset_examples_request = cls.__new__(cls)
            search_dataset_examples_request.filter_ = filter_
            search_dataset_examples_request.limit = limit
            search_dataset_examples_request.cursor = cursor
            search_dataset_examples_request.dataset_version_id = dataset_version_id
            search_dataset_examples_request.additional_properties = {}
        else:
            search_dataset_examples_request = cls(
                filter_=filter_,
                limit=limit,
                cursor=cursor,
                dataset_version_id=dataset_version_id,
            )

        if len(src_dict) > (filter_ is not UNSET) + (limit is not UNSET) + (
            cursor is not UNSET
        ) + (dataset_version_id is not UNSET):
            search_dataset_examples_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return search_dataset_examples_request

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
        "filter",
        "limit",
        "cursor",
        "dataset_version_id",
    }
)
