from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.assignment_method import AssignmentMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_queue_example_record_input import (
        AnnotationQueueExampleRecordInput,
    )
    from ..models.annotation_queue_session_record_input import (
        AnnotationQueueSessionRecordInput,
    )
    from ..models.annotation_queue_span_record_input import (
        AnnotationQueueSpanRecordInput,
    )
    from ..models.annotation_queue_trace_record_input import (
        AnnotationQueueTraceRecordInput,
    )
    from ..models.unknown_annotation_queue_record_input import (
        UnknownAnnotationQueueRecordInput,
    )


T = TypeVar("T", bound="CreateAnnotationQueueRequest")


@_attrs_define
class CreateAnnotationQueueRequest:
    """
    Attributes:
        name (str):
        space_id (str):
        annotation_config_ids (list[str]):
        annotator_emails (list[str]):
        instructions (str | Unset):
        assignment_method (AssignmentMethod | Unset):
        record_sources (list[AnnotationQueueExampleRecordInput | AnnotationQueueSessionRecordInput |
            AnnotationQueueSpanRecordInput | AnnotationQueueTraceRecordInput | UnknownAnnotationQueueRecordInput] | Unset):
        column_allowlist (list[str] | Unset):
    """

    name: str
    space_id: str
    annotation_config_ids: list[str]
    annotator_emails: list[str]
    instructions: str | Unset = UNSET
    assignment_method: AssignmentMethod | Unset = UNSET
    record_sources: (
        list[
            AnnotationQueueExampleRecordInput
            | AnnotationQueueSessionRecordInput
            | AnnotationQueueSpanRecordInput
            | AnnotationQueueTraceRecordInput
            | UnknownAnnotationQueueRecordInput
        ]
        | Unset
    ) = UNSET
    column_allowlist: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        space_id = self.space_id

        annotation_config_ids = self.annotation_config_ids

        annotator_emails = self.annotator_emails

        instructions = self.instructions

        assignment_method: str | Unset = UNSET
        if not isinstance(self.assignment_method, Unset):
            assignment_method = self.assignment_method.value

        record_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_sources, Unset):
            record_sources = []
            for record_sources_item_data in self.record_sources:
                record_sources_item: dict[str, Any]
                if isinstance(
                    record_sources_item_data, AnnotationQueueExampleRecordInput
                ):
                    record_sources_item = record_sources_item_data.to_dict()
                elif isinstance(
                    record_sources_item_data, AnnotationQueueSpanRecordInput
                ):
                    record_sources_item = record_sources_item_data.to_dict()
                elif isinstance(
                    record_sources_item_data, AnnotationQueueTraceRecordInput
                ):
                    record_sources_item = record_sources_item_data.to_dict()
                elif isinstance(
                    record_sources_item_data, AnnotationQueueSessionRecordInput
                ):
                    record_sources_item = record_sources_item_data.to_dict()
                else:
                    record_sources_item = record_sources_item_data.to_dict()

                record_sources.append(record_sources_item)

        column_allowlist: list[str] | Unset = UNSET
        if not isinstance(self.column_allowlist, Unset):
            column_allowlist = self.column_allowlist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
                "annotation_config_ids": annotation_config_ids,
                "annotator_emails": annotator_emails,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if assignment_method is not UNSET:
            field_dict["assignment_method"] = assignment_method
        if record_sources is not UNSET:
            field_dict["record_sources"] = record_sources
        if column_allowlist is not UNSET:
            field_dict["column_allowlist"] = column_allowlist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _annotation_config_ids = src_dict["annotation_config_ids"]
        annotation_config_ids: list[str]
        try:
            if type(_annotation_config_ids) is not list:
                raise SchemaMismatch.expected("an array", _annotation_config_ids)
            for annotation_config_ids_item in _annotation_config_ids:
                if type(annotation_config_ids_item) is not str:
                    raise SchemaMismatch.expected_item(
                        "a string", _annotation_config_ids, annotation_config_ids_item
                    )
            annotation_config_ids = _annotation_config_ids

        except Exception as error_:
            raise SchemaMismatch.at(error_, "annotation_config_ids")

        _annotator_emails = src_dict["annotator_emails"]
        annotator_emails: list[str]
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

        instructions: str | Unset = src_dict.get("instructions", UNSET)
        if type(instructions) is not str and instructions is not UNSET:
            raise SchemaMismatch.expected("a string", instructions, "instructions")

        _assignment_method = src_dict.get("assignment_method", UNSET)
        assignment_method: AssignmentMethod | Unset
        if _assignment_method is UNSET:
            assignment_method = UNSET
        else:
            try:
                assignment_method = cast(
                    AssignmentMethod,
                    AssignmentMethod._value2member_map_.get(_assignment_method)
                    or AssignmentMethod(_assignment_method),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _assignment_method, "assignment_method"
                ) from None

        _record_sources = src_dict.get("record_sources", UNSET)
        record_sources: (
            list[
                AnnotationQueueExampleRecordInput
                | AnnotationQueueSessionRecordInput
                | AnnotationQueueSpanRecordInput
                | AnnotationQueueTraceRecordInput
                | UnknownAnnotationQueueRecordInput
            ]
            | Unset
        )
        if _record_sources is UNSET:
            record_sources = UNSET
        else:
            try:
                if type(_record_sources) is not list:
                    raise SchemaMismatch.expected("an array", _record_sources)
                record_sources_items: list[
                    AnnotationQueueExampleRecordInput
                    | AnnotationQueueSessionRecordInput
                    | AnnotationQueueSpanRecordInput
                    | AnnotationQueueTraceRecordInput
                    | UnknownAnnotationQueueRecordInput
                ] = []
                for record_sources_item in _record_sources:
                    record_sources_value: (
                        AnnotationQueueExampleRecordInput
                        | AnnotationQueueSessionRecordInput
                        | AnnotationQueueSpanRecordInput
                        | AnnotationQueueTraceRecordInput
                        | UnknownAnnotationQueueRecordInput
                    )
                    try:
                        if type(record_sources_item) is dict:
                            record_sources_item_discriminator = record_sources_item[
                                "record_type"
                            ]
                            if record_sources_item_discriminator == "EXAMPLE":
                                record_sources_value = (
                                    AnnotationQueueExampleRecordInput.from_dict(
                                        record_sources_item
                                    )
                                )

                            elif record_sources_item_discriminator == "SPAN":
                                record_sources_value = (
                                    AnnotationQueueSpanRecordInput.from_dict(
                                        record_sources_item
                                    )
                                )

                            elif record_sources_item_discriminator == "TRACE":
                                record_sources_value = (
                                    AnnotationQueueTraceRecordInput.from_dict(
                                        record_sources_item
                                    )
                                )

                            elif record_sources_item_discriminator == "SESSION":
                                record_sources_value = (
                                    AnnotationQueueSessionRecordInput.from_dict(
                                        record_sources_item
                                    )
                                )

                            elif type(record_sources_item_discriminator) is str:
                                record_sources_value = (
                                    UnknownAnnotationQueueRecordInput.from_dict(
                                        record_sources_item
                                    )
                                )

                            else:
                                raise SchemaMismatch.expected(
                                    "a string",
                                    record_sources_item_discriminator,
                                    "record_type",
                                )

                        else:
                            raise SchemaMismatch.expected(
                                "an object", record_sources_item
                            )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(record_sources_items))
                    record_sources_items.append(record_sources_value)
                record_sources = record_sources_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "record_sources")

        _column_allowlist = src_dict.get("column_allowlist", UNSET)
        column_allowlist: list[str] | Unset
        if _column_allowlist is UNSET:
            column_allowlist = UNSET
        else:
            try:
                if type(_column_allowlist) is not list:
                    raise SchemaMismatch.expected("an array", _column_allowlist)
                for column_allowlist_item in _column_allowlist:
                    if type(column_allowlist_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _column_allowlist, column_allowlist_item
                        )
                column_allowlist = _column_allowlist

            except Exception as error_:
                raise SchemaMismatch.at(error_, "column_allowlist")

        if cls is CreateAnnotationQueueRequest:
            create_annotation_queue_request = cls.__new__(cls)
            create_annotation_queue_request.name = name
            create_annotation_queue_request.space_id = space_id
            create_annotation_queue_request.annotation_config_ids = (
                annotation_config_ids
            )
            create_annotation_queue_request.annotator_emails = annotator_emails
            create_annotation_queue_request.instructions = instructions
            create_annotation_queue_request.assignment_method = assignment_method
            create_annotation_queue_request.record_sources = record_sources
            create_annotation_queue_request.column_allowlist = column_allowlist
            create_annotation_queue_request.additional_properties = {}
        else:
            create_annotation_queue_request = cls(
                name=name,
                space_id=space_id,
                annotation_config_ids=annotation_config_ids,
                annotator_emails=annotator_emails,
                instructions=instructions,
                assignment_method=assignment_method,
                record_sources=record_sources,
                column_allowlist=column_allowlist,
            )

        if len(src_dict) > 4 + (instructions is not UNSET) + (
            assignment_method is not UNSET
        ) + (record_sources is not UNSET) + (column_allowlist is not UNSET):
            create_annotation_queue_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return create_annotation_queue_request

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
        "space_id",
        "annotation_config_ids",
        "annotator_emails",
        "instructions",
        "assignment_method",
        "record_sources",
        "column_allowlist",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotationQueueExampleRecordInput
    global AnnotationQueueSessionRecordInput
    global AnnotationQueueSpanRecordInput
    global AnnotationQueueTraceRecordInput
    global UnknownAnnotationQueueRecordInput
    from ..models.annotation_queue_example_record_input import (
        AnnotationQueueExampleRecordInput,  # noqa: PLC0415
    )
    from ..models.annotation_queue_session_record_input import (
        AnnotationQueueSessionRecordInput,  # noqa: PLC0415
    )
    from ..models.annotation_queue_span_record_input import (
        AnnotationQueueSpanRecordInput,  # noqa: PLC0415
    )
    from ..models.annotation_queue_trace_record_input import (
        AnnotationQueueTraceRecordInput,  # noqa: PLC0415
    )
    from ..models.unknown_annotation_queue_record_input import (
        UnknownAnnotationQueueRecordInput,  # noqa: PLC0415
    )

    _lazy_imports_pending = False
