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
        from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)
        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = Task.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        pagination = PaginationMetadata.from_dict(d.pop("pagination"))

        task_list_response = cls(
            tasks=tasks,
            pagination=pagination,
        )

        return task_list_response
