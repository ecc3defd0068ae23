from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.experiment_run_input import ExperimentRunInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        experiment_runs = []
        _experiment_runs = d.pop("experiment_runs")
        for experiment_runs_item_data in _experiment_runs:
            experiment_runs_item = ExperimentRunInput.from_dict(
                experiment_runs_item_data
            )

            experiment_runs.append(experiment_runs_item)

        def _parse_dataset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_id = _parse_dataset_id(d.pop("dataset_id", UNSET))

        def _parse_space_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        space_id = _parse_space_id(d.pop("space_id", UNSET))

        create_experiment_request = cls(
            name=name,
            experiment_runs=experiment_runs,
            dataset_id=dataset_id,
            space_id=space_id,
        )

        create_experiment_request.additional_properties = d
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
