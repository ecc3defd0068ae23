from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSpansRequest")


@_attrs_define
class ListSpansRequest:
    """
    Attributes:
        project_id (str):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        filter_ (str | Unset):
        included_columns (list[str] | Unset):
        excluded_columns (list[str] | Unset):
        truncate_string_length (int | Unset):
    """

    project_id: str
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    filter_: str | Unset = UNSET
    included_columns: list[str] | Unset = UNSET
    excluded_columns: list[str] | Unset = UNSET
    truncate_string_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        filter_ = self.filter_

        included_columns: list[str] | Unset = UNSET
        if not isinstance(self.included_columns, Unset):
            included_columns = self.included_columns

        excluded_columns: list[str] | Unset = UNSET
        if not isinstance(self.excluded_columns, Unset):
            excluded_columns = self.excluded_columns

        truncate_string_length = self.truncate_string_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if included_columns is not UNSET:
            field_dict["included_columns"] = included_columns
        if excluded_columns is not UNSET:
            field_dict["excluded_columns"] = excluded_columns
        if truncate_string_length is not UNSET:
            field_dict["truncate_string_length"] = truncate_string_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id: str = src_dict["project_id"]
        if type(project_id) is not str:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        _start_time = src_dict.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            try:
                start_time = datetime.datetime.fromisoformat(_start_time)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _start_time, "start_time"
                ) from None

        _end_time = src_dict.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            try:
                end_time = datetime.datetime.fromisoformat(_end_time)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _end_time, "end_time"
                ) from None

        filter_: str | Unset = src_dict.get("filter", UNSET)
        if type(filter_) is not str and filter_ is not UNSET:
            raise SchemaMismatch.expected("a string", filter_, "filter")

        _included_columns = src_dict.get("included_columns", UNSET)
        included_columns: list[str] | Unset
        if _included_columns is UNSET:
            included_columns = UNSET
        else:
            try:
                if type(_included_columns) is not list:
                    raise SchemaMismatch.expected("an array", _included_columns)
                for included_columns_item in _included_columns:
                    if type(included_columns_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _included_columns, included_columns_item
                        )
                included_columns = _included_columns

            except Exception as error_:
                raise SchemaMismatch.at(error_, "included_columns")

        _excluded_columns = src_dict.get("excluded_columns", UNSET)
        excluded_columns: list[str] | Unset
        if _excluded_columns is UNSET:
            excluded_columns = UNSET
        else:
            try:
                if type(_excluded_columns) is not list:
                    raise SchemaMismatch.expected("an array", _excluded_columns)
                for excluded_columns_item in _excluded_columns:
                    if type(excluded_columns_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _excluded_columns, excluded_columns_item
                        )
                excluded_columns = _excluded_columns

            except Exception as error_:
                raise SchemaMismatch.at(error_, "excluded_columns")

        truncate_string_length: int | Unset = src_dict.get(
            "truncate_string_length", UNSET
        )
        if (
            type(truncate_string_length) is not int
            and truncate_string_length is not UNSET
        ):
            raise SchemaMismatch.expected(
                "an integer", truncate_string_length, "truncate_string_length"
            )

        if cls is ListSpansRequest:
            list_spans_request = cls.__new__(cls)
            list_spans_request.project_id = project_id
            list_spans_request.start_time = start_time
            list_spans_request.end_time = end_time
            list_spans_request.filter_ = filter_
            list_spans_request.included_columns = included_columns
            list_spans_request.excluded_columns = excluded_columns
            list_spans_request.truncate_string_length = truncate_string_length
            list_spans_request.additional_properties = {}
        else:
            list_spans_request = cls(
                project_id=project_id,
                start_time=start_time,
                end_time=end_time,
                filter_=filter_,
                included_columns=included_columns,
                excluded_columns=excluded_columns,
                truncate_string_length=truncate_string_length,
            )

        if len(src_dict) > 1 + (start_time is not UNSET) + (end_time is not UNSET) + (
            filter_ is not UNSET
        ) + (included_columns is not UNSET) + (excluded_columns is not UNSET) + (
            truncate_string_length is not UNSET
        ):
            list_spans_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_spans_request

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
        "project_id",
        "start_time",
        "end_time",
        "filter",
        "included_columns",
        "excluded_columns",
        "truncate_string_length",
    }
)
