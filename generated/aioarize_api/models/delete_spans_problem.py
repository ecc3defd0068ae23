from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSpansProblem")


@_attrs_define
class DeleteSpansProblem:
    """
    Attributes:
        title (str):
        status (int):
        type_ (str | Unset):
        detail (str | Unset):
        instance (str | Unset):
        deleted_span_ids (list[str] | Unset):
        not_deleted_span_ids (list[str] | Unset):
    """

    title: str
    status: int
    type_: str | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    deleted_span_ids: list[str] | Unset = UNSET
    not_deleted_span_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        type_ = self.type_

        detail = self.detail

        instance = self.instance

        deleted_span_ids: list[str] | Unset = UNSET
        if not isinstance(self.deleted_span_ids, Unset):
            deleted_span_ids = self.deleted_span_ids

        not_deleted_span_ids: list[str] | Unset = UNSET
        if not isinstance(self.not_deleted_span_ids, Unset):
            not_deleted_span_ids = self.not_deleted_span_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if deleted_span_ids is not UNSET:
            field_dict["deleted_span_ids"] = deleted_span_ids
        if not_deleted_span_ids is not UNSET:
            field_dict["not_deleted_span_ids"] = not_deleted_span_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        status = src_dict["status"]

        type_ = src_dict.get("type", UNSET)

        detail = src_dict.get("detail", UNSET)

        instance = src_dict.get("instance", UNSET)

        deleted_span_ids = cast(
            list[str] | Unset, src_dict.get("deleted_span_ids", UNSET)
        )

        not_deleted_span_ids = cast(
            list[str] | Unset, src_dict.get("not_deleted_span_ids", UNSET)
        )

        delete_spans_problem = cls(
            title=title,
            status=status,
            type_=type_,
            detail=detail,
            instance=instance,
            deleted_span_ids=deleted_span_ids,
            not_deleted_span_ids=not_deleted_span_ids,
        )

        if len(src_dict) > 2 + (type_ is not UNSET) + (detail is not UNSET) + (
            instance is not UNSET
        ) + (deleted_span_ids is not UNSET) + (not_deleted_span_ids is not UNSET):
            delete_spans_problem.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_spans_problem

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
        "title",
        "status",
        "type",
        "detail",
        "instance",
        "deleted_span_ids",
        "not_deleted_span_ids",
    }
)
