from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.static_param_type import StaticParamType

T = TypeVar("T", bound="StaticParamRequest")


@_attrs_define
class StaticParamRequest:
    """
    Attributes:
        name (str):
        type_ (StaticParamType):
        default_value (list[str] | str):
    """

    name: str
    type_: StaticParamType
    default_value: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        default_value: list[str] | str
        if isinstance(self.default_value, list):
            default_value = self.default_value

        else:
            default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "default_value": default_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _type_ = src_dict["type"]
        type_: StaticParamType
        try:
            type_ = cast(
                StaticParamType,
                StaticParamType._value2member_map_.get(_type_)
                or StaticParamType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _default_value = src_dict["default_value"]
        default_value: list[str] | str
        try:
            if type(_default_value) is str:
                if type(_default_value) is not str:
                    raise SchemaMismatch.expected("a string", _default_value)
                default_value = _default_value

            elif type(_default_value) is list:
                for (
                    componentsschemas_static_param_default_value_type_1_item
                ) in _default_value:
                    if (
                        type(componentsschemas_static_param_default_value_type_1_item)
                        is not str
                    ):
                        raise SchemaMismatch.expected_item(
                            "a string",
                            _default_value,
                            componentsschemas_static_param_default_value_type_1_item,
                        )
                default_value = _default_value

            else:
                raise SchemaMismatch.expected("a string or an array", _default_value)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "default_value")

        if cls is StaticParamRequest:
            static_param_request = cls.__new__(cls)
            static_param_request.name = name
            static_param_request.type_ = type_
            static_param_request.default_value = default_value
            static_param_request.additional_properties = {}
        else:
            static_param_request = cls(
                name=name,
                type_=type_,
                default_value=default_value,
            )

        if len(src_dict) > 3:
            static_param_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return static_param_request

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
        "type",
        "default_value",
    }
)
