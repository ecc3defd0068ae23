from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTracesRequest")


@_attrs_define
class ListTracesRequest:
    """
    Attributes:
        project_id (str):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        filter_ (str | Unset):
    """

    project_id: str
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    filter_: str | Unset = UNSET
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

        if cls is ListTracesRequest:
            list_traces_request = cls.__new__(cls)
            list_traces_request.project_id = project_id
            list_traces_request.start_time = start_time
            list_traces_request.end_time = end_time
            list_traces_request.filter_ = filter_
            list_traces_request.additional_properties = {}
        else:
            list_traces_request = cls(
                project_id=project_id,
                start_time=start_time,
                end_time=end_time,
                filter_=filter_,
            )

        if len(src_dict) > 1 + (start_time is not UNSET) + (end_time is not UNSET) + (
            filter_ is not UNSET
        ):
            list_traces_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_traces_request

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
    }
)
