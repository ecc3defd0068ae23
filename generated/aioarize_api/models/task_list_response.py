from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.task import Task


T = TypeVar("T", bound="TaskListResponse")


@_attrs_define
class TaskListResponse:
    """
    Attributes:
        tasks (list[Task]): A list of tasks
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    tasks: list[Task]
    pagination: PaginationMetadata

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tasks": tasks,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        tasks = [
            Task.from_dict(tasks_item_data) for tasks_item_data in src_dict["tasks"]
        ]

        pagination = PaginationMetadata.from_dict(src_dict["pagination"])

        task_list_response = cls(
            tasks=tasks,
            pagination=pagination,
        )

        return task_list_response


_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Task
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.task import Task  # noqa: PLC0415

    _lazy_imports_pending = False
