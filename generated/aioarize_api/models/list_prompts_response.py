from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.prompt import Prompt


T = TypeVar("T", bound="ListPromptsResponse")


@_attrs_define
class ListPromptsResponse:
    """
    Attributes:
        prompts (list[Prompt]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    prompts: list[Prompt]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        prompts = []
        for prompts_item_data in self.prompts:
            prompts_item = prompts_item_data.to_dict()
            prompts.append(prompts_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompts": prompts,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _prompts = src_dict["prompts"]
        prompts: list[Prompt]
        try:
            if type(_prompts) is not list:
                raise SchemaMismatch.expected("an array", _prompts)
            prompts_items: list[Prompt] = []
            for prompts_item in _prompts:
                try:
                    if type(prompts_item) is not dict:
                        raise SchemaMismatch.expected("an object", prompts_item)
                    prompts_value = Prompt.from_dict(prompts_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(prompts_items))
                prompts_items.append(prompts_value)
            prompts = prompts_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "prompts")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListPromptsResponse:
            list_prompts_response = cls.__new__(cls)
            list_prompts_response.prompts = prompts
            list_prompts_response.pagination = pagination
            list_prompts_response.additional_properties = {}
        else:
            list_prompts_response = cls(
                prompts=prompts,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_prompts_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_prompts_response

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
        "prompts",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global Prompt
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.prompt import Prompt  # noqa: PLC0415

    _lazy_imports_pending = False
