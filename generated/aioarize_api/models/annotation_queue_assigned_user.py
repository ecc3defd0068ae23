from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_queue_completion_status import AnnotationQueueCompletionStatus

if TYPE_CHECKING:
    from ..models.annotator_user import AnnotatorUser


T = TypeVar("T", bound="AnnotationQueueAssignedUser")


@_attrs_define
class AnnotationQueueAssignedUser:
    """
    Attributes:
        user (AnnotatorUser):
        completion_status (AnnotationQueueCompletionStatus):
    """

    user: AnnotatorUser
    completion_status: AnnotationQueueCompletionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        completion_status = self.completion_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "completion_status": completion_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotator_user import AnnotatorUser  # noqa: PLC0415

        d = dict(src_dict)
        user = AnnotatorUser.from_dict(d.pop("user"))

        completion_status = AnnotationQueueCompletionStatus(d.pop("completion_status"))

        annotation_queue_assigned_user = cls(
            user=user,
            completion_status=completion_status,
        )

        annotation_queue_assigned_user.additional_properties = d
        return annotation_queue_assigned_user

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
