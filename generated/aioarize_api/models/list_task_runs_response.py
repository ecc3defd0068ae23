from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.task_run import TaskRun


T = TypeVar("T", bound="ListTaskRunsResponse")


@_attrs_define
class ListTaskRunsResponse:
    """
    Attributes:
        task_runs (list[TaskRun]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    task_runs: list[TaskRun]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        task_runs = []
        for task_runs_item_data in self.task_runs:
            task_runs_item = task_runs_item_data.to_dict()
            task_runs.append(task_runs_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_runs": task_runs,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _task_runs = src_dict["task_runs"]
        task_runs: list[TaskRun]
        try:
            if type(_task_runs) is not list:
                raise SchemaMismatch.expected("an array", _task_runs)
            task_runs_items: list[TaskRun] = []
            for task_runs_item in _task_runs:
                try:
                    if type(task_runs_item) is not dict:
                        raise SchemaMismatch.expected("an object", task_runs_item)
                    task_runs_value = TaskRun.from_dict(task_runs_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(task_runs_items))
                task_runs_items.append(task_runs_value)
            task_runs = task_runs_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "task_runs")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListTaskRunsResponse:
            list_task_runs_response = cls.__new__(cls)
            list_task_runs_response.task_runs = task_runs
            list_task_runs_response.pagination = pagination
            list_task_runs_response.additional_properties = {}
        else:
            list_task_runs_response = cls(
                task_runs=task_runs,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_task_runs_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_task_runs_response

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
        "task_runs",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global TaskRun
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.task_run import TaskRun  # noqa: PLC0415

    _lazy_imports_pending = False
