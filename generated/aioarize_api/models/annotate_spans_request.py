from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.record_granularity import RecordGranularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotate_record_input import AnnotateRecordInput


T = TypeVar("T", bound="AnnotateSpansRequest")


@_attrs_define
class AnnotateSpansRequest:
    """
    Attributes:
        project_id (str):
        annotations (list[AnnotateRecordInput]):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        granularity (RecordGranularity | Unset):
    """

    project_id: str
    annotations: list[AnnotateRecordInput]
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    granularity: RecordGranularity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        project_id = self.project_id

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "annotations": annotations,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if granularity is not UNSET:
            field_dict["granularity"] = granularity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        project_id: str = src_dict["project_id"]
        if type(project_id) is not str:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        _annotations = src_dict["annotations"]
        annotations: list[AnnotateRecordInput]
        try:
            if type(_annotations) is not list:
                raise SchemaMismatch.expected("an array", _annotations)
            annotations_items: list[AnnotateRecordInput] = []
            for annotations_item in _annotations:
                try:
                    if type(annotations_item) is not dict:
                        raise SchemaMismatch.expected("an object", annotations_item)
                    annotations_value = AnnotateRecordInput.from_dict(annotations_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(annotations_items))
                annotations_items.append(annotations_value)
            annotations = annotations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "annotations")

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

        _granularity = src_dict.get("granularity", UNSET)
        granularity: RecordGranularity | Unset
        if _granularity is UNSET:
            granularity = UNSET
        else:
            try:
                granularity = cast(
                    RecordGranularity,
                    RecordGranularity._value2member_map_.get(_granularity)
                    or RecordGranularity(_granularity),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _granularity, "granularity"
                ) from None

        if cls is AnnotateSpansRequest:
            annotate_spans_request = cls.__new__(cls)
            annotate_spans_request.project_id = project_id
            annotate_spans_request.annotations = annotations
            annotate_spans_request.start_time = start_time
            annotate_spans_request.end_time = end_time
            annotate_spans_request.granularity = granularity
            annotate_spans_request.additional_properties = {}
        else:
            annotate_spans_request = cls(
                project_id=project_id,
                annotations=annotations,
                start_time=start_time,
                end_time=end_time,
                granularity=granularity,
            )

        if len(src_dict) > 2 + (start_time is not UNSET) + (end_time is not UNSET) + (
            granularity is not UNSET
        ):
            annotate_spans_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotate_spans_request

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
        "annotations",
        "start_time",
        "end_time",
        "granularity",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotateRecordInput
    from ..models.annotate_record_input import AnnotateRecordInput  # noqa: PLC0415

    _lazy_imports_pending = False
