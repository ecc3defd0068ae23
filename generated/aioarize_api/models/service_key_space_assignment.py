from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_role_assignment_request import CustomRoleAssignmentRequest
    from ..models.predefined_role_assignment_request import (
        PredefinedRoleAssignmentRequest,
    )
    from ..models.unknown_space_role_assignment_request import (
        UnknownSpaceRoleAssignmentRequest,
    )


T = TypeVar("T", bound="ServiceKeySpaceAssignment")


@_attrs_define
class ServiceKeySpaceAssignment:
    """
    Attributes:
        space_id (str):
        role (CustomRoleAssignmentRequest | PredefinedRoleAssignmentRequest | UnknownSpaceRoleAssignmentRequest |
            Unset):
    """

    space_id: str
    role: (
        CustomRoleAssignmentRequest
        | PredefinedRoleAssignmentRequest
        | UnknownSpaceRoleAssignmentRequest
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        space_id = self.space_id

        role: dict[str, Any] | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, PredefinedRoleAssignmentRequest):
            role = self.role.to_dict()
        elif isinstance(self.role, CustomRoleAssignmentRequest):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _role = src_dict.get("role", UNSET)
        role: (
            CustomRoleAssignmentRequest
            | PredefinedRoleAssignmentRequest
            | UnknownSpaceRoleAssignmentRequest
            | Unset
        )
        if _role is UNSET:
            role = UNSET
        else:
            try:
                if type(_role) is dict:
                    role_discriminator = _role["type"]
                    if role_discriminator == "PREDEFINED":
                        role = PredefinedRoleAssignmentRequest.from_dict(_role)

                    elif role_discriminator == "CUSTOM":
                        role = CustomRoleAssignmentRequest.from_dict(_role)

                    elif type(role_discriminator) is str:
                        role = UnknownSpaceRoleAssignmentRequest.from_dict(_role)

                    else:
                        raise SchemaMismatch.expected(
                            "a string", role_discriminator, "type"
                        )

                else:
                    raise SchemaMismatch.expected("an object", _role)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "role")

        if cls is ServiceKeySpaceAssignment:
            service_key_space_assignment = cls.__new__(cls)
            service_key_space_assignment.space_id = space_id
            service_key_space_assignment.role = role
            service_key_space_assignment.additional_properties = {}
        else:
            service_key_space_assignment = cls(
                space_id=space_id,
                role=role,
            )

        if len(src_dict) > 1 + (role is not UNSET):
            service_key_space_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return service_key_space_assignment

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
        "role",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomRoleAssignmentRequest
    global PredefinedRoleAssignmentRequest
    global UnknownSpaceRoleAssignmentRequest
    from ..models.custom_role_assignment_request import CustomRoleAssignmentRequest  # noqa: PLC0415
    from ..models.predefined_role_assignment_request import (
        PredefinedRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.unknown_space_role_assignment_request import (
        UnknownSpaceRoleAssignmentRequest,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
