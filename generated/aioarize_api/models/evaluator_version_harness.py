from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.evaluator_version_harness_type import EvaluatorVersionHarnessType

T = TypeVar("T", bound="EvaluatorVersionHarness")


@_attrs_define
class EvaluatorVersionHarness:
    """
    Attributes:
        id (str):
        evaluator_id (str):
        commit_hash (str):
        commit_message (None | str):
        created_at (datetime.datetime):
        created_by_user_id (None | str):
        type_ (EvaluatorVersionHarnessType):
    """

    id: str
    evaluator_id: str
    commit_hash: str
    commit_message: None | str
    created_at: datetime.datetime
    created_by_user_id: None | str
    type_: EvaluatorVersionHarnessType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        evaluator_id = self.evaluator_id

        commit_hash = self.commit_hash

        commit_message: None | str
        commit_message = self.commit_message

        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        type_ = self.type_.value

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        type_: EvaluatorVersionHarnessType
        try:
            type_ = cast(
                EvaluatorVersionHarnessType,
                EvaluatorVersionHarnessType._value2member_map_.get(_type_)
                or EvaluatorVersionHarnessType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        if cls is EvaluatorVersionHarness:
            evaluator_version_harness = cls.__new__(cls)
            evaluator_version_harness.id = id
            evaluator_version_harness.evaluator_id = evaluator_id
            evaluator_version_harness.commit_hash = commit_hash
            evaluator_version_harness.commit_message = commit_message
            evaluator_version_harness.created_at = created_at
            evaluator_version_harness.created_by_user_id = created_by_user_id
            evaluator_version_harness.type_ = type_
            evaluator_version_harness.additional_properties = {}
        else:
            evaluator_version_harness = cls(
                id=id,
                evaluator_id=evaluator_id,
                commit_hash=commit_hash,
                commit_message=commit_message,
                created_at=created_at,
                created_by_user_id=created_by_user_id,
                type_=type_,
            )

        if len(src_dict) > 7:
            evaluator_version_harness.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator_version_harness

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
    }
)
