from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.llm_integration_type import LlmIntegrationType

if TYPE_CHECKING:
    from ..models.anthropic_config import AnthropicConfig
    from ..models.aws_bedrock_config import AwsBedrockConfig
    from ..models.custom_config import CustomConfig
    from ..models.fireworks_config import FireworksConfig
    from ..models.gemini_config import GeminiConfig
    from ..models.integration_scoping import IntegrationScoping
    from ..models.lite_llm_config import LiteLlmConfig
    from ..models.nvidia_nim_config import NvidiaNimConfig
    from ..models.open_ai_config import OpenAiConfig
    from ..models.together_ai_config import TogetherAiConfig
    from ..models.unknown_llm_config import UnknownLlmConfig
    from ..models.vertex_ai_config import VertexAiConfig


T = TypeVar("T", bound="LlmIntegration")


@_attrs_define
class LlmIntegration:
    """
    Attributes:
        id (str):
        type_ (LlmIntegrationType):
        name (str):
        scopings (list[IntegrationScoping]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by_user_id (str):
        config (AnthropicConfig | AwsBedrockConfig | CustomConfig | FireworksConfig | GeminiConfig | LiteLlmConfig |
            NvidiaNimConfig | OpenAiConfig | TogetherAiConfig | UnknownLlmConfig | VertexAiConfig):
    """

    id: str
    type_: LlmIntegrationType
    name: str
    scopings: list[IntegrationScoping]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: str
    config: (
        AnthropicConfig
        | AwsBedrockConfig
        | CustomConfig
        | FireworksConfig
        | GeminiConfig
        | LiteLlmConfig
        | NvidiaNimConfig
        | OpenAiConfig
        | TogetherAiConfig
        | UnknownLlmConfig
        | VertexAiConfig
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        type_ = self.type_.value

        name = self.name

        scopings = []
        for scopings_item_data in self.scopings:
            scopings_item = scopings_item_data.to_dict()
            scopings.append(scopings_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by_user_id = self.created_by_user_id

        config: dict[str, Any]
        if isinstance(self.config, OpenAiConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, AnthropicConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, GeminiConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, AwsBedrockConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CustomConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, VertexAiConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, NvidiaNimConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, LiteLlmConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, FireworksConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, TogetherAiConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "scopings": scopings,
                "created_at": created_at,
                "updated_at": updated_at,
                "created_by_user_id": created_by_user_id,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        _type_ = src_dict["type"]
        type_: LlmIntegrationType
        try:
            type_ = cast(
                LlmIntegrationType,
                LlmIntegrationType._value2member_map_.get(_type_)
                or LlmIntegrationType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _scopings = src_dict["scopings"]
        scopings: list[IntegrationScoping]
        try:
            if type(_scopings) is not list:
                raise SchemaMismatch.expected("an array", _scopings)
            scopings_items: list[IntegrationScoping] = []
            for scopings_item in _scopings:
                try:
                    if type(scopings_item) is not dict:
                        raise SchemaMismatch.expected("an object", scopings_item)
                    scopings_value = IntegrationScoping.from_dict(scopings_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(scopings_items))
                scopings_items.append(scopings_value)
            scopings = scopings_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "scopings")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _updated_at = src_dict["updated_at"]
        updated_at: datetime.datetime
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _updated_at, "updated_at"
            ) from None

        created_by_user_id: str = src_dict["created_by_user_id"]
        if type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string", created_by_user_id, "created_by_user_id"
            )

        _config = src_dict["config"]
        config: (
            AnthropicConfig
            | AwsBedrockConfig
            | CustomConfig
            | FireworksConfig
            | GeminiConfig
            | LiteLlmConfig
            | NvidiaNimConfig
            | OpenAiConfig
            | TogetherAiConfig
            | UnknownLlmConfig
            | VertexAiConfig
        )
        try:
            if type(_config) is dict:
                config_discriminator = _config["provider"]
                if config_discriminator == "OPEN_AI":
                    config = OpenAiConfig.from_dict(_config)

                elif config_discriminator == "ANTHROPIC":
                    config = AnthropicConfig.from_dict(_config)

                elif config_discriminator == "GEMINI":
                    config = GeminiConfig.from_dict(_config)

                elif config_discriminator == "AWS_BEDROCK":
                    config = AwsBedrockConfig.from_dict(_config)

                elif config_discriminator == "CUSTOM":
                    config = CustomConfig.from_dict(_config)

                elif config_discriminator == "VERTEX_AI":
                    config = VertexAiConfig.from_dict(_config)

                elif config_discriminator == "NVIDIA_NIM":
                    config = NvidiaNimConfig.from_dict(_config)

                elif config_discriminator == "LITELLM":
                    config = LiteLlmConfig.from_dict(_config)

                elif config_discriminator == "FIREWORKS":
                    config = FireworksConfig.from_dict(_config)

                elif config_discriminator == "TOGETHER_AI":
                    config = TogetherAiConfig.from_dict(_config)

                elif type(config_discriminator) is str:
                    config = UnknownLlmConfig.from_dict(_config)

                else:
                    raise SchemaMismatch.expected(
                        "a string", config_discriminator, "provider"
                    )

            else:
                raise SchemaMismatch.expected("an object", _config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "config")

        if cls is LlmIntegration:
            llm_integration = cls.__new__(cls)
            llm_integration.id = id
            llm_integration.type_ = type_
            llm_integration.name = name
            llm_integration.scopings = scopings
            llm_integration.created_at = created_at
            llm_integration.updated_at = updated_at
            llm_integration.created_by_user_id = created_by_user_id
            llm_integration.config = config
            llm_integration.additional_properties = {}
        else:
            llm_integration = cls(
                id=id,
                type_=type_,
                name=name,
                scopings=scopings,
                created_at=created_at,
                updated_at=updated_at,
                created_by_user_id=created_by_user_id,
                config=config,
            )

        if len(src_dict) > 8:
            llm_integration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return llm_integration

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
        "type",
        "name",
        "scopings",
        "created_at",
        "updated_at",
        "created_by_user_id",
        "config",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnthropicConfig
    global AwsBedrockConfig
    global CustomConfig
    global FireworksConfig
    global GeminiConfig
    global IntegrationScoping
    global LiteLlmConfig
    global NvidiaNimConfig
    global OpenAiConfig
    global TogetherAiConfig
    global UnknownLlmConfig
    global VertexAiConfig
    from ..models.anthropic_config import AnthropicConfig  # noqa: PLC0415
    from ..models.aws_bedrock_config import AwsBedrockConfig  # noqa: PLC0415
    from ..models.custom_config import CustomConfig  # noqa: PLC0415
    from ..models.fireworks_config import FireworksConfig  # noqa: PLC0415
    from ..models.gemini_config import GeminiConfig  # noqa: PLC0415
    from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415
    from ..models.lite_llm_config import LiteLlmConfig  # noqa: PLC0415
    from ..models.nvidia_nim_config import NvidiaNimConfig  # noqa: PLC0415
    from ..models.open_ai_config import OpenAiConfig  # noqa: PLC0415
    from ..models.together_ai_config import TogetherAiConfig  # noqa: PLC0415
    from ..models.unknown_llm_config import UnknownLlmConfig  # noqa: PLC0415
    from ..models.vertex_ai_config import VertexAiConfig  # noqa: PLC0415

    _lazy_imports_pending = False
