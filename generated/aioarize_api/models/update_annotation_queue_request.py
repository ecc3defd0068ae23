from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        name: str | Unset = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise SchemaMismatch.expected("a string", name, "name")

        instructions: None | str | Unset = src_dict.get("instructions", UNSET)
        if (
            instructions is not None
            and type(instructions) is not str
            and instructions is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", instructions, "instructions"
            )

        _annotation_config_ids = src_dict.get("annotation_config_ids", UNSET)
        annotation_config_ids: list[str] | Unset
        if _annotation_config_ids is UNSET:
            annotation_config_ids = UNSET
        else:
            try:
                if type(_annotation_config_ids) is not list:
                    raise SchemaMismatch.expected("an array", _annotation_config_ids)
                for annotation_config_ids_item in _annotation_config_ids:
                    if type(annotation_config_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string",
                            _annotation_config_ids,
                            annotation_config_ids_item,
                        )
                annotation_config_ids = _annotation_config_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "annotation_config_ids")

        _annotator_emails = src_dict.get("annotator_emails", UNSET)
        annotator_emails: list[str] | Unset
        if _annotator_emails is UNSET:
            annotator_emails = UNSET
        else:
            try:
                if type(_annotator_emails) is not list:
                    raise SchemaMismatch.expected("an array", _annotator_emails)
                for annotator_emails_item in _annotator_emails:
                    if type(annotator_emails_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _annotator_emails, annotator_emails_item
                        )
                annotator_emails = _annotator_emails

            except Exception as error_:
                raise SchemaMismatch.at(error_, "annotator_emails")

        _column_allowlist = src_dict.get("column_allowlist", UNSET)
        column_allowlist: list[str] | None | Unset
        if _column_allowlist is UNSET:
            column_allowlist = UNSET
        else:
            try:
                if _column_allowlist is None:
                    column_allowlist = None
                elif type(_column_allowlist) is list:
                    for column_allowlist_type_0_item in _column_allowlist:
                        if type(column_allowlist_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string",
                                _column_allowlist,
                                column_allowlist_type_0_item,
                            )
                    column_allowlist = _column_allowlist

                else:
                    raise SchemaMismatch.expected("an array or null", _column_allowlist)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "column_allowlist")

        if cls is UpdateAnnotationQueueRequest:
            update_annotation_queue_request = cls.__new__(cls)
            update_annotation_queue_request.name = name
            update_annotation_queue_request.instructions = instructions
            update_annotation_queue_request.annotation_config_ids = (
                annotation_config_ids
            )
            update_annotation_queue_request.annotator_emails = annotator_emails
            update_annotation_queue_request.column_allowlist = column_allowlist
            update_annotation_queue_request.additional_properties = {}
        else:
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
