from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source import DatasetSource


T = TypeVar("T", bound="PivotTableColumn")


@_attrs_define
class PivotTableColumn:
    """
    Attributes:
        id (str | Unset):
        position (int | None | Unset):
        dimension (None | str | Unset):
        dimension_category (None | str | Unset):
        aggregation (None | str | Unset):
        title (None | str | Unset):
        dataset_source (DatasetSource | None | Unset):
    """

    id: str | Unset = UNSET
    position: int | None | Unset = UNSET
    dimension: None | str | Unset = UNSET
    dimension_category: None | str | Unset = UNSET
    aggregation: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    dataset_source: DatasetSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        dimension: None | str | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        else:
            dimension = self.dimension

        dimension_category: None | str | Unset
        if isinstance(self.dimension_category, Unset):
            dimension_category = UNSET
        else:
            dimension_category = self.dimension_category

        aggregation: None | str | Unset
        if isinstance(self.aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = self.aggregation

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        dataset_source: dict[str, Any] | None | Unset
        if isinstance(self.dataset_source, Unset):
            dataset_source = UNSET
        elif isinstance(self.dataset_source, DatasetSource):
            dataset_source = self.dataset_source.to_dict()
        else:
            dataset_source = self.dataset_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if dimension_category is not UNSET:
            field_dict["dimension_category"] = dimension_category
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if title is not UNSET:
            field_dict["title"] = title
        if dataset_source is not UNSET:
            field_dict["dataset_source"] = dataset_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        position: int | None | Unset = src_dict.get("position", UNSET)
        if position is not None and type(position) is not int and position is not UNSET:
            raise SchemaMismatch.expected("an integer or null", position, "position")

        dimension: None | str | Unset = src_dict.get("dimension", UNSET)
        if (
            dimension is not None
            and type(dimension) is not str
            and dimension is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", dimension, "dimension")

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

        aggregation: None | str | Unset = src_dict.get("aggregation", UNSET)
        if (
            aggregation is not None
            and type(aggregation) is not str
            and aggregation is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", aggregation, "aggregation"
            )

        title: None | str | Unset = src_dict.get("title", UNSET)
        if title is not None and type(title) is not str and title is not UNSET:
            raise SchemaMismatch.expected("a string or null", title, "title")

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

        if cls is PivotTableColumn:
            pivot_table_column = cls.__new__(cls)
            pivot_table_column.id = id
            pivot_table_column.position = position
            pivot_table_column.dimension = dimension
            pivot_table_column.dimension_category = dimension_category
            pivot_table_column.aggregation = aggregation
            pivot_table_column.title = title
            pivot_table_column.dataset_source = dataset_source
            pivot_table_column.additional_properties = {}
        else:
            pivot_table_column = cls(
                id=id,
                position=position,
                dimension=dimension,
                dimension_category=dimension_category,
                aggregation=aggregation,
                title=title,
                dataset_source=dataset_source,
            )

        if len(src_dict) > (id is not UNSET) + (position is not UNSET) + (
            dimension is not UNSET
        ) + (dimension_category is not UNSET) + (aggregation is not UNSET) + (
            title is not UNSET
        ) + (dataset_source is not UNSET):
            pivot_table_column.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return pivot_table_column

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
        "dimension",
        "dimension_category",
        "aggregation",
        "title",
        "dataset_source",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global DatasetSource
    from ..models.dataset_source import DatasetSource  # noqa: PLC0415

    _lazy_imports_pending = False
