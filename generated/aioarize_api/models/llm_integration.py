from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_type import IntegrationType

if TYPE_CHECKING:
    from ..models.integration_scoping import IntegrationScoping
    from ..models.open_ai_config import OpenAiConfig
    from ..models.unknown_llm_config import UnknownLlmConfig


T = TypeVar("T", bound="LlmIntegration")


@_attrs_define
class LlmIntegration:
    """An LLM integration (type=llm).

    Attributes:
        id (str): The integration ID (base64 global ID).
        type_ (IntegrationType): Discriminator identifying an LLM integration.
        name (str): The integration name. Unique per (account, type).
        scopings (list[IntegrationScoping]): Visibility scoping rules. Account-wide when empty.
        created_at (datetime.datetime): When the integration was created.
        updated_at (datetime.datetime): When the integration was last updated.
        created_by_user_id (str): Global ID of the user who created the integration.
        config (OpenAiConfig | UnknownLlmConfig): Per-provider LLM config, discriminated by `provider`.
    """

    id: str
    type_: IntegrationType
    name: str
    scopings: list[IntegrationScoping]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: str
    config: OpenAiConfig | UnknownLlmConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_ai_config import OpenAiConfig  # noqa: PLC0415

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
        from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415
        from ..models.open_ai_config import OpenAiConfig  # noqa: PLC0415
        from ..models.unknown_llm_config import UnknownLlmConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = IntegrationType(d.pop("type"))

        name = d.pop("name")

        scopings = []
        _scopings = d.pop("scopings")
        for scopings_item_data in _scopings:
            scopings_item = IntegrationScoping.from_dict(scopings_item_data)

            scopings.append(scopings_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        created_by_user_id = d.pop("created_by_user_id")

        def _parse_config(data: object) -> OpenAiConfig | UnknownLlmConfig:
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["provider"]
            if discriminator == "openAI":
                componentsschemas_llm_config_type_0 = OpenAiConfig.from_dict(data)

                return componentsschemas_llm_config_type_0
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"provider: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_llm_config_type_1 = UnknownLlmConfig.from_dict(data)

            return componentsschemas_llm_config_type_1

        config = _parse_config(d.pop("config"))

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

        llm_integration.additional_properties = d
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
