from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_type import IntegrationType

if TYPE_CHECKING:
    from ..models.integration_scoping import IntegrationScoping
    from ..models.open_ai_config import OpenAiConfig


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
        config (OpenAiConfig): Config for an OpenAI LLM integration.
    """

    id: str
    type_: IntegrationType
    name: str
    scopings: list[IntegrationScoping]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: str
    config: OpenAiConfig
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
        id = src_dict["id"]

        type_ = cast(
            IntegrationType,
            IntegrationType._value2member_map_.get(src_dict["type"])
            or IntegrationType(src_dict["type"]),
        )

        name = src_dict["name"]

        scopings = [
            IntegrationScoping.from_dict(scopings_item_data)
            for scopings_item_data in src_dict["scopings"]
        ]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        created_by_user_id = src_dict["created_by_user_id"]

        config = OpenAiConfig.from_dict(src_dict["config"])

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
    global IntegrationScoping
    global OpenAiConfig
    from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415
    from ..models.open_ai_config import OpenAiConfig  # noqa: PLC0415

    _lazy_imports_pending = False
