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
        id (str):
        type_ (EvaluatorIntegrationType):
        name (str):
        scopings (list[IntegrationScoping]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by_user_id (None | str):
        description (None | str | Unset):
        config (EvaluatorIntegrationConfig | Unset):
    """

    id: str
    type_: EvaluatorIntegrationType
    name: str
    scopings: list[IntegrationScoping]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: None | str
    description: None | str | Unset = UNSET
    config: EvaluatorIntegrationConfig | Unset = UNSET
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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
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
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

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

        description: None | str | Unset = src_dict.get("description", UNSET)
        if (
            description is not None
            and type(description) is not str
            and description is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", description, "description"
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

        if cls is EvaluatorIntegration:
            evaluator_integration = cls.__new__(cls)
            evaluator_integration.id = id
            evaluator_integration.type_ = type_
            evaluator_integration.name = name
            evaluator_integration.scopings = scopings
            evaluator_integration.created_at = created_at
            evaluator_integration.updated_at = updated_at
            evaluator_integration.created_by_user_id = created_by_user_id
            evaluator_integration.description = description
            evaluator_integration.config = config
            evaluator_integration.additional_properties = {}
        else:
            evaluator_integration = cls(
                id=id,
                type_=type_,
                name=name,
                scopings=scopings,
                created_at=created_at,
                updated_at=updated_at,
                created_by_user_id=created_by_user_id,
                description=description,
                config=config,
            )

        if len(src_dict) > 7 + (description is not UNSET) + (config is not UNSET):
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
        "id",
        "type",
        "name",
        "scopings",
        "created_at",
        "updated_at",
        "created_by_user_id",
        "description",
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
