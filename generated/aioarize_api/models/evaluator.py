from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_type import EvaluatorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Evaluator")


@_attrs_define
class Evaluator:
    """
    Attributes:
        id (str):
        name (str):
        type_ (EvaluatorType):
        space_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by_user_id (None | str):
        description (None | str | Unset):
    """

    id: str
    name: str
    type_: EvaluatorType
    space_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: None | str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        space_id = self.space_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "space_id": space_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "created_by_user_id": created_by_user_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        type_ = cast(
            EvaluatorType,
            EvaluatorType._value2member_map_.get(src_dict["type"])
            or EvaluatorType(src_dict["type"]),
        )

        space_id = src_dict["space_id"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        created_by_user_id: None | str = src_dict["created_by_user_id"]

        description: None | str | Unset = src_dict.get("description", UNSET)

        evaluator = cls(
            id=id,
            name=name,
            type_=type_,
            space_id=space_id,
            created_at=created_at,
            updated_at=updated_at,
            created_by_user_id=created_by_user_id,
            description=description,
        )

        if len(src_dict) > 7 + (description is not UNSET):
            evaluator.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator

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
        "type",
        "space_id",
        "created_at",
        "updated_at",
        "created_by_user_id",
        "description",
    }
)
