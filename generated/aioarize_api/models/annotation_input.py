from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationInput")


@_attrs_define
class AnnotationInput:
    """
    Attributes:
        name (str):
        score (float | Unset):
        label (str | Unset):
        text (str | Unset):
    """

    name: str
    score: float | Unset = UNSET
    label: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        score = self.score

        label = self.label

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if label is not UNSET:
            field_dict["label"] = label
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        score: float | Unset = src_dict.get("score", UNSET)
        if (
            (type(score) is not float or score - score != 0)
            and type(score) is not int
            and score is not UNSET
        ):
            raise SchemaMismatch.expected("a finite number", score, "score")

        label: str | Unset = src_dict.get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            raise SchemaMismatch.expected("a string", label, "label")

        text: str | Unset = src_dict.get("text", UNSET)
        if type(text) is not str and text is not UNSET:
            raise SchemaMismatch.expected("a string", text, "text")

        if cls is AnnotationInput:
            annotation_input = cls.__new__(cls)
            annotation_input.name = name
            annotation_input.score = score
            annotation_input.label = label
            annotation_input.text = text
            annotation_input.additional_properties = {}
        else:
            annotation_input = cls(
                name=name,
                score=score,
                label=label,
                text=text,
            )

        if len(src_dict) > 1 + (score is not UNSET) + (label is not UNSET) + (
            text is not UNSET
        ):
            annotation_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotation_input

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
        "name",
        "score",
        "label",
        "text",
    }
)
