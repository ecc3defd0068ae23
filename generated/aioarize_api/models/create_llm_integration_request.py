from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        _type_ = src_dict["type"]
        type_: CreateLlmIntegrationRequestType
        try:
            type_ = cast(
                CreateLlmIntegrationRequestType,
                CreateLlmIntegrationRequestType._value2member_map_.get(_type_)
                or CreateLlmIntegrationRequestType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _config = src_dict["config"]
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
        try:
            if type(_config) is dict:
                config_discriminator = _config["provider"]
                if config_discriminator == "OPEN_AI":
                    config = CreateOpenAiConfig.from_dict(_config)

                elif config_discriminator == "ANTHROPIC":
                    config = CreateAnthropicConfig.from_dict(_config)

                elif config_discriminator == "GEMINI":
                    config = CreateGeminiConfig.from_dict(_config)

                elif config_discriminator == "AWS_BEDROCK":
                    config = CreateAwsBedrockConfig.from_dict(_config)

                elif config_discriminator == "CUSTOM":
                    config = CreateCustomConfig.from_dict(_config)

                elif config_discriminator == "VERTEX_AI":
                    config = CreateVertexAiConfig.from_dict(_config)

                elif config_discriminator == "NVIDIA_NIM":
                    config = CreateNvidiaNimConfig.from_dict(_config)

                elif config_discriminator == "LITELLM":
                    config = CreateLiteLlmConfig.from_dict(_config)

                elif config_discriminator == "FIREWORKS":
                    config = CreateFireworksConfig.from_dict(_config)

                elif config_discriminator == "TOGETHER_AI":
                    config = CreateTogetherAiConfig.from_dict(_config)

                elif type(config_discriminator) is str:
                    config = UnknownCreateLlmConfig.from_dict(_config)

                else:
                    raise SchemaMismatch.expected(
                        "a string", config_discriminator, "provider"
                    )

            else:
                raise SchemaMismatch.expected("an object", _config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "config")

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

        if cls is CreateLlmIntegrationRequest:
            create_llm_integration_request = cls.__new__(cls)
            create_llm_integration_request.type_ = type_
            create_llm_integration_request.name = name
            create_llm_integration_request.config = config
            create_llm_integration_request.scopings = scopings
            create_llm_integration_request.additional_properties = {}
        else:
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
