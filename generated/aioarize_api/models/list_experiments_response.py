from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.experiment import Experiment
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListExperimentsResponse")


@_attrs_define
class ListExperimentsResponse:
    """
    Attributes:
        experiments (list[Experiment]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    experiments: list[Experiment]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        experiments = []
        for experiments_item_data in self.experiments:
            experiments_item = experiments_item_data.to_dict()
            experiments.append(experiments_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiments": experiments,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _experiments = src_dict["experiments"]
        experiments: list[Experiment]
        try:
            if type(_experiments) is not list:
                raise SchemaMismatch.expected("an array", _experiments)
            experiments_items: list[Experiment] = []
            for experiments_item in _experiments:
                try:
                    if type(experiments_item) is not dict:
                        raise SchemaMismatch.expected("an object", experiments_item)
                    experiments_value = Experiment.from_dict(experiments_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(experiments_items))
                experiments_items.append(experiments_value)
            experiments = experiments_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "experiments")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListExperimentsResponse:
            list_experiments_response = cls.__new__(cls)
            list_experiments_response.experiments = experiments
            list_experiments_response.pagination = pagination
            list_experiments_response.additional_properties = {}
        else:
            list_experiments_response = cls(
                experiments=experiments,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_experiments_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_experiments_response

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
        "experiments",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Experiment
    global PaginationMetadata
    from ..models.experiment import Experiment  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
