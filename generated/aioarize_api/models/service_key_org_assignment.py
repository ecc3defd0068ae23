from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_custom_role_assignment_request import (
        OrganizationCustomRoleAssignmentRequest,
    )
    from ..models.organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,
    )
    from ..models.service_key_space_assignment import ServiceKeySpaceAssignment
    from ..models.unknown_organization_role_assignment_request import (
        UnknownOrganizationRoleAssignmentRequest,
    )


T = TypeVar("T", bound="ServiceKeyOrgAssignment")


@_attrs_define
class ServiceKeyOrgAssignment:
    """
    Attributes:
        org_id (str):
        spaces (list[ServiceKeySpaceAssignment]):
        role (OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest |
            UnknownOrganizationRoleAssignmentRequest | Unset):
    """

    org_id: str
    spaces: list[ServiceKeySpaceAssignment]
    role: (
        OrganizationCustomRoleAssignmentRequest
        | OrganizationPredefinedRoleAssignmentRequest
        | UnknownOrganizationRoleAssignmentRequest
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        org_id = self.org_id

        spaces = []
        for spaces_item_data in self.spaces:
            spaces_item = spaces_item_data.to_dict()
            spaces.append(spaces_item)

        role: dict[str, Any] | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, OrganizationPredefinedRoleAssignmentRequest):
            role = self.role.to_dict()
        elif isinstance(self.role, OrganizationCustomRoleAssignmentRequest):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "spaces": spaces,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        org_id: str = src_dict["org_id"]
        if type(org_id) is not str:
            raise SchemaMismatch.expected("a string", org_id, "org_id")

        _spaces = src_dict["spaces"]
        spaces: list[ServiceKeySpaceAssignment]
        try:
            if type(_spaces) is not list:
                raise SchemaMismatch.expected("an array", _spaces)
            spaces_items: list[ServiceKeySpaceAssignment] = []
            for spaces_item in _spaces:
                try:
                    if type(spaces_item) is not dict:
                        raise SchemaMismatch.expected("an object", spaces_item)
                    spaces_value = ServiceKeySpaceAssignment.from_dict(spaces_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(spaces_items))
                spaces_items.append(spaces_value)
            spaces = spaces_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "spaces")

        _role = src_dict.get("role", UNSET)
        role: (
            OrganizationCustomRoleAssignmentRequest
            | OrganizationPredefinedRoleAssignmentRequest
            | UnknownOrganizationRoleAssignmentRequest
            | Unset
        )
        if _role is UNSET:
            role = UNSET
        else:
            try:
                if type(_role) is dict:
                    role_discriminator = _role["type"]
                    if role_discriminator == "PREDEFINED":
                        role = OrganizationPredefinedRoleAssignmentRequest.from_dict(
                            _role
                        )

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

        if cls is ServiceKeyOrgAssignment:
            service_key_org_assignment = cls.__new__(cls)
            service_key_org_assignment.org_id = org_id
            service_key_org_assignment.spaces = spaces
            service_key_org_assignment.role = role
            service_key_org_assignment.additional_properties = {}
        else:
            service_key_org_assignment = cls(
                org_id=org_id,
                spaces=spaces,
                role=role,
            )

        if len(src_dict) > 2 + (role is not UNSET):
            service_key_org_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return service_key_org_assignment

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
        "org_id",
        "spaces",
        "role",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global OrganizationCustomRoleAssignmentRequest
    global OrganizationPredefinedRoleAssignmentRequest
    global ServiceKeySpaceAssignment
    global UnknownOrganizationRoleAssignmentRequest
    from ..models.organization_custom_role_assignment_request import (
        OrganizationCustomRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.service_key_space_assignment import ServiceKeySpaceAssignment  # noqa: PLC0415
    from ..models.unknown_organization_role_assignment_request import (
        UnknownOrganizationRoleAssignmentRequest,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
