from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_plot_comparison_reference_source import (
    WidgetPlotComparisonReferenceSource,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source import DatasetSource
    from ..models.unknown_widget_plot_comparison_reference_value import (
        UnknownWidgetPlotComparisonReferenceValue,
    )
    from ..models.widget_filter import WidgetFilter
    from ..models.widget_plot_comparison_fixed_reference_value import (
        WidgetPlotComparisonFixedReferenceValue,
    )
    from ..models.widget_plot_comparison_moving_reference_value import (
        WidgetPlotComparisonMovingReferenceValue,
    )


T = TypeVar("T", bound="WidgetPlot")


@_attrs_define
class WidgetPlot:
    """
    Attributes:
        id (str | Unset):
        position (int | Unset):
        title (str | Unset):
        model_id (None | str | Unset):
        model_version_ids (list[str] | Unset):
        model_environment_name (None | str | Unset):
        model_version_environment_metadata_ids (list[str] | Unset):
        dimension_category (None | str | Unset):
        dimension_name (None | str | Unset):
        dimension_data_type (None | str | Unset):
        prediction_value_class (None | str | Unset):
        metric_id (int | None | Unset):
        metric (None | str | Unset):
        custom_metric_id (None | str | Unset):
        ranking_at_k (int | None | Unset):
        comparison_model_baseline_id (None | str | Unset):
        comparison_reference_source (None | Unset | WidgetPlotComparisonReferenceSource):
        comparison_reference_value (None | UnknownWidgetPlotComparisonReferenceValue | Unset |
            WidgetPlotComparisonFixedReferenceValue | WidgetPlotComparisonMovingReferenceValue):
        metric_aggregation_type (None | str | Unset):
        split_by_enabled (bool | None | Unset):
        split_by_dimension (None | str | Unset):
        split_by_dimension_category (None | str | Unset):
        split_by_overall_metric_enabled (bool | None | Unset):
        split_by_all_values_live_update_enabled (bool | None | Unset):
        cohorts (list[str] | None | Unset):
        colors (list[str] | None | Unset):
        stack_dimension_name (None | str | Unset):
        stack_dimension_category (None | str | Unset):
        x_axis_dimension_name (None | str | Unset):
        x_axis_dimension_category (None | str | Unset):
        y_axis_dimension_name (None | str | Unset):
        y_axis_dimension_category (None | str | Unset):
        color_by_dimension_name (None | str | Unset):
        color_by_dimension_category (None | str | Unset):
        dataset_source (DatasetSource | None | Unset):
        filters (list[WidgetFilter] | Unset):
    """

    id: str | Unset = UNSET
    position: int | Unset = UNSET
    title: str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    model_version_ids: list[str] | Unset = UNSET
    model_environment_name: None | str | Unset = UNSET
    model_version_environment_metadata_ids: list[str] | Unset = UNSET
    dimension_category: None | str | Unset = UNSET
    dimension_name: None | str | Unset = UNSET
    dimension_data_type: None | str | Unset = UNSET
    prediction_value_class: None | str | Unset = UNSET
    metric_id: int | None | Unset = UNSET
    metric: None | str | Unset = UNSET
    custom_metric_id: None | str | Unset = UNSET
    ranking_at_k: int | None | Unset = UNSET
    comparison_model_baseline_id: None | str | Unset = UNSET
    comparison_reference_source: None | Unset | WidgetPlotComparisonReferenceSource = (
        UNSET
    )
    comparison_reference_value: (
        None
        | UnknownWidgetPlotComparisonReferenceValue
        | Unset
        | WidgetPlotComparisonFixedReferenceValue
        | WidgetPlotComparisonMovingReferenceValue
    ) = UNSET
    metric_aggregation_type: None | str | Unset = UNSET
    split_by_enabled: bool | None | Unset = UNSET
    split_by_dimension: None | str | Unset = UNSET
    split_by_dimension_category: None | str | Unset = UNSET
    split_by_overall_metric_enabled: bool | None | Unset = UNSET
    split_by_all_values_live_update_enabled: bool | None | Unset = UNSET
    cohorts: list[str] | None | Unset = UNSET
    colors: list[str] | None | Unset = UNSET
    stack_dimension_name: None | str | Unset = UNSET
    stack_dimension_category: None | str | Unset = UNSET
    x_axis_dimension_name: None | str | Unset = UNSET
    x_axis_dimension_category: None | str | Unset = UNSET
    y_axis_dimension_name: None | str | Unset = UNSET
    y_axis_dimension_category: None | str | Unset = UNSET
    color_by_dimension_name: None | str | Unset = UNSET
    color_by_dimension_category: None | str | Unset = UNSET
    dataset_source: DatasetSource | None | Unset = UNSET
    filters: list[WidgetFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        position = self.position

        title = self.title

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        model_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_version_ids, Unset):
            model_version_ids = self.model_version_ids

        model_environment_name: None | str | Unset
        if isinstance(self.model_environment_name, Unset):
            model_environment_name = UNSET
        else:
            model_environment_name = self.model_environment_name

        model_version_environment_metadata_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_version_environment_metadata_ids, Unset):
            model_version_environment_metadata_ids = (
                self.model_version_environment_metadata_ids
            )

        dimension_category: None | str | Unset
        if isinstance(self.dimension_category, Unset):
            dimension_category = UNSET
        else:
            dimension_category = self.dimension_category

        dimension_name: None | str | Unset
        if isinstance(self.dimension_name, Unset):
            dimension_name = UNSET
        else:
            dimension_name = self.dimension_name

        dimension_data_type: None | str | Unset
        if isinstance(self.dimension_data_type, Unset):
            dimension_data_type = UNSET
        else:
            dimension_data_type = self.dimension_data_type

        prediction_value_class: None | str | Unset
        if isinstance(self.prediction_value_class, Unset):
            prediction_value_class = UNSET
        else:
            prediction_value_class = self.prediction_value_class

        metric_id: int | None | Unset
        if isinstance(self.metric_id, Unset):
            metric_id = UNSET
        else:
            metric_id = self.metric_id

        metric: None | str | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        else:
            metric = self.metric

        custom_metric_id: None | str | Unset
        if isinstance(self.custom_metric_id, Unset):
            custom_metric_id = UNSET
        else:
            custom_metric_id = self.custom_metric_id

        ranking_at_k: int | None | Unset
        if isinstance(self.ranking_at_k, Unset):
            ranking_at_k = UNSET
        else:
            ranking_at_k = self.ranking_at_k

        comparison_model_baseline_id: None | str | Unset
        if isinstance(self.comparison_model_baseline_id, Unset):
            comparison_model_baseline_id = UNSET
        else:
            comparison_model_baseline_id = self.comparison_model_baseline_id

        comparison_reference_source: None | str | Unset
        if isinstance(self.comparison_reference_source, Unset):
            comparison_reference_source = UNSET
        elif isinstance(
            self.comparison_reference_source, WidgetPlotComparisonReferenceSource
        ):
            comparison_reference_source = self.comparison_reference_source.value
        else:
            comparison_reference_source = self.comparison_reference_source

        comparison_reference_value: dict[str, Any] | None | Unset
        if isinstance(self.comparison_reference_value, Unset):
            comparison_reference_value = UNSET
        elif isinstance(
            self.comparison_reference_value, WidgetPlotComparisonFixedReferenceValue
        ):
            comparison_reference_value = self.comparison_reference_value.to_dict()
        elif isinstance(
            self.comparison_reference_value, WidgetPlotComparisonMovingReferenceValue
        ):
            comparison_reference_value = self.comparison_reference_value.to_dict()
        elif isinstance(
            self.comparison_reference_value, UnknownWidgetPlotComparisonReferenceValue
        ):
            comparison_reference_value = self.comparison_reference_value.to_dict()
        else:
            comparison_reference_value = self.comparison_reference_value

        metric_aggregation_type: None | str | Unset
        if isinstance(self.metric_aggregation_type, Unset):
            metric_aggregation_type = UNSET
        else:
            metric_aggregation_type = self.metric_aggregation_type

        split_by_enabled: bool | None | Unset
        if isinstance(self.split_by_enabled, Unset):
            split_by_enabled = UNSET
        else:
            split_by_enabled = self.split_by_enabled

        split_by_dimension: None | str | Unset
        if isinstance(self.split_by_dimension, Unset):
            split_by_dimension = UNSET
        else:
            split_by_dimension = self.split_by_dimension

        split_by_dimension_category: None | str | Unset
        if isinstance(self.split_by_dimension_category, Unset):
            split_by_dimension_category = UNSET
        else:
            split_by_dimension_category = self.split_by_dimension_category

        split_by_overall_metric_enabled: bool | None | Unset
        if isinstance(self.split_by_overall_metric_enabled, Unset):
            split_by_overall_metric_enabled = UNSET
        else:
            split_by_overall_metric_enabled = self.split_by_overall_metric_enabled

        split_by_all_values_live_update_enabled: bool | None | Unset
        if isinstance(self.split_by_all_values_live_update_enabled, Unset):
            split_by_all_values_live_update_enabled = UNSET
        else:
            split_by_all_values_live_update_enabled = (
                self.split_by_all_values_live_update_enabled
            )

        cohorts: list[str] | None | Unset
        if isinstance(self.cohorts, Unset):
            cohorts = UNSET
        elif isinstance(self.cohorts, list):
            cohorts = self.cohorts

        else:
            cohorts = self.cohorts

        colors: list[str] | None | Unset
        if isinstance(self.colors, Unset):
            colors = UNSET
        elif isinstance(self.colors, list):
            colors = self.colors

        else:
            colors = self.colors

        stack_dimension_name: None | str | Unset
        if isinstance(self.stack_dimension_name, Unset):
            stack_dimension_name = UNSET
        else:
            stack_dimension_name = self.stack_dimension_name

        stack_dimension_category: None | str | Unset
        if isinstance(self.stack_dimension_category, Unset):
            stack_dimension_category = UNSET
        else:
            stack_dimension_category = self.stack_dimension_category

        x_axis_dimension_name: None | str | Unset
        if isinstance(self.x_axis_dimension_name, Unset):
            x_axis_dimension_name = UNSET
        else:
            x_axis_dimension_name = self.x_axis_dimension_name

        x_axis_dimension_category: None | str | Unset
        if isinstance(self.x_axis_dimension_category, Unset):
            x_axis_dimension_category = UNSET
        else:
            x_axis_dimension_category = self.x_axis_dimension_category

        y_axis_dimension_name: None | str | Unset
        if isinstance(self.y_axis_dimension_name, Unset):
            y_axis_dimension_name = UNSET
        else:
            y_axis_dimension_name = self.y_axis_dimension_name

        y_axis_dimension_category: None | str | Unset
        if isinstance(self.y_axis_dimension_category, Unset):
            y_axis_dimension_category = UNSET
        else:
            y_axis_dimension_category = self.y_axis_dimension_category

        color_by_dimension_name: None | str | Unset
        if isinstance(self.color_by_dimension_name, Unset):
            color_by_dimension_name = UNSET
        else:
            color_by_dimension_name = self.color_by_dimension_name

        color_by_dimension_category: None | str | Unset
        if isinstance(self.color_by_dimension_category, Unset):
            color_by_dimension_category = UNSET
        else:
            color_by_dimension_category = self.color_by_dimension_category

        dataset_source: dict[str, Any] | None | Unset
        if isinstance(self.dataset_source, Unset):
            dataset_source = UNSET
        elif isinstance(self.dataset_source, DatasetSource):
            dataset_source = self.dataset_source.to_dict()
        else:
            dataset_source = self.dataset_source

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if title is not UNSET:
            field_dict["title"] = title
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_version_ids is not UNSET:
            field_dict["model_version_ids"] = model_version_ids
        if model_environment_name is not UNSET:
            field_dict["model_environment_name"] = model_environment_name
        if model_version_environment_metadata_ids is not UNSET:
            field_dict["model_version_environment_metadata_ids"] = (
                model_version_environment_metadata_ids
            )
        if dimension_category is not UNSET:
            field_dict["dimension_category"] = dimension_category
        if dimension_name is not UNSET:
            field_dict["dimension_name"] = dimension_name
        if dimension_data_type is not UNSET:
            field_dict["dimension_data_type"] = dimension_data_type
        if prediction_value_class is not UNSET:
            field_dict["prediction_value_class"] = prediction_value_class
        if metric_id is not UNSET:
            field_dict["metric_id"] = metric_id
        if metric is not UNSET:
            field_dict["metric"] = metric
        if custom_metric_id is not UNSET:
            field_dict["custom_metric_id"] = custom_metric_id
        if ranking_at_k is not UNSET:
            field_dict["ranking_at_k"] = ranking_at_k
        if comparison_model_baseline_id is not UNSET:
            field_dict["comparison_model_baseline_id"] = comparison_model_baseline_id
        if comparison_reference_source is not UNSET:
            field_dict["comparison_reference_source"] = comparison_reference_source
        if comparison_reference_value is not UNSET:
            field_dict["comparison_reference_value"] = comparison_reference_value
        if metric_aggregation_type is not UNSET:
            field_dict["metric_aggregation_type"] = metric_aggregation_type
        if split_by_enabled is not UNSET:
            field_dict["split_by_enabled"] = split_by_enabled
        if split_by_dimension is not UNSET:
            field_dict["split_by_dimension"] = split_by_dimension
        if split_by_dimension_category is not UNSET:
            field_dict["split_by_dimension_category"] = split_by_dimension_category
        if split_by_overall_metric_enabled is not UNSET:
            field_dict["split_by_overall_metric_enabled"] = (
                split_by_overall_metric_enabled
            )
        if split_by_all_values_live_update_enabled is not UNSET:
            field_dict["split_by_all_values_live_update_enabled"] = (
                split_by_all_values_live_update_enabled
            )
        if cohorts is not UNSET:
            field_dict["cohorts"] = cohorts
        if colors is not UNSET:
            field_dict["colors"] = colors
        if stack_dimension_name is not UNSET:
            field_dict["stack_dimension_name"] = stack_dimension_name
        if stack_dimension_category is not UNSET:
            field_dict["stack_dimension_category"] = stack_dimension_category
        if x_axis_dimension_name is not UNSET:
            field_dict["x_axis_dimension_name"] = x_axis_dimension_name
        if x_axis_dimension_category is not UNSET:
            field_dict["x_axis_dimension_category"] = x_axis_dimension_category
        if y_axis_dimension_name is not UNSET:
            field_dict["y_axis_dimension_name"] = y_axis_dimension_name
        if y_axis_dimension_category is not UNSET:
            field_dict["y_axis_dimension_category"] = y_axis_dimension_category
        if color_by_dimension_name is not UNSET:
            field_dict["color_by_dimension_name"] = color_by_dimension_name
        if color_by_dimension_category is not UNSET:
            field_dict["color_by_dimension_category"] = color_by_dimension_category
        if dataset_source is not UNSET:
            field_dict["dataset_source"] = dataset_source
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = src_dict.get("id", UNSET)

        position = src_dict.get("position", UNSET)

        title = src_dict.get("title", UNSET)

        model_id: None | str | Unset = src_dict.get("model_id", UNSET)

        model_version_ids = cast(
            list[str] | Unset, src_dict.get("model_version_ids", UNSET)
        )

        model_environment_name: None | str | Unset = src_dict.get(
            "model_environment_name", UNSET
        )

        model_version_environment_metadata_ids = cast(
            list[str] | Unset,
            src_dict.get("model_version_environment_metadata_ids", UNSET),
        )

        dimension_category: None | str | Unset = src_dict.get(
            "dimension_category", UNSET
        )

        dimension_name: None | str | Unset = src_dict.get("dimension_name", UNSET)

        dimension_data_type: None | str | Unset = src_dict.get(
            "dimension_data_type", UNSET
        )

        prediction_value_class: None | str | Unset = src_dict.get(
            "prediction_value_class", UNSET
        )

        metric_id: int | None | Unset = src_dict.get("metric_id", UNSET)

        metric: None | str | Unset = src_dict.get("metric", UNSET)

        custom_metric_id: None | str | Unset = src_dict.get("custom_metric_id", UNSET)

        ranking_at_k: int | None | Unset = src_dict.get("ranking_at_k", UNSET)

        comparison_model_baseline_id: None | str | Unset = src_dict.get(
            "comparison_model_baseline_id", UNSET
        )

        def _parse_comparison_reference_source(
            data: object,
        ) -> None | Unset | WidgetPlotComparisonReferenceSource:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                comparison_reference_source_type_0 = cast(
                    WidgetPlotComparisonReferenceSource,
                    WidgetPlotComparisonReferenceSource._value2member_map_.get(data)
                    or WidgetPlotComparisonReferenceSource(data),
                )

                return comparison_reference_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WidgetPlotComparisonReferenceSource, data)

        comparison_reference_source = _parse_comparison_reference_source(
            src_dict.get("comparison_reference_source", UNSET)
        )

        def _parse_comparison_reference_value(
            data: object,
        ) -> (
            None
            | UnknownWidgetPlotComparisonReferenceValue
            | Unset
            | WidgetPlotComparisonFixedReferenceValue
            | WidgetPlotComparisonMovingReferenceValue
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "FIXED":
                componentsschemas_widget_plot_comparison_reference_value_type_0 = (
                    WidgetPlotComparisonFixedReferenceValue.from_dict(data)
                )

                return componentsschemas_widget_plot_comparison_reference_value_type_0
            if discriminator == "MOVING":
                componentsschemas_widget_plot_comparison_reference_value_type_1 = (
                    WidgetPlotComparisonMovingReferenceValue.from_dict(data)
                )

                return componentsschemas_widget_plot_comparison_reference_value_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_widget_plot_comparison_reference_value_type_2 = (
                UnknownWidgetPlotComparisonReferenceValue.from_dict(data)
            )

            return componentsschemas_widget_plot_comparison_reference_value_type_2

        comparison_reference_value = _parse_comparison_reference_value(
            src_dict.get("comparison_reference_value", UNSET)
        )

        metric_aggregation_type: None | str | Unset = src_dict.get(
            "metric_aggregation_type", UNSET
        )

        split_by_enabled: bool | None | Unset = src_dict.get("split_by_enabled", UNSET)

        split_by_dimension: None | str | Unset = src_dict.get(
            "split_by_dimension", UNSET
        )

        split_by_dimension_category: None | str | Unset = src_dict.get(
            "split_by_dimension_category", UNSET
        )

        split_by_overall_metric_enabled: bool | None | Unset = src_dict.get(
            "split_by_overall_metric_enabled", UNSET
        )

        split_by_all_values_live_update_enabled: bool | None | Unset = src_dict.get(
            "split_by_all_values_live_update_enabled", UNSET
        )

        def _parse_cohorts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cohorts_type_0 = cast(list[str], data)

                return cohorts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cohorts = _parse_cohorts(src_dict.get("cohorts", UNSET))

        def _parse_colors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                colors_type_0 = cast(list[str], data)

                return colors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        colors = _parse_colors(src_dict.get("colors", UNSET))

        stack_dimension_name: None | str | Unset = src_dict.get(
            "stack_dimension_name", UNSET
        )

        stack_dimension_category: None | str | Unset = src_dict.get(
            "stack_dimension_category", UNSET
        )

        x_axis_dimension_name: None | str | Unset = src_dict.get(
            "x_axis_dimension_name", UNSET
        )

        x_axis_dimension_category: None | str | Unset = src_dict.get(
            "x_axis_dimension_category", UNSET
        )

        y_axis_dimension_name: None | str | Unset = src_dict.get(
            "y_axis_dimension_name", UNSET
        )

        y_axis_dimension_category: None | str | Unset = src_dict.get(
            "y_axis_dimension_category", UNSET
        )

        color_by_dimension_name: None | str | Unset = src_dict.get(
            "color_by_dimension_name", UNSET
        )

        color_by_dimension_category: None | str | Unset = src_dict.get(
            "color_by_dimension_category", UNSET
        )

        def _parse_dataset_source(data: object) -> DatasetSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataset_source_type_0 = DatasetSource.from_dict(data)

                return dataset_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetSource | None | Unset, data)

        dataset_source = _parse_dataset_source(src_dict.get("dataset_source", UNSET))

        _filters = src_dict.get("filters", UNSET)
        filters: list[WidgetFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [
                WidgetFilter.from_dict(filters_item_data)
                for filters_item_data in _filters
            ]

        widget_plot = cls(
            id=id,
            position=position,
            title=title,
            model_id=model_id,
            model_version_ids=model_version_ids,
            model_environment_name=model_environment_name,
            model_version_environment_metadata_ids=model_version_environment_metadata_ids,
            dimension_category=dimension_category,
            dimension_name=dimension_name,
            dimension_data_type=dimension_data_type,
            prediction_value_class=prediction_value_class,
            metric_id=metric_id,
            metric=metric,
            custom_metric_id=custom_metric_id,
            ranking_at_k=ranking_at_k,
            comparison_model_baseline_id=comparison_model_baseline_id,
            comparison_reference_source=comparison_reference_source,
            comparison_reference_value=comparison_reference_value,
            metric_aggregation_type=metric_aggregation_type,
            split_by_enabled=split_by_enabled,
            split_by_dimension=split_by_dimension,
            split_by_dimension_category=split_by_dimension_category,
            split_by_overall_metric_enabled=split_by_overall_metric_enabled,
            split_by_all_values_live_update_enabled=split_by_all_values_live_update_enabled,
            cohorts=cohorts,
            colors=colors,
            stack_dimension_name=stack_dimension_name,
            stack_dimension_category=stack_dimension_category,
            x_axis_dimension_name=x_axis_dimension_name,
            x_axis_dimension_category=x_axis_dimension_category,
            y_axis_dimension_name=y_axis_dimension_name,
            y_axis_dimension_category=y_axis_dimension_category,
            color_by_dimension_name=color_by_dimension_name,
            color_by_dimension_category=color_by_dimension_category,
            dataset_source=dataset_source,
            filters=filters,
        )

        if len(src_dict) > (id is not UNSET) + (position is not UNSET) + (
            title is not UNSET
        ) + (model_id is not UNSET) + (model_version_ids is not UNSET) + (
            model_environment_name is not UNSET
        ) + (model_version_environment_metadata_ids is not UNSET) + (
            dimension_category is not UNSET
        ) + (dimension_name is not UNSET) + (dimension_data_type is not UNSET) + (
            prediction_value_class is not UNSET
        ) + (metric_id is not UNSET) + (metric is not UNSET) + (
            custom_metric_id is not UNSET
        ) + (ranking_at_k is not UNSET) + (
            comparison_model_baseline_id is not UNSET
        ) + (comparison_reference_source is not UNSET) + (
            comparison_reference_value is not UNSET
        ) + (metric_aggregation_type is not UNSET) + (split_by_enabled is not UNSET) + (
            split_by_dimension is not UNSET
        ) + (split_by_dimension_category is not UNSET) + (
            split_by_overall_metric_enabled is not UNSET
        ) + (split_by_all_values_live_update_enabled is not UNSET) + (
            cohorts is not UNSET
        ) + (colors is not UNSET) + (stack_dimension_name is not UNSET) + (
            stack_dimension_category is not UNSET
        ) + (x_axis_dimension_name is not UNSET) + (
            x_axis_dimension_category is not UNSET
        ) + (y_axis_dimension_name is not UNSET) + (
            y_axis_dimension_category is not UNSET
        ) + (color_by_dimension_name is not UNSET) + (
            color_by_dimension_category is not UNSET
        ) + (dataset_source is not UNSET) + (filters is not UNSET):
            widget_plot.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return widget_plot

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
        "position",
        "title",
        "model_id",
        "model_version_ids",
        "model_environment_name",
        "model_version_environment_metadata_ids",
        "dimension_category",
        "dimension_name",
        "dimension_data_type",
        "prediction_value_class",
        "metric_id",
        "metric",
        "custom_metric_id",
        "ranking_at_k",
        "comparison_model_baseline_id",
        "comparison_reference_source",
        "comparison_reference_value",
        "metric_aggregation_type",
        "split_by_enabled",
        "split_by_dimension",
        "split_by_dimension_category",
        "split_by_overall_metric_enabled",
        "split_by_all_values_live_update_enabled",
        "cohorts",
        "colors",
        "stack_dimension_name",
        "stack_dimension_category",
        "x_axis_dimension_name",
        "x_axis_dimension_category",
        "y_axis_dimension_name",
        "y_axis_dimension_category",
        "color_by_dimension_name",
        "color_by_dimension_category",
        "dataset_source",
        "filters",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global DatasetSource
    global UnknownWidgetPlotComparisonReferenceValue
    global WidgetFilter
    global WidgetPlotComparisonFixedReferenceValue
    global WidgetPlotComparisonMovingReferenceValue
    from ..models.dataset_source import DatasetSource  # noqa: PLC0415
    from ..models.unknown_widget_plot_comparison_reference_value import (
        UnknownWidgetPlotComparisonReferenceValue,  # noqa: PLC0415
    )
    from ..models.widget_filter import WidgetFilter  # noqa: PLC0415
    from ..models.widget_plot_comparison_fixed_reference_value import (
        WidgetPlotComparisonFixedReferenceValue,  # noqa: PLC0415
    )
    from ..models.widget_plot_comparison_moving_reference_value import (
        WidgetPlotComparisonMovingReferenceValue,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
