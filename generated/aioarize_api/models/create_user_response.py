from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.invite_mode import InviteMode
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment
    from ..models.unknown_user_role_assignment import UnknownUserRoleAssignment


T = TypeVar("T", bound="CreateUserResponse")


@_attrs_define
class CreateUserResponse:
    """
    Attributes:
        id (str):
        name (str):
        email (str):
        role (CustomUserRoleAssignment | PredefinedUserRoleAssignment | UnknownUserRoleAssignment):
        created_at (datetime.datetime):
        status (UserStatus):
        is_developer (bool):
        invite_mode (InviteMode):
        temporary_password (str | Unset):
    """

    id: str
    name: str
    email: str
    role: (
        CustomUserRoleAssignment
        | PredefinedUserRoleAssignment
        | UnknownUserRoleAssignment
    )
    created_at: datetime.datetime
    status: UserStatus
    is_developer: bool
    invite_mode: InviteMode
    temporary_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        email = self.email

        role: dict[str, Any]
        if isinstance(self.role, PredefinedUserRoleAssignment):
            role = self.role.to_dict()
        elif isinstance(self.role, CustomUserRoleAssignment):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        created_at = self.created_at.isoformat()

        status = self.status.value

        is_developer = self.is_developer

        invite_mode = self.invite_mode.value

        temporary_password = self.temporary_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "role": role,
                "created_at": created_at,
                "status": status,
                "is_developer": is_developer,
                "invite_mode": invite_mode,
            }
        )
        if temporary_password is not UNSET:
            field_dict["temporary_password"] = temporary_password

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

        email: str = src_dict["email"]
        if type(email) is not str:
            raise SchemaMismatch.expected("a string", email, "email")

        _role = src_dict["role"]
        role: (
            CustomUserRoleAssignment
            | PredefinedUserRoleAssignment
            | UnknownUserRoleAssignment
        )
        try:
            if type(_role) is dict:
                role_discriminator = _role["type"]
                if role_discriminator == "PREDEFINED":
                    role = PredefinedUserRoleAssignment.from_dict(_role)

                elif role_discriminator == "CUSTOM":
                    role = CustomUserRoleAssignment.from_dict(_role)

                elif type(role_discriminator) is str:
                    role = UnknownUserRoleAssignment.from_dict(_role)

                else:
                    raise SchemaMismatch.expected(
                        "a string", role_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _role)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "role")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _status = src_dict["status"]
        status: UserStatus
        try:
            status = cast(
                UserStatus,
                UserStatus._value2member_map_.get(_status) or UserStatus(_status),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _status, "status") from None

        is_developer: bool = src_dict["is_developer"]
        if type(is_developer) is not bool:
            raise SchemaMismatch.expected("a boolean", is_developer, "is_developer")

        _invite_mode = src_dict["invite_mode"]
        invite_mode: InviteMode
        try:
            invite_mode = cast(
                InviteMode,
                InviteMode._value2member_map_.get(_invite_mode)
                or InviteMode(_invite_mode),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _invite_mode, "invite_mode"
            ) from None

        temporary_password: str | Unset = src_dict.get("temporary_password", UNSET)
        if type(temporary_password) is not str and temporary_password is not UNSET:
            raise SchemaMismatch.expected(
                "a string", temporary_password, "temporary_password"
            )

        if cls is CreateUserResponse:
            create_user_response = cls.__new__(cls)
            create_user_response.id = id
            create_user_response.name = name
            create_user_response.email = email
            create_user_response.role = role
            create_user_response.created_at = created_at
            create_user_response.status = status
            create_user_response.is_developer = is_developer
            create_user_response.invite_mode = invite_mode
            create_user_response.temporary_password = temporary_password
            create_user_response.additional_properties = {}
        else:
            create_user_response = cls(
                id=id,
                name=name,
                email=email,
                role=role,
                created_at=created_at,
                status=status,
                is_developer=is_developer,
                invite_mode=invite_mode,
                temporary_password=temporary_password,
            )

        if len(src_dict) > 8 + (temporary_password is not UNSET):
            create_user_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_user_response

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
        "email",
        "role",
        "created_at",
        "status",
        "is_developer",
        "invite_mode",
        "temporary_password",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomUserRoleAssignment
    global PredefinedUserRoleAssignment
    global UnknownUserRoleAssignment
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment  # noqa: PLC0415
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment  # noqa: PLC0415
    from ..models.unknown_user_role_assignment import UnknownUserRoleAssignment  # noqa: PLC0415

    _lazy_imports_pending = False
