from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = src_dict["id"]

        name = src_dict["name"]

        type_ = cast(
            DriftMonitorType,
            DriftMonitorType._value2member_map_.get(src_dict["type"])
            or DriftMonitorType(src_dict["type"]),
        )

        project_id = src_dict["project_id"]

        uri = src_dict["uri"]

        status = cast(
            MonitorStatus,
            MonitorStatus._value2member_map_.get(src_dict["status"])
            or MonitorStatus(src_dict["status"]),
        )

        def _parse_threshold(
            data: object,
        ) -> (
            DynamicRangeThreshold
            | DynamicSingleThreshold
            | ManualRangeThreshold
            | ManualSingleThreshold
            | UnknownThresholdConfig
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "MANUAL_SINGLE":
                componentsschemas_threshold_config_type_0 = (
                    ManualSingleThreshold.from_dict(data)
                )

                return componentsschemas_threshold_config_type_0
            if discriminator == "DYNAMIC_SINGLE":
                componentsschemas_threshold_config_type_1 = (
                    DynamicSingleThreshold.from_dict(data)
                )

                return componentsschemas_threshold_config_type_1
            if discriminator == "MANUAL_RANGE":
                componentsschemas_threshold_config_type_2 = (
                    ManualRangeThreshold.from_dict(data)
                )

                return componentsschemas_threshold_config_type_2
            if discriminator == "DYNAMIC_RANGE":
                componentsschemas_threshold_config_type_3 = (
                    DynamicRangeThreshold.from_dict(data)
                )

                return componentsschemas_threshold_config_type_3
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_threshold_config_type_4 = (
                UnknownThresholdConfig.from_dict(data)
            )

            return componentsschemas_threshold_config_type_4

        threshold = _parse_threshold(src_dict["threshold"])

        notifications_enabled = src_dict["notifications_enabled"]

        manual_evaluation_enabled = src_dict["manual_evaluation_enabled"]

        created_by_user_id = src_dict["created_by_user_id"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        metric = cast(
            DriftMetric,
            DriftMetric._value2member_map_.get(src_dict["metric"])
            or DriftMetric(src_dict["metric"]),
        )

        dimension = Dimension.from_dict(src_dict["dimension"])

        def _parse_baseline_config(
            data: object,
        ) -> CustomBaselineConfig | ModelBaselineConfig | UnknownBaselineConfig:
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "MODEL_BASELINE":
                componentsschemas_baseline_config_type_0 = (
                    ModelBaselineConfig.from_dict(data)
                )

                return componentsschemas_baseline_config_type_0
            if discriminator == "CUSTOM_BASELINE":
                componentsschemas_baseline_config_type_1 = (
                    CustomBaselineConfig.from_dict(data)
                )

                return componentsschemas_baseline_config_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_baseline_config_type_2 = UnknownBaselineConfig.from_dict(
                data
            )

            return componentsschemas_baseline_config_type_2

        baseline_config = _parse_baseline_config(src_dict["baseline_config"])

        model_versions = cast(list[str], src_dict["model_versions"])

        _filters = src_dict.get("filters", UNSET)
        filters: list[MonitorFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [
                MonitorFilter.from_dict(filters_item_data)
                for filters_item_data in _filters
            ]

        _notification_configs = src_dict.get("notification_configs", UNSET)
        notification_configs: (
            list[
                EmailNotificationConfig
                | IntegrationNotificationConfig
                | UnknownNotificationConfig
                | WebhookNotificationConfig
            ]
            | Unset
        ) = UNSET
        if _notification_configs is not UNSET:
            notification_configs = []
            for notification_configs_item_data in _notification_configs:

                def _parse_notification_configs_item(
                    data: object,
                ) -> (
                    EmailNotificationConfig
                    | IntegrationNotificationConfig
                    | UnknownNotificationConfig
                    | WebhookNotificationConfig
                ):
                    if not isinstance(data, dict):
                        raise TypeError(
                            f"expected a JSON object, got {type(data).__name__}"
                        )
                    discriminator = data["type"]
                    if discriminator == "EMAIL":
                        componentsschemas_notification_config_type_0 = (
                            EmailNotificationConfig.from_dict(data)
                        )

                        return componentsschemas_notification_config_type_0
                    if discriminator == "INTEGRATION":
                        componentsschemas_notification_config_type_1 = (
                            IntegrationNotificationConfig.from_dict(data)
                        )

                        return componentsschemas_notification_config_type_1
                    if discriminator == "WEBHOOK":
                        componentsschemas_notification_config_type_2 = (
                            WebhookNotificationConfig.from_dict(data)
                        )

                        return componentsschemas_notification_config_type_2
                    if not isinstance(discriminator, str):
                        raise TypeError(
                            f"type: expected a string, got {type(discriminator).__name__}"
                        )
                    componentsschemas_notification_config_type_3 = (
                        UnknownNotificationConfig.from_dict(data)
                    )

                    return componentsschemas_notification_config_type_3

                notification_configs_item = _parse_notification_configs_item(
                    notification_configs_item_data
                )

                notification_configs.append(notification_configs_item)

        _downtime = src_dict.get("downtime", UNSET)
        downtime: DowntimeConfig | Unset
        if _downtime is UNSET:
            downtime = UNSET
        else:
            downtime = DowntimeConfig.from_dict(_downtime)

        _scheduled_runtime = src_dict.get("scheduled_runtime", UNSET)
        scheduled_runtime: ScheduledRuntimeConfig | Unset
        if _scheduled_runtime is UNSET:
            scheduled_runtime = UNSET
        else:
            scheduled_runtime = ScheduledRuntimeConfig.from_dict(_scheduled_runtime)

        evaluation_window_length_seconds = src_dict.get(
            "evaluation_window_length_seconds", UNSET
        )

        delay_seconds = src_dict.get("delay_seconds", UNSET)

        _evaluated_at = src_dict.get("evaluated_at", UNSET)
        evaluated_at: datetime.datetime | Unset
        if _evaluated_at is UNSET:
            evaluated_at = UNSET
        else:
            evaluated_at = datetime.datetime.fromisoformat(_evaluated_at)

        latest_computed_value = src_dict.get("latest_computed_value", UNSET)

        notes = src_dict.get("notes", UNSET)

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
