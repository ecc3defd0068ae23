from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentRunInput")


@_attrs_define
class ExperimentRunInput:
    """
    Attributes:
        output (str):
        example_id (None | str | Unset):
    """

    output: str
    example_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        example_id: None | str | Unset
        if isinstance(self.example_id, Unset):
            example_id = UNSET
        else:
            example_id = self.example_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )
        if example_id is not UNSET:
            field_dict["example_id"] = example_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        output: str = src_dict["output"]
        if type(output) is not str:
            raise SchemaMismatch.expected("a string", output, "output")

        example_id: None | str | Unset = src_dict.get("example_id", UNSET)
        if (
            example_id is not None
            and type(example_id) is not str
            and example_id is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", example_id, "example_id")

        if cls is ExperimentRunInput:
            experiment_run_input = cls.__new__(cls)
            experiment_run_input.output = output
            experiment_run_input.example_id = example_id
            experiment_run_input.additional_properties = {}
        else:
            experiment_run_input = cls(
                output=output,
                example_id=example_id,
            )

        if len(src_dict) > 1 + (example_id is not UNSET):
            experiment_run_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return experiment_run_input

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
        "output",
        "example_id",
    }
)
