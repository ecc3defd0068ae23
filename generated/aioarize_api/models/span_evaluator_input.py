from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_evaluator_input_column_mappings import (
        SpanEvaluatorInputColumnMappings,
    )


T = TypeVar("T", bound="SpanEvaluatorInput")


@_attrs_define
class SpanEvaluatorInput:
    """
    Attributes:
        evaluator_id (str):
        evaluator_version_id (None | str | Unset):
        query_filter (str | Unset):
        column_mappings (SpanEvaluatorInputColumnMappings | Unset):
    """

    evaluator_id: str
    evaluator_version_id: None | str | Unset = UNSET
    query_filter: str | Unset = UNSET
    column_mappings: SpanEvaluatorInputColumnMappings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_id = self.evaluator_id

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        query_filter = self.query_filter

        column_mappings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_mappings, Unset):
            column_mappings = self.column_mappings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_id": evaluator_id,
            }
        )
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if column_mappings is not UNSET:
            field_dict["column_mappings"] = column_mappings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_id: str = src_dict["evaluator_id"]
        if type(evaluator_id) is not str:
            raise SchemaMismatch.expected("a string", evaluator_id, "evaluator_id")

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

        query_filter: str | Unset = src_dict.get("query_filter", UNSET)
        if type(query_filter) is not str and query_filter is not UNSET:
            raise SchemaMismatch.expected("a string", query_filter, "query_filter")

        _column_mappings = src_dict.get("column_mappings", UNSET)
        column_mappings: SpanEvaluatorInputColumnMappings | Unset
        if _column_mappings is UNSET:
            column_mappings = UNSET
        else:
            try:
                if type(_column_mappings) is not dict:
                    raise SchemaMismatch.expected("an object", _column_mappings)
                column_mappings = SpanEvaluatorInputColumnMappings.from_dict(
                    _column_mappings
                )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "column_mappings")

        if cls is SpanEvaluatorInput:
            span_evaluator_input = cls.__new__(cls)
            span_evaluator_input.evaluator_id = evaluator_id
            span_evaluator_input.evaluator_version_id = evaluator_version_id
            span_evaluator_input.query_filter = query_filter
            span_evaluator_input.column_mappings = column_mappings
            span_evaluator_input.additional_properties = {}
        else:
            span_evaluator_input = cls(
                evaluator_id=evaluator_id,
                evaluator_version_id=evaluator_version_id,
                query_filter=query_filter,
                column_mappings=column_mappings,
            )

        if len(src_dict) > 1 + (evaluator_version_id is not UNSET) + (
            query_filter is not UNSET
        ) + (column_mappings is not UNSET):
            span_evaluator_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return span_evaluator_input

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
        "evaluator_version_id",
        "query_filter",
        "column_mappings",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global SpanEvaluatorInputColumnMappings
    from ..models.span_evaluator_input_column_mappings import (
        SpanEvaluatorInputColumnMappings,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
