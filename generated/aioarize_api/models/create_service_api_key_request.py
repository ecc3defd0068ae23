from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.create_service_api_key_request_key_type import (
    CreateServiceApiKeyRequestKeyType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment_request import (
        CustomUserRoleAssignmentRequest,
    )
    from ..models.predefined_user_role_assignment_request import (
        PredefinedUserRoleAssignmentRequest,
    )
    from ..models.service_key_org_assignment import ServiceKeyOrgAssignment
    from ..models.unknown_user_role_assignment_request import (
        UnknownUserRoleAssignmentRequest,
    )


T = TypeVar("T", bound="CreateServiceApiKeyRequest")


@_attrs_define
class CreateServiceApiKeyRequest:
    """
    Attributes:
        key_type (CreateServiceApiKeyRequestKeyType):
        name (str):
        organizations (list[ServiceKeyOrgAssignment]):
        description (str | Unset):
        expires_at (datetime.datetime | Unset):
        account_role (CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest |
            UnknownUserRoleAssignmentRequest | Unset):
    """

    key_type: CreateServiceApiKeyRequestKeyType
    name: str
    organizations: list[ServiceKeyOrgAssignment]
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    account_role: (
        CustomUserRoleAssignmentRequest
        | PredefinedUserRoleAssignmentRequest
        | UnknownUserRoleAssignmentRequest
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        key_type = self.key_type.value

        name = self.name

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        description = self.description

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        account_role: dict[str, Any] | Unset
        if isinstance(self.account_role, Unset):
            account_role = UNSET
        elif isinstance(self.account_role, PredefinedUserRoleAssignmentRequest):
            account_role = self.account_role.to_dict()
        elif isinstance(self.account_role, CustomUserRoleAssignmentRequest):
            account_role = self.account_role.to_dict()
        else:
            account_role = self.account_role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_type": key_type,
                "name": name,
                "organizations": organizations,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if account_role is not UNSET:
            field_dict["account_role"] = account_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _key_type = src_dict["key_type"]
        key_type: CreateServiceApiKeyRequestKeyType
        try:
            key_type = cast(
                CreateServiceApiKeyRequestKeyType,
                CreateServiceApiKeyRequestKeyType._value2member_map_.get(_key_type)
                or CreateServiceApiKeyRequestKeyType(_key_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _key_type, "key_type") from None

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _organizations = src_dict["organizations"]
        organizations: list[ServiceKeyOrgAssignment]
        try:
            if type(_organizations) is not list:
                raise SchemaMismatch.expected("an array", _organizations)
            organizations_items: list[ServiceKeyOrgAssignment] = []
            for organizations_item in _organizations:
                try:
                    if type(organizations_item) is not dict:
                        raise SchemaMismatch.expected("an object", organizations_item)
                    organizations_value = ServiceKeyOrgAssignment.from_dict(
                        organizations_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(organizations_items))
                organizations_items.append(organizations_value)
            organizations = organizations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "organizations")

        description: str | Unset = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise SchemaMismatch.expected("a string", description, "description")

        _expires_at = src_dict.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            try:
                expires_at = datetime.datetime.fromisoformat(_expires_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _expires_at, "expires_at"
                ) from None

        _account_role = src_dict.get("account_role", UNSET)
        account_role: (
            CustomUserRoleAssignmentRequest
            | PredefinedUserRoleAssignmentRequest
            | UnknownUserRoleAssignmentRequest
            | Unset
        )
        if _account_role is UNSET:
            account_role = UNSET
        else:
            try:
                if type(_account_role) is dict:
                    account_role_discriminator = _account_role["type"]
                    if account_role_discriminator == "PREDEFINED":
                        account_role = PredefinedUserRoleAssignmentRequest.from_dict(
                            _account_role
                        )

                    elif account_role_discriminator == "CUSTOM":
                        account_role = CustomUserRoleAssignmentRequest.from_dict(
                            _account_role
                        )

                    elif type(account_role_discriminator) is str:
                        account_role = UnknownUserRoleAssignmentRequest.from_dict(
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

        if cls is CreateServiceApiKeyRequest:
            create_service_api_key_request = cls.__new__(cls)
            create_service_api_key_request.key_type = key_type
            create_service_api_key_request.name = name
            create_service_api_key_request.organizations = organizations
            create_service_api_key_request.description = description
            create_service_api_key_request.expires_at = expires_at
            create_service_api_key_request.account_role = account_role
            create_service_api_key_request.additional_properties = {}
        else:
            create_service_api_key_request = cls(
                key_type=key_type,
                name=name,
                organizations=organizations,
                description=description,
                expires_at=expires_at,
                account_role=account_role,
            )

        if len(src_dict) > 3 + (description is not UNSET) + (
            expires_at is not UNSET
        ) + (account_role is not UNSET):
            create_service_api_key_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_service_api_key_request

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
        "key_type",
        "name",
        "organizations",
        "description",
        "expires_at",
        "account_role",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomUserRoleAssignmentRequest
    global PredefinedUserRoleAssignmentRequest
    global ServiceKeyOrgAssignment
    global UnknownUserRoleAssignmentRequest
    from ..models.custom_user_role_assignment_request import (
        CustomUserRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.predefined_user_role_assignment_request import (
        PredefinedUserRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.service_key_org_assignment import ServiceKeyOrgAssignment  # noqa: PLC0415
    from ..models.unknown_user_role_assignment_request import (
        UnknownUserRoleAssignmentRequest,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
