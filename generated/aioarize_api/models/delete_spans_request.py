from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSpansRequest")


@_attrs_define
class DeleteSpansRequest:
    """
    Attributes:
        project_id (str):
        span_ids (list[str]):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
    """

    project_id: str
    span_ids: list[str]
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        span_ids = self.span_ids

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "span_ids": span_ids,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id: str = src_dict["project_id"]
        if type(project_id) is not str:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        _span_ids = src_dict["span_ids"]
        span_ids: list[str]
        try:
            if type(_span_ids) is not list:
                raise SchemaMismatch.expected("an array", _span_ids)
            for span_ids_item in _span_ids:
                if type(span_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _span_ids, span_ids_item
                    )
            span_ids = _span_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "span_ids")

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

        if cls is DeleteSpansRequest:
            delete_spans_request = cls.__new__(cls)
            delete_spans_request.project_id = project_id
            delete_spans_request.span_ids = span_ids
            delete_spans_request.start_time = start_time
            delete_spans_request.end_time = end_time
            delete_spans_request.additional_properties = {}
        else:
            delete_spans_request = cls(
                project_id=project_id,
                span_ids=span_ids,
                start_time=start_time,
                end_time=end_time,
            )

        if len(src_dict) > 2 + (start_time is not UNSET) + (end_time is not UNSET):
            delete_spans_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_spans_request

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
        "span_ids",
        "start_time",
        "end_time",
    }
)
