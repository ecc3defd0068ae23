from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = src_dict["id"]

        annotation_queue_id = src_dict["annotation_queue_id"]

        source_type = cast(
            AnnotationQueueSourceType,
            AnnotationQueueSourceType._value2member_map_.get(src_dict["source_type"])
            or AnnotationQueueSourceType(src_dict["source_type"]),
        )

        data = AnnotationQueueRecordData.from_dict(src_dict["data"])

        annotations = [
            Annotation.from_dict(annotations_item_data)
            for annotations_item_data in src_dict["annotations"]
        ]

        trace_annotations = [
            Annotation.from_dict(trace_annotations_item_data)
            for trace_annotations_item_data in src_dict["trace_annotations"]
        ]

        evaluations = [
            Evaluation.from_dict(evaluations_item_data)
            for evaluations_item_data in src_dict["evaluations"]
        ]

        assigned_users = [
            AnnotationQueueAssignedUser.from_dict(assigned_users_item_data)
            for assigned_users_item_data in src_dict["assigned_users"]
        ]

        def _parse_granularity(data: object) -> None | RecordGranularity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                granularity_type_0 = cast(
                    RecordGranularity,
                    RecordGranularity._value2member_map_.get(data)
                    or RecordGranularity(data),
                )

                return granularity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordGranularity | Unset, data)

        granularity = _parse_granularity(src_dict.get("granularity", UNSET))

        _session_annotations = src_dict.get("session_annotations", UNSET)
        session_annotations: list[Annotation] | Unset = UNSET
        if _session_annotations is not UNSET:
            session_annotations = [
                Annotation.from_dict(session_annotations_item_data)
                for session_annotations_item_data in _session_annotations
            ]

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
