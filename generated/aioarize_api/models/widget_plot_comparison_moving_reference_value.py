from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.widget_plot_comparison_moving_reference_value_type import (
    WidgetPlotComparisonMovingReferenceValueType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetPlotComparisonMovingReferenceValue")


@_attrs_define
class WidgetPlotComparisonMovingReferenceValue:
    """
    Attributes:
        type_ (WidgetPlotComparisonMovingReferenceValueType):
        environment_name (str | Unset):
        external_batch_ids (list[str] | Unset):
        external_model_version_ids (list[str] | Unset):
        model_version_environment_metadata_id (None | str | Unset):
        moving_window_ms (float | Unset):
        moving_window_delay_ms (float | Unset):
    """

    type_: WidgetPlotComparisonMovingReferenceValueType
    environment_name: str | Unset = UNSET
    external_batch_ids: list[str] | Unset = UNSET
    external_model_version_ids: list[str] | Unset = UNSET
    model_version_environment_metadata_id: None | str | Unset = UNSET
    moving_window_ms: float | Unset = UNSET
    moving_window_delay_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        environment_name = self.environment_name

        external_batch_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_batch_ids, Unset):
            external_batch_ids = self.external_batch_ids

        external_model_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_model_version_ids, Unset):
            external_model_version_ids = self.external_model_version_ids

        model_version_environment_metadata_id: None | str | Unset
        if isinstance(self.model_version_environment_metadata_id, Unset):
            model_version_environment_metadata_id = UNSET
        else:
            model_version_environment_metadata_id = (
                self.model_version_environment_metadata_id
            )

        moving_window_ms = self.moving_window_ms

        moving_window_delay_ms = self.moving_window_delay_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if environment_name is not UNSET:
            field_dict["environment_name"] = environment_name
        if external_batch_ids is not UNSET:
            field_dict["external_batch_ids"] = external_batch_ids
        if external_model_version_ids is not UNSET:
            field_dict["external_model_version_ids"] = external_model_version_ids
        if model_version_environment_metadata_id is not UNSET:
            field_dict["model_version_environment_metadata_id"] = (
                model_version_environment_metadata_id
            )
        if moving_window_ms is not UNSET:
            field_dict["moving_window_ms"] = moving_window_ms
        if moving_window_delay_ms is not UNSET:
            field_dict["moving_window_delay_ms"] = moving_window_delay_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict["type"]
        type_: WidgetPlotComparisonMovingReferenceValueType
        try:
            type_ = cast(
                WidgetPlotComparisonMovingReferenceValueType,
                WidgetPlotComparisonMovingReferenceValueType._value2member_map_.get(
                    _type_
                )
                or WidgetPlotComparisonMovingReferenceValueType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        environment_name: str | Unset = src_dict.get("environment_name", UNSET)
        if type(environment_name) is not str and environment_name is not UNSET:
            raise SchemaMismatch.expected(
                "a string", environment_name, "environment_name"
            )

        _external_batch_ids = src_dict.get("external_batch_ids", UNSET)
        external_batch_ids: list[str] | Unset
        if _external_batch_ids is UNSET:
            external_batch_ids = UNSET
        else:
            try:
                if type(_external_batch_ids) is not list:
                    raise SchemaMismatch.expected("an array", _external_batch_ids)
                for external_batch_ids_item in _external_batch_ids:
                    if type(external_batch_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _external_batch_ids, external_batch_ids_item
                        )
                external_batch_ids = _external_batch_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "external_batch_ids")

        _external_model_version_ids = src_dict.get("external_model_version_ids", UNSET)
        external_model_version_ids: list[str] | Unset
        if _external_model_version_ids is UNSET:
            external_model_version_ids = UNSET
        else:
            try:
                if type(_external_model_version_ids) is not list:
                    raise SchemaMismatch.expected(
                        "an array", _external_model_version_ids
                    )
                for external_model_version_ids_item in _external_model_version_ids:
                    if type(external_model_version_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string",
                            _external_model_version_ids,
                            external_model_version_ids_item,
                        )
                external_model_version_ids = _external_model_version_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "external_model_version_ids")

        model_version_environment_metadata_id: None | str | Unset = src_dict.get(
            "model_version_environment_metadata_id", UNSET
        )
        if (
            model_version_environment_metadata_id is not None
            and type(model_version_environment_metadata_id) is not str
            and model_version_environment_metadata_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                model_version_environment_metadata_id,
                "model_version_environment_metadata_id",
            )

        moving_window_ms: float | Unset = src_dict.get("moving_window_ms", UNSET)
        if (
            (
                type(moving_window_ms) is not float
                or moving_window_ms - moving_window_ms != 0
            )
            and type(moving_window_ms) is not int
            and moving_window_ms is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number", moving_window_ms, "moving_window_ms"
            )

        moving_window_delay_ms: float | Unset = src_dict.get(
            "moving_window_delay_ms", UNSET
        )
        if (
            (
                type(moving_window_delay_ms) is not float
                or moving_window_delay_ms - moving_window_delay_ms != 0
            )
            and type(moving_window_delay_ms) is not int
            and moving_window_delay_ms is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a finite number", moving_window_delay_ms, "moving_window_delay_ms"
            )

        if cls is WidgetPlotComparisonMovingReferenceValue:
            widget_plot_comparison_moving_reference_value = cls.__new__(cls)
            widget_plot_comparison_moving_reference_value.type_ = type_
            widget_plot_comparison_moving_reference_value.environment_name = (
                environment_name
            )
            widget_plot_comparison_moving_reference_value.external_batch_ids = (
                external_batch_ids
            )
            widget_plot_comparison_moving_reference_value.external_model_version_ids = (
                external_model_version_ids
            )
            widget_plot_comparison_moving_reference_value.model_version_environment_metadata_id = model_version_environment_metadata_id
            widget_plot_comparison_moving_reference_value.moving_window_ms = (
                moving_window_ms
            )
            widget_plot_comparison_moving_reference_value.moving_window_delay_ms = (
                moving_window_delay_ms
            )
            widget_plot_comparison_moving_reference_value.additional_properties = {}
        else:
            widget_plot_comparison_moving_reference_value = cls(
                type_=type_,
                environment_name=environment_name,
                external_batch_ids=external_batch_ids,
                external_model_version_ids=external_model_version_ids,
                model_version_environment_metadata_id=model_version_environment_metadata_id,
                moving_window_ms=moving_window_ms,
                moving_window_delay_ms=moving_window_delay_ms,
            )

        if len(src_dict) > 1 + (environment_name is not UNSET) + (
            external_batch_ids is not UNSET
        ) + (external_model_version_ids is not UNSET) + (
            model_version_environment_metadata_id is not UNSET
        ) + (moving_window_ms is not UNSET) + (moving_window_delay_ms is not UNSET):
            widget_plot_comparison_moving_reference_value.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return widget_plot_comparison_moving_reference_value

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
        "environment_name",
        "external_batch_ids",
        "external_model_version_ids",
        "model_version_environment_metadata_id",
        "moving_window_ms",
        "moving_window_delay_ms",
    }
)
