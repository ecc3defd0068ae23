from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..models.annotation_queue_source_type import AnnotationQueueSourceType
from ..models.record_granularity import RecordGranularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="AnnotateAnnotationQueueRecordResponse")


@_attrs_define
class AnnotateAnnotationQueueRecordResponse:
    """
    Attributes:
        id (str):
        annotation_queue_id (str):
        source_type (AnnotationQueueSourceType):
        annotations (list[Annotation]):
        granularity (None | RecordGranularity | Unset):
    """

    id: str
    annotation_queue_id: str
    source_type: AnnotationQueueSourceType
    annotations: list[Annotation]
    granularity: None | RecordGranularity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        annotation_queue_id = self.annotation_queue_id

        source_type = self.source_type.value

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        granularity: None | str | Unset
        if isinstance(self.granularity, Unset):
            granularity = UNSET
        elif isinstance(self.granularity, RecordGranularity):
            granularity = self.granularity.value
        else:
            granularity = self.granularity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "annotation_queue_id": annotation_queue_id,
                "source_type": source_type,
                "annotations": annotations,
            }
        )
        if granularity is not UNSET:
            field_dict["granularity"] = granularity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        annotation_queue_id: str = src_dict["annotation_queue_id"]
        if type(annotation_queue_id) is not str:
            raise SchemaMismatch.expected(
                "a string", annotation_queue_id, "annotation_queue_id"
            )

        _source_type = src_dict["source_type"]
        source_type: AnnotationQueueSourceType
        try:
            source_type = cast(
                AnnotationQueueSourceType,
                AnnotationQueueSourceType._value2member_map_.get(_source_type)
                or AnnotationQueueSourceType(_source_type),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _source_type, "source_type"
            ) from None

        _annotations = src_dict["annotations"]
        annotations: list[Annotation]
        try:
            if type(_annotations) is not list:
                raise SchemaMismatch.expected("an array", _annotations)
            annotations_items: list[Annotation] = []
            for annotations_item in _annotations:
                try:
                    if type(annotations_item) is not dict:
                        raise SchemaMismatch.expected("an object", annotations_item)
                    annotations_value = Annotation.from_dict(annotations_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(annotations_items))
                annotations_items.append(annotations_value)
            annotations = annotations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "annotations")

        _granularity = src_dict.get("granularity", UNSET)
        granularity: None | RecordGranularity | Unset
        if _granularity is UNSET:
            granularity = UNSET
        else:
            try:
                if _granularity is None:
                    granularity = None
                elif type(_granularity) is str:
                    try:
                        granularity = cast(
                            RecordGranularity,
                            RecordGranularity._value2member_map_.get(_granularity)
                            or RecordGranularity(_granularity),
                        )
                    except (TypeError, ValueError):
                        raise SchemaMismatch.expected(
                            "a string", _granularity
                        ) from None

                else:
                    raise SchemaMismatch.expected("a string or null", _granularity)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "granularity")

        if cls is AnnotateAnnotationQueueRecordResponse:
            annotate_annotation_queue_record_response = cls.__new__(cls)
            annotate_annotation_queue_record_response.id = id
            annotate_annotation_queue_record_response.annotation_queue_id = (
                annotation_queue_id
            )
            annotate_annotation_queue_record_response.source_type = source_type
            annotate_annotation_queue_record_response.annotations = annotations
            annotate_annotation_queue_record_response.granularity = granularity
            annotate_annotation_queue_record_response.additional_properties = {}
        else:
            annotate_annotation_queue_record_response = cls(
                id=id,
                annotation_queue_id=annotation_queue_id,
                source_type=source_type,
                annotations=annotations,
                granularity=granularity,
            )

        if len(src_dict) > 4 + (granularity is not UNSET):
            annotate_annotation_queue_record_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotate_annotation_queue_record_response

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
        "annotation_queue_id",
        "source_type",
        "annotations",
        "granularity",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Annotation
    from ..models.annotation import Annotation  # noqa: PLC0415

    _lazy_imports_pending = False
