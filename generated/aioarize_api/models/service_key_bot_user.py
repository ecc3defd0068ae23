from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment
    from ..models.service_key_bot_user_org_assignment import (
        ServiceKeyBotUserOrgAssignment,
    )
    from ..models.unknown_user_role_assignment import UnknownUserRoleAssignment


T = TypeVar("T", bound="ServiceKeyBotUser")


@_attrs_define
class ServiceKeyBotUser:
    """
    Attributes:
        id (str):
        name (str):
        account_role (CustomUserRoleAssignment | PredefinedUserRoleAssignment | UnknownUserRoleAssignment):
        organizations (list[ServiceKeyBotUserOrgAssignment]):
    """

    id: str
    name: str
    account_role: (
        CustomUserRoleAssignment
        | PredefinedUserRoleAssignment
        | UnknownUserRoleAssignment
    )
    organizations: list[ServiceKeyBotUserOrgAssignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        account_role: dict[str, Any]
        if isinstance(self.account_role, PredefinedUserRoleAssignment):
            account_role = self.account_role.to_dict()
        elif isinstance(self.account_role, CustomUserRoleAssignment):
            account_role = self.account_role.to_dict()
        else:
            account_role = self.account_role.to_dict()

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "account_role": account_role,
                "organizations": organizations,
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

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _account_role = src_dict["account_role"]
        account_role: (
            CustomUserRoleAssignment
            | PredefinedUserRoleAssignment
            | UnknownUserRoleAssignment
        )
        try:
            if type(_account_role) is dict:
                account_role_discriminator = _account_role["type"]
                if account_role_discriminator == "PREDEFINED":
                    account_role = PredefinedUserRoleAssignment.from_dict(_account_role)

                elif account_role_discriminator == "CUSTOM":
                    account_role = CustomUserRoleAssignment.from_dict(_account_role)

                elif type(account_role_discriminator) is str:
                    account_role = UnknownUserRoleAssignment.from_dict(_account_role)

                else:
                    raise SchemaMismatch.expected(
                        "a string", account_role_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _account_role)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "account_role")

        _organizations = src_dict["organizations"]
        organizations: list[ServiceKeyBotUserOrgAssignment]
        try:
            if type(_organizations) is not list:
                raise SchemaMismatch.expected("an array", _organizations)
            organizations_items: list[ServiceKeyBotUserOrgAssignment] = []
            for organizations_item in _organizations:
                try:
                    if type(organizations_item) is not dict:
                        raise SchemaMismatch.expected("an object", organizations_item)
                    organizations_value = ServiceKeyBotUserOrgAssignment.from_dict(
                        organizations_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(organizations_items))
                organizations_items.append(organizations_value)
            organizations = organizations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "organizations")

        if cls is ServiceKeyBotUser:
            service_key_bot_user = cls.__new__(cls)
            service_key_bot_user.id = id
            service_key_bot_user.name = name
            service_key_bot_user.account_role = account_role
            service_key_bot_user.organizations = organizations
            service_key_bot_user.additional_properties = {}
        else:
            service_key_bot_user = cls(
                id=id,
                name=name,
                account_role=account_role,
                organizations=organizations,
            )

        if len(src_dict) > 4:
            service_key_bot_user.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return service_key_bot_user

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
