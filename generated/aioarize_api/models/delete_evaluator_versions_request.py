from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="DeleteEvaluatorVersionsRequest")


@_attrs_define
class DeleteEvaluatorVersionsRequest:
    """
    Attributes:
        version_ids (list[str]):
    """

    version_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_ids = self.version_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_ids": version_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _version_ids = src_dict["version_ids"]
        version_ids: list[str]
        try:
            if type(_version_ids) is not list:
                raise SchemaMismatch.expected("an array", _version_ids)
            for version_ids_item in _version_ids:
                if type(version_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _version_ids, version_ids_item
                    )
            version_ids = _version_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "version_ids")

        if cls is DeleteEvaluatorVersionsRequest:
            delete_evaluator_versions_request = cls.__new__(cls)
            delete_evaluator_versions_request.version_ids = version_ids
            delete_evaluator_versions_request.additional_properties = {}
        else:
            delete_evaluator_versions_request = cls(
                version_ids=version_ids,
            )

        if len(src_dict) > 1:
            delete_evaluator_versions_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_evaluator_versions_request

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
        "version_ids",
    }
)
