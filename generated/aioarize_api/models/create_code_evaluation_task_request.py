from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_code_evaluation_task_request_type import (
    CreateCodeEvaluationTaskRequestType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_evaluator_input import SpanEvaluatorInput
    from ..models.task_query_filters_input import TaskQueryFiltersInput
    from ..models.trace_or_session_evaluator_input import TraceOrSessionEvaluatorInput


T = TypeVar("T", bound="CreateCodeEvaluationTaskRequest")


@_attrs_define
class CreateCodeEvaluationTaskRequest:
    """
    Attributes:
        name (str):
        evaluators (list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput]):
        type_ (CreateCodeEvaluationTaskRequestType):
        project_id (str | Unset):
        dataset_id (str | Unset):
        experiment_ids (list[str] | Unset):
        sampling_rate (float | Unset):
        is_continuous (bool | Unset):
        query_filter (str | Unset):
        query_filters (TaskQueryFiltersInput | Unset):
    """

    name: str
    evaluators: list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput]
    type_: CreateCodeEvaluationTaskRequestType
    project_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    experiment_ids: list[str] | Unset = UNSET
    sampling_rate: float | Unset = UNSET
    is_continuous: bool | Unset = UNSET
    query_filter: str | Unset = UNSET
    query_filters: TaskQueryFiltersInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        evaluators = []
        for evaluators_item_data in self.evaluators:
            evaluators_item: dict[str, Any]
            if isinstance(evaluators_item_data, SpanEvaluatorInput):
                evaluators_item = evaluators_item_data.to_dict()
            else:
                evaluators_item = evaluators_item_data.to_dict()

            evaluators.append(evaluators_item)

        type_ = self.type_.value

        project_id = self.project_id

        dataset_id = self.dataset_id

        experiment_ids: list[str] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        sampling_rate = self.sampling_rate

        is_continuous = self.is_continuous

        query_filter = self.query_filter

        query_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_filters, Unset):
            query_filters = self.query_filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "evaluators": evaluators,
                "type": type_,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if is_continuous is not UNSET:
            field_dict["is_continuous"] = is_continuous
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if query_filters is not UNSET:
            field_dict["query_filters"] = query_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _evaluators = src_dict["evaluators"]
        evaluators: list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput]
        try:
            if type(_evaluators) is not list:
                raise SchemaMismatch.expected("an array", _evaluators)
            evaluators_items: list[
                SpanEvaluatorInput | TraceOrSessionEvaluatorInput
            ] = []
            for evaluators_item in _evaluators:
                evaluators_value: SpanEvaluatorInput | TraceOrSessionEvaluatorInput
                try:
                    if type(evaluators_item) is dict:
                        try:
                            evaluators_value = SpanEvaluatorInput.from_dict(
                                evaluators_item
                            )

                        except (TypeError, ValueError, AttributeError, KeyError):
                            evaluators_value = TraceOrSessionEvaluatorInput.from_dict(
                                evaluators_item
                            )

                    else:
                        raise SchemaMismatch.expected("an object", evaluators_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(evaluators_items))
                evaluators_items.append(evaluators_value)
            evaluators = evaluators_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "evaluators")

        _type_ = src_dict["type"]
        type_: CreateCodeEvaluationTaskRequestType
        try:
            type_ = cast(
                CreateCodeEvaluationTaskRequestType,
                CreateCodeEvaluationTaskRequestType._value2member_map_.get(_type_)
                or CreateCodeEvaluationTaskRequestType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        project_id: str | Unset = src_dict.get("project_id", UNSET)
        if type(project_id) is not str and project_id is not UNSET:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        dataset_id: str | Unset = src_dict.get("dataset_id", UNSET)
        if type(dataset_id) is not str and dataset_id is not UNSET:
            raise SchemaMismatch.expected("a string", dataset_id, "dataset_id")

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

        sampling_rate: float | Unset = src_dict.get("sampling_rate", UNSET)
        if (
            (type(sampling_rate) is not float or sampling_rate - sampling_rate != 0)
            and type(sampling_rate) is not int
            and sampling_rate is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number", sampling_rate, "sampling_rate"
            )

        is_continuous: bool | Unset = src_dict.get("is_continuous", UNSET)
        if type(is_continuous) is not bool and is_continuous is not UNSET:
            raise SchemaMismatch.expected("a boolean", is_continuous, "is_continuous")

        query_filter: str | Unset = src_dict.get("query_filter", UNSET)
        if type(query_filter) is not str and query_filter is not UNSET:
            raise SchemaMismatch.expected("a string", query_filter, "query_filter")

        _query_filters = src_dict.get("query_filters", UNSET)
        query_filters: TaskQueryFiltersInput | Unset
        if _query_filters is UNSET:
            query_filters = UNSET
        else:
            try:
                if type(_query_filters) is not dict:
                    raise SchemaMismatch.expected("an object", _query_filters)
                query_filters = TaskQueryFiltersInput.from_dict(_query_filters)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "query_filters")

        if cls is CreateCodeEvaluationTaskRequest:
            create_code_evaluation_task_request = cls.__new__(cls)
            create_code_evaluation_task_request.name = name
            create_code_evaluation_task_request.evaluators = evaluators
            create_code_evaluation_task_request.type_ = type_
            create_code_evaluation_task_request.project_id = project_id
            create_code_evaluation_task_request.dataset_id = dataset_id
            create_code_evaluation_task_request.experiment_ids = experiment_ids
            create_code_evaluation_task_request.sampling_rate = sampling_rate
            create_code_evaluation_task_request.is_continuous = is_continuous
            create_code_evaluation_task_request.query_filter = query_filter
            create_code_evaluation_task_request.query_filters = query_filters
            create_code_evaluation_task_request.additional_properties = {}
        else:
            create_code_evaluation_task_request = cls(
                name=name,
                evaluators=evaluators,
                type_=type_,
                project_id=project_id,
                dataset_id=dataset_id,
                experiment_ids=experiment_ids,
                sampling_rate=sampling_rate,
                is_continuous=is_continuous,
                query_filter=query_filter,
                query_filters=query_filters,
            )

        if len(src_dict) > 3 + (project_id is not UNSET) + (dataset_id is not UNSET) + (
            experiment_ids is not UNSET
        ) + (sampling_rate is not UNSET) + (is_continuous is not UNSET) + (
            query_filter is not UNSET
        ) + (query_filters is not UNSET):
            create_code_evaluation_task_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_code_evaluation_task_request

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
        "name",
        "evaluators",
        "type",
        "project_id",
        "dataset_id",
        "experiment_ids",
        "sampling_rate",
        "is_continuous",
        "query_filter",
        "query_filters",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global SpanEvaluatorInput
    global TaskQueryFiltersInput
    global TraceOrSessionEvaluatorInput
    from ..models.span_evaluator_input import SpanEvaluatorInput  # noqa: PLC0415
    from ..models.task_query_filters_input import TaskQueryFiltersInput  # noqa: PLC0415
    from ..models.trace_or_session_evaluator_input import TraceOrSessionEvaluatorInput  # noqa: PLC0415

    _lazy_imports_pending = False
