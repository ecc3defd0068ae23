from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _type_ = src_dict["type"]
        type_: TaskType
        try:
            type_ = cast(
                TaskType, TaskType._value2member_map_.get(_type_) or TaskType(_type_)
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        is_continuous: bool = src_dict["is_continuous"]
        if type(is_continuous) is not bool:
            raise SchemaMismatch.expected("a boolean", is_continuous, "is_continuous")

        query_filter: None | str = src_dict["query_filter"]
        if query_filter is not None and type(query_filter) is not str:
            raise SchemaMismatch.expected(
                "a string or null", query_filter, "query_filter"
            )

        _evaluators = src_dict["evaluators"]
        evaluators: list[TaskEvaluator]
        try:
            if type(_evaluators) is not list:
                raise SchemaMismatch.expected("an array", _evaluators)
            evaluators_items: list[TaskEvaluator] = []
            for evaluators_item in _evaluators:
                try:
                    if type(evaluators_item) is not dict:
                        raise SchemaMismatch.expected("an object", evaluators_item)
                    evaluators_value = TaskEvaluator.from_dict(evaluators_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(evaluators_items))
                evaluators_items.append(evaluators_value)
            evaluators = evaluators_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "evaluators")

        _experiment_ids = src_dict["experiment_ids"]
        experiment_ids: list[str]
        try:
            if type(_experiment_ids) is not list:
                raise SchemaMismatch.expected("an array", _experiment_ids)
            for experiment_ids_item in _experiment_ids:
                if type(experiment_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _experiment_ids, experiment_ids_item
                    )
            experiment_ids = _experiment_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "experiment_ids")

        _last_run_at = src_dict["last_run_at"]
        last_run_at: datetime.datetime | None
        try:
            if _last_run_at is None:
                last_run_at = None
            elif type(_last_run_at) is str:
                try:
                    last_run_at = datetime.datetime.fromisoformat(_last_run_at)
                except (TypeError, ValueError):
                    raise SchemaMismatch.expected(
                        "an ISO 8601 date-time string", _last_run_at
                    ) from None

            else:
                raise SchemaMismatch.expected(
                    "a date-time string or null", _last_run_at
                )

        except Exception as error_:
            raise SchemaMismatch.at(error_, "last_run_at")

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

        created_by_user_id: None | str = src_dict["created_by_user_id"]
        if created_by_user_id is not None and type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string or null", created_by_user_id, "created_by_user_id"
            )

        project_id: None | str | Unset = src_dict.get("project_id", UNSET)
        if (
            project_id is not None
            and type(project_id) is not str
            and project_id is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", project_id, "project_id")

        dataset_id: None | str | Unset = src_dict.get("dataset_id", UNSET)
        if (
            dataset_id is not None
            and type(dataset_id) is not str
            and dataset_id is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", dataset_id, "dataset_id")

        sampling_rate: float | None | Unset = src_dict.get("sampling_rate", UNSET)
        if (
            sampling_rate is not None
            and (
                (type(sampling_rate) is not float or sampling_rate - sampling_rate != 0)
                and type(sampling_rate) is not int
            )
            and sampling_rate is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number or null", sampling_rate, "sampling_rate"
            )

        _query_filters = src_dict.get("query_filters", UNSET)
        query_filters: None | TaskQueryFilters | Unset
        if _query_filters is UNSET:
            query_filters = UNSET
        else:
            try:
                if _query_filters is None:
                    query_filters = None
                elif type(_query_filters) is dict:
                    query_filters = TaskQueryFilters.from_dict(_query_filters)

                else:
                    raise SchemaMismatch.expected("an object or null", _query_filters)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "query_filters")

        _run_configuration = src_dict.get("run_configuration", UNSET)
        run_configuration: (
            AgentCallRunConfig
            | LlmGenerationRunConfig
            | None
            | TemplateEvaluationRunConfig
            | UnknownRunConfiguration
            | Unset
        )
        if _run_configuration is UNSET:
            run_configuration = UNSET
        else:
            try:
                if _run_configuration is None:
                    run_configuration = None
                elif type(_run_configuration) is dict:
                    run_configuration_discriminator = _run_configuration[
                        "experiment_type"
                    ]
                    if run_configuration_discriminator == "LLM_GENERATION":
                        run_configuration = LlmGenerationRunConfig.from_dict(
                            _run_configuration
                        )

                    elif run_configuration_discriminator == "TEMPLATE_EVALUATION":
                        run_configuration = TemplateEvaluationRunConfig.from_dict(
                            _run_configuration
                        )

                    elif run_configuration_discriminator == "AGENT_CALL":
                        run_configuration = AgentCallRunConfig.from_dict(
                            _run_configuration
                        )

                    elif type(run_configuration_discriminator) is str:
                        run_configuration = UnknownRunConfiguration.from_dict(
                            _run_configuration
                        )

                    else:
                        raise SchemaMismatch.expected(
                            "a string",
                            run_configuration_discriminator,
                            "experiment_type",
                        )

                else:
                    raise SchemaMismatch.expected(
                        "an object or null", _run_configuration
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "run_configuration")

        if cls is Task:
            task = cls.__new__(cls)
            task.id = id
            task.name = name
            task.type_ = type_
            task.is_continuous = is_continuous
            task.query_filter = query_filter
            task.evaluators = evaluators
            task.experiment_ids = experiment_ids
            task.last_run_at = last_run_at
            task.created_at = created_at
            task.updated_at = updated_at
            task.created_by_user_id = created_by_user_id
            task.project_id = project_id
            task.dataset_id = dataset_id
            task.sampling_rate = sampling_rate
            task.query_filters = query_filters
            task.run_configuration = run_configuration
            task.additional_properties = {}
        else:
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
