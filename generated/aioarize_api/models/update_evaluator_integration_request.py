from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.update_evaluator_integration_request_type import (
    UpdateEvaluatorIntegrationRequestType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_scoping_request import IntegrationScopingRequest
    from ..models.update_evaluator_integration_config_input import (
        UpdateEvaluatorIntegrationConfigInput,
    )


T = TypeVar("T", bound="UpdateEvaluatorIntegrationRequest")


@_attrs_define
class UpdateEvaluatorIntegrationRequest:
    """
    Attributes:
        type_ (UpdateEvaluatorIntegrationRequestType):
        name (str | Unset):
        description (None | str | Unset):
        scopings (list[IntegrationScopingRequest] | Unset):
        config (UpdateEvaluatorIntegrationConfigInput | Unset):
    """

    type_: UpdateEvaluatorIntegrationRequestType
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    scopings: list[IntegrationScopingRequest] | Unset = UNSET
    config: UpdateEvaluatorIntegrationConfigInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scopings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopings, Unset):
            scopings = []
            for scopings_item_data in self.scopings:
                scopings_item = scopings_item_data.to_dict()
                scopings.append(scopings_item)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scopings is not UNSET:
            field_dict["scopings"] = scopings
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: UpdateEvaluatorIntegrationRequestType
        try:
            type_ = cast(
                UpdateEvaluatorIntegrationRequestType,
                UpdateEvaluatorIntegrationRequestType._value2member_map_.get(_type_)
                or UpdateEvaluatorIntegrationRequestType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

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

        _scopings = src_dict.get("scopings", UNSET)
        scopings: list[IntegrationScopingRequest] | Unset
        if _scopings is UNSET:
            scopings = UNSET
        else:
            try:
                if type(_scopings) is not list:
                    raise SchemaMismatch.expected("an array", _scopings)
                scopings_items: list[IntegrationScopingRequest] = []
                for scopings_item in _scopings:
                    try:
                        if type(scopings_item) is not dict:
                            raise SchemaMismatch.expected("an object", scopings_item)
                        scopings_value = IntegrationScopingRequest.from_dict(
                            scopings_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(scopings_items))
                    scopings_items.append(scopings_value)
                scopings = scopings_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "scopings")

        _config = src_dict.get("config", UNSET)
        config: UpdateEvaluatorIntegrationConfigInput | Unset
        if _config is UNSET:
            config = UNSET
        else:
            try:
                if type(_config) is not dict:
                    raise SchemaMismatch.expected("an object", _config)
                config = UpdateEvaluatorIntegrationConfigInput.from_dict(_config)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "config")

        if cls is UpdateEvaluatorIntegrationRequest:
            update_evaluator_integration_request = cls.__new__(cls)
            update_evaluator_integration_request.type_ = type_
            update_evaluator_integration_request.name = name
            update_evaluator_integration_request.description = description
            update_evaluator_integration_request.scopings = scopings
            update_evaluator_integration_request.config = config
            update_evaluator_integration_request.additional_properties = {}
        else:
            update_evaluator_integration_request = cls(
                type_=type_,
                name=name,
                description=description,
                scopings=scopings,
                config=config,
            )

        if len(src_dict) > 1 + (name is not UNSET) + (description is not UNSET) + (
            scopings is not UNSET
        ) + (config is not UNSET):
            update_evaluator_integration_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_evaluator_integration_request

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
        "description",
        "scopings",
        "config",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global IntegrationScopingRequest
    global UpdateEvaluatorIntegrationConfigInput
    from ..models.integration_scoping_request import IntegrationScopingRequest  # noqa: PLC0415
    from ..models.update_evaluator_integration_config_input import (
        UpdateEvaluatorIntegrationConfigInput,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
