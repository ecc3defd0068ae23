from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.task_run_status import TaskRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRun")


@_attrs_define
class TaskRun:
    """
    Attributes:
        id (str):
        task_id (str):
        status (TaskRunStatus):
        run_started_at (datetime.datetime | None):
        run_finished_at (datetime.datetime | None):
        data_start_time (datetime.datetime | None):
        data_end_time (datetime.datetime | None):
        num_successes (int):
        num_errors (int):
        num_skipped (int):
        created_at (datetime.datetime):
        created_by_user_id (None | str):
        experiment_id (None | str | Unset):
        failure_reason (None | str | Unset):
    """

    id: str
    task_id: str
    status: TaskRunStatus
    run_started_at: datetime.datetime | None
    run_finished_at: datetime.datetime | None
    data_start_time: datetime.datetime | None
    data_end_time: datetime.datetime | None
    num_successes: int
    num_errors: int
    num_skipped: int
    created_at: datetime.datetime
    created_by_user_id: None | str
    experiment_id: None | str | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        task_id = self.task_id

        status = self.status.value

        run_started_at: None | str
        if isinstance(self.run_started_at, datetime.datetime):
            run_started_at = self.run_started_at.isoformat()
        else:
            run_started_at = self.run_started_at

        run_finished_at: None | str
        if isinstance(self.run_finished_at, datetime.datetime):
            run_finished_at = self.run_finished_at.isoformat()
        else:
            run_finished_at = self.run_finished_at

        data_start_time: None | str
        if isinstance(self.data_start_time, datetime.datetime):
            data_start_time = self.data_start_time.isoformat()
        else:
            data_start_time = self.data_start_time

        data_end_time: None | str
        if isinstance(self.data_end_time, datetime.datetime):
            data_end_time = self.data_end_time.isoformat()
        else:
            data_end_time = self.data_end_time

        num_successes = self.num_successes

        num_errors = self.num_errors

        num_skipped = self.num_skipped

        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        experiment_id: None | str | Unset
        if isinstance(self.experiment_id, Unset):
            experiment_id = UNSET
        else:
            experiment_id = self.experiment_id

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "task_id": task_id,
                "status": status,
                "run_started_at": run_started_at,
                "run_finished_at": run_finished_at,
                "data_start_time": data_start_time,
                "data_end_time": data_end_time,
                "num_successes": num_successes,
                "num_errors": num_errors,
                "num_skipped": num_skipped,
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
            }
        )
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        task_id: str = src_dict["task_id"]
        if type(task_id) is not str:
            raise SchemaMismatch.expected("a string", task_id, "task_id")

        _status = src_dict["status"]
        status: TaskRunStatus
        try:
            status = cast(
                TaskRunStatus,
                TaskRunStatus._value2member_map_.get(_status) or TaskRunStatus(_status),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _status, "status") from None

        _run_started_at = src_dict["run_started_at"]
        run_started_at: datetime.datetime | None
        try:
            if _run_started_at is None:
                run_started_at = None
            elif type(_run_started_at) is str:
                try:
                    run_started_at = datetime.datetime.fromisoformat(_run_started_at)
                except (TypeError, ValueError):
                    raise SchemaMismatch.expected(
                        "an ISO 8601 date-time string", _run_started_at
                    ) from None

            else:
                raise SchemaMismatch.expected(
                    "a date-time string or null", _run_started_at
                )

        except Exception as error_:
            raise SchemaMismatch.at(error_, "run_started_at")

        _run_finished_at = src_dict["run_finished_at"]
        run_finished_at: datetime.datetime | None
        try:
            if _run_finished_at is None:
                run_finished_at = None
            elif type(_run_finished_at) is str:
                try:
                    run_finished_at = datetime.datetime.fromisoformat(_run_finished_at)
                except (TypeError, ValueError):
                    raise SchemaMismatch.expected(
                        "an ISO 8601 date-time string", _run_finished_at
                    ) from None

            else:
                raise SchemaMismatch.expected(
                    "a date-time string or null", _run_finished_at
                )

        except Exception as error_:
            raise SchemaMismatch.at(error_, "run_finished_at")

        _data_start_time = src_dict["data_start_time"]
        data_start_time: datetime.datetime | None
        try:
            if _data_start_time is None:
                data_start_time = None
            elif type(_data_start_time) is str:
                try:
                    data_start_time = datetime.datetime.fromisoformat(_data_start_time)
                except (TypeError, ValueError):
                    raise SchemaMismatch.expected(
                        "an ISO 8601 date-time string", _data_start_time
                    ) from None

            else:
                raise SchemaMismatch.expected(
                    "a date-time string or null", _data_start_time
                )

        except Exception as error_:
            raise SchemaMismatch.at(error_, "data_start_time")

        _data_end_time = src_dict["data_end_time"]
        data_end_time: datetime.datetime | None
        try:
            if _data_end_time is None:
                data_end_time = None
            elif type(_data_end_time) is str:
                try:
                    data_end_time = datetime.datetime.fromisoformat(_data_end_time)
                except (TypeError, ValueError):
                    raise SchemaMismatch.expected(
                        "an ISO 8601 date-time string", _data_end_time
                    ) from None

            else:
                raise SchemaMismatch.expected(
                    "a date-time string or null", _data_end_time
                )

        except Exception as error_:
            raise SchemaMismatch.at(error_, "data_end_time")

        num_successes: int = src_dict["num_successes"]
        if type(num_successes) is not int:
            raise SchemaMismatch.expected("an integer", num_successes, "num_successes")

        num_errors: int = src_dict["num_errors"]
        if type(num_errors) is not int:
            raise SchemaMismatch.expected("an integer", num_errors, "num_errors")

        num_skipped: int = src_dict["num_skipped"]
        if type(num_skipped) is not int:
            raise SchemaMismatch.expected("an integer", num_skipped, "num_skipped")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        created_by_user_id: None | str = src_dict["created_by_user_id"]
        if created_by_user_id is not None and type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string or null", created_by_user_id, "created_by_user_id"
            )

        experiment_id: None | str | Unset = src_dict.get("experiment_id", UNSET)
        if (
            experiment_id is not None
            and type(experiment_id) is not str
            and experiment_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", experiment_id, "experiment_id"
            )

        failure_reason: None | str | Unset = src_dict.get("failure_reason", UNSET)
        if (
            failure_reason is not None
            and type(failure_reason) is not str
            and failure_reason is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", failure_reason, "failure_reason"
            )

        if cls is TaskRun:
            task_run = cls.__new__(cls)
            task_run.id = id
            task_run.task_id = task_id
            task_run.status = status
            task_run.run_started_at = run_started_at
            task_run.run_finished_at = run_finished_at
            task_run.data_start_time = data_start_time
            task_run.data_end_time = data_end_time
            task_run.num_successes = num_successes
            task_run.num_errors = num_errors
            task_run.num_skipped = num_skipped
            task_run.created_at = created_at
            task_run.created_by_user_id = created_by_user_id
            task_run.experiment_id = experiment_id
            task_run.failure_reason = failure_reason
            task_run.additional_properties = {}
        else:
            task_run = cls(
                id=id,
                task_id=task_id,
                status=status,
                run_started_at=run_started_at,
                run_finished_at=run_finished_at,
                data_start_time=data_start_time,
                data_end_time=data_end_time,
                num_successes=num_successes,
                num_errors=num_errors,
                num_skipped=num_skipped,
                created_at=created_at,
                created_by_user_id=created_by_user_id,
                experiment_id=experiment_id,
                failure_reason=failure_reason,
            )

        if len(src_dict) > 12 + (experiment_id is not UNSET) + (
            failure_reason is not UNSET
        ):
            task_run.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return task_run

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
        "task_id",
        "status",
        "run_started_at",
        "run_finished_at",
        "data_start_time",
        "data_end_time",
        "num_successes",
        "num_errors",
        "num_skipped",
        "created_at",
        "created_by_user_id",
        "experiment_id",
        "failure_reason",
    }
)
