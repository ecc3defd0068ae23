from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_metric_monitor import CustomMetricMonitor
    from ..models.data_quality_monitor import DataQualityMonitor
    from ..models.drift_monitor import DriftMonitor
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.performance_monitor import PerformanceMonitor
    from ..models.tracing_monitor import TracingMonitor
    from ..models.unknown_monitor import UnknownMonitor


T = TypeVar("T", bound="ListMonitorsResponse")


@_attrs_define
class ListMonitorsResponse:
    """
    Attributes:
        monitors (list[CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor |
            UnknownMonitor]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    monitors: list[
        CustomMetricMonitor
        | DataQualityMonitor
        | DriftMonitor
        | PerformanceMonitor
        | TracingMonitor
        | UnknownMonitor
    ]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        monitors = []
        for monitors_item_data in self.monitors:
            monitors_item: dict[str, Any]
            if isinstance(monitors_item_data, DataQualityMonitor):
                monitors_item = monitors_item_data.to_dict()
            elif isinstance(monitors_item_data, PerformanceMonitor):
                monitors_item = monitors_item_data.to_dict()
            elif isinstance(monitors_item_data, DriftMonitor):
                monitors_item = monitors_item_data.to_dict()
            elif isinstance(monitors_item_data, CustomMetricMonitor):
                monitors_item = monitors_item_data.to_dict()
            elif isinstance(monitors_item_data, TracingMonitor):
                monitors_item = monitors_item_data.to_dict()
            else:
                monitors_item = monitors_item_data.to_dict()

            monitors.append(monitors_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monitors": monitors,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        monitors = []
        _monitors = src_dict["monitors"]
        for monitors_item_data in _monitors:

            def _parse_monitors_item(
                data: object,
            ) -> (
                CustomMetricMonitor
                | DataQualityMonitor
                | DriftMonitor
                | PerformanceMonitor
                | TracingMonitor
                | UnknownMonitor
            ):
                if not isinstance(data, dict):
                    raise TypeError(
                        f"expected a JSON object, got {type(data).__name__}"
                    )
                discriminator = data["type"]
                if discriminator == "DATA_QUALITY":
                    componentsschemas_monitor_type_0 = DataQualityMonitor.from_dict(
                        data
                    )

                    return componentsschemas_monitor_type_0
                if discriminator == "PERFORMANCE":
                    componentsschemas_monitor_type_1 = PerformanceMonitor.from_dict(
                        data
                    )

                    return componentsschemas_monitor_type_1
                if discriminator == "DRIFT":
                    componentsschemas_monitor_type_2 = DriftMonitor.from_dict(data)

                    return componentsschemas_monitor_type_2
                if discriminator == "CUSTOM_METRIC":
                    componentsschemas_monitor_type_3 = CustomMetricMonitor.from_dict(
                        data
                    )

                    return componentsschemas_monitor_type_3
                if discriminator == "TRACING":
                    componentsschemas_monitor_type_4 = TracingMonitor.from_dict(data)

                    return componentsschemas_monitor_type_4
                if not isinstance(discriminator, str):
                    raise TypeError(
                        f"type: expected a string, got {type(discriminator).__name__}"
                    )
                componentsschemas_monitor_type_5 = UnknownMonitor.from_dict(data)

                return componentsschemas_monitor_type_5

            monitors_item = _parse_monitors_item(monitors_item_data)

            monitors.append(monitors_item)

        pagination = PaginationMetadata.from_dict(src_dict["pagination"])

        list_monitors_response = cls(
            monitors=monitors,
            pagination=pagination,
        )

        if len(src_dict) > 2:
            list_monitors_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_monitors_response

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
        "monitors",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomMetricMonitor
    global DataQualityMonitor
    global DriftMonitor
    global PaginationMetadata
    global PerformanceMonitor
    global TracingMonitor
    global UnknownMonitor
    from ..models.custom_metric_monitor import CustomMetricMonitor  # noqa: PLC0415
    from ..models.data_quality_monitor import DataQualityMonitor  # noqa: PLC0415
    from ..models.drift_monitor import DriftMonitor  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.performance_monitor import PerformanceMonitor  # noqa: PLC0415
    from ..models.tracing_monitor import TracingMonitor  # noqa: PLC0415
    from ..models.unknown_monitor import UnknownMonitor  # noqa: PLC0415

    _lazy_imports_pending = False
