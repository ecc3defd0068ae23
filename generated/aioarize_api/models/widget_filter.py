from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetFilter")


@_attrs_define
class WidgetFilter:
    """
    Attributes:
        filter_type (str | Unset):
        dimension_name (None | str | Unset):
        dimension_data_type (None | str | Unset):
        operator (None | str | Unset):
        dimension_values (list[str] | None | Unset):
        binary_values (list[str] | None | Unset):
        numeric_values (list[float] | None | Unset):
        categorical_values (list[str] | None | Unset):
    """

    filter_type: str | Unset = UNSET
    dimension_name: None | str | Unset = UNSET
    dimension_data_type: None | str | Unset = UNSET
    operator: None | str | Unset = UNSET
    dimension_values: list[str] | None | Unset = UNSET
    binary_values: list[str] | None | Unset = UNSET
    numeric_values: list[float] | None | Unset = UNSET
    categorical_values: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type

        dimension_name: None | str | Unset
        if isinstance(self.dimension_name, Unset):
            dimension_name = UNSET
        else:
            dimension_name = self.dimension_name

        dimension_data_type: None | str | Unset
        if isinstance(self.dimension_data_type, Unset):
            dimension_data_type = UNSET
        else:
            dimension_data_type = self.dimension_data_type

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        dimension_values: list[str] | None | Unset
        if isinstance(self.dimension_values, Unset):
            dimension_values = UNSET
        elif isinstance(self.dimension_values, list):
            dimension_values = self.dimension_values

        else:
            dimension_values = self.dimension_values

        binary_values: list[str] | None | Unset
        if isinstance(self.binary_values, Unset):
            binary_values = UNSET
        elif isinstance(self.binary_values, list):
            binary_values = self.binary_values

        else:
            binary_values = self.binary_values

        numeric_values: list[float] | None | Unset
        if isinstance(self.numeric_values, Unset):
            numeric_values = UNSET
        elif isinstance(self.numeric_values, list):
            numeric_values = self.numeric_values

        else:
            numeric_values = self.numeric_values

        categorical_values: list[str] | None | Unset
        if isinstance(self.categorical_values, Unset):
            categorical_values = UNSET
        elif isinstance(self.categorical_values, list):
            categorical_values = self.categorical_values

        else:
            categorical_values = self.categorical_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_type is not UNSET:
            field_dict["filter_type"] = filter_type
        if dimension_name is not UNSET:
            field_dict["dimension_name"] = dimension_name
        if dimension_data_type is not UNSET:
            field_dict["dimension_data_type"] = dimension_data_type
        if operator is not UNSET:
            field_dict["operator"] = operator
        if dimension_values is not UNSET:
            field_dict["dimension_values"] = dimension_values
        if binary_values is not UNSET:
            field_dict["binary_values"] = binary_values
        if numeric_values is not UNSET:
            field_dict["numeric_values"] = numeric_values
        if categorical_values is not UNSET:
            field_dict["categorical_values"] = categorical_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        filter_type: str | Unset = src_dict.get("filter_type", UNSET)
        if type(filter_type) is not str and filter_type is not UNSET:
            raise SchemaMismatch.expected("a string", filter_type, "filter_type")

        dimension_name: None | str | Unset = src_dict.get("dimension_name", UNSET)
        if (
            dimension_name is not None
            and type(dimension_name) is not str
            and dimension_name is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", dimension_name, "dimension_name"
            )

        dimension_data_type: None | str | Unset = src_dict.get(
            "dimension_data_type", UNSET
        )
        if (
            dimension_data_type is not None
            and type(dimension_data_type) is not str
            and dimension_data_type is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", dimension_data_type, "dimension_data_type"
            )

        operator: None | str | Unset = src_dict.get("operator", UNSET)
        if operator is not None and type(operator) is not str and operator is not UNSET:
            raise SchemaMismatch.expected("a string or null", operator, "operator")

        _dimension_values = src_dict.get("dimension_values", UNSET)
        dimension_values: list[str] | None | Unset
        if _dimension_values is UNSET:
            dimension_values = UNSET
        else:
            try:
                if _dimension_values is None:
                    dimension_values = None
                elif type(_dimension_values) is list:
                    for dimension_values_type_0_item in _dimension_values:
                        if type(dimension_values_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string",
                                _dimension_values,
                                dimension_values_type_0_item,
                            )
                    dimension_values = _dimension_values

                else:
                    raise SchemaMismatch.expected("an array or null", _dimension_values)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "dimension_values")

        _binary_values = src_dict.get("binary_values", UNSET)
        binary_values: list[str] | None | Unset
        if _binary_values is UNSET:
            binary_values = UNSET
        else:
            try:
                if _binary_values is None:
                    binary_values = None
                elif type(_binary_values) is list:
                    for binary_values_type_0_item in _binary_values:
                        if type(binary_values_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string", _binary_values, binary_values_type_0_item
                            )
                    binary_values = _binary_values

                else:
                    raise SchemaMismatch.expected("an array or null", _binary_values)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "binary_values")

        _numeric_values = src_dict.get("numeric_values", UNSET)
        numeric_values: list[float] | None | Unset
        if _numeric_values is UNSET:
            numeric_values = UNSET
        else:
            try:
                if _numeric_values is None:
                    numeric_values = None
                elif type(_numeric_values) is list:
                    for numeric_values_type_0_item in _numeric_values:
                        if (
                            type(numeric_values_type_0_item) is not float
                            or numeric_values_type_0_item - numeric_values_type_0_item
                            != 0
                        ) and type(numeric_values_type_0_item) is not int:
                            raise SchemaMismatch.expected_item(
                                "a finite number",
                                _numeric_values,
                                numeric_values_type_0_item,
                            )
                    numeric_values = _numeric_values

                else:
                    raise SchemaMismatch.expected("an array or null", _numeric_values)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "numeric_values")

        _categorical_values = src_dict.get("categorical_values", UNSET)
        categorical_values: list[str] | None | Unset
        if _categorical_values is UNSET:
            categorical_values = UNSET
        else:
            try:
                if _categorical_values is None:
                    categorical_values = None
                elif type(_categorical_values) is list:
                    for categorical_values_type_0_item in _categorical_values:
                        if type(categorical_values_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string",
                                _categorical_values,
                                categorical_values_type_0_item,
                            )
                    categorical_values = _categorical_values

                else:
                    raise SchemaMismatch.expected(
                        "an array or null", _categorical_values
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "categorical_values")

        if cls is WidgetFilter:
            widget_filter = cls.__new__(cls)
            widget_filter.filter_type = filter_type
            widget_filter.dimension_name = dimension_name
            widget_filter.dimension_data_type = dimension_data_type
            widget_filter.operator = operator
            widget_filter.dimension_values = dimension_values
            widget_filter.binary_values = binary_values
            widget_filter.numeric_values = numeric_values
            widget_filter.categorical_values = categorical_values
            widget_filter.additional_properties = {}
        else:
            widget_filter = cls(
                filter_type=filter_type,
                dimension_name=dimension_name,
                dimension_data_type=dimension_data_type,
                operator=operator,
                dimension_values=dimension_values,
                binary_values=binary_values,
                numeric_values=numeric_values,
                categorical_values=categorical_values,
            )

        if len(src_dict) > (filter_type is not UNSET) + (
            dimension_name is not UNSET
        ) + (dimension_data_type is not UNSET) + (operator is not UNSET) + (
            dimension_values is not UNSET
        ) + (binary_values is not UNSET) + (numeric_values is not UNSET) + (
            categorical_values is not UNSET
        ):
            widget_filter.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return widget_filter

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
        "filter_type",
        "dimension_name",
        "dimension_data_type",
        "operator",
        "dimension_values",
        "binary_values",
        "numeric_values",
        "categorical_values",
    }
)
