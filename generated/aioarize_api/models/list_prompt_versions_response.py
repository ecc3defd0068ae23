from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.prompt_version import PromptVersion


T = TypeVar("T", bound="ListPromptVersionsResponse")


@_attrs_define
class ListPromptVersionsResponse:
    """
    Attributes:
        prompt_versions (list[PromptVersion]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    prompt_versions: list[PromptVersion]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        prompt_versions = []
        for prompt_versions_item_data in self.prompt_versions:
            prompt_versions_item = prompt_versions_item_data.to_dict()
            prompt_versions.append(prompt_versions_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_versions": prompt_versions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _prompt_versions = src_dict["prompt_versions"]
        prompt_versions: list[PromptVersion]
        try:
            if type(_prompt_versions) is not list:
                raise SchemaMismatch.expected("an array", _prompt_versions)
            prompt_versions_items: list[PromptVersion] = []
            for prompt_versions_item in _prompt_versions:
                try:
                    if type(prompt_versions_item) is not dict:
                        raise SchemaMismatch.expected("an object", prompt_versions_item)
                    prompt_versions_value = PromptVersion.from_dict(
                        prompt_versions_item
                    )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(prompt_versions_items))
                prompt_versions_items.append(prompt_versions_value)
            prompt_versions = prompt_versions_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "prompt_versions")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListPromptVersionsResponse:
            list_prompt_versions_response = cls.__new__(cls)
            list_prompt_versions_response.prompt_versions = prompt_versions
            list_prompt_versions_response.pagination = pagination
            list_prompt_versions_response.additional_properties = {}
        else:
            list_prompt_versions_response = cls(
                prompt_versions=prompt_versions,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_prompt_versions_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_prompt_versions_response

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
        "prompt_versions",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global PromptVersion
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.prompt_version import PromptVersion  # noqa: PLC0415

    _lazy_imports_pending = False
