from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.annotate_record_result import AnnotateRecordResult


T = TypeVar("T", bound="AnnotationBatchResult")


@_attrs_define
class AnnotationBatchResult:
    """
    Attributes:
        results (list[AnnotateRecordResult]):
    """

    results: list[AnnotateRecordResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _results = src_dict["results"]
        results: list[AnnotateRecordResult]
        try:
            if type(_results) is not list:
                raise SchemaMismatch.expected("an array", _results)
            results_items: list[AnnotateRecordResult] = []
            for results_item in _results:
                try:
                    if type(results_item) is not dict:
                        raise SchemaMismatch.expected("an object", results_item)
                    results_value = AnnotateRecordResult.from_dict(results_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(results_items))
                results_items.append(results_value)
            results = results_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "results")

        if cls is AnnotationBatchResult:
            annotation_batch_result = cls.__new__(cls)
            annotation_batch_result.results = results
            annotation_batch_result.additional_properties = {}
        else:
            annotation_batch_result = cls(
                results=results,
            )

        if len(src_dict) > 1:
            annotation_batch_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotation_batch_result

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
        "results",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotateRecordResult
    from ..models.annotate_record_result import AnnotateRecordResult  # noqa: PLC0415

    _lazy_imports_pending = False
