from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

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
        _monitors = src_dict["monitors"]
        monitors: list[
            CustomMetricMonitor
            | DataQualityMonitor
            | DriftMonitor
            | PerformanceMonitor
            | TracingMonitor
            | UnknownMonitor
        ]
        try:
            if type(_monitors) is not list:
                raise SchemaMismatch.expected("an array", _monitors)
            monitors_items: list[
                CustomMetricMonitor
                | DataQualityMonitor
                | DriftMonitor
                | PerformanceMonitor
                | TracingMonitor
                | UnknownMonitor
            ] = []
            for monitors_item in _monitors:
                monitors_value: (
                    CustomMetricMonitor
                    | DataQualityMonitor
                    | DriftMonitor
                    | PerformanceMonitor
                    | TracingMonitor
                    | UnknownMonitor
                )
                try:
                    if type(monitors_item) is dict:
                        monitors_item_discriminator = monitors_item["type"]
                        if monitors_item_discriminator == "DATA_QUALITY":
                            monitors_value = DataQualityMonitor.from_dict(monitors_item)

                        elif monitors_item_discriminator == "PERFORMANCE":
                            monitors_value = PerformanceMonitor.from_dict(monitors_item)

                        elif monitors_item_discriminator == "DRIFT":
                            monitors_value = DriftMonitor.from_dict(monitors_item)

                        elif monitors_item_discriminator == "CUSTOM_METRIC":
                            monitors_value = CustomMetricMonitor.from_dict(
                                monitors_item
                            )

                        elif monitors_item_discriminator == "TRACING":
                            monitors_value = TracingMonitor.from_dict(monitors_item)

                        elif type(monitors_item_discriminator) is str:
                            monitors_value = UnknownMonitor.from_dict(monitors_item)

                        else:
                            raise SchemaMismatch.expected(
                                "a string", monitors_item_discriminator, "type"
                            )

                    else:
                        raise SchemaMismatch.expected("an object", monitors_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(monitors_items))
                monitors_items.append(monitors_value)
            monitors = monitors_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "monitors")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListMonitorsResponse:
            list_monitors_response = cls.__new__(cls)
            list_monitors_response.monitors = monitors
            list_monitors_response.pagination = pagination
            list_monitors_response.additional_properties = {}
        else:
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
