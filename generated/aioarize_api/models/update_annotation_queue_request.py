from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAnnotationQueueRequest")


@_attrs_define
class UpdateAnnotationQueueRequest:
    """
    Attributes:
        name (str | Unset):
        instructions (None | str | Unset):
        annotation_config_ids (list[str] | Unset):
        annotator_emails (list[str] | Unset):
        column_allowlist (list[str] | None | Unset):
    """

    name: str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    annotation_config_ids: list[str] | Unset = UNSET
    annotator_emails: list[str] | Unset = UNSET
    column_allowlist: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        annotation_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.annotation_config_ids, Unset):
            annotation_config_ids = self.annotation_config_ids

        annotator_emails: list[str] | Unset = UNSET
        if not isinstance(self.annotator_emails, Unset):
            annotator_emails = self.annotator_emails

        column_allowlist: list[str] | None | Unset
        if isinstance(self.column_allowlist, Unset):
            column_allowlist = UNSET
        elif isinstance(self.column_allowlist, list):
            column_allowlist = self.column_allowlist

        else:
            column_allowlist = self.column_allowlist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if annotation_config_ids is not UNSET:
            field_dict["annotation_config_ids"] = annotation_config_ids
        if annotator_emails is not UNSET:
            field_dict["annotator_emails"] = annotator_emails
        if column_allowlist is not UNSET:
            field_dict["column_allowlist"] = column_allowlist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        instructions: None | str | Unset = src_dict.get("instructions", UNSET)

        annotation_config_ids = cast(
            list[str] | Unset, src_dict.get("annotation_config_ids", UNSET)
        )

        annotator_emails = cast(
            list[str] | Unset, src_dict.get("annotator_emails", UNSET)
        )

        def _parse_column_allowlist(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_allowlist_type_0 = cast(list[str], data)

                return column_allowlist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        column_allowlist = _parse_column_allowlist(
            src_dict.get("column_allowlist", UNSET)
        )

        update_annotation_queue_request = cls(
            name=name,
            instructions=instructions,
            annotation_config_ids=annotation_config_ids,
            annotator_emails=annotator_emails,
            column_allowlist=column_allowlist,
        )

        if len(src_dict) > (name is not UNSET) + (instructions is not UNSET) + (
            annotation_config_ids is not UNSET
        ) + (annotator_emails is not UNSET) + (column_allowlist is not UNSET):
            update_annotation_queue_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return update_annotation_queue_request

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
        "instructions",
        "annotation_config_ids",
        "annotator_emails",
        "column_allowlist",
    }
)
