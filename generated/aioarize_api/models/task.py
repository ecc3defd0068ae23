from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_generation_run_config import LlmGenerationRunConfig
    from ..models.task_evaluator import TaskEvaluator
    from ..models.template_evaluation_run_config import TemplateEvaluationRunConfig


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task is a typed, configurable unit of work that ties one or more evaluators
    to a data source (project or dataset). `run_experiment` tasks additionally
    carry a `run_configuration` that defines the LLM or evaluator settings for
    each triggered run.

        Attributes:
            id (str): The unique identifier for the task
            name (str): The name of the task
            type_ (TaskType): The task type.
                - template_evaluation - An LLM template-based evaluation task.
                - code_evaluation - A code-based evaluation task.
                - run_experiment - A task that runs experiments.
            is_continuous (bool): Whether the task runs continuously on incoming data.
            query_filter (None | str): Task-level query filter applied to all data.
            evaluators (list[TaskEvaluator]): The evaluators attached to this task. Empty for run_experiment tasks.
            experiment_ids (list[str]): Experiment identifiers (base64) for dataset-based tasks.
            last_run_at (datetime.datetime | None): When the task was last run.
            created_at (datetime.datetime): When the task was created.
            updated_at (datetime.datetime): When the task was last updated.
            created_by_user_id (None | str): The unique identifier for the user who created the task.
            project_id (None | str | Unset): The project identifier (base64). Present for project-based tasks.
            dataset_id (None | str | Unset): The dataset identifier (base64). Present for dataset-based tasks.
            sampling_rate (float | None | Unset): Sampling rate between 0 and 1. Only applicable for project-based tasks.
            run_configuration (LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset): The run configuration
                for a `run_experiment` task. Present only when
                `type` is `run_experiment`. Null for all other task types.
    """

    id: str
    name: str
    type_: TaskType
    is_continuous: bool
    query_filter: None | str
    evaluators: list[TaskEvaluator]
    experiment_ids: list[str]
    last_run_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: None | str
    project_id: None | str | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    sampling_rate: float | None | Unset = UNSET
    run_configuration: (
        LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        type_ = self.type_.value

        is_continuous = self.is_continuous

        query_filter: None | str
        query_filter = self.query_filter

        evaluators = []
        for evaluators_item_data in self.evaluators:
            evaluators_item = evaluators_item_data.to_dict()
            evaluators.append(evaluators_item)

        experiment_ids = self.experiment_ids

        last_run_at: None | str
        if isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        sampling_rate: float | None | Unset
        if isinstance(self.sampling_rate, Unset):
            sampling_rate = UNSET
        else:
            sampling_rate = self.sampling_rate

        run_configuration: dict[str, Any] | None | Unset
        if isinstance(self.run_configuration, Unset):
            run_configuration = UNSET
        elif isinstance(self.run_configuration, LlmGenerationRunConfig):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, TemplateEvaluationRunConfig):
            run_configuration = self.run_configuration.to_dict()
        else:
            run_configuration = self.run_configuration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "is_continuous": is_continuous,
                "query_filter": query_filter,
                "evaluators": evaluators,
                "experiment_ids": experiment_ids,
                "last_run_at": last_run_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "created_by_user_id": created_by_user_id,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if run_configuration is not UNSET:
            field_dict["run_configuration"] = run_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = src_dict["id"]

        name = src_dict["name"]

        type_ = cast(
            TaskType,
            TaskType._value2member_map_.get(src_dict["type"])
            or TaskType(src_dict["type"]),
        )

        is_continuous = src_dict["is_continuous"]

        query_filter: None | str = src_dict["query_filter"]

        evaluators = [
            TaskEvaluator.from_dict(evaluators_item_data)
            for evaluators_item_data in src_dict["evaluators"]
        ]

        experiment_ids = cast(list[str], src_dict["experiment_ids"])

        def _parse_last_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_run_at = _parse_last_run_at(src_dict["last_run_at"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        created_by_user_id: None | str = src_dict["created_by_user_id"]

        project_id: None | str | Unset = src_dict.get("project_id", UNSET)

        dataset_id: None | str | Unset = src_dict.get("dataset_id", UNSET)

        sampling_rate: float | None | Unset = src_dict.get("sampling_rate", UNSET)

        def _parse_run_configuration(
            data: object,
        ) -> LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_configuration_type_0 = (
                    LlmGenerationRunConfig.from_dict(data)
                )

                return componentsschemas_run_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_configuration_type_1 = (
                    TemplateEvaluationRunConfig.from_dict(data)
                )

                return componentsschemas_run_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset,
                data,
            )

        run_configuration = _parse_run_configuration(
            src_dict.get("run_configuration", UNSET)
        )

        task = cls(
            id=id,
            name=name,
            type_=type_,
            is_continuous=is_continuous,
            query_filter=query_filter,
            evaluators=evaluators,
            experiment_ids=experiment_ids,
            last_run_at=last_run_at,
            created_at=created_at,
            updated_at=updated_at,
            created_by_user_id=created_by_user_id,
            project_id=project_id,
            dataset_id=dataset_id,
            sampling_rate=sampling_rate,
            run_configuration=run_configuration,
        )

        return task


_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global LlmGenerationRunConfig
    global TaskEvaluator
    global TemplateEvaluationRunConfig
    from ..models.llm_generation_run_config import LlmGenerationRunConfig  # noqa: PLC0415
    from ..models.task_evaluator import TaskEvaluator  # noqa: PLC0415
    from ..models.template_evaluation_run_config import TemplateEvaluationRunConfig  # noqa: PLC0415

    _lazy_imports_pending = False
