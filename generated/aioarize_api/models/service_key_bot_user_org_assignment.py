from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        org_id = src_dict["org_id"]

        def _parse_role(
            data: object,
        ) -> (
            OrganizationCustomRoleAssignment
            | OrganizationPredefinedRoleAssignment
            | UnknownOrganizationRoleAssignment
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "PREDEFINED":
                componentsschemas_organization_role_assignment_type_0 = (
                    OrganizationPredefinedRoleAssignment.from_dict(data)
                )

                return componentsschemas_organization_role_assignment_type_0
            if discriminator == "CUSTOM":
                componentsschemas_organization_role_assignment_type_1 = (
                    OrganizationCustomRoleAssignment.from_dict(data)
                )

                return componentsschemas_organization_role_assignment_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_organization_role_assignment_type_2 = (
                UnknownOrganizationRoleAssignment.from_dict(data)
            )

            return componentsschemas_organization_role_assignment_type_2

        role = _parse_role(src_dict["role"])

        spaces = [
            ServiceKeyBotUserSpaceAssignment.from_dict(spaces_item_data)
            for spaces_item_data in src_dict["spaces"]
        ]

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
