from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
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
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _user = src_dict["user"]
        user: AnnotatorUser
        try:
            if type(_user) is not dict:
                raise SchemaMismatch.expected("an object", _user)
            user = AnnotatorUser.from_dict(_user)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "user")

        _completion_status = src_dict["completion_status"]
        completion_status: AnnotationQueueCompletionStatus
        try:
            completion_status = cast(
                AnnotationQueueCompletionStatus,
                AnnotationQueueCompletionStatus._value2member_map_.get(
                    _completion_status
                )
                or AnnotationQueueCompletionStatus(_completion_status),
            )
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "a string", _completion_status, "completion_status"
            ) from None

        if cls is AnnotationQueueAssignedUser:
            annotation_queue_assigned_user = cls.__new__(cls)
            annotation_queue_assigned_user.user = user
            annotation_queue_assigned_user.completion_status = completion_status
            annotation_queue_assigned_user.additional_properties = {}
        else:
            annotation_queue_assigned_user = cls(
                user=user,
                completion_status=completion_status,
            )

        if len(src_dict) > 2:
            annotation_queue_assigned_user.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

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


_KNOWN_KEYS = frozenset(
    {
        "user",
        "completion_status",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotatorUser
    from ..models.annotator_user import AnnotatorUser  # noqa: PLC0415

    _lazy_imports_pending = False
