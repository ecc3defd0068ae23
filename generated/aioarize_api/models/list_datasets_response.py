from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.dataset import Dataset
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ListDatasetsResponse")


@_attrs_define
class ListDatasetsResponse:
    """
    Attributes:
        datasets (list[Dataset]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    datasets: list[Dataset]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        datasets = []
        for datasets_item_data in self.datasets:
            datasets_item = datasets_item_data.to_dict()
            datasets.append(datasets_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasets": datasets,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _datasets = src_dict["datasets"]
        datasets: list[Dataset]
        try:
            if type(_datasets) is not list:
                raise SchemaMismatch.expected("an array", _datasets)
            datasets_items: list[Dataset] = []
            for datasets_item in _datasets:
                try:
                    if type(datasets_item) is not dict:
                        raise SchemaMismatch.expected("an object", datasets_item)
                    datasets_value = Dataset.from_dict(datasets_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(datasets_items))
                datasets_items.append(datasets_value)
            datasets = datasets_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "datasets")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListDatasetsResponse:
            list_datasets_response = cls.__new__(cls)
            list_datasets_response.datasets = datasets
            list_datasets_response.pagination = pagination
            list_datasets_response.additional_properties = {}
        else:
            list_datasets_response = cls(
                datasets=datasets,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_datasets_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_datasets_response

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
        "datasets",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Dataset
    global PaginationMetadata
    from ..models.dataset import Dataset  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
