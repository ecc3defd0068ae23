from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_run_input import ExperimentRunInput


T = TypeVar("T", bound="CreateExperimentRequest")


@_attrs_define
class CreateExperimentRequest:
    """
    Attributes:
        name (str):
        experiment_runs (list[ExperimentRunInput]):
        dataset_id (None | str | Unset):
        space_id (None | str | Unset):
    """

    name: str
    experiment_runs: list[ExperimentRunInput]
    dataset_id: None | str | Unset = UNSET
    space_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        experiment_runs = []
        for experiment_runs_item_data in self.experiment_runs:
            experiment_runs_item = experiment_runs_item_data.to_dict()
            experiment_runs.append(experiment_runs_item)

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "experiment_runs": experiment_runs,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

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

        dataset_id: None | str | Unset = src_dict.get("dataset_id", UNSET)
        if (
            dataset_id is not None
            and type(dataset_id) is not str
            and dataset_id is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", dataset_id, "dataset_id")

        space_id: None | str | Unset = src_dict.get("space_id", UNSET)
        if space_id is not None and type(space_id) is not str and space_id is not UNSET:
            raise SchemaMismatch.expected("a string or null", space_id, "space_id")

        if cls is CreateExperimentRequest:
            create_experiment_request = cls.__new__(cls)
            create_experiment_request.name = name
            create_experiment_request.experiment_runs = experiment_runs
            create_experiment_request.dataset_id = dataset_id
            create_experiment_request.space_id = space_id
            create_experiment_request.additional_properties = {}
        else:
            create_experiment_request = cls(
                name=name,
                experiment_runs=experiment_runs,
                dataset_id=dataset_id,
                space_id=space_id,
            )

        if len(src_dict) > 2 + (dataset_id is not UNSET) + (space_id is not UNSET):
            create_experiment_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_experiment_request

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
        "name",
        "experiment_runs",
        "dataset_id",
        "space_id",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global ExperimentRunInput
    from ..models.experiment_run_input import ExperimentRunInput  # noqa: PLC0415

    _lazy_imports_pending = False
