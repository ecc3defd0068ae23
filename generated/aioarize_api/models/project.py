from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _project_type = src_dict.get("project_type", UNSET)
        project_type: None | ProjectType | Unset
        if _project_type is UNSET:
            project_type = UNSET
        else:
            try:
                if _project_type is None:
                    project_type = None
                elif type(_project_type) is str:
                    try:
                        project_type = cast(
                            ProjectType,
                            ProjectType._value2member_map_.get(_project_type)
                            or ProjectType(_project_type),
                        )
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "a string", _project_type
                        ) from None

                else:
                    raise SchemaMismatch.expected("a string or null", _project_type)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "project_type")

        if cls is Project:
            project = cls.__new__(cls)
            project.id = id
            project.name = name
            project.space_id = space_id
            project.created_at = created_at
            project.project_type = project_type
            project.additional_properties = {}
        else:
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
