from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="Experiment")


@_attrs_define
class Experiment:
    """
    Attributes:
        id (str):
        name (str):
        space_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        dataset_id (None | str | Unset):
        dataset_version_id (None | str | Unset):
        experiment_traces_project_id (str | Unset):
        integration_id (None | str | Unset):
    """

    id: str
    name: str
    space_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    dataset_id: None | str | Unset = UNSET
    dataset_version_id: None | str | Unset = UNSET
    experiment_traces_project_id: str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        space_id = self.space_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        dataset_version_id: None | str | Unset
        if isinstance(self.dataset_version_id, Unset):
            dataset_version_id = UNSET
        else:
            dataset_version_id = self.dataset_version_id

        experiment_traces_project_id = self.experiment_traces_project_id

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "space_id": space_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if experiment_traces_project_id is not UNSET:
            field_dict["experiment_traces_project_id"] = experiment_traces_project_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _updated_at = src_dict["updated_at"]
        updated_at: datetime.datetime
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _updated_at, "updated_at"
            ) from None

        dataset_id: None | str | Unset = src_dict.get("dataset_id", UNSET)
        if (
            dataset_id is not None
            and type(dataset_id) is not str
            and dataset_id is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", dataset_id, "dataset_id")

        dataset_version_id: None | str | Unset = src_dict.get(
            "dataset_version_id", UNSET
        )
        if (
            dataset_version_id is not None
            and type(dataset_version_id) is not str
            and dataset_version_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", dataset_version_id, "dataset_version_id"
            )

        experiment_traces_project_id: str | Unset = src_dict.get(
            "experiment_traces_project_id", UNSET
        )
        if (
            type(experiment_traces_project_id) is not str
            and experiment_traces_project_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string", experiment_traces_project_id, "experiment_traces_project_id"
            )

        integration_id: None | str | Unset = src_dict.get("integration_id", UNSET)
        if (
            integration_id is not None
            and type(integration_id) is not str
            and integration_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", integration_id, "integration_id"
            )

        if cls is Experiment:
            experiment = cls.__new__(cls)
            experiment.id = id
            experiment.name = name
            experiment.space_id = space_id
            experiment.created_at = created_at
            experiment.updated_at = updated_at
            experiment.dataset_id = dataset_id
            experiment.dataset_version_id = dataset_version_id
            experiment.experiment_traces_project_id = experiment_traces_project_id
            experiment.integration_id = integration_id
            experiment.additional_properties = {}
        else:
            experiment = cls(
                id=id,
                name=name,
                space_id=space_id,
                created_at=created_at,
                updated_at=updated_at,
                dataset_id=dataset_id,
                dataset_version_id=dataset_version_id,
                experiment_traces_project_id=experiment_traces_project_id,
                integration_id=integration_id,
            )

        if len(src_dict) > 5 + (dataset_id is not UNSET) + (
            dataset_version_id is not UNSET
        ) + (experiment_traces_project_id is not UNSET) + (integration_id is not UNSET):
            experiment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return experiment

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
        "id",
        "name",
        "space_id",
        "created_at",
        "updated_at",
        "dataset_id",
        "dataset_version_id",
        "experiment_traces_project_id",
        "integration_id",
    }
)
