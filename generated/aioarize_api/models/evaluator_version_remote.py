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
        type_ (EvaluatorVersionRemoteType):
        id (str | Unset):
        evaluator_id (str | Unset):
        commit_hash (str | Unset):
        commit_message (None | str | Unset):
        created_at (datetime.datetime | Unset):
        created_by_user_id (None | str | Unset):
        remote_config (RemoteConfig | Unset):
    """

    type_: EvaluatorVersionRemoteType
    id: str | Unset = UNSET
    evaluator_id: str | Unset = UNSET
    commit_hash: str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    remote_config: RemoteConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        evaluator_id = self.evaluator_id

        commit_hash = self.commit_hash

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        remote_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_config, Unset):
            remote_config = self.remote_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if evaluator_id is not UNSET:
            field_dict["evaluator_id"] = evaluator_id
        if commit_hash is not UNSET:
            field_dict["commit_hash"] = commit_hash
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if remote_config is not UNSET:
            field_dict["remote_config"] = remote_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remote_config import RemoteConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = EvaluatorVersionRemoteType(d.pop("type"))

        id = d.pop("id", UNSET)

        evaluator_id = d.pop("evaluator_id", UNSET)

        commit_hash = d.pop("commit_hash", UNSET)

        def _parse_commit_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_message = _parse_commit_message(d.pop("commit_message", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_user_id = _parse_created_by_user_id(
            d.pop("created_by_user_id", UNSET)
        )

        _remote_config = d.pop("remote_config", UNSET)
        remote_config: RemoteConfig | Unset
        if isinstance(_remote_config, Unset):
            remote_config = UNSET
        else:
            remote_config = RemoteConfig.from_dict(_remote_config)

        evaluator_version_remote = cls(
            type_=type_,
            id=id,
            evaluator_id=evaluator_id,
            commit_hash=commit_hash,
            commit_message=commit_message,
            created_at=created_at,
            created_by_user_id=created_by_user_id,
            remote_config=remote_config,
        )

        evaluator_version_remote.additional_properties = d
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
