from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_role_assignment import CustomRoleAssignment
    from ..models.predefined_role_assignment import PredefinedRoleAssignment
    from ..models.unknown_space_role_assignment import UnknownSpaceRoleAssignment


T = TypeVar("T", bound="ServiceKeyBotUserSpaceAssignment")


@_attrs_define
class ServiceKeyBotUserSpaceAssignment:
    """
    Attributes:
        space_id (str):
        role (CustomRoleAssignment | PredefinedRoleAssignment | UnknownSpaceRoleAssignment):
    """

    space_id: str
    role: CustomRoleAssignment | PredefinedRoleAssignment | UnknownSpaceRoleAssignment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
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
                "space_id": space_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        space_id = src_dict["space_id"]

        def _parse_role(
            data: object,
        ) -> (
            CustomRoleAssignment | PredefinedRoleAssignment | UnknownSpaceRoleAssignment
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "PREDEFINED":
                componentsschemas_space_role_assignment_type_0 = (
                    PredefinedRoleAssignment.from_dict(data)
                )

                return componentsschemas_space_role_assignment_type_0
            if discriminator == "CUSTOM":
                componentsschemas_space_role_assignment_type_1 = (
                    CustomRoleAssignment.from_dict(data)
                )

                return componentsschemas_space_role_assignment_type_1
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_space_role_assignment_type_2 = (
                UnknownSpaceRoleAssignment.from_dict(data)
            )

            return componentsschemas_space_role_assignment_type_2

        role = _parse_role(src_dict["role"])

        service_key_bot_user_space_assignment = cls(
            space_id=space_id,
            role=role,
        )

        if len(src_dict) > 2:
            service_key_bot_user_space_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return service_key_bot_user_space_assignment

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
