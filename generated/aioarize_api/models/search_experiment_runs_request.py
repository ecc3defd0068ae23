from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchExperimentRunsRequest")


@_attrs_define
class SearchExperimentRunsRequest:
    """
    Attributes:
        filter_ (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
    """

    filter_: str | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_

        limit = self.limit

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

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

        if cls is SearchExperimentRunsRequest:
            search_experiment_runs_request = cls.__new__(cls)
            search_experiment_runs_request.filter_ = filter_
            search_experiment_runs_request.limit = limit
            search_experiment_runs_request.cursor = cursor
            search_experiment_runs_request.additional_properties = {}
        else:
            search_experiment_runs_request = cls(
                filter_=filter_,
                limit=limit,
                cursor=cursor,
            )

        if len(src_dict) > (filter_ is not UNSET) + (limit is not UNSET) + (
            cursor is not UNSET
        ):
            search_experiment_runs_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return search_experiment_runs_request

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
    }
)
