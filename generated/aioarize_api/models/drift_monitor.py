from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.drift_metric import DriftMetric
from ..models.drift_monitor_type import DriftMonitorType
from ..models.monitor_status import MonitorStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_baseline_config import CustomBaselineConfig
    from ..models.dimension import Dimension
    from ..models.downtime_config import DowntimeConfig
    from ..models.dynamic_range_threshold import DynamicRangeThreshold
    from ..models.dynamic_single_threshold import DynamicSingleThreshold
    from ..models.email_notification_config import EmailNotificationConfig
    from ..models.integration_notification_config import IntegrationNotificationConfig
    from ..models.manual_range_threshold import ManualRangeThreshold
    from ..models.manual_single_threshold import ManualSingleThreshold
    from ..models.model_baseline_config import ModelBaselineConfig
    from ..models.monitor_filter import MonitorFilter
    from ..models.scheduled_runtime_config import ScheduledRuntimeConfig
    from ..models.unknown_baseline_config import UnknownBaselineConfig
    from ..models.unknown_notification_config import UnknownNotificationConfig
    from ..models.unknown_threshold_config import UnknownThresholdConfig
    from ..models.webhook_notification_config import WebhookNotificationConfig


T = TypeVar("T", bound="DriftMonitor")


@_attrs_define
class DriftMonitor:
    """
    Attributes:
        id (str):
        name (str):
        type_ (DriftMonitorType):
        project_id (str):
        uri (str):
        status (MonitorStatus):
        threshold (DynamicRangeThreshold | DynamicSingleThreshold | ManualRangeThreshold | ManualSingleThreshold |
            UnknownThresholdConfig):
        notifications_enabled (bool):
        manual_evaluation_enabled (bool):
        created_by_user_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        metric (DriftMetric):
        dimension (Dimension):
        baseline_config (CustomBaselineConfig | ModelBaselineConfig | UnknownBaselineConfig):
        model_versions (list[str]):
        filters (list[MonitorFilter] | Unset):
        notification_configs (list[EmailNotificationConfig | IntegrationNotificationConfig | UnknownNotificationConfig |
            WebhookNotificationConfig] | Unset):
        downtime (DowntimeConfig | Unset):
        scheduled_runtime (ScheduledRuntimeConfig | Unset):
        evaluation_window_length_seconds (int | Unset):
        delay_seconds (int | Unset):
        evaluated_at (datetime.datetime | Unset):
        latest_computed_value (float | Unset):
        notes (str | Unset):
    """

    id: str
    name: str
    type_: DriftMonitorType
    project_id: str
    uri: str
    status: MonitorStatus
    threshold: (
        DynamicRangeThreshold
        | DynamicSingleThreshold
        | ManualRangeThreshold
        | ManualSingleThreshold
        | UnknownThresholdConfig
    )
    notifications_enabled: bool
    manual_evaluation_enabled: bool
    created_by_user_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    metric: DriftMetric
    dimension: Dimension
    baseline_config: CustomBaselineConfig | ModelBaselineConfig | UnknownBaselineConfig
    model_versions: list[str]
    filters: list[MonitorFilter] | Unset = UNSET
    notification_configs: (
        list[
            EmailNotificationConfig
            | IntegrationNotificationConfig
            | UnknownNotificationConfig
            | WebhookNotificationConfig
        ]
        | Unset
    ) = UNSET
    downtime: DowntimeConfig | Unset = UNSET
    scheduled_runtime: ScheduledRuntimeConfig | Unset = UNSET
    evaluation_window_length_seconds: int | Unset = UNSET
    delay_seconds: int | Unset = UNSET
    evaluated_at: datetime.datetime | Unset = UNSET
    latest_computed_value: float | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        type_ = self.type_.value

        project_id = self.project_id

        uri = self.uri

        status = self.status.value

        threshold: dict[str, Any]
        if isinstance(self.threshold, ManualSingleThreshold):
            threshold = self.threshold.to_dict()
        elif isinstance(self.threshold, DynamicSingleThreshold):
            threshold = self.threshold.to_dict()
        elif isinstance(self.threshold, ManualRangeThreshold):
            threshold = self.threshold.to_dict()
        elif isinstance(self.threshold, DynamicRangeThreshold):
            threshold = self.threshold.to_dict()
        else:
            threshold = self.threshold.to_dict()

        notifications_enabled = self.notifications_enabled

        manual_evaluation_enabled = self.manual_evaluation_enabled

        created_by_user_id = self.created_by_user_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        metric = self.metric.value

        dimension = self.dimension.to_dict()

        baseline_config: dict[str, Any]
        if isinstance(self.baseline_config, ModelBaselineConfig):
            baseline_config = self.baseline_config.to_dict()
        elif isinstance(self.baseline_config, CustomBaselineConfig):
            baseline_config = self.baseline_config.to_dict()
        else:
            baseline_config = self.baseline_config.to_dict()

        model_versions = self.model_versions

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        notification_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_configs, Unset):
            notification_configs = []
            for notification_configs_item_data in self.notification_configs:
                notification_configs_item: dict[str, Any]
                if isinstance(notification_configs_item_data, EmailNotificationConfig):
                    notification_configs_item = notification_configs_item_data.to_dict()
                elif isinstance(
                    notification_configs_item_data, IntegrationNotificationConfig
                ):
                    notification_configs_item = notification_configs_item_data.to_dict()
                elif isinstance(
                    notification_configs_item_data, WebhookNotificationConfig
                ):
                    notification_configs_item = notification_configs_item_data.to_dict()
                else:
                    notification_configs_item = notification_configs_item_data.to_dict()

                notification_configs.append(notification_configs_item)

        downtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downtime, Unset):
            downtime = self.downtime.to_dict()

        scheduled_runtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_runtime, Unset):
            scheduled_runtime = self.scheduled_runtime.to_dict()

        evaluation_window_length_seconds = self.evaluation_window_length_seconds

        delay_seconds = self.delay_seconds

        evaluated_at: str | Unset = UNSET
        if not isinstance(self.evaluated_at, Unset):
            evaluated_at = self.evaluated_at.isoformat()

        latest_computed_value = self.latest_computed_value

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "project_id": project_id,
                "uri": uri,
                "status": status,
                "threshold": threshold,
                "notifications_enabled": notifications_enabled,
                "manual_evaluation_enabled": manual_evaluation_enabled,
                "created_by_user_id": created_by_user_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "metric": metric,
                "dimension": dimension,
                "baseline_config": baseline_config,
                "model_versions": model_versions,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if notification_configs is not UNSET:
            field_dict["notification_configs"] = notification_configs
        if downtime is not UNSET:
            field_dict["downtime"] = downtime
        if scheduled_runtime is not UNSET:
            field_dict["scheduled_runtime"] = scheduled_runtime
        if evaluation_window_length_seconds is not UNSET:
            field_dict["evaluation_window_length_seconds"] = (
                evaluation_window_length_seconds
            )
        if delay_seconds is not UNSET:
            field_dict["delay_seconds"] = delay_seconds
        if evaluated_at is not UNSET:
            field_dict["evaluated_at"] = evaluated_at
        if latest_computed_value is not UNSET:
            field_dict["latest_computed_value"] = latest_computed_value
        if notes is not UNSET:
            field_dict["notes"] = notes

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
        type_: DriftMonitorType
        try:
            type_ = cast(
                DriftMonitorType,
                DriftMonitorType._value2member_map_.get(_type_)
                or DriftMonitorType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        project_id: str = src_dict["project_id"]
        if type(project_id) is not str:
            raise SchemaMismatch.expected("a string", project_id, "project_id")

        uri: str = src_dict["uri"]
        if type(uri) is not str:
            raise SchemaMismatch.expected("a string", uri, "uri")

        _status = src_dict["status"]
        status: MonitorStatus
        try:
            status = cast(
                MonitorStatus,
                MonitorStatus._value2member_map_.get(_status) or MonitorStatus(_status),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _status, "status") from None

        _threshold = src_dict["threshold"]
        threshold: (
            DynamicRangeThreshold
            | DynamicSingleThreshold
            | ManualRangeThreshold
            | ManualSingleThreshold
            | UnknownThresholdConfig
        )
        try:
            if type(_threshold) is dict:
                threshold_discriminator = _threshold["type"]
                if threshold_discriminator == "MANUAL_SINGLE":
                    threshold = ManualSingleThreshold.from_dict(_threshold)

                elif threshold_discriminator == "DYNAMIC_SINGLE":
                    threshold = DynamicSingleThreshold.from_dict(_threshold)

                elif threshold_discriminator == "MANUAL_RANGE":
                    threshold = ManualRangeThreshold.from_dict(_threshold)

                elif threshold_discriminator == "DYNAMIC_RANGE":
                    threshold = DynamicRangeThreshold.from_dict(_threshold)

                elif type(threshold_discriminator) is str:
                    threshold = UnknownThresholdConfig.from_dict(_threshold)

                else:
                    raise SchemaMismatch.expected(
                        "a string", threshold_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _threshold)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "threshold")

        notifications_enabled: bool = src_dict["notifications_enabled"]
        if type(notifications_enabled) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", notifications_enabled, "notifications_enabled"
            )

        manual_evaluation_enabled: bool = src_dict["manual_evaluation_enabled"]
        if type(manual_evaluation_enabled) is not bool:
            raise SchemaMismatch.expected(
                "a boolean", manual_evaluation_enabled, "manual_evaluation_enabled"
            )

        created_by_user_id: str = src_dict["created_by_user_id"]
        if type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

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

        _metric = src_dict["metric"]
        metric: DriftMetric
        try:
            metric = cast(
                DriftMetric,
                DriftMetric._value2member_map_.get(_metric) or DriftMetric(_metric),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _metric, "metric") from None

        _dimension = src_dict["dimension"]
        dimension: Dimension
        try:
            if type(_dimension) is not dict:
                raise SchemaMismatch.expected("an object", _dimension)
            dimension = Dimension.from_dict(_dimension)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "dimension")

        _baseline_config = src_dict["baseline_config"]
        baseline_config: (
            CustomBaselineConfig | ModelBaselineConfig | UnknownBaselineConfig
        )
        try:
            if type(_baseline_config) is dict:
                baseline_config_discriminator = _baseline_config["type"]
                if baseline_config_discriminator == "MODEL_BASELINE":
                    baseline_config = ModelBaselineConfig.from_dict(_baseline_config)

                elif baseline_config_discriminator == "CUSTOM_BASELINE":
                    baseline_config = CustomBaselineConfig.from_dict(_baseline_config)

                elif type(baseline_config_discriminator) is str:
                    baseline_config = UnknownBaselineConfig.from_dict(_baseline_config)

                else:
                    raise SchemaMismatch.expected(
                        "a string", baseline_config_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _baseline_config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "baseline_config")

        _model_versions = src_dict["model_versions"]
        model_versions: list[str]
        try:
            if type(_model_versions) is not list:
                raise SchemaMismatch.expected("an array", _model_versions)
            for model_versions_item in _model_versions:
                if type(model_versions_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _model_versions, model_versions_item
                    )
            model_versions = _model_versions

        except Exception as error_:
            raise SchemaMismatch.at(error_, "model_versions")

        _filters = src_dict.get("filters", UNSET)
        filters: list[MonitorFilter] | Unset
        if _filters is UNSET:
            filters = UNSET
        else:
            try:
                if type(_filters) is not list:
                    raise SchemaMismatch.expected("an array", _filters)
                filters_items: list[MonitorFilter] = []
                for filters_item in _filters:
                    try:
                        if type(filters_item) is not dict:
                            raise SchemaMismatch.expected("an object", filters_item)
                        filters_value = MonitorFilter.from_dict(filters_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(filters_items))
                    filters_items.append(filters_value)
                filters = filters_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "filters")

        _notification_configs = src_dict.get("notification_configs", UNSET)
        notification_configs: (
            list[
                EmailNotificationConfig
                | IntegrationNotificationConfig
                | UnknownNotificationConfig
                | WebhookNotificationConfig
            ]
            | Unset
        )
        if _notification_configs is UNSET:
            notification_configs = UNSET
        else:
            try:
                if type(_notification_configs) is not list:
                    raise SchemaMismatch.expected("an array", _notification_configs)
                notification_configs_items: list[
                    EmailNotificationConfig
                    | IntegrationNotificationConfig
                    | UnknownNotificationConfig
                    | WebhookNotificationConfig
                ] = []
                for notification_configs_item in _notification_configs:
                    notification_configs_value: (
                        EmailNotificationConfig
                        | IntegrationNotificationConfig
                        | UnknownNotificationConfig
                        | WebhookNotificationConfig
                    )
                    try:
                        if type(notification_configs_item) is dict:
                            notification_configs_item_discriminator = (
                                notification_configs_item["type"]
                            )
                            if notification_configs_item_discriminator == "EMAIL":
                                notification_configs_value = (
                                    EmailNotificationConfig.from_dict(
                                        notification_configs_item
                                    )
                                )

                            elif (
                                notification_configs_item_discriminator == "INTEGRATION"
                            ):
                                notification_configs_value = (
                                    IntegrationNotificationConfig.from_dict(
                                        notification_configs_item
                                    )
                                )

                            elif notification_configs_item_discriminator == "WEBHOOK":
                                notification_configs_value = (
                                    WebhookNotificationConfig.from_dict(
                                        notification_configs_item
                                    )
                                )

                            elif type(notification_configs_item_discriminator) is str:
                                notification_configs_value = (
                                    UnknownNotificationConfig.from_dict(
                                        notification_configs_item
                                    )
                                )

                            else:
                                raise SchemaMismatch.expected(
                                    "a string",
                                    notification_configs_item_discriminator,
                                    "type",
                                )

                        else:
                            raise SchemaMismatch.expected(
                                "an object", notification_configs_item
                            )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(notification_configs_items))
                    notification_configs_items.append(notification_configs_value)
                notification_configs = notification_configs_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "notification_configs")

        _downtime = src_dict.get("downtime", UNSET)
        downtime: DowntimeConfig | Unset
        if _downtime is UNSET:
            downtime = UNSET
        else:
            try:
                if type(_downtime) is not dict:
                    raise SchemaMismatch.expected("an object", _downtime)
                downtime = DowntimeConfig.from_dict(_downtime)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "downtime")

        _scheduled_runtime = src_dict.get("scheduled_runtime", UNSET)
        scheduled_runtime: ScheduledRuntimeConfig | Unset
        if _scheduled_runtime is UNSET:
            scheduled_runtime = UNSET
        else:
            try:
                if type(_scheduled_runtime) is not dict:
                    raise SchemaMismatch.expected("an object", _scheduled_runtime)
                scheduled_runtime = ScheduledRuntimeConfig.from_dict(_scheduled_runtime)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "scheduled_runtime")

        evaluation_window_length_seconds: int | Unset = src_dict.get(
            "evaluation_window_length_seconds", UNSET
        )
        if (
            type(evaluation_window_length_seconds) is not int
            and evaluation_window_length_seconds is not UNSET
        ):
            raise SchemaMismatch.expected(
                "an integer",
                evaluation_window_length_seconds,
                "evaluation_window_length_seconds",
            )

        delay_seconds: int | Unset = src_dict.get("delay_seconds", UNSET)
        if type(delay_seconds) is not int and delay_seconds is not UNSET:
            raise SchemaMismatch.expected("an integer", delay_seconds, "delay_seconds")

        _evaluated_at = src_dict.get("evaluated_at", UNSET)
        evaluated_at: datetime.datetime | Unset
        if _evaluated_at is UNSET:
            evaluated_at = UNSET
        else:
            try:
                evaluated_at = datetime.datetime.fromisoformat(_evaluated_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _evaluated_at, "evaluated_at"
                ) from None

        latest_computed_value: float | Unset = src_dict.get(
            "latest_computed_value", UNSET
        )
        if (
            (
                type(latest_computed_value) is not float
                or latest_computed_value - latest_computed_value != 0
            )
            and type(latest_computed_value) is not int
            and latest_computed_value is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number", latest_computed_value, "latest_computed_value"
            )

        notes: str | Unset = src_dict.get("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise SchemaMismatch.expected("a string", notes, "notes")

        if cls is DriftMonitor:
            drift_monitor = cls.__new__(cls)
            drift_monitor.id = id
            drift_monitor.name = name
            drift_monitor.type_ = type_
            drift_monitor.project_id = project_id
            drift_monitor.uri = uri
            drift_monitor.status = status
            drift_monitor.threshold = threshold
            drift_monitor.notifications_enabled = notifications_enabled
            drift_monitor.manual_evaluation_enabled = manual_evaluation_enabled
            drift_monitor.created_by_user_id = created_by_user_id
            drift_monitor.created_at = created_at
            drift_monitor.updated_at = updated_at
            drift_monitor.metric = metric
            drift_monitor.dimension = dimension
            drift_monitor.baseline_config = baseline_config
            drift_monitor.model_versions = model_versions
            drift_monitor.filters = filters
            drift_monitor.notification_configs = notification_configs
            drift_monitor.downtime = downtime
            drift_monitor.scheduled_runtime = scheduled_runtime
            drift_monitor.evaluation_window_length_seconds = (
                evaluation_window_length_seconds
            )
            drift_monitor.delay_seconds = delay_seconds
            drift_monitor.evaluated_at = evaluated_at
            drift_monitor.latest_computed_value = latest_computed_value
            drift_monitor.notes = notes
            drift_monitor.additional_properties = {}
        else:
            drift_monitor = cls(
                id=id,
                name=name,
                type_=type_,
                project_id=project_id,
                uri=uri,
                status=status,
                threshold=threshold,
                notifications_enabled=notifications_enabled,
                manual_evaluation_enabled=manual_evaluation_enabled,
                created_by_user_id=created_by_user_id,
                created_at=created_at,
                updated_at=updated_at,
                metric=metric,
                dimension=dimension,
                baseline_config=baseline_config,
                model_versions=model_versions,
                filters=filters,
                notification_configs=notification_configs,
                downtime=downtime,
                scheduled_runtime=scheduled_runtime,
                evaluation_window_length_seconds=evaluation_window_length_seconds,
                delay_seconds=delay_seconds,
                evaluated_at=evaluated_at,
                latest_computed_value=latest_computed_value,
                notes=notes,
            )

        if len(src_dict) > 16 + (filters is not UNSET) + (
            notification_configs is not UNSET
        ) + (downtime is not UNSET) + (scheduled_runtime is not UNSET) + (
            evaluation_window_length_seconds is not UNSET
        ) + (delay_seconds is not UNSET) + (evaluated_at is not UNSET) + (
            latest_computed_value is not UNSET
        ) + (notes is not UNSET):
            drift_monitor.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return drift_monitor

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
        "project_id",
        "uri",
        "status",
        "threshold",
        "notifications_enabled",
        "manual_evaluation_enabled",
        "created_by_user_id",
        "created_at",
        "updated_at",
        "metric",
        "dimension",
        "baseline_config",
        "model_versions",
        "filters",
        "notification_configs",
        "downtime",
        "scheduled_runtime",
        "evaluation_window_length_seconds",
        "delay_seconds",
        "evaluated_at",
        "latest_computed_value",
        "notes",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomBaselineConfig
    global Dimension
    global DowntimeConfig
    global DynamicRangeThreshold
    global DynamicSingleThreshold
    global EmailNotificationConfig
    global IntegrationNotificationConfig
    global ManualRangeThreshold
    global ManualSingleThreshold
    global ModelBaselineConfig
    global MonitorFilter
    global ScheduledRuntimeConfig
    global UnknownBaselineConfig
    global UnknownNotificationConfig
    global UnknownThresholdConfig
    global WebhookNotificationConfig
    from ..models.custom_baseline_config import CustomBaselineConfig  # noqa: PLC0415
    from ..models.dimension import Dimension  # noqa: PLC0415
    from ..models.downtime_config import DowntimeConfig  # noqa: PLC0415
    from ..models.dynamic_range_threshold import DynamicRangeThreshold  # noqa: PLC0415
    from ..models.dynamic_single_threshold import DynamicSingleThreshold  # noqa: PLC0415
    from ..models.email_notification_config import EmailNotificationConfig  # noqa: PLC0415
    from ..models.integration_notification_config import IntegrationNotificationConfig  # noqa: PLC0415
    from ..models.manual_range_threshold import ManualRangeThreshold  # noqa: PLC0415
    from ..models.manual_single_threshold import ManualSingleThreshold  # noqa: PLC0415
    from ..models.model_baseline_config import ModelBaselineConfig  # noqa: PLC0415
    from ..models.monitor_filter import MonitorFilter  # noqa: PLC0415
    from ..models.scheduled_runtime_config import ScheduledRuntimeConfig  # noqa: PLC0415
    from ..models.unknown_baseline_config import UnknownBaselineConfig  # noqa: PLC0415
    from ..models.unknown_notification_config import UnknownNotificationConfig  # noqa: PLC0415
    from ..models.unknown_threshold_config import UnknownThresholdConfig  # noqa: PLC0415
    from ..models.webhook_notification_config import WebhookNotificationConfig  # noqa: PLC0415

    _lazy_imports_pending = False
