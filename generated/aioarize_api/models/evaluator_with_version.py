from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        _type_ = src_dict["type"]
        type_: EvaluatorType
        try:
            type_ = cast(
                EvaluatorType,
                EvaluatorType._value2member_map_.get(_type_) or EvaluatorType(_type_),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected("a string", _type_, "type") from None

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _updated_at = src_dict["updated_at"]
        updated_at: datetime.datetime
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _updated_at, "updated_at"
            ) from None

        created_by_user_id: None | str = src_dict["created_by_user_id"]
        if created_by_user_id is not None and type(created_by_user_id) is not str:
            raise SchemaMismatch.expected(
                "a string or null", created_by_user_id, "created_by_user_id"
            )

        _version = src_dict["version"]
        version: (
            EvaluatorVersionCode
            | EvaluatorVersionHarness
            | EvaluatorVersionRemote
            | EvaluatorVersionTemplate
            | UnknownEvaluatorVersion
        )
        try:
            if type(_version) is dict:
                version_discriminator = _version["type"]
                if version_discriminator == "TEMPLATE":
                    version = EvaluatorVersionTemplate.from_dict(_version)

                elif version_discriminator == "CODE":
                    version = EvaluatorVersionCode.from_dict(_version)

                elif version_discriminator == "HARNESS":
                    version = EvaluatorVersionHarness.from_dict(_version)

                elif version_discriminator == "REMOTE":
                    version = EvaluatorVersionRemote.from_dict(_version)

                elif type(version_discriminator) is str:
                    version = UnknownEvaluatorVersion.from_dict(_version)

                else:
                    raise SchemaMismatch.expected(
                        "a string", version_discriminator, "type"
                    )

            else:
                raise SchemaMismatch.expected("an object", _version)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "version")

        description: None | str | Unset = src_dict.get("description", UNSET)
        if (
            description is not None
            and type(description) is not str
            and description is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", description, "description"
            )

        if cls is EvaluatorWithVersion:
            evaluator_with_version = cls.__new__(cls)
            evaluator_with_version.id = id
            evaluator_with_version.name = name
            evaluator_with_version.type_ = type_
            evaluator_with_version.space_id = space_id
            evaluator_with_version.created_at = created_at
            evaluator_with_version.updated_at = updated_at
            evaluator_with_version.created_by_user_id = created_by_user_id
            evaluator_with_version.version = version
            evaluator_with_version.description = description
            evaluator_with_version.additional_properties = {}
        else:
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
