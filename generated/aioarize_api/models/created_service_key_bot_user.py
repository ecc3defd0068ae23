from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment
    from ..models.service_key_bot_user_org_assignment import (
        ServiceKeyBotUserOrgAssignment,
    )
    from ..models.unknown_user_role_assignment import UnknownUserRoleAssignment


T = TypeVar("T", bound="CreatedServiceKeyBotUser")


@_attrs_define
class CreatedServiceKeyBotUser:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        account_role (CustomUserRoleAssignment | PredefinedUserRoleAssignment | UnknownUserRoleAssignment | Unset):
        organizations (list[ServiceKeyBotUserOrgAssignment] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    account_role: (
        CustomUserRoleAssignment
        | PredefinedUserRoleAssignment
        | UnknownUserRoleAssignment
        | Unset
    ) = UNSET
    organizations: list[ServiceKeyBotUserOrgAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        account_role: dict[str, Any] | Unset
        if isinstance(self.account_role, Unset):
            account_role = UNSET
        elif isinstance(self.account_role, PredefinedUserRoleAssignment):
            account_role = self.account_role.to_dict()
        elif isinstance(self.account_role, CustomUserRoleAssignment):
            account_role = self.account_role.to_dict()
        else:
            account_role = self.account_role.to_dict()

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if account_role is not UNSET:
            field_dict["account_role"] = account_role
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        def _parse_account_role(
            data: object,
        ) -> (
            CustomUserRoleAssignment
            | PredefinedUserRoleAssignment
            | UnknownUserRoleAssignment
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "PREDEFINED":
                componentsschemas_user_role_assignment_type_0 = (
                    PredefinedUserRoleAssignment.from_dict(data)
                )

                return componentsschemas_user_role_assignment_type_0
            if discriminator == "CUSTOM":
                componentsschemas_user_role_assignment_type_1 = (
                    CustomUserRoleAssignment.from_dict(data)
                )

                return componentsschemas_user_role_assignment_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_user_role_assignment_type_2 = (
                UnknownUserRoleAssignment.from_dict(data)
            )

            return componentsschemas_user_role_assignment_type_2

        account_role = _parse_account_role(src_dict.get("account_role", UNSET))

        _organizations = src_dict.get("organizations", UNSET)
        organizations: list[ServiceKeyBotUserOrgAssignment] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = [
                ServiceKeyBotUserOrgAssignment.from_dict(organizations_item_data)
                for organizations_item_data in _organizations
            ]

        created_service_key_bot_user = cls(
            id=id,
            name=name,
            account_role=account_role,
            organizations=organizations,
        )

        if len(src_dict) > (id is not UNSET) + (name is not UNSET) + (
            account_role is not UNSET
        ) + (organizations is not UNSET):
            created_service_key_bot_user.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return created_service_key_bot_user

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
        "name",
        "account_role",
        "organizations",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomUserRoleAssignment
    global PredefinedUserRoleAssignment
    global ServiceKeyBotUserOrgAssignment
    global UnknownUserRoleAssignment
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment  # noqa: PLC0415
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment  # noqa: PLC0415
    from ..models.service_key_bot_user_org_assignment import (
        ServiceKeyBotUserOrgAssignment,  # noqa: PLC0415
    )
    from ..models.unknown_user_role_assignment import UnknownUserRoleAssignment  # noqa: PLC0415

    _lazy_imports_pending = False
