from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_agent_runtime_response import DefaultAgentRuntimeResponse
    from ..models.default_llm_integration_response import DefaultLLMIntegrationResponse


T = TypeVar("T", bound="Space")


@_attrs_define
class Space:
    """
    Attributes:
        id (str):
        name (str):
        description (str):
        created_at (datetime.datetime):
        is_private (bool):
        organization_id (str | Unset):
        default_llm_integration (DefaultLLMIntegrationResponse | None | Unset):
        ml_models_enabled (bool | Unset):
        gradient_start_color (str | Unset):
        gradient_end_color (str | Unset):
        default_agent_runtime (DefaultAgentRuntimeResponse | None | Unset):
    """

    id: str
    name: str
    description: str
    created_at: datetime.datetime
    is_private: bool
    organization_id: str | Unset = UNSET
    default_llm_integration: DefaultLLMIntegrationResponse | None | Unset = UNSET
    ml_models_enabled: bool | Unset = UNSET
    gradient_start_color: str | Unset = UNSET
    gradient_end_color: str | Unset = UNSET
    default_agent_runtime: DefaultAgentRuntimeResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        description = self.description

        created_at = self.created_at.isoformat()

        is_private = self.is_private

        organization_id = self.organization_id

        default_llm_integration: dict[str, Any] | None | Unset
        if isinstance(self.default_llm_integration, Unset):
            default_llm_integration = UNSET
        elif isinstance(self.default_llm_integration, DefaultLLMIntegrationResponse):
            default_llm_integration = self.default_llm_integration.to_dict()
        else:
            default_llm_integration = self.default_llm_integration

        ml_models_enabled = self.ml_models_enabled

        gradient_start_color = self.gradient_start_color

        gradient_end_color = self.gradient_end_color

        default_agent_runtime: dict[str, Any] | None | Unset
        if isinstance(self.default_agent_runtime, Unset):
            default_agent_runtime = UNSET
        elif isinstance(self.default_agent_runtime, DefaultAgentRuntimeResponse):
            default_agent_runtime = self.default_agent_runtime.to_dict()
        else:
            default_agent_runtime = self.default_agent_runtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "created_at": created_at,
                "is_private": is_private,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if default_llm_integration is not UNSET:
            field_dict["default_llm_integration"] = default_llm_integration
        if ml_models_enabled is not UNSET:
            field_dict["ml_models_enabled"] = ml_models_enabled
        if gradient_start_color is not UNSET:
            field_dict["gradient_start_color"] = gradient_start_color
        if gradient_end_color is not UNSET:
            field_dict["gradient_end_color"] = gradient_end_color
        if default_agent_runtime is not UNSET:
            field_dict["default_agent_runtime"] = default_agent_runtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        description: str = src_dict["description"]
        if type(description) is not str:
            raise SchemaMismatch.expected("a string", description, "description")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        is_private: bool = src_dict["is_private"]
        if type(is_private) is not bool:
            raise SchemaMismatch.expected("a boolean", is_private, "is_private")

        organization_id: str | Unset = src_dict.get("organization_id", UNSET)
        if type(organization_id) is not str and organization_id is not UNSET:
            raise SchemaMismatch.expected(
                "a string", organization_id, "organization_id"
            )

        _default_llm_integration = src_dict.get("default_llm_integration", UNSET)
        default_llm_integration: DefaultLLMIntegrationResponse | None | Unset
        if _default_llm_integration is UNSET:
            default_llm_integration = UNSET
        else:
            try:
                if _default_llm_integration is None:
                    default_llm_integration = None
                elif type(_default_llm_integration) is dict:
                    default_llm_integration = DefaultLLMIntegrationResponse.from_dict(
                        _default_llm_integration
                    )

                else:
                    raise SchemaMismatch.expected(
                        "an object or null", _default_llm_integration
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "default_llm_integration")

        ml_models_enabled: bool | Unset = src_dict.get("ml_models_enabled", UNSET)
        if type(ml_models_enabled) is not bool and ml_models_enabled is not UNSET:
            raise SchemaMismatch.expected(
                "a boolean", ml_models_enabled, "ml_models_enabled"
            )

        gradient_start_color: str | Unset = src_dict.get("gradient_start_color", UNSET)
        if type(gradient_start_color) is not str and gradient_start_color is not UNSET:
            raise SchemaMismatch.expected(
                "a string", gradient_start_color, "gradient_start_color"
            )

        gradient_end_color: str | Unset = src_dict.get("gradient_end_color", UNSET)
        if type(gradient_end_color) is not str and gradient_end_color is not UNSET:
            raise SchemaMismatch.expected(
                "a string", gradient_end_color, "gradient_end_color"
            )

        _default_agent_runtime = src_dict.get("default_agent_runtime", UNSET)
        default_agent_runtime: DefaultAgentRuntimeResponse | None | Unset
        if _default_agent_runtime is UNSET:
            default_agent_runtime = UNSET
        else:
            try:
                if _default_agent_runtime is None:
                    default_agent_runtime = None
                elif type(_default_agent_runtime) is dict:
                    default_agent_runtime = DefaultAgentRuntimeResponse.from_dict(
                        _default_agent_runtime
                    )

                else:
                    raise SchemaMismatch.expected(
                        "an object or null", _default_agent_runtime
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "default_agent_runtime")

        if cls is Space:
            space = cls.__new__(cls)
            space.id = id
            space.name = name
            space.description = description
            space.created_at = created_at
            space.is_private = is_private
            space.organization_id = organization_id
            space.default_llm_integration = default_llm_integration
            space.ml_models_enabled = ml_models_enabled
            space.gradient_start_color = gradient_start_color
            space.gradient_end_color = gradient_end_color
            space.default_agent_runtime = default_agent_runtime
            space.additional_properties = {}
        else:
            space = cls(
                id=id,
                name=name,
                description=description,
                created_at=created_at,
                is_private=is_private,
                organization_id=organization_id,
                default_llm_integration=default_llm_integration,
                ml_models_enabled=ml_models_enabled,
                gradient_start_color=gradient_start_color,
                gradient_end_color=gradient_end_color,
                default_agent_runtime=default_agent_runtime,
            )

        if len(src_dict) > 5 + (organization_id is not UNSET) + (
            default_llm_integration is not UNSET
        ) + (ml_models_enabled is not UNSET) + (gradient_start_color is not UNSET) + (
            gradient_end_color is not UNSET
        ) + (default_agent_runtime is not UNSET):
            space.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return space

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
        "description",
        "created_at",
        "is_private",
        "organization_id",
        "default_llm_integration",
        "ml_models_enabled",
        "gradient_start_color",
        "gradient_end_color",
        "default_agent_runtime",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global DefaultAgentRuntimeResponse
    global DefaultLLMIntegrationResponse
    from ..models.default_agent_runtime_response import DefaultAgentRuntimeResponse  # noqa: PLC0415
    from ..models.default_llm_integration_response import DefaultLLMIntegrationResponse  # noqa: PLC0415

    _lazy_imports_pending = False
