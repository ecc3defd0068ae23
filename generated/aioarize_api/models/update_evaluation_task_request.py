from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_evaluator_input import SpanEvaluatorInput
    from ..models.task_query_filters_input import TaskQueryFiltersInput
    from ..models.trace_or_session_evaluator_input import TraceOrSessionEvaluatorInput


T = TypeVar("T", bound="UpdateEvaluationTaskRequest")


@_attrs_define
class UpdateEvaluationTaskRequest:
    """
    Attributes:
        name (str | Unset):
        sampling_rate (float | Unset):
        is_continuous (bool | Unset):
        query_filter (None | str | Unset):
        query_filters (None | TaskQueryFiltersInput | Unset):
        evaluators (list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput] | Unset):
    """

    name: str | Unset = UNSET
    sampling_rate: float | Unset = UNSET
    is_continuous: bool | Unset = UNSET
    query_filter: None | str | Unset = UNSET
    query_filters: None | TaskQueryFiltersInput | Unset = UNSET
    evaluators: list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        sampling_rate = self.sampling_rate

        is_continuous = self.is_continuous

        query_filter: None | str | Unset
        if isinstance(self.query_filter, Unset):
            query_filter = UNSET
        else:
            query_filter = self.query_filter

        query_filters: dict[str, Any] | None | Unset
        if isinstance(self.query_filters, Unset):
            query_filters = UNSET
        elif isinstance(self.query_filters, TaskQueryFiltersInput):
            query_filters = self.query_filters.to_dict()
        else:
            query_filters = self.query_filters

        evaluators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluators, Unset):
            evaluators = []
            for evaluators_item_data in self.evaluators:
                evaluators_item: dict[str, Any]
                if isinstance(evaluators_item_data, SpanEvaluatorInput):
                    evaluators_item = evaluators_item_data.to_dict()
                else:
                    evaluators_item = evaluators_item_data.to_dict()

                evaluators.append(evaluators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if is_continuous is not UNSET:
            field_dict["is_continuous"] = is_continuous
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if query_filters is not UNSET:
            field_dict["query_filters"] = query_filters
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

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

        query_filter: None | str | Unset = src_dict.get("query_filter", UNSET)
        if (
            query_filter is not None
            and type(query_filter) is not str
            and query_filter is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", query_filter, "query_filter"
            )

        _query_filters = src_dict.get("query_filters", UNSET)
        query_filters: None | TaskQueryFiltersInput | Unset
        if _query_filters is UNSET:
            query_filters = UNSET
        else:
            try:
                if _query_filters is None:
                    query_filters = None
                elif type(_query_filters) is dict:
                    query_filters = TaskQueryFiltersInput.from_dict(_query_filters)

                else:
                    raise SchemaMismatch.expected("an object or null", _query_filters)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "query_filters")

        _evaluators = src_dict.get("evaluators", UNSET)
        evaluators: list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput] | Unset
        if _evaluators is UNSET:
            evaluators = UNSET
        else:
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
                                evaluators_value = (
                                    TraceOrSessionEvaluatorInput.from_dict(
                                        evaluators_item
                                    )
                                )

                        else:
                            raise SchemaMismatch.expected("an object", evaluators_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(evaluators_items))
                    evaluators_items.append(evaluators_value)
                evaluators = evaluators_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "evaluators")

        if cls is UpdateEvaluationTaskRequest:
            update_evaluation_task_request = cls.__new__(cls)
            update_evaluation_task_request.name = name
            update_evaluation_task_request.sampling_rate = sampling_rate
            update_evaluation_task_request.is_continuous = is_continuous
            update_evaluation_task_request.query_filter = query_filter
            update_evaluation_task_request.query_filters = query_filters
            update_evaluation_task_request.evaluators = evaluators
            update_evaluation_task_request.additional_properties = {}
        else:
            update_evaluation_task_request = cls(
                name=name,
                sampling_rate=sampling_rate,
                is_continuous=is_continuous,
                query_filter=query_filter,
                query_filters=query_filters,
                evaluators=evaluators,
            )

        if len(src_dict) > (name is not UNSET) + (sampling_rate is not UNSET) + (
            is_continuous is not UNSET
        ) + (query_filter is not UNSET) + (query_filters is not UNSET) + (
            evaluators is not UNSET
        ):
            update_evaluation_task_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_evaluation_task_request

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
        "sampling_rate",
        "is_continuous",
        "query_filter",
        "query_filters",
        "evaluators",
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
