from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_run_experiment_task_run_request_tracing_metadata import (
        TriggerRunExperimentTaskRunRequestTracingMetadata,
    )


T = TypeVar("T", bound="TriggerRunExperimentTaskRunRequest")


@_attrs_define
class TriggerRunExperimentTaskRunRequest:
    """
    Attributes:
        experiment_name (str):
        dataset_version_id (str | Unset):
        example_ids (list[str] | Unset):
        max_examples (int | Unset):
        query_filter (str | Unset):
        tracing_metadata (TriggerRunExperimentTaskRunRequestTracingMetadata | Unset):
        evaluation_task_ids (list[str] | Unset):
    """

    experiment_name: str
    dataset_version_id: str | Unset = UNSET
    example_ids: list[str] | Unset = UNSET
    max_examples: int | Unset = UNSET
    query_filter: str | Unset = UNSET
    tracing_metadata: TriggerRunExperimentTaskRunRequestTracingMetadata | Unset = UNSET
    evaluation_task_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        experiment_name = self.experiment_name

        dataset_version_id = self.dataset_version_id

        example_ids: list[str] | Unset = UNSET
        if not isinstance(self.example_ids, Unset):
            example_ids = self.example_ids

        max_examples = self.max_examples

        query_filter = self.query_filter

        tracing_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracing_metadata, Unset):
            tracing_metadata = self.tracing_metadata.to_dict()

        evaluation_task_ids: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_task_ids, Unset):
            evaluation_task_ids = self.evaluation_task_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_name": experiment_name,
            }
        )
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if example_ids is not UNSET:
            field_dict["example_ids"] = example_ids
        if max_examples is not UNSET:
            field_dict["max_examples"] = max_examples
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if tracing_metadata is not UNSET:
            field_dict["tracing_metadata"] = tracing_metadata
        if evaluation_task_ids is not UNSET:
            field_dict["evaluation_task_ids"] = evaluation_task_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        experiment_name: str = src_dict["experiment_name"]
        if type(experiment_name) is not str:
            raise SchemaMismatch.expected(
                "a string", experiment_name, "experiment_name"
            )

        dataset_version_id: str | Unset = src_dict.get("dataset_version_id", UNSET)
        if type(dataset_version_id) is not str and dataset_version_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", dataset_version_id, "dataset_version_id"
            )

        _example_ids = src_dict.get("example_ids", UNSET)
        example_ids: list[str] | Unset
        if _example_ids is UNSET:
            example_ids = UNSET
        else:
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

        max_examples: int | Unset = src_dict.get("max_examples", UNSET)
        if type(max_examples) is not int and max_examples is not UNSET:
            raise SchemaMismatch.expected("an integer", max_examples, "max_examples")

        query_filter: str | Unset = src_dict.get("query_filter", UNSET)
        if type(query_filter) is not str and query_filter is not UNSET:
            raise SchemaMismatch.expected("a string", query_filter, "query_filter")

        _tracing_metadata = src_dict.get("tracing_metadata", UNSET)
        tracing_metadata: TriggerRunExperimentTaskRunRequestTracingMetadata | Unset
        if _tracing_metadata is UNSET:
            tracing_metadata = UNSET
        else:
            try:
                if type(_tracing_metadata) is not dict:
                    raise SchemaMismatch.expected("an object", _tracing_metadata)
                tracing_metadata = (
                    TriggerRunExperimentTaskRunRequestTracingMetadata.from_dict(
                        _tracing_metadata
                    )
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "tracing_metadata")

        _evaluation_task_ids = src_dict.get("evaluation_task_ids", UNSET)
        evaluation_task_ids: list[str] | Unset
        if _evaluation_task_ids is UNSET:
            evaluation_task_ids = UNSET
        else:
            try:
                if type(_evaluation_task_ids) is not list:
                    raise SchemaMismatch.expected("an array", _evaluation_task_ids)
                for evaluation_task_ids_item in _evaluation_task_ids:
                    if type(evaluation_task_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _evaluation_task_ids, evaluation_task_ids_item
                        )
                evaluation_task_ids = _evaluation_task_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "evaluation_task_ids")

        if cls is TriggerRunExperimentTaskRunRequest:
            trigger_run_experiment_task_run_request = cls.__new__(cls)
            trigger_run_experiment_task_run_request.experiment_name = experiment_name
            trigger_run_experiment_task_run_request.dataset_version_id = (
                dataset_version_id
            )
            trigger_run_experiment_task_run_request.example_ids = example_ids
            trigger_run_experiment_task_run_request.max_examples = max_examples
            trigger_run_experiment_task_run_request.query_filter = query_filter
            trigger_run_experiment_task_run_request.tracing_metadata = tracing_metadata
            trigger_run_experiment_task_run_request.evaluation_task_ids = (
                evaluation_task_ids
            )
            trigger_run_experiment_task_run_request.additional_properties = {}
        else:
            trigger_run_experiment_task_run_request = cls(
                experiment_name=experiment_name,
                dataset_version_id=dataset_version_id,
                example_ids=example_ids,
                max_examples=max_examples,
                query_filter=query_filter,
                tracing_metadata=tracing_metadata,
                evaluation_task_ids=evaluation_task_ids,
            )

        if len(src_dict) > 1 + (dataset_version_id is not UNSET) + (
            example_ids is not UNSET
        ) + (max_examples is not UNSET) + (query_filter is not UNSET) + (
            tracing_metadata is not UNSET
        ) + (evaluation_task_ids is not UNSET):
            trigger_run_experiment_task_run_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return trigger_run_experiment_task_run_request

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
        "experiment_name",
        "dataset_version_id",
        "example_ids",
        "max_examples",
        "query_filter",
        "tracing_metadata",
        "evaluation_task_ids",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global TriggerRunExperimentTaskRunRequestTracingMetadata
    from ..models.trigger_run_experiment_task_run_request_tracing_metadata import (
        TriggerRunExperimentTaskRunRequestTracingMetadata,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
