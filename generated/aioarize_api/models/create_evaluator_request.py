from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.evaluator_type import EvaluatorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_code_evaluator_version_request import (
        CreateCodeEvaluatorVersionRequest,
    )
    from ..models.create_remote_evaluator_version_request import (
        CreateRemoteEvaluatorVersionRequest,
    )
    from ..models.create_template_evaluator_version_request import (
        CreateTemplateEvaluatorVersionRequest,
    )


T = TypeVar("T", bound="CreateEvaluatorRequest")


@_attrs_define
class CreateEvaluatorRequest:
    """
    Attributes:
        space_id (str):
        name (str):
        type_ (EvaluatorType):
        version (CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest |
            CreateTemplateEvaluatorVersionRequest):
        description (str | Unset):
    """

    space_id: str
    name: str
    type_: EvaluatorType
    version: (
        CreateCodeEvaluatorVersionRequest
        | CreateRemoteEvaluatorVersionRequest
        | CreateTemplateEvaluatorVersionRequest
    )
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        space_id = self.space_id

        name = self.name

        type_ = self.type_.value

        version: dict[str, Any]
        if isinstance(self.version, CreateTemplateEvaluatorVersionRequest):
            version = self.version.to_dict()
        elif isinstance(self.version, CreateCodeEvaluatorVersionRequest):
            version = self.version.to_dict()
        else:
            version = self.version.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "name": name,
                "type": type_,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _type_ = src_dict["type"]
        type_: EvaluatorType
        try:
            type_ = cast(
                EvaluatorType,
                EvaluatorType._value2member_map_.get(_type_) or EvaluatorType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        _version = src_dict["version"]
        version: (
            CreateCodeEvaluatorVersionRequest
            | CreateRemoteEvaluatorVersionRequest
            | CreateTemplateEvaluatorVersionRequest
        )
        try:
            if type(_version) is dict:
                try:
                    version = CreateTemplateEvaluatorVersionRequest.from_dict(_version)

                except (TypeError, ValueError, AttributeError, KeyError):
                    try:
                        version = CreateCodeEvaluatorVersionRequest.from_dict(_version)

                    except (TypeError, ValueError, AttributeError, KeyError):
                        version = CreateRemoteEvaluatorVersionRequest.from_dict(
                            _version
                        )

            else:
                raise SchemaMismatch.expected("an object", _version)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "version")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        if cls is CreateEvaluatorRequest:
            create_evaluator_request = cls.__new__(cls)
            create_evaluator_request.space_id = space_id
            create_evaluator_request.name = name
            create_evaluator_request.type_ = type_
            create_evaluator_request.version = version
            create_evaluator_request.description = description
            create_evaluator_request.additional_properties = {}
        else:
            create_evaluator_request = cls(
                space_id=space_id,
                name=name,
                type_=type_,
                version=version,
                description=description,
            )

        if len(src_dict) > 4 + (description is not UNSET):
            create_evaluator_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_evaluator_request

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
        "space_id",
        "name",
        "type",
        "version",
        "description",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CreateCodeEvaluatorVersionRequest
    global CreateRemoteEvaluatorVersionRequest
    global CreateTemplateEvaluatorVersionRequest
    from ..models.create_code_evaluator_version_request import (
        CreateCodeEvaluatorVersionRequest,  # noqa: PLC0415
    )
    from ..models.create_remote_evaluator_version_request import (
        CreateRemoteEvaluatorVersionRequest,  # noqa: PLC0415
    )
    from ..models.create_template_evaluator_version_request import (
        CreateTemplateEvaluatorVersionRequest,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
