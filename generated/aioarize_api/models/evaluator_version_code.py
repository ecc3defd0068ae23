from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.evaluator_version_code_type import EvaluatorVersionCodeType

if TYPE_CHECKING:
    from ..models.custom_code_config import CustomCodeConfig
    from ..models.managed_code_config import ManagedCodeConfig
    from ..models.unknown_code_config import UnknownCodeConfig


T = TypeVar("T", bound="EvaluatorVersionCode")


@_attrs_define
class EvaluatorVersionCode:
    """
    Attributes:
        id (str):
        evaluator_id (str):
        commit_hash (str):
        commit_message (None | str):
        created_at (datetime.datetime):
        created_by_user_id (None | str):
        type_ (EvaluatorVersionCodeType):
        code_config (CustomCodeConfig | ManagedCodeConfig | UnknownCodeConfig):
    """

    id: str
    evaluator_id: str
    commit_hash: str
    commit_message: None | str
    created_at: datetime.datetime
    created_by_user_id: None | str
    type_: EvaluatorVersionCodeType
    code_config: CustomCodeConfig | ManagedCodeConfig | UnknownCodeConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        evaluator_id = self.evaluator_id

        commit_hash = self.commit_hash

        commit_message: None | str
        commit_message = self.commit_message

        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        type_ = self.type_.value

        code_config: dict[str, Any]
        if isinstance(self.code_config, ManagedCodeConfig):
            code_config = self.code_config.to_dict()
        elif isinstance(self.code_config, CustomCodeConfig):
            code_config = self.code_config.to_dict()
        else:
            code_config = self.code_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "evaluator_id": evaluator_id,
                "commit_hash": commit_hash,
                "commit_message": commit_message,
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "type": type_,
                "code_config": code_config,
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

        evaluator_id: str = src_dict["evaluator_id"]
        if type(evaluator_id) is not str:
            raise SchemaMismatch.expected("a string", evaluator_id, "evaluator_id")

        commit_hash: str = src_dict["commit_hash"]
        if type(commit_hash) is not str:
            raise SchemaMismatch.expected("a string", commit_hash, "commit_hash")

        commit_message: None | str = src_dict["commit_message"]
        if commit_message is not None and type(commit_message) is not str:
            raise SchemaMismatch.expected(
                "a string or null", commit_message, "commit_message"
            )

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        created_by_user_id: None | str = src_dict["created_by_user_id"]
        if created_by_user_id is not None and type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string or null", created_by_user_id, "created_by_user_id"
            )

        _type_ = src_dict["type"]
        type_: EvaluatorVersionCodeType
        try:
            type_ = cast(
                EvaluatorVersionCodeType,
                EvaluatorVersionCodeType._value2member_map_.get(_type_)
                or EvaluatorVersionCodeType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _code_config = src_dict["code_config"]
        code_config: CustomCodeConfig | ManagedCodeConfig | UnknownCodeConfig
        try:
            if type(_code_config) is dict:
                code_config_discriminator = _code_config["type"]
                if code_config_discriminator == "MANAGED":
                    code_config = ManagedCodeConfig.from_dict(_code_config)

                elif code_config_discriminator == "CUSTOM":
                    code_config = CustomCodeConfig.from_dict(_code_config)

                elif type(code_config_discriminator) is str:
                    code_config = UnknownCodeConfig.from_dict(_code_config)

                else:
                    raise SchemaMismatch.expected(
                        "a string", code_config_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _code_config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "code_config")

        if cls is EvaluatorVersionCode:
            evaluator_version_code = cls.__new__(cls)
            evaluator_version_code.id = id
            evaluator_version_code.evaluator_id = evaluator_id
            evaluator_version_code.commit_hash = commit_hash
            evaluator_version_code.commit_message = commit_message
            evaluator_version_code.created_at = created_at
            evaluator_version_code.created_by_user_id = created_by_user_id
            evaluator_version_code.type_ = type_
            evaluator_version_code.code_config = code_config
            evaluator_version_code.additional_properties = {}
        else:
            evaluator_version_code = cls(
                id=id,
                evaluator_id=evaluator_id,
                commit_hash=commit_hash,
                commit_message=commit_message,
                created_at=created_at,
                created_by_user_id=created_by_user_id,
                type_=type_,
                code_config=code_config,
            )

        if len(src_dict) > 8:
            evaluator_version_code.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator_version_code

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
        "evaluator_id",
        "commit_hash",
        "commit_message",
        "created_at",
        "created_by_user_id",
        "type",
        "code_config",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomCodeConfig
    global ManagedCodeConfig
    global UnknownCodeConfig
    from ..models.custom_code_config import CustomCodeConfig  # noqa: PLC0415
    from ..models.managed_code_config import ManagedCodeConfig  # noqa: PLC0415
    from ..models.unknown_code_config import UnknownCodeConfig  # noqa: PLC0415

    _lazy_imports_pending = False
