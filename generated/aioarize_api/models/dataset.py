from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_version import DatasetVersion


T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """
    Attributes:
        id (str):
        name (str):
        space_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        versions (list[DatasetVersion] | Unset):
    """

    id: str
    name: str
    space_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    versions: list[DatasetVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        space_id = self.space_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "space_id": space_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if versions is not UNSET:
            field_dict["versions"] = versions

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

        _versions = src_dict.get("versions", UNSET)
        versions: list[DatasetVersion] | Unset
        if _versions is UNSET:
            versions = UNSET
        else:
            try:
                if type(_versions) is not list:
                    raise SchemaMismatch.expected("an array", _versions)
                versions_items: list[DatasetVersion] = []
                for versions_item in _versions:
                    try:
                        if type(versions_item) is not dict:
                            raise SchemaMismatch.expected("an object", versions_item)
                        versions_value = DatasetVersion.from_dict(versions_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(versions_items))
                    versions_items.append(versions_value)
                versions = versions_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "versions")

        if cls is Dataset:
            dataset = cls.__new__(cls)
            dataset.id = id
            dataset.name = name
            dataset.space_id = space_id
            dataset.created_at = created_at
            dataset.updated_at = updated_at
            dataset.versions = versions
            dataset.additional_properties = {}
        else:
            dataset = cls(
                id=id,
                name=name,
                space_id=space_id,
                created_at=created_at,
                updated_at=updated_at,
                versions=versions,
            )

        if len(src_dict) > 5 + (versions is not UNSET):
            dataset.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dataset

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
        "space_id",
        "created_at",
        "updated_at",
        "versions",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global DatasetVersion
    from ..models.dataset_version import DatasetVersion  # noqa: PLC0415

    _lazy_imports_pending = False
