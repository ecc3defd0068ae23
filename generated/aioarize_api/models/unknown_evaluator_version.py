from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="UnknownEvaluatorVersion")


@_attrs_define
class UnknownEvaluatorVersion:
    """A EvaluatorVersion whose `type` this version of the client does not know; `to_dict()` returns the JSON object as
    received.

        Attributes:
            type_ (str):
            commit_hash (str):
            commit_message (None | str):
            created_by_user_id (None | str):
            evaluator_id (str):
            id (str):
    """

    type_: str
    commit_hash: str
    commit_message: None | str
    created_by_user_id: None | str
    evaluator_id: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        commit_hash = self.commit_hash

        commit_message: None | str
        commit_message = self.commit_message

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        evaluator_id = self.evaluator_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "commit_hash": commit_hash,
                "commit_message": commit_message,
                "created_by_user_id": created_by_user_id,
                "evaluator_id": evaluator_id,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_: str = src_dict["type"]
        if type(type_) is not str:
            raise SchemaMismatch.expected("a string", type_, "type")

        commit_hash: str = src_dict["commit_hash"]
        if type(commit_hash) is not str:
            raise SchemaMismatch.expected("a string", commit_hash, "commit_hash")

        commit_message: None | str = src_dict["commit_message"]
        if commit_message is not None and type(commit_message) is not str:
            raise SchemaMismatch.expected(
                "a string or null", commit_message, "commit_message"
            )

        created_by_user_id: None | str = src_dict["created_by_user_id"]
        if created_by_user_id is not None and type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string or null", created_by_user_id, "created_by_user_id"
            )

        evaluator_id: str = src_dict["evaluator_id"]
        if type(evaluator_id) is not str:
            raise SchemaMismatch.expected("a string", evaluator_id, "evaluator_id")

        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        if cls is UnknownEvaluatorVersion:
            unknown_evaluator_version = cls.__new__(cls)
            unknown_evaluator_version.type_ = type_
            unknown_evaluator_version.commit_hash = commit_hash
            unknown_evaluator_version.commit_message = commit_message
            unknown_evaluator_version.created_by_user_id = created_by_user_id
            unknown_evaluator_version.evaluator_id = evaluator_id
            unknown_evaluator_version.id = id
            unknown_evaluator_version.additional_properties = {}
        else:
            unknown_evaluator_version = cls(
                type_=type_,
                commit_hash=commit_hash,
                commit_message=commit_message,
                created_by_user_id=created_by_user_id,
                evaluator_id=evaluator_id,
                id=id,
            )

        if len(src_dict) > 6:
            unknown_evaluator_version.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return unknown_evaluator_version

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
        "commit_hash",
        "commit_message",
        "created_by_user_id",
        "evaluator_id",
        "id",
    }
)
