from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.project import Project


T = TypeVar("T", bound="ListProjectsResponse")


@_attrs_define
class ListProjectsResponse:
    """
    Attributes:
        projects (list[Project]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    projects: list[Project]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projects": projects,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _projects = src_dict["projects"]
        projects: list[Project]
        try:
            if type(_projects) is not list:
                raise SchemaMismatch.expected("an array", _projects)
            projects_items: list[Project] = []
            for projects_item in _projects:
                try:
                    if type(projects_item) is not dict:
                        raise SchemaMismatch.expected("an object", projects_item)
                    projects_value = Project.from_dict(projects_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(projects_items))
                projects_items.append(projects_value)
            projects = projects_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "projects")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListProjectsResponse:
            list_projects_response = cls.__new__(cls)
            list_projects_response.projects = projects
            list_projects_response.pagination = pagination
            list_projects_response.additional_properties = {}
        else:
            list_projects_response = cls(
                projects=projects,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_projects_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_projects_response

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
        "projects",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Project
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.project import Project  # noqa: PLC0415

    _lazy_imports_pending = False
