from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = src_dict["id"]

        name = src_dict["name"]

        email = src_dict["email"]

        def _parse_role(
            data: object,
        ) -> (
            CustomUserRoleAssignment
            | PredefinedUserRoleAssignment
            | UnknownUserRoleAssignment
        ):
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

        role = _parse_role(src_dict["role"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        status = cast(
            UserStatus,
            UserStatus._value2member_map_.get(src_dict["status"])
            or UserStatus(src_dict["status"]),
        )

        is_developer = src_dict["is_developer"]

        invite_mode = cast(
            InviteMode,
            InviteMode._value2member_map_.get(src_dict["invite_mode"])
            or InviteMode(src_dict["invite_mode"]),
        )

        temporary_password = src_dict.get("temporary_password", UNSET)

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
