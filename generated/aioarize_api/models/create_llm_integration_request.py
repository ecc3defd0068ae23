from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_llm_integration_request_type import CreateLlmIntegrationRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_anthropic_config import CreateAnthropicConfig
    from ..models.create_aws_bedrock_config import CreateAwsBedrockConfig
    from ..models.create_custom_config import CreateCustomConfig
    from ..models.create_fireworks_config import CreateFireworksConfig
    from ..models.create_gemini_config import CreateGeminiConfig
    from ..models.create_lite_llm_config import CreateLiteLlmConfig
    from ..models.create_nvidia_nim_config import CreateNvidiaNimConfig
    from ..models.create_open_ai_config import CreateOpenAiConfig
    from ..models.create_together_ai_config import CreateTogetherAiConfig
    from ..models.create_vertex_ai_config import CreateVertexAiConfig
    from ..models.integration_scoping_request import IntegrationScopingRequest
    from ..models.unknown_create_llm_config import UnknownCreateLlmConfig


T = TypeVar("T", bound="CreateLlmIntegrationRequest")


@_attrs_define
class CreateLlmIntegrationRequest:
    """
    Attributes:
        type_ (CreateLlmIntegrationRequestType):
        name (str):
        config (CreateAnthropicConfig | CreateAwsBedrockConfig | CreateCustomConfig | CreateFireworksConfig |
            CreateGeminiConfig | CreateLiteLlmConfig | CreateNvidiaNimConfig | CreateOpenAiConfig | CreateTogetherAiConfig |
            CreateVertexAiConfig | UnknownCreateLlmConfig):
        scopings (list[IntegrationScopingRequest] | Unset):
    """

    type_: CreateLlmIntegrationRequestType
    name: str
    config: (
        CreateAnthropicConfig
        | CreateAwsBedrockConfig
        | CreateCustomConfig
        | CreateFireworksConfig
        | CreateGeminiConfig
        | CreateLiteLlmConfig
        | CreateNvidiaNimConfig
        | CreateOpenAiConfig
        | CreateTogetherAiConfig
        | CreateVertexAiConfig
        | UnknownCreateLlmConfig
    )
    scopings: list[IntegrationScopingRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        name = self.name

        config: dict[str, Any]
        if isinstance(self.config, CreateOpenAiConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateAnthropicConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateGeminiConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateAwsBedrockConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateCustomConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateVertexAiConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateNvidiaNimConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateLiteLlmConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateFireworksConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CreateTogetherAiConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        scopings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopings, Unset):
            scopings = []
            for scopings_item_data in self.scopings:
                scopings_item = scopings_item_data.to_dict()
                scopings.append(scopings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "config": config,
            }
        )
        if scopings is not UNSET:
            field_dict["scopings"] = scopings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = cast(
            CreateLlmIntegrationRequestType,
            CreateLlmIntegrationRequestType._value2member_map_.get(src_dict["type"])
            or CreateLlmIntegrationRequestType(src_dict["type"]),
        )

        name = src_dict["name"]

        def _parse_config(
            data: object,
        ) -> (
            CreateAnthropicConfig
            | CreateAwsBedrockConfig
            | CreateCustomConfig
            | CreateFireworksConfig
            | CreateGeminiConfig
            | CreateLiteLlmConfig
            | CreateNvidiaNimConfig
            | CreateOpenAiConfig
            | CreateTogetherAiConfig
            | CreateVertexAiConfig
            | UnknownCreateLlmConfig
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["provider"]
            if discriminator == "OPEN_AI":
                componentsschemas_create_llm_config_type_0 = (
                    CreateOpenAiConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_0
            if discriminator == "ANTHROPIC":
                componentsschemas_create_llm_config_type_1 = (
                    CreateAnthropicConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_1
            if discriminator == "GEMINI":
                componentsschemas_create_llm_config_type_2 = (
                    CreateGeminiConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_2
            if discriminator == "AWS_BEDROCK":
                componentsschemas_create_llm_config_type_3 = (
                    CreateAwsBedrockConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_3
            if discriminator == "CUSTOM":
                componentsschemas_create_llm_config_type_4 = (
                    CreateCustomConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_4
            if discriminator == "VERTEX_AI":
                componentsschemas_create_llm_config_type_5 = (
                    CreateVertexAiConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_5
            if discriminator == "NVIDIA_NIM":
                componentsschemas_create_llm_config_type_6 = (
                    CreateNvidiaNimConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_6
            if discriminator == "LITELLM":
                componentsschemas_create_llm_config_type_7 = (
                    CreateLiteLlmConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_7
            if discriminator == "FIREWORKS":
                componentsschemas_create_llm_config_type_8 = (
                    CreateFireworksConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_8
            if discriminator == "TOGETHER_AI":
                componentsschemas_create_llm_config_type_9 = (
                    CreateTogetherAiConfig.from_dict(data)
                )

                return componentsschemas_create_llm_config_type_9
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"provider: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_create_llm_config_type_10 = (
                UnknownCreateLlmConfig.from_dict(data)
            )

            return componentsschemas_create_llm_config_type_10

        config = _parse_config(src_dict["config"])

        _scopings = src_dict.get("scopings", UNSET)
        scopings: list[IntegrationScopingRequest] | Unset = UNSET
        if _scopings is not UNSET:
            scopings = [
                IntegrationScopingRequest.from_dict(scopings_item_data)
                for scopings_item_data in _scopings
            ]

        create_llm_integration_request = cls(
            type_=type_,
            name=name,
            config=config,
            scopings=scopings,
        )

        if len(src_dict) > 3 + (scopings is not UNSET):
            create_llm_integration_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_llm_integration_request

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
        "config",
        "scopings",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateAnthropicConfig
    global CreateAwsBedrockConfig
    global CreateCustomConfig
    global CreateFireworksConfig
    global CreateGeminiConfig
    global CreateLiteLlmConfig
    global CreateNvidiaNimConfig
    global CreateOpenAiConfig
    global CreateTogetherAiConfig
    global CreateVertexAiConfig
    global IntegrationScopingRequest
    global UnknownCreateLlmConfig
    from ..models.create_anthropic_config import CreateAnthropicConfig  # noqa: PLC0415
    from ..models.create_aws_bedrock_config import CreateAwsBedrockConfig  # noqa: PLC0415
    from ..models.create_custom_config import CreateCustomConfig  # noqa: PLC0415
    from ..models.create_fireworks_config import CreateFireworksConfig  # noqa: PLC0415
    from ..models.create_gemini_config import CreateGeminiConfig  # noqa: PLC0415
    from ..models.create_lite_llm_config import CreateLiteLlmConfig  # noqa: PLC0415
    from ..models.create_nvidia_nim_config import CreateNvidiaNimConfig  # noqa: PLC0415
    from ..models.create_open_ai_config import CreateOpenAiConfig  # noqa: PLC0415
    from ..models.create_together_ai_config import CreateTogetherAiConfig  # noqa: PLC0415
    from ..models.create_vertex_ai_config import CreateVertexAiConfig  # noqa: PLC0415
    from ..models.integration_scoping_request import IntegrationScopingRequest  # noqa: PLC0415
    from ..models.unknown_create_llm_config import UnknownCreateLlmConfig  # noqa: PLC0415

    _lazy_imports_pending = False
