from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="AnnotatorUser")


@_attrs_define
class AnnotatorUser:
    """
    Attributes:
        id (str):
        email (str):
    """

    id: str
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        email: str = src_dict["email"]
        if type(email) is not str:
            raise SchemaMismatch.expected("a string", email, "email")

        if cls is AnnotatorUser:
            annotator_user = cls.__new__(cls)
            annotator_user.id = id
            annotator_user.email = email
            annotator_user.additional_properties = {}
        else:
            annotator_user = cls(
                id=id,
                email=email,
            )

        if len(src_dict) > 2:
            annotator_user.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotator_user

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
        "email",
    }
)
