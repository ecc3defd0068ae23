from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        name = src_dict.get("name", UNSET)

        sampling_rate = src_dict.get("sampling_rate", UNSET)

        is_continuous = src_dict.get("is_continuous", UNSET)

        query_filter: None | str | Unset = src_dict.get("query_filter", UNSET)

        def _parse_query_filters(data: object) -> None | TaskQueryFiltersInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_filters_type_0 = TaskQueryFiltersInput.from_dict(data)

                return query_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskQueryFiltersInput | Unset, data)

        query_filters = _parse_query_filters(src_dict.get("query_filters", UNSET))

        _evaluators = src_dict.get("evaluators", UNSET)
        evaluators: list[SpanEvaluatorInput | TraceOrSessionEvaluatorInput] | Unset = (
            UNSET
        )
        if _evaluators is not UNSET:
            evaluators = []
            for evaluators_item_data in _evaluators:

                def _parse_evaluators_item(
                    data: object,
                ) -> SpanEvaluatorInput | TraceOrSessionEvaluatorInput:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_evaluator_input_type_0 = (
                            SpanEvaluatorInput.from_dict(data)
                        )

                        return componentsschemas_task_evaluator_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_task_evaluator_input_type_1 = (
                        TraceOrSessionEvaluatorInput.from_dict(data)
                    )

                    return componentsschemas_task_evaluator_input_type_1

                evaluators_item = _parse_evaluators_item(evaluators_item_data)

                evaluators.append(evaluators_item)

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
