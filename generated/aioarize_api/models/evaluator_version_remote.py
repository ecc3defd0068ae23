from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_version_remote_type import EvaluatorVersionRemoteType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_config import RemoteConfig


T = TypeVar("T", bound="EvaluatorVersionRemote")


@_attrs_define
class EvaluatorVersionRemote:
    """
    Attributes:
        id (str):
        evaluator_id (str):
        commit_hash (str):
        commit_message (None | str):
        created_at (datetime.datetime):
        created_by_user_id (None | str):
        type_ (EvaluatorVersionRemoteType):
        remote_config (RemoteConfig | Unset):
    """

    id: str
    evaluator_id: str
    commit_hash: str
    commit_message: None | str
    created_at: datetime.datetime
    created_by_user_id: None | str
    type_: EvaluatorVersionRemoteType
    remote_config: RemoteConfig | Unset = UNSET
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

        remote_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_config, Unset):
            remote_config = self.remote_config.to_dict()

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
            }
        )
        if remote_config is not UNSET:
            field_dict["remote_config"] = remote_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = src_dict["id"]

        evaluator_id = src_dict["evaluator_id"]

        commit_hash = src_dict["commit_hash"]

        commit_message: None | str = src_dict["commit_message"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        created_by_user_id: None | str = src_dict["created_by_user_id"]

        type_ = cast(
            EvaluatorVersionRemoteType,
            EvaluatorVersionRemoteType._value2member_map_.get(src_dict["type"])
            or EvaluatorVersionRemoteType(src_dict["type"]),
        )

        _remote_config = src_dict.get("remote_config", UNSET)
        remote_config: RemoteConfig | Unset
        if _remote_config is UNSET:
            remote_config = UNSET
        else:
            remote_config = RemoteConfig.from_dict(_remote_config)

        evaluator_version_remote = cls(
            id=id,
            evaluator_id=evaluator_id,
            commit_hash=commit_hash,
            commit_message=commit_message,
            created_at=created_at,
            created_by_user_id=created_by_user_id,
            type_=type_,
            remote_config=remote_config,
        )

        if len(src_dict) > 7 + (remote_config is not UNSET):
            evaluator_version_remote.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator_version_remote

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
        "remote_config",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global RemoteConfig
    from ..models.remote_config import RemoteConfig  # noqa: PLC0415

    _lazy_imports_pending = False
