from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.evaluator_integration_type import EvaluatorIntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_integration_config import EvaluatorIntegrationConfig
    from ..models.integration_scoping import IntegrationScoping


T = TypeVar("T", bound="EvaluatorIntegration")


@_attrs_define
class EvaluatorIntegration:
    """
    Attributes:
        type_ (EvaluatorIntegrationType):
        id (str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        scopings (list[IntegrationScoping] | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        created_by_user_id (None | str | Unset):
        config (EvaluatorIntegrationConfig | Unset):
    """

    type_: EvaluatorIntegrationType
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    scopings: list[IntegrationScoping] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    config: EvaluatorIntegrationConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        type_ = self.type_.value

        id = self.id

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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

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
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scopings is not UNSET:
            field_dict["scopings"] = scopings
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _type_ = src_dict["type"]
        type_: EvaluatorIntegrationType
        try:
            type_ = cast(
                EvaluatorIntegrationType,
                EvaluatorIntegrationType._value2member_map_.get(_type_)
                or EvaluatorIntegrationType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

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
        scopings: list[IntegrationScoping] | Unset
        if _scopings is UNSET:
            scopings = UNSET
        else:
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

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _created_at, "created_at"
                ) from None

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _updated_at, "updated_at"
                ) from None

        created_by_user_id: None | str | Unset = src_dict.get(
            "created_by_user_id", UNSET
        )
        if (
            created_by_user_id is not None
            and type(created_by_user_id) is not str
            and created_by_user_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", created_by_user_id, "created_by_user_id"
            )

        _config = src_dict.get("config", UNSET)
        config: EvaluatorIntegrationConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            try:
                if type(_config) is not dict:
                    raise SchemaMismatch.expected("an object", _config)
                config = EvaluatorIntegrationConfig.from_dict(_config)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "config")

        evaluator_integration = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            scopings=scopings,
            created_at=created_at,
            updated_at=updated_at,
            created_by_user_id=created_by_user_id,
            config=config,
        )

        if len(src_dict) > 1 + (id is not UNSET) + (name is not UNSET) + (
            description is not UNSET
        ) + (scopings is not UNSET) + (created_at is not UNSET) + (
            updated_at is not UNSET
        ) + (created_by_user_id is not UNSET) + (config is not UNSET):
            evaluator_integration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator_integration

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
        "id",
        "name",
        "description",
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
    global EvaluatorIntegrationConfig
    global IntegrationScoping
    from ..models.evaluator_integration_config import EvaluatorIntegrationConfig  # noqa: PLC0415
    from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415

    _lazy_imports_pending = False
