from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.data_granularity import DataGranularity
from ..models.managed_code_config_request_type import ManagedCodeConfigRequestType
from ..models.managed_code_evaluator import ManagedCodeEvaluator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.static_param_request import StaticParamRequest


T = TypeVar("T", bound="ManagedCodeConfigRequest")


@_attrs_define
class ManagedCodeConfigRequest:
    """
    Attributes:
        type_ (ManagedCodeConfigRequestType):
        name (str):
        managed_evaluator (ManagedCodeEvaluator):
        variables (list[str]):
        data_granularity (DataGranularity | None | Unset):
        query_filter (None | str | Unset):
        static_params (list[StaticParamRequest] | Unset):
    """

    type_: ManagedCodeConfigRequestType
    name: str
    managed_evaluator: ManagedCodeEvaluator
    variables: list[str]
    data_granularity: DataGranularity | None | Unset = UNSET
    query_filter: None | str | Unset = UNSET
    static_params: list[StaticParamRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        name = self.name

        managed_evaluator = self.managed_evaluator.value

        variables = self.variables

        data_granularity: None | str | Unset
        if isinstance(self.data_granularity, Unset):
            data_granularity = UNSET
        elif isinstance(self.data_granularity, DataGranularity):
            data_granularity = self.data_granularity.value
        else:
            data_granularity = self.data_granularity

        query_filter: None | str | Unset
        if isinstance(self.query_filter, Unset):
            query_filter = UNSET
        else:
            query_filter = self.query_filter

        static_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.static_params, Unset):
            static_params = []
            for static_params_item_data in self.static_params:
                static_params_item = static_params_item_data.to_dict()
                static_params.append(static_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "managed_evaluator": managed_evaluator,
                "variables": variables,
            }
        )
        if data_granularity is not UNSET:
            field_dict["data_granularity"] = data_granularity
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if static_params is not UNSET:
            field_dict["static_params"] = static_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: ManagedCodeConfigRequestType
        try:
            type_ = cast(
                ManagedCodeConfigRequestType,
                ManagedCodeConfigRequestType._value2member_map_.get(_type_)
                or ManagedCodeConfigRequestType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _managed_evaluator = src_dict["managed_evaluator"]
        managed_evaluator: ManagedCodeEvaluator
        try:
            managed_evaluator = cast(
                ManagedCodeEvaluator,
                ManagedCodeEvaluator._value2member_map_.get(_managed_evaluator)
                or ManagedCodeEvaluator(_managed_evaluator),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _managed_evaluator, "managed_evaluator"
            ) from None

        _variables = src_dict["variables"]
        variables: list[str]
        try:
            if type(_variables) is not list:
                raise SchemaMismatch.expected("an array", _variables)
            for variables_item in _variables:
                if type(variables_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _variables, variables_item
                    )
            variables = _variables

        except Exception as error_:
            raise SchemaMismatch.at(error_, "variables")

        _data_granularity = src_dict.get("data_granularity", UNSET)
        data_granularity: DataGranularity | None | Unset
        if _data_granularity is UNSET:
            data_granularity = UNSET
        else:
            try:
                if _data_granularity is None:
                    data_granularity = None
                elif type(_data_granularity) is str:
                    try:
                        data_granularity = cast(
                            DataGranularity,
                            DataGranularity._value2member_map_.get(_data_granularity)
                            or DataGranularity(_data_granularity),
                        )
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "a string", _data_granularity
                        ) from None

                else:
                    raise SchemaMismatch.expected("a string or null", _data_granularity)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "data_granularity")

        query_filter: None | str | Unset = src_dict.get("query_filter", UNSET)
        if (
            query_filter is not None
            and type(query_filter) is not str
            and query_filter is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", query_filter, "query_filter"
            )

        _static_params = src_dict.get("static_params", UNSET)
        static_params: list[StaticParamRequest] | Unset
        if _static_params is UNSET:
            static_params = UNSET
        else:
            try:
                if type(_static_params) is not list:
                    raise SchemaMismatch.expected("an array", _static_params)
                static_params_items: list[StaticParamRequest] = []
                for static_params_item in _static_params:
                    try:
                        if type(static_params_item) is not dict:
                            raise SchemaMismatch.expected(
                                "an object", static_params_item
                            )
                        static_params_value = StaticParamRequest.from_dict(
                            static_params_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(static_params_items))
                    static_params_items.append(static_params_value)
                static_params = static_params_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "static_params")

        if cls is ManagedCodeConfigRequest:
            managed_code_config_request = cls.__new__(cls)
            managed_code_config_request.type_ = type_
            managed_code_config_request.name = name
            managed_code_config_request.managed_evaluator = managed_evaluator
            managed_code_config_request.variables = variables
            managed_code_config_request.data_granularity = data_granularity
            managed_code_config_request.query_filter = query_filter
            managed_code_config_request.static_params = static_params
            managed_code_config_request.additional_properties = {}
        else:
            managed_code_config_request = cls(
                type_=type_,
                name=name,
                managed_evaluator=managed_evaluator,
                variables=variables,
                data_granularity=data_granularity,
                query_filter=query_filter,
                static_params=static_params,
            )

        if len(src_dict) > 4 + (data_granularity is not UNSET) + (
            query_filter is not UNSET
        ) + (static_params is not UNSET):
            managed_code_config_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return managed_code_config_request

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
        "type",
        "name",
        "managed_evaluator",
        "variables",
        "data_granularity",
        "query_filter",
        "static_params",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global StaticParamRequest
    from ..models.static_param_request import StaticParamRequest  # noqa: PLC0415

    _lazy_imports_pending = False
