from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentWithRunIds")


@_attrs_define
class ExperimentWithRunIds:
    """
    Attributes:
        run_ids (list[str]):
        id (str | Unset):
        name (str | Unset):
        space_id (str | Unset):
        dataset_id (None | str | Unset):
        dataset_version_id (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        experiment_traces_project_id (str | Unset):
        integration_id (None | str | Unset):
    """

    run_ids: list[str]
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    dataset_version_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    experiment_traces_project_id: str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_ids = self.run_ids

        id = self.id

        name = self.name

        space_id = self.space_id

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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
                "run_ids": run_ids,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if experiment_traces_project_id is not UNSET:
            field_dict["experiment_traces_project_id"] = experiment_traces_project_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _run_ids = src_dict["run_ids"]
        run_ids: list[str]
        try:
            if type(_run_ids) is not list:
                raise SchemaMismatch.expected("an array", _run_ids)
            for run_ids_item in _run_ids:
                if type(run_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _run_ids, run_ids_item
                    )
            run_ids = _run_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "run_ids")

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str | Unset = src_dict.get("space_id", UNSET)
        if type(space_id) is not str and space_id is not UNSET:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

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

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _created_at, "created_at"
                ) from None

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _updated_at, "updated_at"
                ) from None

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

        experiment_with_run_ids = cls(
            run_ids=run_ids,
            id=id,
            name=name,
            space_id=space_id,
            dataset_id=dataset_id,
            dataset_version_id=dataset_version_id,
            created_at=created_at,
            updated_at=updated_at,
            experiment_traces_project_id=experiment_traces_project_id,
            integration_id=integration_id,
        )

        if len(src_dict) > 1 + (id is not UNSET) + (name is not UNSET) + (
            space_id is not UNSET
        ) + (dataset_id is not UNSET) + (dataset_version_id is not UNSET) + (
            created_at is not UNSET
        ) + (updated_at is not UNSET) + (experiment_traces_project_id is not UNSET) + (
            integration_id is not UNSET
        ):
            experiment_with_run_ids.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return experiment_with_run_ids

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
        "run_ids",
        "id",
        "name",
        "space_id",
        "dataset_id",
        "dataset_version_id",
        "created_at",
        "updated_at",
        "experiment_traces_project_id",
        "integration_id",
    }
)
