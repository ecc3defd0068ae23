from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_type import EvaluatorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_version_code import EvaluatorVersionCode
    from ..models.evaluator_version_harness import EvaluatorVersionHarness
    from ..models.evaluator_version_remote import EvaluatorVersionRemote
    from ..models.evaluator_version_template import EvaluatorVersionTemplate
    from ..models.unknown_evaluator_version import UnknownEvaluatorVersion


T = TypeVar("T", bound="EvaluatorWithVersion")


@_attrs_define
class EvaluatorWithVersion:
    """
    Attributes:
        id (str):
        name (str):
        type_ (EvaluatorType):
        space_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by_user_id (None | str):
        version (EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate |
            UnknownEvaluatorVersion):
        description (None | str | Unset):
    """

    id: str
    name: str
    type_: EvaluatorType
    space_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by_user_id: None | str
    version: (
        EvaluatorVersionCode
        | EvaluatorVersionHarness
        | EvaluatorVersionRemote
        | EvaluatorVersionTemplate
        | UnknownEvaluatorVersion
    )
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        type_ = self.type_.value

        space_id = self.space_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        version: dict[str, Any]
        if isinstance(self.version, EvaluatorVersionTemplate):
            version = self.version.to_dict()
        elif isinstance(self.version, EvaluatorVersionCode):
            version = self.version.to_dict()
        elif isinstance(self.version, EvaluatorVersionHarness):
            version = self.version.to_dict()
        elif isinstance(self.version, EvaluatorVersionRemote):
            version = self.version.to_dict()
        else:
            version = self.version.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "space_id": space_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "created_by_user_id": created_by_user_id,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = src_dict["id"]

        name = src_dict["name"]

        type_ = cast(
            EvaluatorType,
            EvaluatorType._value2member_map_.get(src_dict["type"])
            or EvaluatorType(src_dict["type"]),
        )

        space_id = src_dict["space_id"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        created_by_user_id: None | str = src_dict["created_by_user_id"]

        def _parse_version(
            data: object,
        ) -> (
            EvaluatorVersionCode
            | EvaluatorVersionHarness
            | EvaluatorVersionRemote
            | EvaluatorVersionTemplate
            | UnknownEvaluatorVersion
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "TEMPLATE":
                componentsschemas_evaluator_version_type_0 = (
                    EvaluatorVersionTemplate.from_dict(data)
                )

                return componentsschemas_evaluator_version_type_0
            if discriminator == "CODE":
                componentsschemas_evaluator_version_type_1 = (
                    EvaluatorVersionCode.from_dict(data)
                )

                return componentsschemas_evaluator_version_type_1
            if discriminator == "HARNESS":
                componentsschemas_evaluator_version_type_2 = (
                    EvaluatorVersionHarness.from_dict(data)
                )

                return componentsschemas_evaluator_version_type_2
            if discriminator == "REMOTE":
                componentsschemas_evaluator_version_type_3 = (
                    EvaluatorVersionRemote.from_dict(data)
                )

                return componentsschemas_evaluator_version_type_3
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_evaluator_version_type_4 = (
                UnknownEvaluatorVersion.from_dict(data)
            )

            return componentsschemas_evaluator_version_type_4

        version = _parse_version(src_dict["version"])

        description: None | str | Unset = src_dict.get("description", UNSET)

        evaluator_with_version = cls(
            id=id,
            name=name,
            type_=type_,
            space_id=space_id,
            created_at=created_at,
            updated_at=updated_at,
            created_by_user_id=created_by_user_id,
            version=version,
            description=description,
        )

        if len(src_dict) > 8 + (description is not UNSET):
            evaluator_with_version.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluator_with_version

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
        "type",
        "space_id",
        "created_at",
        "updated_at",
        "created_by_user_id",
        "version",
        "description",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global EvaluatorVersionCode
    global EvaluatorVersionHarness
    global EvaluatorVersionRemote
    global EvaluatorVersionTemplate
    global UnknownEvaluatorVersion
    from ..models.evaluator_version_code import EvaluatorVersionCode  # noqa: PLC0415
    from ..models.evaluator_version_harness import EvaluatorVersionHarness  # noqa: PLC0415
    from ..models.evaluator_version_remote import EvaluatorVersionRemote  # noqa: PLC0415
    from ..models.evaluator_version_template import EvaluatorVersionTemplate  # noqa: PLC0415
    from ..models.unknown_evaluator_version import UnknownEvaluatorVersion  # noqa: PLC0415

    _lazy_imports_pending = False
