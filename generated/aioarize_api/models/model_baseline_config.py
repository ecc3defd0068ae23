from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.model_baseline_config_type import ModelBaselineConfigType

if TYPE_CHECKING:
    from ..models.monitor_filter import MonitorFilter


T = TypeVar("T", bound="ModelBaselineConfig")


@_attrs_define
class ModelBaselineConfig:
    """
    Attributes:
        type_ (ModelBaselineConfigType):
        filters (list[MonitorFilter]):
    """

    type_: ModelBaselineConfigType
    filters: list[MonitorFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: ModelBaselineConfigType
        try:
            type_ = cast(
                ModelBaselineConfigType,
                ModelBaselineConfigType._value2member_map_.get(_type_)
                or ModelBaselineConfigType(_type_),
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

        if cls is ModelBaselineConfig:
            model_baseline_config = cls.__new__(cls)
            model_baseline_config.type_ = type_
            model_baseline_config.filters = filters
            model_baseline_config.additional_properties = {}
        else:
            model_baseline_config = cls(
                type_=type_,
                filters=filters,
            )

        if len(src_dict) > 2:
            model_baseline_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return model_baseline_config

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
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global MonitorFilter
    from ..models.monitor_filter import MonitorFilter  # noqa: PLC0415

    _lazy_imports_pending = False
