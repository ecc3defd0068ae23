from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="ExperimentRun")


@_attrs_define
class ExperimentRun:
    """
    Attributes:
        id (str):
        example_id (None | str | Unset):
        output (None | str | Unset):
        error (None | str | Unset):
        annotations (list[Annotation] | Unset):
    """

    id: str
    example_id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    annotations: list[Annotation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        example_id: None | str | Unset
        if isinstance(self.example_id, Unset):
            example_id = UNSET
        else:
            example_id = self.example_id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if example_id is not UNSET:
            field_dict["example_id"] = example_id
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        example_id: None | str | Unset = src_dict.get("example_id", UNSET)
        if (
            example_id is not None
            and type(example_id) is not str
            and example_id is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", example_id, "example_id")

        output: None | str | Unset = src_dict.get("output", UNSET)
        if output is not None and type(output) is not str and output is not UNSET:
            raise SchemaMismatch.expected("a string or null", output, "output")

        error: None | str | Unset = src_dict.get("error", UNSET)
        if error is not None and type(error) is not str and error is not UNSET:
            raise SchemaMismatch.expected("a string or null", error, "error")

        _annotations = src_dict.get("annotations", UNSET)
        annotations: list[Annotation] | Unset
        if _annotations is UNSET:
            annotations = UNSET
        else:
            try:
                if type(_annotations) is not list:
                    raise SchemaMismatch.expected("an array", _annotations)
                annotations_items: list[Annotation] = []
                for annotations_item in _annotations:
                    try:
                        if type(annotations_item) is not dict:
                            raise SchemaMismatch.expected("an object", annotations_item)
                        annotations_value = Annotation.from_dict(annotations_item)

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(annotations_items))
                    annotations_items.append(annotations_value)
                annotations = annotations_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "annotations")

        if cls is ExperimentRun:
            experiment_run = cls.__new__(cls)
            experiment_run.id = id
            experiment_run.example_id = example_id
            experiment_run.output = output
            experiment_run.error = error
            experiment_run.annotations = annotations
            experiment_run.additional_properties = {}
        else:
            experiment_run = cls(
                id=id,
                example_id=example_id,
                output=output,
                error=error,
                annotations=annotations,
            )

        if len(src_dict) > 1 + (example_id is not UNSET) + (output is not UNSET) + (
            error is not UNSET
        ) + (annotations is not UNSET):
            experiment_run.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return experiment_run

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
        "id",
        "example_id",
        "output",
        "error",
        "annotations",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global Annotation
    from ..models.annotation import Annotation  # noqa: PLC0415

    _lazy_imports_pending = False
