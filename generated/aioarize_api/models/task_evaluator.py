from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_evaluator_column_mappings_type_0 import (
        TaskEvaluatorColumnMappingsType0,
    )
    from ..models.task_query_mapping import TaskQueryMapping


T = TypeVar("T", bound="TaskEvaluator")


@_attrs_define
class TaskEvaluator:
    """
    Attributes:
        evaluator_id (str):
        evaluator_name (str):
        evaluator_version_id (None | str):
        query_filter (None | str):
        column_mappings (None | TaskEvaluatorColumnMappingsType0):
        query_mappings (list[TaskQueryMapping] | None | Unset):
    """

    evaluator_id: str
    evaluator_name: str
    evaluator_version_id: None | str
    query_filter: None | str
    column_mappings: None | TaskEvaluatorColumnMappingsType0
    query_mappings: list[TaskQueryMapping] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_id = self.evaluator_id

        evaluator_name = self.evaluator_name

        evaluator_version_id: None | str
        evaluator_version_id = self.evaluator_version_id

        query_filter: None | str
        query_filter = self.query_filter

        column_mappings: dict[str, Any] | None
        if isinstance(self.column_mappings, TaskEvaluatorColumnMappingsType0):
            column_mappings = self.column_mappings.to_dict()
        else:
            column_mappings = self.column_mappings

        query_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.query_mappings, Unset):
            query_mappings = UNSET
        elif isinstance(self.query_mappings, list):
            query_mappings = []
            for query_mappings_type_0_item_data in self.query_mappings:
                query_mappings_type_0_item = query_mappings_type_0_item_data.to_dict()
                query_mappings.append(query_mappings_type_0_item)

        else:
            query_mappings = self.query_mappings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_id": evaluator_id,
                "evaluator_name": evaluator_name,
                "evaluator_version_id": evaluator_version_id,
                "query_filter": query_filter,
                "column_mappings": column_mappings,
            }
        )
        if query_mappings is not UNSET:
            field_dict["query_mappings"] = query_mappings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_id: str = src_dict["evaluator_id"]
        if type(evaluator_id) is not str:
            raise SchemaMismatch.expected("a string", evaluator_id, "evaluator_id")

        evaluator_name: str = src_dict["evaluator_name"]
        if type(evaluator_name) is not str:
            raise SchemaMismatch.expected("a string", evaluator_name, "evaluator_name")

        evaluator_version_id: None | str = src_dict["evaluator_version_id"]
        if evaluator_version_id is not None and type(evaluator_version_id) is not str:
            raise SchemaMismatch.expected(
                "a string or null", evaluator_version_id, "evaluator_version_id"
            )

        query_filter: None | str = src_dict["query_filter"]
        if query_filter is not None and type(query_filter) is not str:
            raise SchemaMismatch.expected(
                "a string or null", query_filter, "query_filter"
            )

        _column_mappings = src_dict["column_mappings"]
        column_mappings: None | TaskEvaluatorColumnMappingsType0
        try:
            if _column_mappings is None:
                column_mappings = None
            elif type(_column_mappings) is dict:
                column_mappings = TaskEvaluatorColumnMappingsType0.from_dict(
                    _column_mappings
                )

            else:
                raise SchemaMismatch.expected("an object or null", _column_mappings)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "column_mappings")

        _query_mappings = src_dict.get("query_mappings", UNSET)
        query_mappings: list[TaskQueryMapping] | None | Unset
        if _query_mappings is UNSET:
            query_mappings = UNSET
        else:
            try:
                if _query_mappings is None:
                    query_mappings = None
                elif type(_query_mappings) is list:
                    query_mappings_type_0_items: list[TaskQueryMapping] = []
                    for query_mappings_type_0_item in _query_mappings:
                        try:
                            if type(query_mappings_type_0_item) is not dict:
                                raise SchemaMismatch.expected(
                                    "an object", query_mappings_type_0_item
                                )
                            query_mappings_type_0_value = TaskQueryMapping.from_dict(
                                query_mappings_type_0_item
                            )

                        except Exception as error_:
                            raise SchemaMismatch.at(
                                error_, len(query_mappings_type_0_items)
                            )
                        query_mappings_type_0_items.append(query_mappings_type_0_value)
                    query_mappings = query_mappings_type_0_items

                else:
                    raise SchemaMismatch.expected("an array or null", _query_mappings)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "query_mappings")

        if cls is TaskEvaluator:
            task_evaluator = cls.__new__(cls)
            task_evaluator.evaluator_id = evaluator_id
            task_evaluator.evaluator_name = evaluator_name
            task_evaluator.evaluator_version_id = evaluator_version_id
            task_evaluator.query_filter = query_filter
            task_evaluator.column_mappings = column_mappings
            task_evaluator.query_mappings = query_mappings
            task_evaluator.additional_properties = {}
        else:
            task_evaluator = cls(
                evaluator_id=evaluator_id,
                evaluator_name=evaluator_name,
                evaluator_version_id=evaluator_version_id,
                query_filter=query_filter,
                column_mappings=column_mappings,
                query_mappings=query_mappings,
            )

        if len(src_dict) > 5 + (query_mappings is not UNSET):
            task_evaluator.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return task_evaluator

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
        "evaluator_id",
        "evaluator_name",
        "evaluator_version_id",
        "query_filter",
        "column_mappings",
        "query_mappings",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global TaskEvaluatorColumnMappingsType0
    global TaskQueryMapping
    from ..models.task_evaluator_column_mappings_type_0 import (
        TaskEvaluatorColumnMappingsType0,  # noqa: PLC0415
    )
    from ..models.task_query_mapping import TaskQueryMapping  # noqa: PLC0415

    _lazy_imports_pending = False
