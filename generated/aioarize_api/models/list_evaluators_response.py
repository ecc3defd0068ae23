from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.evaluator import Evaluator
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListEvaluatorsResponse")


@_attrs_define
class ListEvaluatorsResponse:
    """
    Attributes:
        evaluators (list[Evaluator]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    evaluators: list[Evaluator]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluators = []
        for evaluators_item_data in self.evaluators:
            evaluators_item = evaluators_item_data.to_dict()
            evaluators.append(evaluators_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluators": evaluators,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _evaluators = src_dict["evaluators"]
        evaluators: list[Evaluator]
        try:
            if type(_evaluators) is not list:
                raise SchemaMismatch.expected("an array", _evaluators)
            evaluators_items: list[Evaluator] = []
            for evaluators_item in _evaluators:
                try:
                    if type(evaluators_item) is not dict:
                        raise SchemaMismatch.expected("an object", evaluators_item)
                    evaluators_value = Evaluator.from_dict(evaluators_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(evaluators_items))
                evaluators_items.append(evaluators_value)
            evaluators = evaluators_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "evaluators")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListEvaluatorsResponse:
            list_evaluators_response = cls.__new__(cls)
            list_evaluators_response.evaluators = evaluators
            list_evaluators_response.pagination = pagination
            list_evaluators_response.additional_properties = {}
        else:
            list_evaluators_response = cls(
                evaluators=evaluators,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_evaluators_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_evaluators_response

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
        "evaluators",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Evaluator
    global PaginationMetadata
    from ..models.evaluator import Evaluator  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
