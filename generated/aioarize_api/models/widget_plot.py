from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        position: int | Unset = src_dict.get("position", UNSET)
        if type(position) is not int and position is not UNSET:
            raise SchemaMismatch.expected("an integer", position, "position")

        title: str | Unset = src_dict.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise SchemaMismatch.expected("a string", title, "title")

        model_id: None | str | Unset = src_dict.get("model_id", UNSET)
        if model_id is not None and type(model_id) is not str and model_id is not UNSET:
            raise SchemaMismatch.expected("a string or null", model_id, "model_id")

        _model_version_ids = src_dict.get("model_version_ids", UNSET)
        model_version_ids: list[str] | Unset
        if _model_version_ids is UNSET:
            model_version_ids = UNSET
        else:
            try:
                if type(_model_version_ids) is not list:
                    raise SchemaMismatch.expected("an array", _model_version_ids)
                for model_version_ids_item in _model_version_ids:
                    if type(model_version_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _model_version_ids, model_version_ids_item
                        )
                model_version_ids = _model_version_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "model_version_ids")

        model_environment_name: None | str | Unset = src_dict.get(
            "model_environment_name", UNSET
        )
        if (
            model_environment_name is not None
            and type(model_environment_name) is not str
            and model_environment_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", model_environment_name, "model_environment_name"
            )

        _model_version_environment_metadata_ids = src_dict.get(
            "model_version_environment_metadata_ids", UNSET
        )
        model_version_environment_metadata_ids: list[str] | Unset
        if _model_version_environment_metadata_ids is UNSET:
            model_version_environment_metadata_ids = UNSET
        else:
            try:
                if type(_model_version_environment_metadata_ids) is not list:
                    raise SchemaMismatch.expected(
                        "an array", _model_version_environment_metadata_ids
                    )
                for (
                    model_version_environment_metadata_ids_item
                ) in _model_version_environment_metadata_ids:
                    if type(model_version_environment_metadata_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string",
                            _model_version_environment_metadata_ids,
                            model_version_environment_metadata_ids_item,
                        )
                model_version_environment_metadata_ids = (
                    _model_version_environment_metadata_ids
                )

            except Exception as error_:
                raise SchemaMismatch.at(
                    error_, "model_version_environment_metadata_ids"
                )

        dimension_category: None | str | Unset = src_dict.get(
            "dimension_category", UNSET
        )
        if (
            dimension_category is not None
            and type(dimension_category) is not str
            and dimension_category is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", dimension_category, "dimension_category"
            )

        dimension_name: None | str | Unset = src_dict.get("dimension_name", UNSET)
        if (
            dimension_name is not None
            and type(dimension_name) is not str
            and dimension_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", dimension_name, "dimension_name"
            )

        dimension_data_type: None | str | Unset = src_dict.get(
            "dimension_data_type", UNSET
        )
        if (
            dimension_data_type is not None
            and type(dimension_data_type) is not str
            and dimension_data_type is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", dimension_data_type, "dimension_data_type"
            )

        prediction_value_class: None | str | Unset = src_dict.get(
            "prediction_value_class", UNSET
        )
        if (
            prediction_value_class is not None
            and type(prediction_value_class) is not str
            and prediction_value_class is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", prediction_value_class, "prediction_value_class"
            )

        metric_id: int | None | Unset = src_dict.get("metric_id", UNSET)
        if (
            metric_id is not None
            and type(metric_id) is not int
            and metric_id is not UNSET
        ):
            raise SchemaMismatch.expected("an integer or null", metric_id, "metric_id")

        metric: None | str | Unset = src_dict.get("metric", UNSET)
        if metric is not None and type(metric) is not str and metric is not UNSET:
            raise SchemaMismatch.expected("a string or null", metric, "metric")

        custom_metric_id: None | str | Unset = src_dict.get("custom_metric_id", UNSET)
        if (
            custom_metric_id is not None
            and type(custom_metric_id) is not str
            and custom_metric_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", custom_metric_id, "custom_metric_id"
            )

        ranking_at_k: int | None | Unset = src_dict.get("ranking_at_k", UNSET)
        if (
            ranking_at_k is not None
            and type(ranking_at_k) is not int
            and ranking_at_k is not UNSET
        ):
            raise SchemaMismatch.expected(
                "an integer or null", ranking_at_k, "ranking_at_k"
            )

        comparison_model_baseline_id: None | str | Unset = src_dict.get(
            "comparison_model_baseline_id", UNSET
        )
        if (
            comparison_model_baseline_id is not None
            and type(comparison_model_baseline_id) is not str
            and comparison_model_baseline_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                comparison_model_baseline_id,
                "comparison_model_baseline_id",
            )

        _comparison_reference_source = src_dict.get(
            "comparison_reference_source", UNSET
        )
        comparison_reference_source: None | Unset | WidgetPlotComparisonReferenceSource
        if _comparison_reference_source is UNSET:
            comparison_reference_source = UNSET
        else:
            try:
                if _comparison_reference_source is None:
                    comparison_reference_source = None
                elif type(_comparison_reference_source) is str:
                    try:
                        comparison_reference_source = cast(
                            WidgetPlotComparisonReferenceSource,
                            WidgetPlotComparisonReferenceSource._value2member_map_.get(
                                _comparison_reference_source
                            )
                            or WidgetPlotComparisonReferenceSource(
                                _comparison_reference_source
                            ),
                        )
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "a string", _comparison_reference_source
                        ) from None

                else:
                    raise SchemaMismatch.expected(
                        "a string or null", _comparison_reference_source
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "comparison_reference_source")

        _comparison_reference_value = src_dict.get("comparison_reference_value", UNSET)
        comparison_reference_value: (
            None
            | UnknownWidgetPlotComparisonReferenceValue
            | Unset
            | WidgetPlotComparisonFixedReferenceValue
            | WidgetPlotComparisonMovingReferenceValue
        )
        if _comparison_reference_value is UNSET:
            comparison_reference_value = UNSET
        else:
            try:
                if _comparison_reference_value is None:
                    comparison_reference_value = None
                elif type(_comparison_reference_value) is dict:
                    comparison_reference_value_discriminator = (
                        _comparison_reference_value["type"]
                    )
                    if comparison_reference_value_discriminator == "FIXED":
                        comparison_reference_value = (
                            WidgetPlotComparisonFixedReferenceValue.from_dict(
                                _comparison_reference_value
                            )
                        )

                    elif comparison_reference_value_discriminator == "MOVING":
                        comparison_reference_value = (
                            WidgetPlotComparisonMovingReferenceValue.from_dict(
                                _comparison_reference_value
                            )
                        )

                    elif type(comparison_reference_value_discriminator) is str:
                        comparison_reference_value = (
                            UnknownWidgetPlotComparisonReferenceValue.from_dict(
                                _comparison_reference_value
                            )
                        )

                    else:
                        raise SchemaMismatch.expected(
                            "a string", comparison_reference_value_discriminator, "type"
                        )

                else:
                    raise SchemaMismatch.expected(
                        "an object or null", _comparison_reference_value
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "comparison_reference_value")

        metric_aggregation_type: None | str | Unset = src_dict.get(
            "metric_aggregation_type", UNSET
        )
        if (
            metric_aggregation_type is not None
            and type(metric_aggregation_type) is not str
            and metric_aggregation_type is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", metric_aggregation_type, "metric_aggregation_type"
            )

        split_by_enabled: bool | None | Unset = src_dict.get("split_by_enabled", UNSET)
        if (
            split_by_enabled is not None
            and type(split_by_enabled) is not bool
            and split_by_enabled is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean or null", split_by_enabled, "split_by_enabled"
            )

        split_by_dimension: None | str | Unset = src_dict.get(
            "split_by_dimension", UNSET
        )
        if (
            split_by_dimension is not None
            and type(split_by_dimension) is not str
            and split_by_dimension is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", split_by_dimension, "split_by_dimension"
            )

        split_by_dimension_category: None | str | Unset = src_dict.get(
            "split_by_dimension_category", UNSET
        )
        if (
            split_by_dimension_category is not None
            and type(split_by_dimension_category) is not str
            and split_by_dimension_category is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                split_by_dimension_category,
                "split_by_dimension_category",
            )

        split_by_overall_metric_enabled: bool | None | Unset = src_dict.get(
            "split_by_overall_metric_enabled", UNSET
        )
        if (
            split_by_overall_metric_enabled is not None
            and type(split_by_overall_metric_enabled) is not bool
            and split_by_overall_metric_enabled is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean or null",
                split_by_overall_metric_enabled,
                "split_by_overall_metric_enabled",
            )

        split_by_all_values_live_update_enabled: bool | None | Unset = src_dict.get(
            "split_by_all_values_live_update_enabled", UNSET
        )
        if (
            split_by_all_values_live_update_enabled is not None
            and type(split_by_all_values_live_update_enabled) is not bool
            and split_by_all_values_live_update_enabled is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean or null",
                split_by_all_values_live_update_enabled,
                "split_by_all_values_live_update_enabled",
            )

        _cohorts = src_dict.get("cohorts", UNSET)
        cohorts: list[str] | None | Unset
        if _cohorts is UNSET:
            cohorts = UNSET
        else:
            try:
                if _cohorts is None:
                    cohorts = None
                elif type(_cohorts) is list:
                    for cohorts_type_0_item in _cohorts:
                        if type(cohorts_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string", _cohorts, cohorts_type_0_item
                            )
                    cohorts = _cohorts

                else:
                    raise SchemaMismatch.expected("an array or null", _cohorts)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "cohorts")

        _colors = src_dict.get("colors", UNSET)
        colors: list[str] | None | Unset
        if _colors is UNSET:
            colors = UNSET
        else:
            try:
                if _colors is None:
                    colors = None
                elif type(_colors) is list:
                    for colors_type_0_item in _colors:
                        if type(colors_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string", _colors, colors_type_0_item
                            )
                    colors = _colors

                else:
                    raise SchemaMismatch.expected("an array or null", _colors)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "colors")

        stack_dimension_name: None | str | Unset = src_dict.get(
            "stack_dimension_name", UNSET
        )
        if (
            stack_dimension_name is not None
            and type(stack_dimension_name) is not str
            and stack_dimension_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", stack_dimension_name, "stack_dimension_name"
            )

        stack_dimension_category: None | str | Unset = src_dict.get(
            "stack_dimension_category", UNSET
        )
        if (
            stack_dimension_category is not None
            and type(stack_dimension_category) is not str
            and stack_dimension_category is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", stack_dimension_category, "stack_dimension_category"
            )

        x_axis_dimension_name: None | str | Unset = src_dict.get(
            "x_axis_dimension_name", UNSET
        )
        if (
            x_axis_dimension_name is not None
            and type(x_axis_dimension_name) is not str
            and x_axis_dimension_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", x_axis_dimension_name, "x_axis_dimension_name"
            )

        x_axis_dimension_category: None | str | Unset = src_dict.get(
            "x_axis_dimension_category", UNSET
        )
        if (
            x_axis_dimension_category is not None
            and type(x_axis_dimension_category) is not str
            and x_axis_dimension_category is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                x_axis_dimension_category,
                "x_axis_dimension_category",
            )

        y_axis_dimension_name: None | str | Unset = src_dict.get(
            "y_axis_dimension_name", UNSET
        )
        if (
            y_axis_dimension_name is not None
            and type(y_axis_dimension_name) is not str
            and y_axis_dimension_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", y_axis_dimension_name, "y_axis_dimension_name"
            )

        y_axis_dimension_category: None | str | Unset = src_dict.get(
            "y_axis_dimension_category", UNSET
        )
        if (
            y_axis_dimension_category is not None
            and type(y_axis_dimension_category) is not str
            and y_axis_dimension_category is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                y_axis_dimension_category,
                "y_axis_dimension_category",
            )

        color_by_dimension_name: None | str | Unset = src_dict.get(
            "color_by_dimension_name", UNSET
        )
        if (
            color_by_dimension_name is not None
            and type(color_by_dimension_name) is not str
            and color_by_dimension_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", color_by_dimension_name, "color_by_dimension_name"
            )

        color_by_dimension_category: None | str | Unset = src_dict.get(
            "color_by_dimension_category", UNSET
        )
        if (
            color_by_dimension_category is not None
            and type(color_by_dimension_category) is not str
            and color_by_dimension_category is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                color_by_dimension_category,
                "color_by_dimension_category",
            )

        _dataset_source = src_dict.get("dataset_source", UNSET)
        dataset_source: DatasetSource | None | Unset
        if _dataset_source is UNSET:
            dataset_source = UNSET
        else:
            try:
                if _dataset_source is None:
                    dataset_source = None
                elif type(_dataset_source) is dict:
                    dataset_source = DatasetSource.from_dict(_dataset_source)

                else:
                    raise SchemaMismatch.expected("an object or null", _dataset_source)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "dataset_source")

        _filters = src_dict.get("filters", UNSET)
        filters: list[WidgetFilter] | Unset
        if _filters is UNSET:
            filters = UNSET
        else:
            try:
                if type(_filters) is not list:
                    raise SchemaMismatch.expected("an array", _filters)
                filters_items: list[WidgetFilter] = []
                for filters_item in _filters:
                    try:
                        if type(filters_item) is not dict:
                            raise SchemaMismatch.expected("an object", filters_item)
                        filters_value = WidgetFilter.from_dict(filters_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(filters_items))
                    filters_items.append(filters_value)
                filters = filters_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "filters")

        if cls is WidgetPlot:
            widget_plot = cls.__new__(cls)
            widget_plot.id = id
            widget_plot.position = position
            widget_plot.title = title
            widget_plot.model_id = model_id
            widget_plot.model_version_ids = model_version_ids
            widget_plot.model_environment_name = model_environment_name
            widget_plot.model_version_environment_metadata_ids = (
                model_version_environment_metadata_ids
            )
            widget_plot.dimension_category = dimension_category
            widget_plot.dimension_name = dimension_name
            widget_plot.dimension_data_type = dimension_data_type
            widget_plot.prediction_value_class = prediction_value_class
            widget_plot.metric_id = metric_id
            widget_plot.metric = metric
            widget_plot.custom_metric_id = custom_metric_id
            widget_plot.ranking_at_k = ranking_at_k
            widget_plot.comparison_model_baseline_id = comparison_model_baseline_id
            widget_plot.comparison_reference_source = comparison_reference_source
            widget_plot.comparison_reference_value = comparison_reference_value
            widget_plot.metric_aggregation_type = metric_aggregation_type
            widget_plot.split_by_enabled = split_by_enabled
            widget_plot.split_by_dimension = split_by_dimension
            widget_plot.split_by_dimension_category = split_by_dimension_category
            widget_plot.split_by_overall_metric_enabled = (
                split_by_overall_metric_enabled
            )
            widget_plot.split_by_all_values_live_update_enabled = (
                split_by_all_values_live_update_enabled
            )
            widget_plot.cohorts = cohorts
            widget_plot.colors = colors
            widget_plot.stack_dimension_name = stack_dimension_name
            widget_plot.stack_dimension_category = stack_dimension_category
            widget_plot.x_axis_dimension_name = x_axis_dimension_name
            widget_plot.x_axis_dimension_category = x_axis_dimension_category
            widget_plot.y_axis_dimension_name = y_axis_dimension_name
            widget_plot.y_axis_dimension_category = y_axis_dimension_category
            widget_plot.color_by_dimension_name = color_by_dimension_name
            widget_plot.color_by_dimension_category = color_by_dimension_category
            widget_plot.dataset_source = dataset_source
            widget_plot.filters = filters
            widget_plot.additional_properties = {}
        else:
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
