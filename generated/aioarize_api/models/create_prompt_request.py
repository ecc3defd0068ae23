from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_version_create_request import PromptVersionCreateRequest


T = TypeVar("T", bound="CreatePromptRequest")


@_attrs_define
class CreatePromptRequest:
    """
    Attributes:
        space_id (str):
        name (str):
        version (PromptVersionCreateRequest):
        description (str | Unset):
    """

    space_id: str
    name: str
    version: PromptVersionCreateRequest
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        space_id = self.space_id

        name = self.name

        version = self.version.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "name": name,
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

        _version = src_dict["version"]
        version: PromptVersionCreateRequest
        try:
            if type(_version) is not dict:
                raise SchemaMismatch.expected("an object", _version)
            version = PromptVersionCreateRequest.from_dict(_version)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "version")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        if cls is CreatePromptRequest:
            create_prompt_request = cls.__new__(cls)
            create_prompt_request.space_id = space_id
            create_prompt_request.name = name
            create_prompt_request.version = version
            create_prompt_request.description = description
            create_prompt_request.additional_properties = {}
        else:
            create_prompt_request = cls(
                space_id=space_id,
                name=name,
                version=version,
                description=description,
            )

        if len(src_dict) > 3 + (description is not UNSET):
            create_prompt_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_prompt_request

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
        "version",
        "description",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PromptVersionCreateRequest
    from ..models.prompt_version_create_request import PromptVersionCreateRequest  # noqa: PLC0415

    _lazy_imports_pending = False
