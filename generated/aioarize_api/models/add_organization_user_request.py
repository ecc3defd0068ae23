from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.organization_custom_role_assignment_request import (
        OrganizationCustomRoleAssignmentRequest,
    )
    from ..models.organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,
    )
    from ..models.unknown_organization_role_assignment_request import (
        UnknownOrganizationRoleAssignmentRequest,
    )


T = TypeVar("T", bound="AddOrganizationUserRequest")


@_attrs_define
class AddOrganizationUserRequest:
    """
    Attributes:
        user_id (str):
        role (OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest |
            UnknownOrganizationRoleAssignmentRequest):
    """

    user_id: str
    role: (
        OrganizationCustomRoleAssignmentRequest
        | OrganizationPredefinedRoleAssignmentRequest
        | UnknownOrganizationRoleAssignmentRequest
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        user_id = self.user_id

        role: dict[str, Any]
        if isinstance(self.role, OrganizationPredefinedRoleAssignmentRequest):
            role = self.role.to_dict()
        elif isinstance(self.role, OrganizationCustomRoleAssignmentRequest):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        user_id: str = src_dict["user_id"]
        if type(user_id) is not str:
            raise SchemaMismatch.expected("a string", user_id, "user_id")

        _role = src_dict["role"]
        role: (
            OrganizationCustomRoleAssignmentRequest
            | OrganizationPredefinedRoleAssignmentRequest
            | UnknownOrganizationRoleAssignmentRequest
        )
        try:
            if type(_role) is dict:
                role_discriminator = _role["type"]
                if role_discriminator == "PREDEFINED":
                    role = OrganizationPredefinedRoleAssignmentRequest.from_dict(_role)

                elif role_discriminator == "CUSTOM":
                    role = OrganizationCustomRoleAssignmentRequest.from_dict(_role)

                elif type(role_discriminator) is str:
                    role = UnknownOrganizationRoleAssignmentRequest.from_dict(_role)

                else:
                    raise SchemaMismatch.expected(
                        "a string", role_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _role)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "role")

        if cls is AddOrganizationUserRequest:
            add_organization_user_request = cls.__new__(cls)
            add_organization_user_request.user_id = user_id
            add_organization_user_request.role = role
            add_organization_user_request.additional_properties = {}
        else:
            add_organization_user_request = cls(
                user_id=user_id,
                role=role,
            )

        if len(src_dict) > 2:
            add_organization_user_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return add_organization_user_request

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
        "user_id",
        "role",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global OrganizationCustomRoleAssignmentRequest
    global OrganizationPredefinedRoleAssignmentRequest
    global UnknownOrganizationRoleAssignmentRequest
    from ..models.organization_custom_role_assignment_request import (
        OrganizationCustomRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.unknown_organization_role_assignment_request import (
        UnknownOrganizationRoleAssignmentRequest,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
