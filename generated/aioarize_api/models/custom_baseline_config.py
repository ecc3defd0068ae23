from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.custom_baseline_config_type import CustomBaselineConfigType

if TYPE_CHECKING:
    from ..models.fixed_custom_baseline_window import FixedCustomBaselineWindow
    from ..models.monitor_filter import MonitorFilter
    from ..models.moving_custom_baseline_window import MovingCustomBaselineWindow
    from ..models.unknown_custom_baseline_window import UnknownCustomBaselineWindow


T = TypeVar("T", bound="CustomBaselineConfig")


@_attrs_define
class CustomBaselineConfig:
    """
    Attributes:
        type_ (CustomBaselineConfigType):
        filters (list[MonitorFilter]):
        model_versions (list[str]):
        window (FixedCustomBaselineWindow | MovingCustomBaselineWindow | UnknownCustomBaselineWindow):
    """

    type_: CustomBaselineConfigType
    filters: list[MonitorFilter]
    model_versions: list[str]
    window: (
        FixedCustomBaselineWindow
        | MovingCustomBaselineWindow
        | UnknownCustomBaselineWindow
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        model_versions = self.model_versions

        window: dict[str, Any]
        if isinstance(self.window, FixedCustomBaselineWindow):
            window = self.window.to_dict()
        elif isinstance(self.window, MovingCustomBaselineWindow):
            window = self.window.to_dict()
        else:
            window = self.window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "filters": filters,
                "model_versions": model_versions,
                "window": window,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: CustomBaselineConfigType
        try:
            type_ = cast(
                CustomBaselineConfigType,
                CustomBaselineConfigType._value2member_map_.get(_type_)
                or CustomBaselineConfigType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _filters = src_dict["filters"]
        filters: list[MonitorFilter]
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

        _window = src_dict["window"]
        window: (
            FixedCustomBaselineWindow
            | MovingCustomBaselineWindow
            | UnknownCustomBaselineWindow
        )
        try:
            if type(_window) is dict:
                window_discriminator = _window["type"]
                if window_discriminator == "FIXED":
                    window = FixedCustomBaselineWindow.from_dict(_window)

                elif window_discriminator == "MOVING":
                    window = MovingCustomBaselineWindow.from_dict(_window)

                elif type(window_discriminator) is str:
                    window = UnknownCustomBaselineWindow.from_dict(_window)

                else:
                    raise SchemaMismatch.expected(
                        "a string", window_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _window)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "window")

        if cls is CustomBaselineConfig:
            custom_baseline_config = cls.__new__(cls)
            custom_baseline_config.type_ = type_
            custom_baseline_config.filters = filters
            custom_baseline_config.model_versions = model_versions
            custom_baseline_config.window = window
            custom_baseline_config.additional_properties = {}
        else:
            custom_baseline_config = cls(
                type_=type_,
                filters=filters,
                model_versions=model_versions,
                window=window,
            )

        if len(src_dict) > 4:
            custom_baseline_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return custom_baseline_config

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
        "type",
        "filters",
        "model_versions",
        "window",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global FixedCustomBaselineWindow
    global MonitorFilter
    global MovingCustomBaselineWindow
    global UnknownCustomBaselineWindow
    from ..models.fixed_custom_baseline_window import FixedCustomBaselineWindow  # noqa: PLC0415
    from ..models.monitor_filter import MonitorFilter  # noqa: PLC0415
    from ..models.moving_custom_baseline_window import MovingCustomBaselineWindow  # noqa: PLC0415
    from ..models.unknown_custom_baseline_window import UnknownCustomBaselineWindow  # noqa: PLC0415

    _lazy_imports_pending = False
