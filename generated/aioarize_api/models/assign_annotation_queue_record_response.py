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
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser


T = TypeVar("T", bound="AssignAnnotationQueueRecordResponse")


@_attrs_define
class AssignAnnotationQueueRecordResponse:
    """
    Attributes:
        id (str):
        annotation_queue_id (str):
        source_type (AnnotationQueueSourceType):
        assigned_users (list[AnnotationQueueAssignedUser]):
        granularity (None | RecordGranularity | Unset):
    """

    id: str
    annotation_queue_id: str
    source_type: AnnotationQueueSourceType
    assigned_users: list[AnnotationQueueAssignedUser]
    granularity: None | RecordGranularity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        annotation_queue_id = self.annotation_queue_id

        source_type = self.source_type.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "annotation_queue_id": annotation_queue_id,
                "source_type": source_type,
                "assigned_users": assigned_users,
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

        if cls is AssignAnnotationQueueRecordResponse:
            assign_annotation_queue_record_response = cls.__new__(cls)
            assign_annotation_queue_record_response.id = id
            assign_annotation_queue_record_response.annotation_queue_id = (
                annotation_queue_id
            )
            assign_annotation_queue_record_response.source_type = source_type
            assign_annotation_queue_record_response.assigned_users = assigned_users
            assign_annotation_queue_record_response.granularity = granularity
            assign_annotation_queue_record_response.additional_properties = {}
        else:
            assign_annotation_queue_record_response = cls(
                id=id,
                annotation_queue_id=annotation_queue_id,
                source_type=source_type,
                assigned_users=assigned_users,
                granularity=granularity,
            )

        if len(src_dict) > 4 + (granularity is not UNSET):
            assign_annotation_queue_record_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return assign_annotation_queue_record_response

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
        "assigned_users",
        "granularity",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotationQueueAssignedUser
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser  # noqa: PLC0415

    _lazy_imports_pending = False
