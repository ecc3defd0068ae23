from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.custom_role_assignment import CustomRoleAssignment
    from ..models.predefined_role_assignment import PredefinedRoleAssignment
    from ..models.unknown_space_role_assignment import UnknownSpaceRoleAssignment


T = TypeVar("T", bound="SpaceMembership")


@_attrs_define
class SpaceMembership:
    """
    Attributes:
        id (str):
        user_id (str):
        space_id (str):
        role (CustomRoleAssignment | PredefinedRoleAssignment | UnknownSpaceRoleAssignment):
    """

    id: str
    user_id: str
    space_id: str
    role: CustomRoleAssignment | PredefinedRoleAssignment | UnknownSpaceRoleAssignment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        user_id = self.user_id

        space_id = self.space_id

        role: dict[str, Any]
        if isinstance(self.role, PredefinedRoleAssignment):
            role = self.role.to_dict()
        elif isinstance(self.role, CustomRoleAssignment):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "space_id": space_id,
                "role": role,
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

        user_id: str = src_dict["user_id"]
        if type(user_id) is not str:
            raise SchemaMismatch.expected("a string", user_id, "user_id")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _role = src_dict["role"]
        role: (
            CustomRoleAssignment | PredefinedRoleAssignment | UnknownSpaceRoleAssignment
        )
        try:
            if type(_role) is dict:
                role_discriminator = _role["type"]
                if role_discriminator == "PREDEFINED":
                    role = PredefinedRoleAssignment.from_dict(_role)

                elif role_discriminator == "CUSTOM":
                    role = CustomRoleAssignment.from_dict(_role)

                elif type(role_discriminator) is str:
                    role = UnknownSpaceRoleAssignment.from_dict(_role)

                else:
                    raise SchemaMismatch.expected(
                        "a string", role_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _role)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "role")

        if cls is SpaceMembership:
            space_membership = cls.__new__(cls)
            space_membership.id = id
            space_membership.user_id = user_id
            space_membership.space_id = space_id
            space_membership.role = role
            space_membership.additional_properties = {}
        else:
            space_membership = cls(
                id=id,
                user_id=user_id,
                space_id=space_id,
                role=role,
            )

        if len(src_dict) > 4:
            space_membership.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return space_membership

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
        "user_id",
        "space_id",
        "role",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CustomRoleAssignment
    global PredefinedRoleAssignment
    global UnknownSpaceRoleAssignment
    from ..models.custom_role_assignment import CustomRoleAssignment  # noqa: PLC0415
    from ..models.predefined_role_assignment import PredefinedRoleAssignment  # noqa: PLC0415
    from ..models.unknown_space_role_assignment import UnknownSpaceRoleAssignment  # noqa: PLC0415

    _lazy_imports_pending = False
