from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEvaluatorRequest")


@_attrs_define
class UpdateEvaluatorRequest:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        description: None | str | Unset = src_dict.get("description", UNSET)
        if (
            description is not None
            and type(description) is not str
            and description is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", description, "description"
            )

        if cls is UpdateEvaluatorRequest:
            update_evaluator_request = cls.__new__(cls)
            update_evaluator_request.name = name
            update_evaluator_request.description = description
            update_evaluator_request.additional_properties = {}
        else:
            update_evaluator_request = cls(
                name=name,
                description=description,
            )

        if len(src_dict) > (name is not UNSET) + (description is not UNSET):
            update_evaluator_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_evaluator_request

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
        "name",
        "description",
    }
)
