from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.experiment_run import ExperimentRun
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListExperimentRunsResponse")


@_attrs_define
class ListExperimentRunsResponse:
    """
    Attributes:
        experiment_runs (list[ExperimentRun]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    experiment_runs: list[ExperimentRun]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        experiment_runs = []
        for experiment_runs_item_data in self.experiment_runs:
            experiment_runs_item = experiment_runs_item_data.to_dict()
            experiment_runs.append(experiment_runs_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_runs": experiment_runs,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _experiment_runs = src_dict["experiment_runs"]
        experiment_runs: list[ExperimentRun]
        try:
            if type(_experiment_runs) is not list:
                raise SchemaMismatch.expected("an array", _experiment_runs)
            experiment_runs_items: list[ExperimentRun] = []
            for experiment_runs_item in _experiment_runs:
                try:
                    if type(experiment_runs_item) is not dict:
                        raise SchemaMismatch.expected("an object", experiment_runs_item)
                    experiment_runs_value = ExperimentRun.from_dict(
                        experiment_runs_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(experiment_runs_items))
                experiment_runs_items.append(experiment_runs_value)
            experiment_runs = experiment_runs_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "experiment_runs")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListExperimentRunsResponse:
            list_experiment_runs_response = cls.__new__(cls)
            list_experiment_runs_response.experiment_runs = experiment_runs
            list_experiment_runs_response.pagination = pagination
            list_experiment_runs_response.additional_properties = {}
        else:
            list_experiment_runs_response = cls(
                experiment_runs=experiment_runs,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_experiment_runs_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_experiment_runs_response

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
        "experiment_runs",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ExperimentRun
    global PaginationMetadata
    from ..models.experiment_run import ExperimentRun  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
