from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        type_ = cast(
            WidgetType,
            WidgetType._value2member_map_.get(src_dict["type"])
            or WidgetType(src_dict["type"]),
        )

        id = src_dict.get("id", UNSET)

        dashboard_id = src_dict.get("dashboard_id", UNSET)

        title = src_dict.get("title", UNSET)

        grid_position = cast(list[int] | Unset, src_dict.get("grid_position", UNSET))

        _creation_status = src_dict.get("creation_status", UNSET)
        creation_status: WidgetCreationStatus | Unset
        if _creation_status is UNSET:
            creation_status = UNSET
        else:
            creation_status = cast(
                WidgetCreationStatus,
                WidgetCreationStatus._value2member_map_.get(_creation_status)
                or WidgetCreationStatus(_creation_status),
            )

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        creator_user_id = src_dict.get("creator_user_id", UNSET)

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

        grouped_dimension: None | str | Unset = src_dict.get("grouped_dimension", UNSET)

        grouped_dimension_category: None | str | Unset = src_dict.get(
            "grouped_dimension_category", UNSET
        )

        grouped_dimension_title: None | str | Unset = src_dict.get(
            "grouped_dimension_title", UNSET
        )

        query_filter: None | str | Unset = src_dict.get("query_filter", UNSET)

        timezone: None | str | Unset = src_dict.get("timezone", UNSET)

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(src_dict.get("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(src_dict.get("end_time", UNSET))

        time_range_key: None | str | Unset = src_dict.get("time_range_key", UNSET)

        overwrite_global_time: bool | None | Unset = src_dict.get(
            "overwrite_global_time", UNSET
        )

        _columns = src_dict.get("columns", UNSET)
        columns: list[PivotTableColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = [
                PivotTableColumn.from_dict(columns_item_data)
                for columns_item_data in _columns
            ]

        _filters = src_dict.get("filters", UNSET)
        filters: list[WidgetFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [
                WidgetFilter.from_dict(filters_item_data)
                for filters_item_data in _filters
            ]

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
