from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_agent_runtime import DefaultAgentRuntime
    from ..models.default_llm_integration import DefaultLLMIntegration


T = TypeVar("T", bound="UpdateSpaceRequest")


@_attrs_define
class UpdateSpaceRequest:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        is_private (bool | Unset):
        default_llm_integration (DefaultLLMIntegration | None | Unset):
        ml_models_enabled (bool | Unset):
        gradient_start_color (str | Unset):
        gradient_end_color (str | Unset):
        default_agent_runtime (DefaultAgentRuntime | None | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_private: bool | Unset = UNSET
    default_llm_integration: DefaultLLMIntegration | None | Unset = UNSET
    ml_models_enabled: bool | Unset = UNSET
    gradient_start_color: str | Unset = UNSET
    gradient_end_color: str | Unset = UNSET
    default_agent_runtime: DefaultAgentRuntime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_private = self.is_private

        default_llm_integration: dict[str, Any] | None | Unset
        if isinstance(self.default_llm_integration, Unset):
            default_llm_integration = UNSET
        elif isinstance(self.default_llm_integration, DefaultLLMIntegration):
            default_llm_integration = self.default_llm_integration.to_dict()
        else:
            default_llm_integration = self.default_llm_integration

        ml_models_enabled = self.ml_models_enabled

        gradient_start_color = self.gradient_start_color

        gradient_end_color = self.gradient_end_color

        default_agent_runtime: dict[str, Any] | None | Unset
        if isinstance(self.default_agent_runtime, Unset):
            default_agent_runtime = UNSET
        elif isinstance(self.default_agent_runtime, DefaultAgentRuntime):
            default_agent_runtime = self.default_agent_runtime.to_dict()
        else:
            default_agent_runtime = self.default_agent_runtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
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

        is_private: bool | Unset = src_dict.get("is_private", UNSET)
        if type(is_private) is not bool and is_private is not UNSET:
            raise SchemaMismatch.expected("a boolean", is_private, "is_private")

        _default_llm_integration = src_dict.get("default_llm_integration", UNSET)
        default_llm_integration: DefaultLLMIntegration | None | Unset
        if _default_llm_integration is UNSET:
            default_llm_integration = UNSET
        else:
            try:
                if _default_llm_integration is None:
                    default_llm_integration = None
                elif type(_default_llm_integration) is dict:
                    default_llm_integration = DefaultLLMIntegration.from_dict(
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
        default_agent_runtime: DefaultAgentRuntime | None | Unset
        if _default_agent_runtime is UNSET:
            default_agent_runtime = UNSET
        else:
            try:
                if _default_agent_runtime is None:
                    default_agent_runtime = None
                elif type(_default_agent_runtime) is dict:
                    default_agent_runtime = DefaultAgentRuntime.from_dict(
                        _default_agent_runtime
                    )

                else:
                    raise SchemaMismatch.expected(
                        "an object or null", _default_agent_runtime
                    )

            except Exception as error_:
                raise SchemaMismatch.at(error_, "default_agent_runtime")

        if cls is UpdateSpaceRequest:
            update_space_request = cls.__new__(cls)
            update_space_request.name = name
            update_space_request.description = description
            update_space_request.is_private = is_private
            update_space_request.default_llm_integration = default_llm_integration
            update_space_request.ml_models_enabled = ml_models_enabled
            update_space_request.gradient_start_color = gradient_start_color
            update_space_request.gradient_end_color = gradient_end_color
            update_space_request.default_agent_runtime = default_agent_runtime
            update_space_request.additional_properties = {}
        else:
            update_space_request = cls(
                name=name,
                description=description,
                is_private=is_private,
                default_llm_integration=default_llm_integration,
                ml_models_enabled=ml_models_enabled,
                gradient_start_color=gradient_start_color,
                gradient_end_color=gradient_end_color,
                default_agent_runtime=default_agent_runtime,
            )

        if len(src_dict) > (name is not UNSET) + (description is not UNSET) + (
            is_private is not UNSET
        ) + (default_llm_integration is not UNSET) + (
            ml_models_enabled is not UNSET
        ) + (gradient_start_color is not UNSET) + (gradient_end_color is not UNSET) + (
            default_agent_runtime is not UNSET
        ):
            update_space_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_space_request

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
        "is_private",
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
    global DefaultAgentRuntime
    global DefaultLLMIntegration
    from ..models.default_agent_runtime import DefaultAgentRuntime  # noqa: PLC0415
    from ..models.default_llm_integration import DefaultLLMIntegration  # noqa: PLC0415

    _lazy_imports_pending = False
