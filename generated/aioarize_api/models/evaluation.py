from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_metadata import EvaluationMetadata


T = TypeVar("T", bound="Evaluation")


@_attrs_define
class Evaluation:
    """
    Attributes:
        name (str):
        score (float | Unset):
        label (str | Unset):
        explanation (str | Unset):
        metadata (EvaluationMetadata | Unset):
    """

    name: str
    score: float | Unset = UNSET
    label: str | Unset = UNSET
    explanation: str | Unset = UNSET
    metadata: EvaluationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        name = self.name

        score = self.score

        label = self.label

        explanation = self.explanation

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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

        explanation: str | Unset = src_dict.get("explanation", UNSET)
        if type(explanation) is not str and explanation is not UNSET:
            raise SchemaMismatch.expected("a string", explanation, "explanation")

        _metadata = src_dict.get("metadata", UNSET)
        metadata: EvaluationMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            try:
                if type(_metadata) is not dict:
                    raise SchemaMismatch.expected("an object", _metadata)
                metadata = EvaluationMetadata.from_dict(_metadata)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "metadata")

        if cls is Evaluation:
            evaluation = cls.__new__(cls)
            evaluation.name = name
            evaluation.score = score
            evaluation.label = label
            evaluation.explanation = explanation
            evaluation.metadata = metadata
            evaluation.additional_properties = {}
        else:
            evaluation = cls(
                name=name,
                score=score,
                label=label,
                explanation=explanation,
                metadata=metadata,
            )

        if len(src_dict) > 1 + (score is not UNSET) + (label is not UNSET) + (
            explanation is not UNSET
        ) + (metadata is not UNSET):
            evaluation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return evaluation

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
        "explanation",
        "metadata",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global EvaluationMetadata
    from ..models.evaluation_metadata import EvaluationMetadata  # noqa: PLC0415

    _lazy_imports_pending = False
