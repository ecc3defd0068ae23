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
    from ..models.pivot_table_column import PivotTableColumn
    from ..models.widget_filter import WidgetFilter


T = TypeVar("T", bound="PivotTableWidget")


@_attrs_define
class PivotTableWidget:
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
        grouped_dimension (None | str | Unset):
        grouped_dimension_category (None | str | Unset):
        grouped_dimension_title (None | str | Unset):
        query_filter (None | str | Unset):
        timezone (None | str | Unset):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
        time_range_key (None | str | Unset):
        overwrite_global_time (bool | None | Unset):
        columns (list[PivotTableColumn] | Unset):
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
    grouped_dimension: None | str | Unset = UNSET
    grouped_dimension_category: None | str | Unset = UNSET
    grouped_dimension_title: None | str | Unset = UNSET
    query_filter: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    time_range_key: None | str | Unset = UNSET
    overwrite_global_time: bool | None | Unset = UNSET
    columns: list[PivotTableColumn] | Unset = UNSET
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

        grouped_dimension: None | str | Unset
        if isinstance(self.grouped_dimension, Unset):
            grouped_dimension = UNSET
        else:
            grouped_dimension = self.grouped_dimension

        grouped_dimension_category: None | str | Unset
        if isinstance(self.grouped_dimension_category, Unset):
            grouped_dimension_category = UNSET
        else:
            grouped_dimension_category = self.grouped_dimension_category

        grouped_dimension_title: None | str | Unset
        if isinstance(self.grouped_dimension_title, Unset):
            grouped_dimension_title = UNSET
        else:
            grouped_dimension_title = self.grouped_dimension_title

        query_filter: None | str | Unset
        if isinstance(self.query_filter, Unset):
            query_filter = UNSET
        else:
            query_filter = self.query_filter

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        time_range_key: None | str | Unset
        if isinstance(self.time_range_key, Unset):
            time_range_key = UNSET
        else:
            time_range_key = self.time_range_key

        overwrite_global_time: bool | None | Unset
        if isinstance(self.overwrite_global_time, Unset):
            overwrite_global_time = UNSET
        else:
            overwrite_global_time = self.overwrite_global_time

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

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
        if grouped_dimension is not UNSET:
            field_dict["grouped_dimension"] = grouped_dimension
        if grouped_dimension_category is not UNSET:
            field_dict["grouped_dimension_category"] = grouped_dimension_category
        if grouped_dimension_title is not UNSET:
            field_dict["grouped_dimension_title"] = grouped_dimension_title
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if time_range_key is not UNSET:
            field_dict["time_range_key"] = time_range_key
        if overwrite_global_time is not UNSET:
            field_dict["overwrite_global_time"] = overwrite_global_time
        if columns is not UNSET:
            field_dict["columns"] = columns
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

        grouped_dimension: None | str | Unset = src_dict.get("grouped_dimension", UNSET)
        if (
            grouped_dimension is not None
            and type(grouped_dimension) is not str
            and grouped_dimension is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", grouped_dimension, "grouped_dimension"
            )

        grouped_dimension_category: None | str | Unset = src_dict.get(
            "grouped_dimension_category", UNSET
        )
        if (
            grouped_dimension_category is not None
            and type(grouped_dimension_category) is not str
            and grouped_dimension_category is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null",
                grouped_dimension_category,
                "grouped_dimension_category",
            )

        grouped_dimension_title: None | str | Unset = src_dict.get(
            "grouped_dimension_title", UNSET
        )
        if (
            grouped_dimension_title is not None
            and type(grouped_dimension_title) is not str
            and grouped_dimension_title is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", grouped_dimension_title, "grouped_dimension_title"
            )

        query_filter: None | str | Unset = src_dict.get("query_filter", UNSET)
        if (
            query_filter is not None
            and type(query_filter) is not str
            and query_filter is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", query_filter, "query_filter"
            )

        timezone: None | str | Unset = src_dict.get("timezone", UNSET)
        if timezone is not None and type(timezone) is not str and timezone is not UNSET:
            raise SchemaMismatch.expected("a string or null", timezone, "timezone")

        _start_time = src_dict.get("start_time", UNSET)
        start_time: datetime.datetime | None | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            try:
                if _start_time is None:
                    start_time = None
                elif type(_start_time) is str:
                    try:
                        start_time = datetime.datetime.fromisoformat(_start_time)
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "an ISO 8601 date-time string", _start_time
                        ) from None

                else:
                    raise SchemaMismatch.expected(
                        "a date-time string or null", _start_time
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "start_time")

        _end_time = src_dict.get("end_time", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            try:
                if _end_time is None:
                    end_time = None
                elif type(_end_time) is str:
                    try:
                        end_time = datetime.datetime.fromisoformat(_end_time)
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "an ISO 8601 date-time string", _end_time
                        ) from None

                else:
                    raise SchemaMismatch.expected(
                        "a date-time string or null", _end_time
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "end_time")

        time_range_key: None | str | Unset = src_dict.get("time_range_key", UNSET)
        if (
            time_range_key is not None
            and type(time_range_key) is not str
            and time_range_key is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", time_range_key, "time_range_key"
            )

        overwrite_global_time: bool | None | Unset = src_dict.get(
            "overwrite_global_time", UNSET
        )
        if (
            overwrite_global_time is not None
            and type(overwrite_global_time) is not bool
            and overwrite_global_time is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a boolean or null", overwrite_global_time, "overwrite_global_time"
            )

        _columns = src_dict.get("columns", UNSET)
        columns: list[PivotTableColumn] | Unset
        if _columns is UNSET:
            columns = UNSET
        else:
            try:
                if type(_columns) is not list:
                    raise SchemaMismatch.expected("an array", _columns)
                columns_items: list[PivotTableColumn] = []
                for columns_item in _columns:
                    try:
                        if type(columns_item) is not dict:
                            raise SchemaMismatch.expected("an object", columns_item)
                        columns_value = PivotTableColumn.from_dict(columns_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(columns_items))
                    columns_items.append(columns_value)
                columns = columns_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "columns")

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

        if cls is PivotTableWidget:
            pivot_table_widget = cls.__new__(cls)
            pivot_table_widget.type_ = type_
            pivot_table_widget.id = id
            pivot_table_widget.dashboard_id = dashboard_id
            pivot_table_widget.title = title
            pivot_table_widget.grid_position = grid_position
            pivot_table_widget.creation_status = creation_status
            pivot_table_widget.created_at = created_at
            pivot_table_widget.creator_user_id = creator_user_id
            pivot_table_widget.model_id = model_id
            pivot_table_widget.model_version_ids = model_version_ids
            pivot_table_widget.model_environment_name = model_environment_name
            pivot_table_widget.model_version_environment_metadata_ids = (
                model_version_environment_metadata_ids
            )
            pivot_table_widget.grouped_dimension = grouped_dimension
            pivot_table_widget.grouped_dimension_category = grouped_dimension_category
            pivot_table_widget.grouped_dimension_title = grouped_dimension_title
            pivot_table_widget.query_filter = query_filter
            pivot_table_widget.timezone = timezone
            pivot_table_widget.start_time = start_time
            pivot_table_widget.end_time = end_time
            pivot_table_widget.time_range_key = time_range_key
            pivot_table_widget.overwrite_global_time = overwrite_global_time
            pivot_table_widget.columns = columns
            pivot_table_widget.filters = filters
            pivot_table_widget.additional_properties = {}
        else:
            pivot_table_widget = cls(
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
                grouped_dimension=grouped_dimension,
                grouped_dimension_category=grouped_dimension_category,
                grouped_dimension_title=grouped_dimension_title,
                query_filter=query_filter,
                timezone=timezone,
                start_time=start_time,
                end_time=end_time,
                time_range_key=time_range_key,
                overwrite_global_time=overwrite_global_time,
                columns=columns,
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
        ) + (grouped_dimension is not UNSET) + (
            grouped_dimension_category is not UNSET
        ) + (grouped_dimension_title is not UNSET) + (query_filter is not UNSET) + (
            timezone is not UNSET
        ) + (start_time is not UNSET) + (end_time is not UNSET) + (
            time_range_key is not UNSET
        ) + (overwrite_global_time is not UNSET) + (columns is not UNSET) + (
            filters is not UNSET
        ):
            pivot_table_widget.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return pivot_table_widget

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
        "grouped_dimension",
        "grouped_dimension_category",
        "grouped_dimension_title",
        "query_filter",
        "timezone",
        "start_time",
        "end_time",
        "time_range_key",
        "overwrite_global_time",
        "columns",
        "filters",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PivotTableColumn
    global WidgetFilter
    from ..models.pivot_table_column import PivotTableColumn  # noqa: PLC0415
    from ..models.widget_filter import WidgetFilter  # noqa: PLC0415

    _lazy_imports_pending = False
