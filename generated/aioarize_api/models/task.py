from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_call_run_config import AgentCallRunConfig
    from ..models.llm_generation_run_config import LlmGenerationRunConfig
    from ..models.task_evaluator import TaskEvaluator
    from ..models.task_query_filters import TaskQueryFilters
    from ..models.template_evaluation_run_config import TemplateEvaluationRunConfig
    from ..models.unknown_run_configuration import UnknownRunConfiguration


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """
    Attributes:
        id (str):
        name (str):
        type_ (TaskType):
        is_continuous (bool):
        query_filter (None | str):
        evaluators (list[TaskEvaluator]):
        experiment_ids (list[str]):
        last_run_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by_user_id (None | str):
        project_id (None | str | Unset):
        dataset_id (None | str | Unset):
        sampling_rate (float | None | Unset):
        query_filters (None | TaskQueryFilters | Unset):
        run_configuration (AgentCallRunConfig | LlmGenerationRunConfig | None | TemplateEvaluationRunConfig |
            UnknownRunConfiguration | Unset):
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
    query_filters: None | TaskQueryFilters | Unset = UNSET
    run_configuration: (
        AgentCallRunConfig
        | LlmGenerationRunConfig
        | None
        | TemplateEvaluationRunConfig
        | UnknownRunConfiguration
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        query_filters: dict[str, Any] | None | Unset
        if isinstance(self.query_filters, Unset):
            query_filters = UNSET
        elif isinstance(self.query_filters, TaskQueryFilters):
            query_filters = self.query_filters.to_dict()
        else:
            query_filters = self.query_filters

        run_configuration: dict[str, Any] | None | Unset
        if isinstance(self.run_configuration, Unset):
            run_configuration = UNSET
        elif isinstance(self.run_configuration, LlmGenerationRunConfig):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, TemplateEvaluationRunConfig):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, AgentCallRunConfig):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, UnknownRunConfiguration):
            run_configuration = self.run_configuration.to_dict()
        else:
            run_configuration = self.run_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if query_filters is not UNSET:
            field_dict["query_filters"] = query_filters
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

        def _parse_query_filters(data: object) -> None | TaskQueryFilters | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_filters_type_0 = TaskQueryFilters.from_dict(data)

                return query_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskQueryFilters | Unset, data)

        query_filters = _parse_query_filters(src_dict.get("query_filters", UNSET))

        def _parse_run_configuration(
            data: object,
        ) -> (
            AgentCallRunConfig
            | LlmGenerationRunConfig
            | None
            | TemplateEvaluationRunConfig
            | UnknownRunConfiguration
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["experiment_type"]
            if discriminator == "LLM_GENERATION":
                componentsschemas_run_configuration_type_0 = (
                    LlmGenerationRunConfig.from_dict(data)
                )

                return componentsschemas_run_configuration_type_0
            if discriminator == "TEMPLATE_EVALUATION":
                componentsschemas_run_configuration_type_1 = (
                    TemplateEvaluationRunConfig.from_dict(data)
                )

                return componentsschemas_run_configuration_type_1
            if discriminator == "AGENT_CALL":
                componentsschemas_run_configuration_type_2 = (
                    AgentCallRunConfig.from_dict(data)
                )

                return componentsschemas_run_configuration_type_2
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"experiment_type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_run_configuration_type_3 = (
                UnknownRunConfiguration.from_dict(data)
            )

            return componentsschemas_run_configuration_type_3

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
            query_filters=query_filters,
            run_configuration=run_configuration,
        )

        if len(src_dict) > 11 + (project_id is not UNSET) + (
            dataset_id is not UNSET
        ) + (sampling_rate is not UNSET) + (query_filters is not UNSET) + (
            run_configuration is not UNSET
        ):
            task.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return task

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
        "type",
        "is_continuous",
        "query_filter",
        "evaluators",
        "experiment_ids",
        "last_run_at",
        "created_at",
        "updated_at",
        "created_by_user_id",
        "project_id",
        "dataset_id",
        "sampling_rate",
        "query_filters",
        "run_configuration",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AgentCallRunConfig
    global LlmGenerationRunConfig
    global TaskEvaluator
    global TaskQueryFilters
    global TemplateEvaluationRunConfig
    global UnknownRunConfiguration
    from ..models.agent_call_run_config import AgentCallRunConfig  # noqa: PLC0415
    from ..models.llm_generation_run_config import LlmGenerationRunConfig  # noqa: PLC0415
    from ..models.task_evaluator import TaskEvaluator  # noqa: PLC0415
    from ..models.task_query_filters import TaskQueryFilters  # noqa: PLC0415
    from ..models.template_evaluation_run_config import TemplateEvaluationRunConfig  # noqa: PLC0415
    from ..models.unknown_run_configuration import UnknownRunConfiguration  # noqa: PLC0415

    _lazy_imports_pending = False
