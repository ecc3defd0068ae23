from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.widget_creation_status import WidgetCreationStatus
from ..models.widget_type import WidgetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source import DatasetSource
    from ..models.widget_filter import WidgetFilter


T = TypeVar("T", bound="StatisticWidget")


@_attrs_define
class StatisticWidget:
    """
    Attributes:
        type_ (WidgetType):
        id (str | Unset):
        dashboard_id (str | Unset):
        title (str | Unset):
        grid_position (list[int] | Unset):
        creation_status (WidgetCreationStatus | Unset):
        created_at (datetime.datetime | Unset):
        creator_user_id (str | Unset):
        model_id (None | str | Unset):
        model_version_ids (list[str] | Unset):
        model_environment_name (None | str | Unset):
        model_version_environment_metadata_ids (list[str] | Unset):
        aggregation (str | Unset):
        time_series_metric_type (str | Unset):
        dimension_category (None | str | Unset):
        dimension_name (None | str | Unset):
        dimension_data_type (None | str | Unset):
        performance_metric (None | str | Unset):
        prediction_value_class (None | str | Unset):
        custom_metric_id (None | str | Unset):
        ranking_at_k (int | None | Unset):
        custom_statistic_text (None | str | Unset):
        dataset_source (DatasetSource | None | Unset):
        filters (list[WidgetFilter] | Unset):
    """

    type_: WidgetType
    id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    title: str | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    model_version_ids: list[str] | Unset = UNSET
    model_environment_name: None | str | Unset = UNSET
    model_version_environment_metadata_ids: list[str] | Unset = UNSET
    aggregation: str | Unset = UNSET
    time_series_metric_type: str | Unset = UNSET
    dimension_category: None | str | Unset = UNSET
    dimension_name: None | str | Unset = UNSET
    dimension_data_type: None | str | Unset = UNSET
    performance_metric: None | str | Unset = UNSET
    prediction_value_class: None | str | Unset = UNSET
    custom_metric_id: None | str | Unset = UNSET
    ranking_at_k: int | None | Unset = UNSET
    custom_statistic_text: None | str | Unset = UNSET
    dataset_source: DatasetSource | None | Unset = UNSET
    filters: list[WidgetFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        id = self.id

        dashboard_id = self.dashboard_id

        title = self.title

        grid_position: list[int] | Unset = UNSET
        if not isinstance(self.grid_position, Unset):
            grid_position = self.grid_position

        creation_status: str | Unset = UNSET
        if not isinstance(self.creation_status, Unset):
            creation_status = self.creation_status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        creator_user_id = self.creator_user_id

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

        aggregation = self.aggregation

        time_series_metric_type = self.time_series_metric_type

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

        performance_metric: None | str | Unset
        if isinstance(self.performance_metric, Unset):
            performance_metric = UNSET
        else:
            performance_metric = self.performance_metric

        prediction_value_class: None | str | Unset
        if isinstance(self.prediction_value_class, Unset):
            prediction_value_class = UNSET
        else:
            prediction_value_class = self.prediction_value_class

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

        custom_statistic_text: None | str | Unset
        if isinstance(self.custom_statistic_text, Unset):
            custom_statistic_text = UNSET
        else:
            custom_statistic_text = self.custom_statistic_text

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
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if title is not UNSET:
            field_dict["title"] = title
        if grid_position is not UNSET:
            field_dict["grid_position"] = grid_position
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
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
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if time_series_metric_type is not UNSET:
            field_dict["time_series_metric_type"] = time_series_metric_type
        if dimension_category is not UNSET:
            field_dict["dimension_category"] = dimension_category
        if dimension_name is not UNSET:
            field_dict["dimension_name"] = dimension_name
        if dimension_data_type is not UNSET:
            field_dict["dimension_data_type"] = dimension_data_type
        if performance_metric is not UNSET:
            field_dict["performance_metric"] = performance_metric
        if prediction_value_class is not UNSET:
            field_dict["prediction_value_class"] = prediction_value_class
        if custom_metric_id is not UNSET:
            field_dict["custom_metric_id"] = custom_metric_id
        if ranking_at_k is not UNSET:
            field_dict["ranking_at_k"] = ranking_at_k
        if custom_statistic_text is not UNSET:
            field_dict["custom_statistic_text"] = custom_statistic_text
        if dataset_source is not UNSET:
            field_dict["dataset_source"] = dataset_source
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: WidgetType
        try:
            type_ = cast(
                WidgetType,
                WidgetType._value2member_map_.get(_type_) or WidgetType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        dashboard_id: str | Unset = src_dict.get("dashboard_id", UNSET)
        if type(dashboard_id) is not str and dashboard_id is not UNSET:
            raise SchemaMismatch.expected("a string", dashboard_id, "dashboard_id")

        title: str | Unset = src_dict.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise SchemaMismatch.expected("a string", title, "title")

        _grid_position = src_dict.get("grid_position", UNSET)
        grid_position: list[int] | Unset
        if _grid_position is UNSET:
            grid_position = UNSET
        else:
            try:
                if type(_grid_position) is not list:
                    raise SchemaMismatch.expected("an array", _grid_position)
                for grid_position_item in _grid_position:
                    if type(grid_position_item) is not int:
                        raise SchemaMismatch.expected_item(
                            "an integer", _grid_position, grid_position_item
                        )
                grid_position = _grid_position

            except Exception as error_:
                raise SchemaMismatch.at(error_, "grid_position")

        _creation_status = src_dict.get("creation_status", UNSET)
        creation_status: WidgetCreationStatus | Unset
        if _creation_status is UNSET:
            creation_status = UNSET
        else:
            try:
                creation_status = cast(
                    WidgetCreationStatus,
                    WidgetCreationStatus._value2member_map_.get(_creation_status)
                    or WidgetCreationStatus(_creation_status),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _creation_status, "creation_status"
                ) from None

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _created_at, "created_at"
                ) from None

        creator_user_id: str | Unset = src_dict.get("creator_user_id", UNSET)
        if type(creator_user_id) is not str and creator_user_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", creator_user_id, "creator_user_id"
            )

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

        aggregation: str | Unset = src_dict.get("aggregation", UNSET)
        if type(aggregation) is not str and aggregation is not UNSET:
            raise SchemaMismatch.expected("a string", aggregation, "aggregation")

        time_series_metric_type: str | Unset = src_dict.get(
            "time_series_metric_type", UNSET
        )
        if (
            type(time_series_metric_type) is not str
            and time_series_metric_type is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string", time_series_metric_type, "time_series_metric_type"
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

        performance_metric: None | str | Unset = src_dict.get(
            "performance_metric", UNSET
        )
        if (
            performance_metric is not None
            and type(performance_metric) is not str
            and performance_metric is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", performance_metric, "performance_metric"
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

        custom_statistic_text: None | str | Unset = src_dict.get(
            "custom_statistic_text", UNSET
        )
        if (
            custom_statistic_text is not None
            and type(custom_statistic_text) is not str
            and custom_statistic_text is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", custom_statistic_text, "custom_statistic_text"
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

        if cls is StatisticWidget:
            statistic_widget = cls.__new__(cls)
            statistic_widget.type_ = type_
            statistic_widget.id = id
            statistic_widget.dashboard_id = dashboard_id
            statistic_widget.title = title
            statistic_widget.grid_position = grid_position
            statistic_widget.creation_status = creation_status
            statistic_widget.created_at = created_at
            statistic_widget.creator_user_id = creator_user_id
            statistic_widget.model_id = model_id
            statistic_widget.model_version_ids = model_version_ids
            statistic_widget.model_environment_name = model_environment_name
            statistic_widget.model_version_environment_metadata_ids = (
                model_version_environment_metadata_ids
            )
            statistic_widget.aggregation = aggregation
            statistic_widget.time_series_metric_type = time_series_metric_type
            statistic_widget.dimension_category = dimension_category
            statistic_widget.dimension_name = dimension_name
            statistic_widget.dimension_data_type = dimension_data_type
            statistic_widget.performance_metric = performance_metric
            statistic_widget.prediction_value_class = prediction_value_class
            statistic_widget.custom_metric_id = custom_metric_id
            statistic_widget.ranking_at_k = ranking_at_k
            statistic_widget.custom_statistic_text = custom_statistic_text
            statistic_widget.dataset_source = dataset_source
            statistic_widget.filters = filters
            statistic_widget.additional_properties = {}
        else:
            statistic_widget = cls(
                type_=type_,
                id=id,
                dashboard_id=dashboard_id,
                title=title,
                grid_position=grid_position,
                creation_status=creation_status,
                created_at=created_at,
                creator_user_id=creator_user_id,
                model_id=model_id,
                model_version_ids=model_version_ids,
                model_environment_name=model_environment_name,
                model_version_environment_metadata_ids=model_version_environment_metadata_ids,
                aggregation=aggregation,
                time_series_metric_type=time_series_metric_type,
                dimension_category=dimension_category,
                dimension_name=dimension_name,
                dimension_data_type=dimension_data_type,
                performance_metric=performance_metric,
                prediction_value_class=prediction_value_class,
                custom_metric_id=custom_metric_id,
                ranking_at_k=ranking_at_k,
                custom_statistic_text=custom_statistic_text,
                dataset_source=dataset_source,
                filters=filters,
            )

        if len(src_dict) > 1 + (id is not UNSET) + (dashboard_id is not UNSET) + (
            title is not UNSET
        ) + (grid_position is not UNSET) + (creation_status is not UNSET) + (
            created_at is not UNSET
        ) + (creator_user_id is not UNSET) + (model_id is not UNSET) + (
            model_version_ids is not UNSET
        ) + (model_environment_name is not UNSET) + (
            model_version_environment_metadata_ids is not UNSET
        ) + (aggregation is not UNSET) + (time_series_metric_type is not UNSET) + (
            dimension_category is not UNSET
        ) + (dimension_name is not UNSET) + (dimension_data_type is not UNSET) + (
            performance_metric is not UNSET
        ) + (prediction_value_class is not UNSET) + (custom_metric_id is not UNSET) + (
            ranking_at_k is not UNSET
        ) + (custom_statistic_text is not UNSET) + (dataset_source is not UNSET) + (
            filters is not UNSET
        ):
            statistic_widget.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return statistic_widget

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
        "id",
        "dashboard_id",
        "title",
        "grid_position",
        "creation_status",
        "created_at",
        "creator_user_id",
        "model_id",
        "model_version_ids",
        "model_environment_name",
        "model_version_environment_metadata_ids",
        "aggregation",
        "time_series_metric_type",
        "dimension_category",
        "dimension_name",
        "dimension_data_type",
        "performance_metric",
        "prediction_value_class",
        "custom_metric_id",
        "ranking_at_k",
        "custom_statistic_text",
        "dataset_source",
        "filters",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global DatasetSource
    global WidgetFilter
    from ..models.dataset_source import DatasetSource  # noqa: PLC0415
    from ..models.widget_filter import WidgetFilter  # noqa: PLC0415

    _lazy_imports_pending = False
