from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_query_mapping_input import TaskQueryMappingInput


T = TypeVar("T", bound="TraceOrSessionEvaluatorInput")


@_attrs_define
class TraceOrSessionEvaluatorInput:
    """
    Attributes:
        evaluator_id (str):
        query_mappings (list[TaskQueryMappingInput]):
        evaluator_version_id (None | str | Unset):
    """

    evaluator_id: str
    query_mappings: list[TaskQueryMappingInput]
    evaluator_version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_id = self.evaluator_id

        query_mappings = []
        for query_mappings_item_data in self.query_mappings:
            query_mappings_item = query_mappings_item_data.to_dict()
            query_mappings.append(query_mappings_item)

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_id": evaluator_id,
                "query_mappings": query_mappings,
            }
        )
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_id: str = src_dict["evaluator_id"]
        if type(evaluator_id) is not str:
            raise SchemaMismatch.expected("a string", evaluator_id, "evaluator_id")

        _query_mappings = src_dict["query_mappings"]
        query_mappings: list[TaskQueryMappingInput]
        try:
            if type(_query_mappings) is not list:
                raise SchemaMismatch.expected("an array", _query_mappings)
            query_mappings_items: list[TaskQueryMappingInput] = []
            for query_mappings_item in _query_mappings:
                try:
                    if type(query_mappings_item) is not dict:
                        raise SchemaMismatch.expected("an object", query_mappings_item)
                    query_mappings_value = TaskQueryMappingInput.from_dict(
                        query_mappings_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(query_mappings_items))
                query_mappings_items.append(query_mappings_value)
            query_mappings = query_mappings_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "query_mappings")

        evaluator_version_id: None | str | Unset = src_dict.get(
            "evaluator_version_id", UNSET
        )
        if (
            evaluator_version_id is not None
            and type(evaluator_version_id) is not str
            and evaluator_version_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", evaluator_version_id, "evaluator_version_id"
            )

        if cls is TraceOrSessionEvaluatorInput:
            trace_or_session_evaluator_input = cls.__new__(cls)
            trace_or_session_evaluator_input.evaluator_id = evaluator_id
            trace_or_session_evaluator_input.query_mappings = query_mappings
            trace_or_session_evaluator_input.evaluator_version_id = evaluator_version_id
            trace_or_session_evaluator_input.additional_properties = {}
        else:
            trace_or_session_evaluator_input = cls(
                evaluator_id=evaluator_id,
                query_mappings=query_mappings,
                evaluator_version_id=evaluator_version_id,
            )

        if len(src_dict) > 2 + (evaluator_version_id is not UNSET):
            trace_or_session_evaluator_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return trace_or_session_evaluator_input

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
        "query_mappings",
        "evaluator_version_id",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global TaskQueryMappingInput
    from ..models.task_query_mapping_input import TaskQueryMappingInput  # noqa: PLC0415

    _lazy_imports_pending = False
