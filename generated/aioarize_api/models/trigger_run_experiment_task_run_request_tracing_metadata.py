from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="TriggerRunExperimentTaskRunRequestTracingMetadata")


@_attrs_define
class TriggerRunExperimentTaskRunRequestTracingMetadata:
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is TriggerRunExperimentTaskRunRequestTracingMetadata:
            trigger_run_experiment_task_run_request_tracing_metadata = cls.__new__(cls)
            trigger_run_experiment_task_run_request_tracing_metadata.additional_properties = {}
        else:
            trigger_run_experiment_task_run_request_tracing_metadata = cls()

        additional_properties: dict[str, str] = {}
        for prop_name, prop_value in src_dict.items():
            try:
                if type(prop_value) is not str:
                    raise SchemaMismatch.expected("a string", prop_value)
                additional_properties[prop_name] = prop_value

            except Exception as error_:
                raise SchemaMismatch.at(error_, prop_name)
        trigger_run_experiment_task_run_request_tracing_metadata.additional_properties = additional_properties

        return trigger_run_experiment_task_run_request_tracing_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
