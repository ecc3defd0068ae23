from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        name = src_dict["name"]

        email = src_dict["email"]

        def _parse_role(
            data: object,
        ) -> (
            CustomUserRoleAssignmentRequest
            | PredefinedUserRoleAssignmentRequest
            | UnknownUserRoleAssignmentRequest
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "PREDEFINED":
                componentsschemas_user_role_assignment_request_type_0 = (
                    PredefinedUserRoleAssignmentRequest.from_dict(data)
                )

                return componentsschemas_user_role_assignment_request_type_0
            if discriminator == "CUSTOM":
                componentsschemas_user_role_assignment_request_type_1 = (
                    CustomUserRoleAssignmentRequest.from_dict(data)
                )

                return componentsschemas_user_role_assignment_request_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_user_role_assignment_request_type_2 = (
                UnknownUserRoleAssignmentRequest.from_dict(data)
            )

            return componentsschemas_user_role_assignment_request_type_2

        role = _parse_role(src_dict["role"])

        invite_mode = cast(
            InviteMode,
            InviteMode._value2member_map_.get(src_dict["invite_mode"])
            or InviteMode(src_dict["invite_mode"]),
        )

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
