from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.agent_integration_type import AgentIntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.integration_scoping import IntegrationScoping


T = TypeVar("T", bound="AgentIntegration")


@_attrs_define
class AgentIntegration:
    """
    Attributes:
        id (str):
        type_ (AgentIntegrationType):
        name (str):
        scopings (list[IntegrationScoping]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by_user_id (None | str):
        config (AgentConfig):
        description (None | str | Unset):
    """

    id: str
    type_: AgentIntegrationType
    name: str
    scopings: list[IntegrationScoping]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: None | str
    config: AgentConfig
    description: None | str | Unset = UNSET
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

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

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
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        _type_ = src_dict["type"]
        type_: AgentIntegrationType
        try:
            type_ = cast(
                AgentIntegrationType,
                AgentIntegrationType._value2member_map_.get(_type_)
                or AgentIntegrationType(_type_),
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

        created_by_user_id: None | str = src_dict["created_by_user_id"]
        if created_by_user_id is not None and type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string or null", created_by_user_id, "created_by_user_id"
            )

        _config = src_dict["config"]
        config: AgentConfig
        try:
            if type(_config) is not dict:
                raise SchemaMismatch.expected("an object", _config)
            config = AgentConfig.from_dict(_config)

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

        if cls is AgentIntegration:
            agent_integration = cls.__new__(cls)
            agent_integration.id = id
            agent_integration.type_ = type_
            agent_integration.name = name
            agent_integration.scopings = scopings
            agent_integration.created_at = created_at
            agent_integration.updated_at = updated_at
            agent_integration.created_by_user_id = created_by_user_id
            agent_integration.config = config
            agent_integration.description = description
            agent_integration.additional_properties = {}
        else:
            agent_integration = cls(
                id=id,
                type_=type_,
                name=name,
                scopings=scopings,
                created_at=created_at,
                updated_at=updated_at,
                created_by_user_id=created_by_user_id,
                config=config,
                description=description,
            )

        if len(src_dict) > 8 + (description is not UNSET):
            agent_integration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return agent_integration

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
        "description",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AgentConfig
    global IntegrationScoping
    from ..models.agent_config import AgentConfig  # noqa: PLC0415
    from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415

    _lazy_imports_pending = False
