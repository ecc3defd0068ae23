from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upgrade_plan import UpgradePlan
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForbiddenProblem")


@_attrs_define
class ForbiddenProblem:
    """
    Attributes:
        title (str | Unset):
        status (int | Unset):
        type_ (str | Unset):
        detail (str | Unset):
        instance (str | Unset):
        entitlement (str | Unset):
        limit (int | Unset):
        current_count (int | Unset):
        required_plan (UpgradePlan | Unset):
    """

    title: str | Unset = UNSET
    status: int | Unset = UNSET
    type_: str | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    entitlement: str | Unset = UNSET
    limit: int | Unset = UNSET
    current_count: int | Unset = UNSET
    required_plan: UpgradePlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        type_ = self.type_

        detail = self.detail

        instance = self.instance

        entitlement = self.entitlement

        limit = self.limit

        current_count = self.current_count

        required_plan: str | Unset = UNSET
        if not isinstance(self.required_plan, Unset):
            required_plan = self.required_plan.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if entitlement is not UNSET:
            field_dict["entitlement"] = entitlement
        if limit is not UNSET:
            field_dict["limit"] = limit
        if current_count is not UNSET:
            field_dict["current_count"] = current_count
        if required_plan is not UNSET:
            field_dict["required_plan"] = required_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        detail = d.pop("detail", UNSET)

        instance = d.pop("instance", UNSET)

        entitlement = d.pop("entitlement", UNSET)

        limit = d.pop("limit", UNSET)

        current_count = d.pop("current_count", UNSET)

        _required_plan = d.pop("required_plan", UNSET)
        required_plan: UpgradePlan | Unset
        if isinstance(_required_plan, Unset):
            required_plan = UNSET
        else:
            required_plan = UpgradePlan(_required_plan)

        forbidden_problem = cls(
            title=title,
            status=status,
            type_=type_,
            detail=detail,
            instance=instance,
            entitlement=entitlement,
            limit=limit,
            current_count=current_count,
            required_plan=required_plan,
        )

        forbidden_problem.additional_properties = d
        return forbidden_problem

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
