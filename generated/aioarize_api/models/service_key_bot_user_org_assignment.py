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
    from ..models.service_key_bot_user_space_assignment import (
        ServiceKeyBotUserSpaceAssignment,
    )
    from ..models.unknown_organization_role_assignment import (
        UnknownOrganizationRoleAssignment,
    )


T = TypeVar("T", bound="ServiceKeyBotUserOrgAssignment")


@_attrs_define
class ServiceKeyBotUserOrgAssignment:
    """
    Attributes:
        org_id (str):
        role (OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment |
            UnknownOrganizationRoleAssignment):
        spaces (list[ServiceKeyBotUserSpaceAssignment]):
    """

    org_id: str
    role: (
        OrganizationCustomRoleAssignment
        | OrganizationPredefinedRoleAssignment
        | UnknownOrganizationRoleAssignment
    )
    spaces: list[ServiceKeyBotUserSpaceAssignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        org_id = self.org_id

        role: dict[str, Any]
        if isinstance(self.role, OrganizationPredefinedRoleAssignment):
            role = self.role.to_dict()
        elif isinstance(self.role, OrganizationCustomRoleAssignment):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        spaces = []
        for spaces_item_data in self.spaces:
            spaces_item = spaces_item_data.to_dict()
            spaces.append(spaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "role": role,
                "spaces": spaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        org_id: str = src_dict["org_id"]
        if type(org_id) is not str:
            raise SchemaMismatch.expected("a string", org_id, "org_id")

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

        _spaces = src_dict["spaces"]
        spaces: list[ServiceKeyBotUserSpaceAssignment]
        try:
            if type(_spaces) is not list:
                raise SchemaMismatch.expected("an array", _spaces)
            spaces_items: list[ServiceKeyBotUserSpaceAssignment] = []
            for spaces_item in _spaces:
                try:
                    if type(spaces_item) is not dict:
                        raise SchemaMismatch.expected("an object", spaces_item)
                    spaces_value = ServiceKeyBotUserSpaceAssignment.from_dict(
                        spaces_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(spaces_items))
                spaces_items.append(spaces_value)
            spaces = spaces_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "spaces")

        if cls is ServiceKeyBotUserOrgAssignment:
            service_key_bot_user_org_assignment = cls.__new__(cls)
            service_key_bot_user_org_assignment.org_id = org_id
            service_key_bot_user_org_assignment.role = role
            service_key_bot_user_org_assignment.spaces = spaces
            service_key_bot_user_org_assignment.additional_properties = {}
        else:
            service_key_bot_user_org_assignment = cls(
                org_id=org_id,
                role=role,
                spaces=spaces,
            )

        if len(src_dict) > 3:
            service_key_bot_user_org_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return service_key_bot_user_org_assignment

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
        "role",
        "spaces",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global OrganizationCustomRoleAssignment
    global OrganizationPredefinedRoleAssignment
    global ServiceKeyBotUserSpaceAssignment
    global UnknownOrganizationRoleAssignment
    from ..models.organization_custom_role_assignment import (
        OrganizationCustomRoleAssignment,  # noqa: PLC0415
    )
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,  # noqa: PLC0415
    )
    from ..models.service_key_bot_user_space_assignment import (
        ServiceKeyBotUserSpaceAssignment,  # noqa: PLC0415
    )
    from ..models.unknown_organization_role_assignment import (
        UnknownOrganizationRoleAssignment,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
