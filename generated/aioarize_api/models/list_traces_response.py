from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.trace import Trace


T = TypeVar("T", bound="ListTracesResponse")


@_attrs_define
class ListTracesResponse:
    """
    Attributes:
        traces (list[Trace]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    traces: list[Trace]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        traces = []
        for traces_item_data in self.traces:
            traces_item = traces_item_data.to_dict()
            traces.append(traces_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traces": traces,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _traces = src_dict["traces"]
        traces: list[Trace]
        try:
            if type(_traces) is not list:
                raise SchemaMismatch.expected("an array", _traces)
            traces_items: list[Trace] = []
            for traces_item in _traces:
                try:
                    if type(traces_item) is not dict:
                        raise SchemaMismatch.expected("an object", traces_item)
                    traces_value = Trace.from_dict(traces_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(traces_items))
                traces_items.append(traces_value)
            traces = traces_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "traces")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListTracesResponse:
            list_traces_response = cls.__new__(cls)
            list_traces_response.traces = traces
            list_traces_response.pagination = pagination
            list_traces_response.additional_properties = {}
        else:
            list_traces_response = cls(
                traces=traces,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_traces_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_traces_response

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
        "traces",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Trace
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.trace import Trace  # noqa: PLC0415

    _lazy_imports_pending = False
