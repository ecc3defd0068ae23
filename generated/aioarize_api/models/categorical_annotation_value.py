from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoricalAnnotationValue")


@_attrs_define
class CategoricalAnnotationValue:
    """
    Attributes:
        label (str):
        score (float | Unset):
    """

    label: str
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        label: str = src_dict["label"]
        if type(label) is not str:
            raise SchemaMismatch.expected("a string", label, "label")

        score: float | Unset = src_dict.get("score", UNSET)
        if (
            (type(score) is not float or score - score != 0)
            and type(score) is not int
            and score is not UNSET
        ):
            raise SchemaMismatch.expected("a finite number", score, "score")

        if cls is CategoricalAnnotationValue:
            categorical_annotation_value = cls.__new__(cls)
            categorical_annotation_value.label = label
            categorical_annotation_value.score = score
            categorical_annotation_value.additional_properties = {}
        else:
            categorical_annotation_value = cls(
                label=label,
                score=score,
            )

        if len(src_dict) > 1 + (score is not UNSET):
            categorical_annotation_value.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return categorical_annotation_value

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
        "label",
        "score",
    }
)
