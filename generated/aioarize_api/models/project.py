from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_type import ProjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """
    Attributes:
        id (str):
        name (str):
        space_id (str):
        created_at (datetime.datetime):
        project_type (None | ProjectType | Unset):
    """

    id: str
    name: str
    space_id: str
    created_at: datetime.datetime
    project_type: None | ProjectType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        space_id = self.space_id

        created_at = self.created_at.isoformat()

        project_type: None | str | Unset
        if isinstance(self.project_type, Unset):
            project_type = UNSET
        elif isinstance(self.project_type, ProjectType):
            project_type = self.project_type.value
        else:
            project_type = self.project_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "space_id": space_id,
                "created_at": created_at,
            }
        )
        if project_type is not UNSET:
            field_dict["project_type"] = project_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        space_id = src_dict["space_id"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        def _parse_project_type(data: object) -> None | ProjectType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_type_type_0 = cast(
                    ProjectType,
                    ProjectType._value2member_map_.get(data) or ProjectType(data),
                )

                return project_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectType | Unset, data)

        project_type = _parse_project_type(src_dict.get("project_type", UNSET))

        project = cls(
            id=id,
            name=name,
            space_id=space_id,
            created_at=created_at,
            project_type=project_type,
        )

        if len(src_dict) > 4 + (project_type is not UNSET):
            project.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return project

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
        "name",
        "space_id",
        "created_at",
        "project_type",
    }
)
