from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.task import Task


T = TypeVar("T", bound="ListTasksResponse")


@_attrs_define
class ListTasksResponse:
    """
    Attributes:
        tasks (list[Task]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    tasks: list[Task]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        _tasks = src_dict["tasks"]
        tasks: list[Task]
        try:
            if type(_tasks) is not list:
                raise SchemaMismatch.expected("an array", _tasks)
            tasks_items: list[Task] = []
            for tasks_item in _tasks:
                try:
                    if type(tasks_item) is not dict:
                        raise SchemaMismatch.expected("an object", tasks_item)
                    tasks_value = Task.from_dict(tasks_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(tasks_items))
                tasks_items.append(tasks_value)
            tasks = tasks_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "tasks")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListTasksResponse:
            list_tasks_response = cls.__new__(cls)
            list_tasks_response.tasks = tasks
            list_tasks_response.pagination = pagination
            list_tasks_response.additional_properties = {}
        else:
            list_tasks_response = cls(
                tasks=tasks,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_tasks_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_tasks_response

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
        "tasks",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Task
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.task import Task  # noqa: PLC0415

    _lazy_imports_pending = False
