from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.remote_config_input import RemoteConfigInput


T = TypeVar("T", bound="CreateRemoteEvaluatorVersionRequest")


@_attrs_define
class CreateRemoteEvaluatorVersionRequest:
    """
    Attributes:
        commit_message (str):
        remote_config (RemoteConfigInput):
    """

    commit_message: str
    remote_config: RemoteConfigInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        commit_message = self.commit_message

        remote_config = self.remote_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "remote_config": remote_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        commit_message: str = src_dict["commit_message"]
        if type(commit_message) is not str:
            raise SchemaMismatch.expected("a string", commit_message, "commit_message")

        _remote_config = src_dict["remote_config"]
        remote_config: RemoteConfigInput
        try:
            if type(_remote_config) is not dict:
                raise SchemaMismatch.expected("an object", _remote_config)
            remote_config = RemoteConfigInput.from_dict(_remote_config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "remote_config")

        if cls is CreateRemoteEvaluatorVersionRequest:
            create_remote_evaluator_version_request = cls.__new__(cls)
            create_remote_evaluator_version_request.commit_message = commit_message
            create_remote_evaluator_version_request.remote_config = remote_config
            create_remote_evaluator_version_request.additional_properties = {}
        else:
            create_remote_evaluator_version_request = cls(
                commit_message=commit_message,
                remote_config=remote_config,
            )

        if len(src_dict) > 2:
            create_remote_evaluator_version_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_remote_evaluator_version_request

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
        "commit_message",
        "remote_config",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global RemoteConfigInput
    from ..models.remote_config_input import RemoteConfigInput  # noqa: PLC0415

    _lazy_imports_pending = False
