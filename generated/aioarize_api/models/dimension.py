from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.dimension_category import DimensionCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dimension")


@_attrs_define
class Dimension:
    """
    Attributes:
        category (DimensionCategory):
        name (str | Unset):
    """

    category: DimensionCategory
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _category = src_dict["category"]
        category: DimensionCategory
        try:
            category = cast(
                DimensionCategory,
                DimensionCategory._value2member_map_.get(_category)
                or DimensionCategory(_category),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _category, "category") from None

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        if cls is Dimension:
            dimension = cls.__new__(cls)
            dimension.category = category
            dimension.name = name
            dimension.additional_properties = {}
        else:
            dimension = cls(
                category=category,
                name=name,
            )

        if len(src_dict) > 1 + (name is not UNSET):
            dimension.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dimension

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
        "category",
        "name",
    }
)
