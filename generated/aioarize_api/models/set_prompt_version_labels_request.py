from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

T = TypeVar("T", bound="SetPromptVersionLabelsRequest")


@_attrs_define
class SetPromptVersionLabelsRequest:
    """
    Attributes:
        labels (list[str]):
    """

    labels: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _labels = src_dict["labels"]
        labels: list[str]
        try:
            if type(_labels) is not list:
                raise SchemaMismatch.expected("an array", _labels)
            for labels_item in _labels:
                if type(labels_item) is not str:
                    raise SchemaMismatch.expected_item("a string", _labels, labels_item)
            labels = _labels

        except Exception as error_:
            raise SchemaMismatch.at(error_, "labels")

        if cls is SetPromptVersionLabelsRequest:
            set_prompt_version_labels_request = cls.__new__(cls)
            set_prompt_version_labels_request.labels = labels
            set_prompt_version_labels_request.additional_properties = {}
        else:
            set_prompt_version_labels_request = cls(
                labels=labels,
            )

        if len(src_dict) > 1:
            set_prompt_version_labels_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return set_prompt_version_labels_request

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
        "labels",
    }
)
