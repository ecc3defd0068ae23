from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.custom_code_config_request import CustomCodeConfigRequest
    from ..models.managed_code_config_request import ManagedCodeConfigRequest
    from ..models.unknown_code_config_request import UnknownCodeConfigRequest


T = TypeVar("T", bound="CreateCodeEvaluatorVersionRequest")


@_attrs_define
class CreateCodeEvaluatorVersionRequest:
    """
    Attributes:
        commit_message (str):
        code_config (CustomCodeConfigRequest | ManagedCodeConfigRequest | UnknownCodeConfigRequest):
    """

    commit_message: str
    code_config: (
        CustomCodeConfigRequest | ManagedCodeConfigRequest | UnknownCodeConfigRequest
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        commit_message = self.commit_message

        code_config: dict[str, Any]
        if isinstance(self.code_config, ManagedCodeConfigRequest):
            code_config = self.code_config.to_dict()
        elif isinstance(self.code_config, CustomCodeConfigRequest):
            code_config = self.code_config.to_dict()
        else:
            code_config = self.code_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "code_config": code_config,
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

        _code_config = src_dict["code_config"]
        code_config: (
            CustomCodeConfigRequest
            | ManagedCodeConfigRequest
            | UnknownCodeConfigRequest
        )
        try:
            if type(_code_config) is dict:
                code_config_discriminator = _code_config["type"]
                if code_config_discriminator == "MANAGED":
                    code_config = ManagedCodeConfigRequest.from_dict(_code_config)

                elif code_config_discriminator == "CUSTOM":
                    code_config = CustomCodeConfigRequest.from_dict(_code_config)

                elif type(code_config_discriminator) is str:
                    code_config = UnknownCodeConfigRequest.from_dict(_code_config)

                else:
                    raise SchemaMismatch.expected(
                        "a string", code_config_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _code_config)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "code_config")

        if cls is CreateCodeEvaluatorVersionRequest:
            create_code_evaluator_version_request = cls.__new__(cls)
            create_code_evaluator_version_request.commit_message = commit_message
            create_code_evaluator_version_request.code_config = code_config
            create_code_evaluator_version_request.additional_properties = {}
        else:
            create_code_evaluator_version_request = cls(
                commit_message=commit_message,
                code_config=code_config,
            )

        if len(src_dict) > 2:
            create_code_evaluator_version_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_code_evaluator_version_request

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
        "code_config",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomCodeConfigRequest
    global ManagedCodeConfigRequest
    global UnknownCodeConfigRequest
    from ..models.custom_code_config_request import CustomCodeConfigRequest  # noqa: PLC0415
    from ..models.managed_code_config_request import ManagedCodeConfigRequest  # noqa: PLC0415
    from ..models.unknown_code_config_request import UnknownCodeConfigRequest  # noqa: PLC0415

    _lazy_imports_pending = False
