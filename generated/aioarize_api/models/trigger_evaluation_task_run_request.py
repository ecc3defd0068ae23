from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerEvaluationTaskRunRequest")


@_attrs_define
class TriggerEvaluationTaskRunRequest:
    """
    Attributes:
        data_start_time (datetime.datetime | Unset):
        data_end_time (datetime.datetime | Unset):
        max_spans (int | Unset):
        override_evaluations (bool | Unset):
        experiment_ids (list[str] | Unset):
    """

    data_start_time: datetime.datetime | Unset = UNSET
    data_end_time: datetime.datetime | Unset = UNSET
    max_spans: int | Unset = UNSET
    override_evaluations: bool | Unset = UNSET
    experiment_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_start_time: str | Unset = UNSET
        if not isinstance(self.data_start_time, Unset):
            data_start_time = self.data_start_time.isoformat()

        data_end_time: str | Unset = UNSET
        if not isinstance(self.data_end_time, Unset):
            data_end_time = self.data_end_time.isoformat()

        max_spans = self.max_spans

        override_evaluations = self.override_evaluations

        experiment_ids: list[str] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_start_time is not UNSET:
            field_dict["data_start_time"] = data_start_time
        if data_end_time is not UNSET:
            field_dict["data_end_time"] = data_end_time
        if max_spans is not UNSET:
            field_dict["max_spans"] = max_spans
        if override_evaluations is not UNSET:
            field_dict["override_evaluations"] = override_evaluations
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data_start_time = src_dict.get("data_start_time", UNSET)
        data_start_time: datetime.datetime | Unset
        if _data_start_time is UNSET:
            data_start_time = UNSET
        else:
            try:
                data_start_time = datetime.datetime.fromisoformat(_data_start_time)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _data_start_time, "data_start_time"
                ) from None

        _data_end_time = src_dict.get("data_end_time", UNSET)
        data_end_time: datetime.datetime | Unset
        if _data_end_time is UNSET:
            data_end_time = UNSET
        else:
            try:
                data_end_time = datetime.datetime.fromisoformat(_data_end_time)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _data_end_time, "data_end_time"
                ) from None

        max_spans: int | Unset = src_dict.get("max_spans", UNSET)
        if type(max_spans) is not int and max_spans is not UNSET:
            raise SchemaMismatch.expected("an integer", max_spans, "max_spans")

        override_evaluations: bool | Unset = src_dict.get("override_evaluations", UNSET)
        if type(override_evaluations) is not bool and override_evaluations is not UNSET:
            raise SchemaMismatch.expected(
                "a boolean", override_evaluations, "override_evaluations"
            )

        _experiment_ids = src_dict.get("experiment_ids", UNSET)
        experiment_ids: list[str] | Unset
        if _experiment_ids is UNSET:
            experiment_ids = UNSET
        else:
            try:
                if type(_experiment_ids) is not list:
                    raise SchemaMismatch.expected("an array", _experiment_ids)
                for experiment_ids_item in _experiment_ids:
                    if type(experiment_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _experiment_ids, experiment_ids_item
                        )
                experiment_ids = _experiment_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "experiment_ids")

        if cls is TriggerEvaluationTaskRunRequest:
            trigger_evaluation_task_run_request = cls.__new__(cls)
            trigger_evaluation_task_run_request.data_start_time = data_start_time
            trigger_evaluation_task_run_request.data_end_time = data_end_time
            trigger_evaluation_task_run_request.max_spans = max_spans
            trigger_evaluation_task_run_request.override_evaluations = (
                override_evaluations
            )
            trigger_evaluation_task_run_request.experiment_ids = experiment_ids
            trigger_evaluation_task_run_request.additional_properties = {}
        else:
            trigger_evaluation_task_run_request = cls(
                data_start_time=data_start_time,
                data_end_time=data_end_time,
                max_spans=max_spans,
                override_evaluations=override_evaluations,
                experiment_ids=experiment_ids,
            )

        if len(src_dict) > (data_start_time is not UNSET) + (
            data_end_time is not UNSET
        ) + (max_spans is not UNSET) + (override_evaluations is not UNSET) + (
            experiment_ids is not UNSET
        ):
            trigger_evaluation_task_run_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return trigger_evaluation_task_run_request

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
        "data_start_time",
        "data_end_time",
        "max_spans",
        "override_evaluations",
        "experiment_ids",
    }
)
