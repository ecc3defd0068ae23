from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_agent_request_preset_input_config import (
        UpdateAgentRequestPresetInputConfig,
    )


T = TypeVar("T", bound="UpdateAgentRequestPresetInput")


@_attrs_define
class UpdateAgentRequestPresetInput:
    """
    Attributes:
        name (str):
        config (UpdateAgentRequestPresetInputConfig):
        description (None | str | Unset):
    """

    name: str
    config: UpdateAgentRequestPresetInputConfig
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        config = self.config.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "config": config,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _config = src_dict["config"]
        config: UpdateAgentRequestPresetInputConfig
        try:
            if type(_config) is not dict:
                raise SchemaMismatch.expected("an object", _config)
            config = UpdateAgentRequestPresetInputConfig.from_dict(_config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "config")

        description: None | str | Unset = src_dict.get("description", UNSET)
        if (
            description is not None
            and type(description) is not str
            and description is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", description, "description"
            )

        if cls is UpdateAgentRequestPresetInput:
            update_agent_request_preset_input = cls.__new__(cls)
            update_agent_request_preset_input.name = name
            update_agent_request_preset_input.config = config
            update_agent_request_preset_input.description = description
            update_agent_request_preset_input.additional_properties = {}
        else:
            update_agent_request_preset_input = cls(
                name=name,
                config=config,
                description=description,
            )

        if len(src_dict) > 2 + (description is not UNSET):
            update_agent_request_preset_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_agent_request_preset_input

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
        "config",
        "description",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global UpdateAgentRequestPresetInputConfig
    from ..models.update_agent_request_preset_input_config import (
        UpdateAgentRequestPresetInputConfig,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
