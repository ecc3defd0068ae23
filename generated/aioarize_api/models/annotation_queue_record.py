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
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser
    from ..models.annotation_queue_record_data import AnnotationQueueRecordData
    from ..models.evaluation import Evaluation


T = TypeVar("T", bound="AnnotationQueueRecord")


@_attrs_define
class AnnotationQueueRecord:
    """
    Attributes:
        id (str):
        annotation_queue_id (str):
        source_type (AnnotationQueueSourceType):
        data (AnnotationQueueRecordData):
        annotations (list[Annotation]):
        trace_annotations (list[Annotation]):
        evaluations (list[Evaluation]):
        assigned_users (list[AnnotationQueueAssignedUser]):
        granularity (None | RecordGranularity | Unset):
        session_annotations (list[Annotation] | Unset):
    """

    id: str
    annotation_queue_id: str
    source_type: AnnotationQueueSourceType
    data: AnnotationQueueRecordData
    annotations: list[Annotation]
    trace_annotations: list[Annotation]
    evaluations: list[Evaluation]
    assigned_users: list[AnnotationQueueAssignedUser]
    granularity: None | RecordGranularity | Unset = UNSET
    session_annotations: list[Annotation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        annotation_queue_id = self.annotation_queue_id

        source_type = self.source_type.value

        data = self.data.to_dict()

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        trace_annotations = []
        for trace_annotations_item_data in self.trace_annotations:
            trace_annotations_item = trace_annotations_item_data.to_dict()
            trace_annotations.append(trace_annotations_item)

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        assigned_users = []
        for assigned_users_item_data in self.assigned_users:
            assigned_users_item = assigned_users_item_data.to_dict()
            assigned_users.append(assigned_users_item)

        granularity: None | str | Unset
        if isinstance(self.granularity, Unset):
            granularity = UNSET
        elif isinstance(self.granularity, RecordGranularity):
            granularity = self.granularity.value
        else:
            granularity = self.granularity

        session_annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.session_annotations, Unset):
            session_annotations = []
            for session_annotations_item_data in self.session_annotations:
                session_annotations_item = session_annotations_item_data.to_dict()
                session_annotations.append(session_annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "annotation_queue_id": annotation_queue_id,
                "source_type": source_type,
                "data": data,
                "annotations": annotations,
                "trace_annotations": trace_annotations,
                "evaluations": evaluations,
                "assigned_users": assigned_users,
            }
        )
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if session_annotations is not UNSET:
            field_dict["session_annotations"] = session_annotations

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

        _data = src_dict["data"]
        data: AnnotationQueueRecordData
        try:
            if type(_data) is not dict:
                raise SchemaMismatch.expected("an object", _data)
            data = AnnotationQueueRecordData.from_dict(_data)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "data")

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

        _trace_annotations = src_dict["trace_annotations"]
        trace_annotations: list[Annotation]
        try:
            if type(_trace_annotations) is not list:
                raise SchemaMismatch.expected("an array", _trace_annotations)
            trace_annotations_items: list[Annotation] = []
            for trace_annotations_item in _trace_annotations:
                try:
                    if type(trace_annotations_item) is not dict:
                        raise SchemaMismatch.expected(
                            "an object", trace_annotations_item
                        )
                    trace_annotations_value = Annotation.from_dict(
                        trace_annotations_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(trace_annotations_items))
                trace_annotations_items.append(trace_annotations_value)
            trace_annotations = trace_annotations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "trace_annotations")

        _evaluations = src_dict["evaluations"]
        evaluations: list[Evaluation]
        try:
            if type(_evaluations) is not list:
                raise SchemaMismatch.expected("an array", _evaluations)
            evaluations_items: list[Evaluation] = []
            for evaluations_item in _evaluations:
                try:
                    if type(evaluations_item) is not dict:
                        raise SchemaMismatch.expected("an object", evaluations_item)
                    evaluations_value = Evaluation.from_dict(evaluations_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(evaluations_items))
                evaluations_items.append(evaluations_value)
            evaluations = evaluations_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "evaluations")

        _assigned_users = src_dict["assigned_users"]
        assigned_users: list[AnnotationQueueAssignedUser]
        try:
            if type(_assigned_users) is not list:
                raise SchemaMismatch.expected("an array", _assigned_users)
            assigned_users_items: list[AnnotationQueueAssignedUser] = []
            for assigned_users_item in _assigned_users:
                try:
                    if type(assigned_users_item) is not dict:
                        raise SchemaMismatch.expected("an object", assigned_users_item)
                    assigned_users_value = AnnotationQueueAssignedUser.from_dict(
                        assigned_users_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(assigned_users_items))
                assigned_users_items.append(assigned_users_value)
            assigned_users = assigned_users_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "assigned_users")

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

        _session_annotations = src_dict.get("session_annotations", UNSET)
        session_annotations: list[Annotation] | Unset
        if _session_annotations is UNSET:
            session_annotations = UNSET
        else:
            try:
                if type(_session_annotations) is not list:
                    raise SchemaMismatch.expected("an array", _session_annotations)
                session_annotations_items: list[Annotation] = []
                for session_annotations_item in _session_annotations:
                    try:
                        if type(session_annotations_item) is not dict:
                            raise SchemaMismatch.expected(
                                "an object", session_annotations_item
                            )
                        session_annotations_value = Annotation.from_dict(
                            session_annotations_item
                        )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(session_annotations_items))
                    session_annotations_items.append(session_annotations_value)
                session_annotations = session_annotations_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "session_annotations")

        if cls is AnnotationQueueRecord:
            annotation_queue_record = cls.__new__(cls)
            annotation_queue_record.id = id
            annotation_queue_record.annotation_queue_id = annotation_queue_id
            annotation_queue_record.source_type = source_type
            annotation_queue_record.data = data
            annotation_queue_record.annotations = annotations
            annotation_queue_record.trace_annotations = trace_annotations
            annotation_queue_record.evaluations = evaluations
            annotation_queue_record.assigned_users = assigned_users
            annotation_queue_record.granularity = granularity
            annotation_queue_record.session_annotations = session_annotations
            annotation_queue_record.additional_properties = {}
        else:
            annotation_queue_record = cls(
                id=id,
                annotation_queue_id=annotation_queue_id,
                source_type=source_type,
                data=data,
                annotations=annotations,
                trace_annotations=trace_annotations,
                evaluations=evaluations,
                assigned_users=assigned_users,
                granularity=granularity,
                session_annotations=session_annotations,
            )

        if len(src_dict) > 8 + (granularity is not UNSET) + (
            session_annotations is not UNSET
        ):
            annotation_queue_record.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotation_queue_record

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
        "data",
        "annotations",
        "trace_annotations",
        "evaluations",
        "assigned_users",
        "granularity",
        "session_annotations",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Annotation
    global AnnotationQueueAssignedUser
    global AnnotationQueueRecordData
    global Evaluation
    from ..models.annotation import Annotation  # noqa: PLC0415
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser  # noqa: PLC0415
    from ..models.annotation_queue_record_data import AnnotationQueueRecordData  # noqa: PLC0415
    from ..models.evaluation import Evaluation  # noqa: PLC0415

    _lazy_imports_pending = False
