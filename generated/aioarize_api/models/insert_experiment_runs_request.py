from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.experiment_run_input import ExperimentRunInput


T = TypeVar("T", bound="InsertExperimentRunsRequest")


@_attrs_define
class InsertExperimentRunsRequest:
    """
    Attributes:
        experiment_runs (list[ExperimentRunInput]):
    """

    experiment_runs: list[ExperimentRunInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        experiment_runs = []
        for experiment_runs_item_data in self.experiment_runs:
            experiment_runs_item = experiment_runs_item_data.to_dict()
            experiment_runs.append(experiment_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_runs": experiment_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _experiment_runs = src_dict["experiment_runs"]
        experiment_runs: list[ExperimentRunInput]
        try:
            if type(_experiment_runs) is not list:
                raise SchemaMismatch.expected("an array", _experiment_runs)
            experiment_runs_items: list[ExperimentRunInput] = []
            for experiment_runs_item in _experiment_runs:
                try:
                    if type(experiment_runs_item) is not dict:
                        raise SchemaMismatch.expected("an object", experiment_runs_item)
                    experiment_runs_value = ExperimentRunInput.from_dict(
                        experiment_runs_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(experiment_runs_items))
                experiment_runs_items.append(experiment_runs_value)
            experiment_runs = experiment_runs_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "experiment_runs")

        if cls is InsertExperimentRunsRequest:
            insert_experiment_runs_request = cls.__new__(cls)
            insert_experiment_runs_request.experiment_runs = experiment_runs
            insert_experiment_runs_request.additional_properties = {}
        else:
            insert_experiment_runs_request = cls(
                experiment_runs=experiment_runs,
            )

        if len(src_dict) > 1:
            insert_experiment_runs_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return insert_experiment_runs_request

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
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ExperimentRunInput
    from ..models.experiment_run_input import ExperimentRunInput  # noqa: PLC0415

    _lazy_imports_pending = False
