from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteDatasetExamplesProblem")


@_attrs_define
class DeleteDatasetExamplesProblem:
    """
    Attributes:
        title (str):
        status (int):
        type_ (str | Unset):
        detail (str | Unset):
        instance (str | Unset):
        deleted_example_ids (list[str] | Unset):
        not_deleted_example_ids (list[str] | Unset):
    """

    title: str
    status: int
    type_: str | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    deleted_example_ids: list[str] | Unset = UNSET
    not_deleted_example_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        type_ = self.type_

        detail = self.detail

        instance = self.instance

        deleted_example_ids: list[str] | Unset = UNSET
        if not isinstance(self.deleted_example_ids, Unset):
            deleted_example_ids = self.deleted_example_ids

        not_deleted_example_ids: list[str] | Unset = UNSET
        if not isinstance(self.not_deleted_example_ids, Unset):
            not_deleted_example_ids = self.not_deleted_example_ids

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
        if deleted_example_ids is not UNSET:
            field_dict["deleted_example_ids"] = deleted_example_ids
        if not_deleted_example_ids is not UNSET:
            field_dict["not_deleted_example_ids"] = not_deleted_example_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title: str = src_dict["title"]
        if type(title) is not str:
            raise SchemaMismatch.expected("a string", title, "title")

        status: int = src_dict["status"]
        if type(status) is not int:
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

        _deleted_example_ids = src_dict.get("deleted_example_ids", UNSET)
        deleted_example_ids: list[str] | Unset
        if _deleted_example_ids is UNSET:
            deleted_example_ids = UNSET
        else:
            try:
                if type(_deleted_example_ids) is not list:
                    raise SchemaMismatch.expected("an array", _deleted_example_ids)
                for deleted_example_ids_item in _deleted_example_ids:
                    if type(deleted_example_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string", _deleted_example_ids, deleted_example_ids_item
                        )
                deleted_example_ids = _deleted_example_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "deleted_example_ids")

        _not_deleted_example_ids = src_dict.get("not_deleted_example_ids", UNSET)
        not_deleted_example_ids: list[str] | Unset
        if _not_deleted_example_ids is UNSET:
            not_deleted_example_ids = UNSET
        else:
            try:
                if type(_not_deleted_example_ids) is not list:
                    raise SchemaMismatch.expected("an array", _not_deleted_example_ids)
                for not_deleted_example_ids_item in _not_deleted_example_ids:
                    if type(not_deleted_example_ids_item) is not str:
                        raise SchemaMismatch.expected_item(
                            "a string",
                            _not_deleted_example_ids,
                            not_deleted_example_ids_item,
                        )
                not_deleted_example_ids = _not_deleted_example_ids

            except Exception as error_:
                raise SchemaMismatch.at(error_, "not_deleted_example_ids")

        if cls is DeleteDatasetExamplesProblem:
            delete_dataset_examples_problem = cls.__new__(cls)
            delete_dataset_examples_problem.title = title
            delete_dataset_examples_problem.status = status
            delete_dataset_examples_problem.type_ = type_
            delete_dataset_examples_problem.detail = detail
            delete_dataset_examples_problem.instance = instance
            delete_dataset_examples_problem.deleted_example_ids = deleted_example_ids
            delete_dataset_examples_problem.not_deleted_example_ids = (
                not_deleted_example_ids
            )
            delete_dataset_examples_problem.additional_properties = {}
        else:
            delete_dataset_examples_problem = cls(
                title=title,
                status=status,
                type_=type_,
                detail=detail,
                instance=instance,
                deleted_example_ids=deleted_example_ids,
                not_deleted_example_ids=not_deleted_example_ids,
            )

        if len(src_dict) > 2 + (type_ is not UNSET) + (detail is not UNSET) + (
            instance is not UNSET
        ) + (deleted_example_ids is not UNSET) + (not_deleted_example_ids is not UNSET):
            delete_dataset_examples_problem.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return delete_dataset_examples_problem

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
        "deleted_example_ids",
        "not_deleted_example_ids",
    }
)
