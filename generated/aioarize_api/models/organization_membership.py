from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.organization_custom_role_assignment import (
        OrganizationCustomRoleAssignment,
    )
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,
    )
    from ..models.unknown_organization_role_assignment import (
        UnknownOrganizationRoleAssignment,
    )


T = TypeVar("T", bound="OrganizationMembership")


@_attrs_define
class OrganizationMembership:
    """
    Attributes:
        id (str):
        user_id (str):
        organization_id (str):
        role (OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment |
            UnknownOrganizationRoleAssignment):
    """

    id: str
    user_id: str
    organization_id: str
    role: (
        OrganizationCustomRoleAssignment
        | OrganizationPredefinedRoleAssignment
        | UnknownOrganizationRoleAssignment
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        user_id = self.user_id

        organization_id = self.organization_id

        role: dict[str, Any]
        if isinstance(self.role, OrganizationPredefinedRoleAssignment):
            role = self.role.to_dict()
        elif isinstance(self.role, OrganizationCustomRoleAssignment):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "organization_id": organization_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        user_id: str = src_dict["user_id"]
        if type(user_id) is not str:
            raise SchemaMismatch.expected("a string", user_id, "user_id")

        organization_id: str = src_dict["organization_id"]
        if type(organization_id) is not str:
            raise SchemaMismatch.expected(
                "a string", organization_id, "organization_id"
            )

        _role = src_dict["role"]
        role: (
            OrganizationCustomRoleAssignment
            | OrganizationPredefinedRoleAssignment
            | UnknownOrganizationRoleAssignment
        )
        try:
            if type(_role) is dict:
                role_discriminator = _role["type"]
                if role_discriminator == "PREDEFINED":
                    role = OrganizationPredefinedRoleAssignment.from_dict(_role)

                elif role_discriminator == "CUSTOM":
                    role = OrganizationCustomRoleAssignment.from_dict(_role)

                elif type(role_discriminator) is str:
                    role = UnknownOrganizationRoleAssignment.from_dict(_role)

                else:
                    raise SchemaMismatch.expected(
                        "a string", role_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _role)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "role")

        if cls is OrganizationMembership:
            organization_membership = cls.__new__(cls)
            organization_membership.id = id
            organization_membership.user_id = user_id
            organization_membership.organization_id = organization_id
            organization_membership.role = role
            organization_membership.additional_properties = {}
        else:
            organization_membership = cls(
                id=id,
                user_id=user_id,
                organization_id=organization_id,
                role=role,
            )

        if len(src_dict) > 4:
            organization_membership.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return organization_membership

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
        "user_id",
        "organization_id",
        "role",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global OrganizationCustomRoleAssignment
    global OrganizationPredefinedRoleAssignment
    global UnknownOrganizationRoleAssignment
    from ..models.organization_custom_role_assignment import (
        OrganizationCustomRoleAssignment,  # noqa: PLC0415
    )
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,  # noqa: PLC0415
    )
    from ..models.unknown_organization_role_assignment import (
        UnknownOrganizationRoleAssignment,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
