from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.task_evaluator_column_mappings_type_0 import (
        TaskEvaluatorColumnMappingsType0,
    )


T = TypeVar("T", bound="TaskEvaluator")


@_attrs_define
class TaskEvaluator:
    """
    Attributes:
        evaluator_id (str): Evaluator identifier (base64).
        evaluator_name (str): The name of the attached evaluator.
        query_filter (None | str): Per-evaluator query filter, combined with the task-level filter (AND).
        column_mappings (None | TaskEvaluatorColumnMappingsType0): Maps evaluator template variable names to data source
            column names.
    """

    evaluator_id: str
    evaluator_name: str
    query_filter: None | str
    column_mappings: None | TaskEvaluatorColumnMappingsType0

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_id = self.evaluator_id

        evaluator_name = self.evaluator_name

        query_filter: None | str
        query_filter = self.query_filter

        column_mappings: dict[str, Any] | None
        if isinstance(self.column_mappings, TaskEvaluatorColumnMappingsType0):
            column_mappings = self.column_mappings.to_dict()
        else:
            column_mappings = self.column_mappings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "evaluator_id": evaluator_id,
                "evaluator_name": evaluator_name,
                "query_filter": query_filter,
                "column_mappings": column_mappings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_id = src_dict["evaluator_id"]

        evaluator_name = src_dict["evaluator_name"]

        query_filter: None | str = src_dict["query_filter"]

        def _parse_column_mappings(
            data: object,
        ) -> None | TaskEvaluatorColumnMappingsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                column_mappings_type_0 = TaskEvaluatorColumnMappingsType0.from_dict(
                    data
                )

                return column_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskEvaluatorColumnMappingsType0, data)

        column_mappings = _parse_column_mappings(src_dict["column_mappings"])

        task_evaluator = cls(
            evaluator_id=evaluator_id,
            evaluator_name=evaluator_name,
            query_filter=query_filter,
            column_mappings=column_mappings,
        )

        return task_evaluator


_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global TaskEvaluatorColumnMappingsType0
    from ..models.task_evaluator_column_mappings_type_0 import (
        TaskEvaluatorColumnMappingsType0,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
