from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotator_user import AnnotatorUser


T = TypeVar("T", bound="Annotation")


@_attrs_define
class Annotation:
    """
    Attributes:
        name (str):
        score (float | Unset):
        label (str | Unset):
        text (str | Unset):
        updated_at (datetime.datetime | Unset):
        annotator (AnnotatorUser | Unset):
    """

    name: str
    score: float | Unset = UNSET
    label: str | Unset = UNSET
    text: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    annotator: AnnotatorUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        score = self.score

        label = self.label

        text = self.text

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        annotator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotator, Unset):
            annotator = self.annotator.to_dict()

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
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if annotator is not UNSET:
            field_dict["annotator"] = annotator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
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

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError):
                raise SchemaMismatch.expected(
                    "an ISO 8601 date-time string", _updated_at, "updated_at"
                ) from None

        _annotator = src_dict.get("annotator", UNSET)
        annotator: AnnotatorUser | Unset
        if _annotator is UNSET:
            annotator = UNSET
        else:
            try:
                if type(_annotator) is not dict:
                    raise SchemaMismatch.expected("an object", _annotator)
                annotator = AnnotatorUser.from_dict(_annotator)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "annotator")

        if cls is Annotation:
            annotation = cls.__new__(cls)
            annotation.name = name
            annotation.score = score
            annotation.label = label
            annotation.text = text
            annotation.updated_at = updated_at
            annotation.annotator = annotator
            annotation.additional_properties = {}
        else:
            annotation = cls(
                name=name,
                score=score,
                label=label,
                text=text,
                updated_at=updated_at,
                annotator=annotator,
            )

        if len(src_dict) > 1 + (score is not UNSET) + (label is not UNSET) + (
            text is not UNSET
        ) + (updated_at is not UNSET) + (annotator is not UNSET):
            annotation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotation

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
        "updated_at",
        "annotator",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotatorUser
    from ..models.annotator_user import AnnotatorUser  # noqa: PLC0415

    _lazy_imports_pending = False
