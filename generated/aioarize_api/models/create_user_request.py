from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.invite_mode import InviteMode

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment_request import (
        CustomUserRoleAssignmentRequest,
    )
    from ..models.predefined_user_role_assignment_request import (
        PredefinedUserRoleAssignmentRequest,
    )
    from ..models.unknown_user_role_assignment_request import (
        UnknownUserRoleAssignmentRequest,
    )


T = TypeVar("T", bound="CreateUserRequest")


@_attrs_define
class CreateUserRequest:
    """
    Attributes:
        name (str):
        email (str):
        role (CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest | UnknownUserRoleAssignmentRequest):
        invite_mode (InviteMode):
    """

    name: str
    email: str
    role: (
        CustomUserRoleAssignmentRequest
        | PredefinedUserRoleAssignmentRequest
        | UnknownUserRoleAssignmentRequest
    )
    invite_mode: InviteMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        email = self.email

        role: dict[str, Any]
        if isinstance(self.role, PredefinedUserRoleAssignmentRequest):
            role = self.role.to_dict()
        elif isinstance(self.role, CustomUserRoleAssignmentRequest):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        invite_mode = self.invite_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "role": role,
                "invite_mode": invite_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        email: str = src_dict["email"]
        if type(email) is not str:
            raise SchemaMismatch.expected("a string", email, "email")

        _role = src_dict["role"]
        role: (
            CustomUserRoleAssignmentRequest
            | PredefinedUserRoleAssignmentRequest
            | UnknownUserRoleAssignmentRequest
        )
        try:
            if type(_role) is dict:
                role_discriminator = _role["type"]
                if role_discriminator == "PREDEFINED":
                    role = PredefinedUserRoleAssignmentRequest.from_dict(_role)

                elif role_discriminator == "CUSTOM":
                    role = CustomUserRoleAssignmentRequest.from_dict(_role)

                elif type(role_discriminator) is str:
                    role = UnknownUserRoleAssignmentRequest.from_dict(_role)

                else:
                    raise SchemaMismatch.expected(
                        "a string", role_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _role)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "role")

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

        if cls is CreateUserRequest:
            create_user_request = cls.__new__(cls)
            create_user_request.name = name
            create_user_request.email = email
            create_user_request.role = role
            create_user_request.invite_mode = invite_mode
            create_user_request.additional_properties = {}
        else:
            create_user_request = cls(
                name=name,
                email=email,
                role=role,
                invite_mode=invite_mode,
            )

        if len(src_dict) > 4:
            create_user_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_user_request

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
        "name",
        "email",
        "role",
        "invite_mode",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomUserRoleAssignmentRequest
    global PredefinedUserRoleAssignmentRequest
    global UnknownUserRoleAssignmentRequest
    from ..models.custom_user_role_assignment_request import (
        CustomUserRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.predefined_user_role_assignment_request import (
        PredefinedUserRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.unknown_user_role_assignment_request import (
        UnknownUserRoleAssignmentRequest,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
