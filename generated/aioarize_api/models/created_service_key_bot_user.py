from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        id: str | Unset = src_dict.get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        _account_role = src_dict.get("account_role", UNSET)
        account_role: (
            CustomUserRoleAssignment
            | PredefinedUserRoleAssignment
            | UnknownUserRoleAssignment
            | Unset
        )
        if _account_role is UNSET:
            account_role = UNSET
        else:
            try:
                if type(_account_role) is dict:
                    account_role_discriminator = _account_role["type"]
                    if account_role_discriminator == "PREDEFINED":
                        account_role = PredefinedUserRoleAssignment.from_dict(
                            _account_role
                        )

                    elif account_role_discriminator == "CUSTOM":
                        account_role = CustomUserRoleAssignment.from_dict(_account_role)

                    elif type(account_role_discriminator) is str:
                        account_role = UnknownUserRoleAssignment.from_dict(
                            _account_role
                        )

                    else:
                        raise SchemaMismatch.expected(
                            "a string", account_role_discriminator, "type"
                        )

                else:
                    raise SchemaMismatch.expected("an object", _account_role)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "account_role")

        _organizations = src_dict.get("organizations", UNSET)
        organizations: list[ServiceKeyBotUserOrgAssignment] | Unset
        if _organizations is UNSET:
            organizations = UNSET
        else:
            try:
                if type(_organizations) is not list:
                    raise SchemaMismatch.expected("an array", _organizations)
                organizations_items: list[ServiceKeyBotUserOrgAssignment] = []
                for organizations_item in _organizations:
                    try:
                        if type(organizations_item) is not dict:
                            raise SchemaMismatch.expected(
                                "an object", organizations_item
                            )
                        organizations_value = ServiceKeyBotUserOrgAssignment.from_dict(
                            organizations_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(organizations_items))
                    organizations_items.append(organizations_value)
                organizations = organizations_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "organizations")

        if cls is CreatedServiceKeyBotUser:
            created_service_key_bot_user = cls.__new__(cls)
            created_service_key_bot_user.id = id
            created_service_key_bot_user.name = name
            created_service_key_bot_user.account_role = account_role
            created_service_key_bot_user.organizations = organizations
            created_service_key_bot_user.additional_properties = {}
        else:
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
