from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        type_ = cast(
            ManagedCodeConfigRequestType,
            ManagedCodeConfigRequestType._value2member_map_.get(src_dict["type"])
            or ManagedCodeConfigRequestType(src_dict["type"]),
        )

        name = src_dict["name"]

        managed_evaluator = cast(
            ManagedCodeEvaluator,
            ManagedCodeEvaluator._value2member_map_.get(src_dict["managed_evaluator"])
            or ManagedCodeEvaluator(src_dict["managed_evaluator"]),
        )

        variables = cast(list[str], src_dict["variables"])

        def _parse_data_granularity(data: object) -> DataGranularity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_granularity_type_0 = cast(
                    DataGranularity,
                    DataGranularity._value2member_map_.get(data)
                    or DataGranularity(data),
                )

                return data_granularity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataGranularity | None | Unset, data)

        data_granularity = _parse_data_granularity(
            src_dict.get("data_granularity", UNSET)
        )

        query_filter: None | str | Unset = src_dict.get("query_filter", UNSET)

        _static_params = src_dict.get("static_params", UNSET)
        static_params: list[StaticParamRequest] | Unset = UNSET
        if _static_params is not UNSET:
            static_params = [
                StaticParamRequest.from_dict(static_params_item_data)
                for static_params_item_data in _static_params
            ]

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
