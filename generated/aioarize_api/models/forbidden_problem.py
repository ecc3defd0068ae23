from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
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
        title: str | Unset = src_dict.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise SchemaMismatch.expected("a string", title, "title")

        status: int | Unset = src_dict.get("status", UNSET)
        if type(status) is not int and status is not UNSET:
            raise SchemaMismatch.expected("an integer", status, "status")

        type_: str | Unset = src_dict.get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            raise SchemaMismatch.expected("a string", type_, "type")

        detail: str | Unset = src_dict.get("detail", UNSET)
        if type(detail) is not str and detail is not UNSET:
            raise SchemaMismatch.expected("a string", detail, "detail")

        instance: str | Unset = src_dict.get("instance", UNSET)
        if type(instance) is not str and instance is not UNSET:
            raise SchemaMismatch.expected("a string", instance, "instance")

        entitlement: str | Unset = src_dict.get("entitlement", UNSET)
        if type(entitlement) is not str and entitlement is not UNSET:
            raise SchemaMismatch.expected("a string", entitlement, "entitlement")

        limit: int | Unset = src_dict.get("limit", UNSET)
        if type(limit) is not int and limit is not UNSET:
            raise SchemaMismatch.expected("an integer", limit, "limit")

        current_count: int | Unset = src_dict.get("current_count", UNSET)
        if type(current_count) is not int and current_count is not UNSET:
            raise SchemaMismatch.expected("an integer", current_count, "current_count")

        _required_plan = src_dict.get("required_plan", UNSET)
        required_plan: UpgradePlan | Unset
        if _required_plan is UNSET:
            required_plan = UNSET
        else:
            try:
                required_plan = cast(
                    UpgradePlan,
                    UpgradePlan._value2member_map_.get(_required_plan)
                    or UpgradePlan(_required_plan),
                )
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "a string", _required_plan, "required_plan"
                ) from None

        if cls is ForbiddenProblem:
            forbidden_problem = cls.__new__(cls)
            forbidden_problem.title = title
            forbidden_problem.status = status
            forbidden_problem.type_ = type_
            forbidden_problem.detail = detail
            forbidden_problem.instance = instance
            forbidden_problem.entitlement = entitlement
            forbidden_problem.limit = limit
            forbidden_problem.current_count = current_count
            forbidden_problem.required_plan = required_plan
            forbidden_problem.additional_properties = {}
        else:
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

        if len(src_dict) > (title is not UNSET) + (status is not UNSET) + (
            type_ is not UNSET
        ) + (detail is not UNSET) + (instance is not UNSET) + (
            entitlement is not UNSET
        ) + (limit is not UNSET) + (current_count is not UNSET) + (
            required_plan is not UNSET
        ):
            forbidden_problem.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

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


_KNOWN_KEYS = frozenset(
    {
        "title",
        "status",
        "type",
        "detail",
        "instance",
        "entitlement",
        "limit",
        "current_count",
        "required_plan",
    }
)
