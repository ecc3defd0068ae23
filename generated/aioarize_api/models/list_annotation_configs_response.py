from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.categorical_annotation_config import CategoricalAnnotationConfig
    from ..models.continuous_annotation_config import ContinuousAnnotationConfig
    from ..models.freeform_annotation_config import FreeformAnnotationConfig
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.unknown_annotation_config import UnknownAnnotationConfig


T = TypeVar("T", bound="ListAnnotationConfigsResponse")


@_attrs_define
class ListAnnotationConfigsResponse:
    """
    Attributes:
        annotation_configs (list[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig |
            UnknownAnnotationConfig]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    annotation_configs: list[
        CategoricalAnnotationConfig
        | ContinuousAnnotationConfig
        | FreeformAnnotationConfig
        | UnknownAnnotationConfig
    ]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        annotation_configs = []
        for annotation_configs_item_data in self.annotation_configs:
            annotation_configs_item: dict[str, Any]
            if isinstance(annotation_configs_item_data, ContinuousAnnotationConfig):
                annotation_configs_item = annotation_configs_item_data.to_dict()
            elif isinstance(annotation_configs_item_data, CategoricalAnnotationConfig):
                annotation_configs_item = annotation_configs_item_data.to_dict()
            elif isinstance(annotation_configs_item_data, FreeformAnnotationConfig):
                annotation_configs_item = annotation_configs_item_data.to_dict()
            else:
                annotation_configs_item = annotation_configs_item_data.to_dict()

            annotation_configs.append(annotation_configs_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_configs": annotation_configs,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _annotation_configs = src_dict["annotation_configs"]
        annotation_configs: list[
            CategoricalAnnotationConfig
            | ContinuousAnnotationConfig
            | FreeformAnnotationConfig
            | UnknownAnnotationConfig
        ]
        try:
            if type(_annotation_configs) is not list:
                raise SchemaMismatch.expected("an array", _annotation_configs)
            annotation_configs_items: list[
                CategoricalAnnotationConfig
                | ContinuousAnnotationConfig
                | FreeformAnnotationConfig
                | UnknownAnnotationConfig
            ] = []
            for annotation_configs_item in _annotation_configs:
                annotation_configs_value: (
                    CategoricalAnnotationConfig
                    | ContinuousAnnotationConfig
                    | FreeformAnnotationConfig
                    | UnknownAnnotationConfig
                )
                try:
                    if type(annotation_configs_item) is dict:
                        annotation_configs_item_discriminator = annotation_configs_item[
                            "type"
                        ]
                        if annotation_configs_item_discriminator == "CONTINUOUS":
                            annotation_configs_value = (
                                ContinuousAnnotationConfig.from_dict(
                                    annotation_configs_item
                                )
                            )

                        elif annotation_configs_item_discriminator == "CATEGORICAL":
                            annotation_configs_value = (
                                CategoricalAnnotationConfig.from_dict(
                                    annotation_configs_item
                                )
                            )

                        elif annotation_configs_item_discriminator == "FREEFORM":
                            annotation_configs_value = (
                                FreeformAnnotationConfig.from_dict(
                                    annotation_configs_item
                                )
                            )

                        elif type(annotation_configs_item_discriminator) is str:
                            annotation_configs_value = (
                                UnknownAnnotationConfig.from_dict(
                                    annotation_configs_item
                                )
                            )

                        else:
                            raise SchemaMismatch.expected(
                                "a string",
                                annotation_configs_item_discriminator,
                                "type",
                            )

                    else:
                        raise SchemaMismatch.expected(
                            "an object", annotation_configs_item
                        )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(annotation_configs_items))
                annotation_configs_items.append(annotation_configs_value)
            annotation_configs = annotation_configs_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "annotation_configs")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListAnnotationConfigsResponse:
            list_annotation_configs_response = cls.__new__(cls)
            list_annotation_configs_response.annotation_configs = annotation_configs
            list_annotation_configs_response.pagination = pagination
            list_annotation_configs_response.additional_properties = {}
        else:
            list_annotation_configs_response = cls(
                annotation_configs=annotation_configs,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_annotation_configs_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_annotation_configs_response

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
        "annotation_configs",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global CategoricalAnnotationConfig
    global ContinuousAnnotationConfig
    global FreeformAnnotationConfig
    global PaginationMetadata
    global UnknownAnnotationConfig
    from ..models.categorical_annotation_config import CategoricalAnnotationConfig  # noqa: PLC0415
    from ..models.continuous_annotation_config import ContinuousAnnotationConfig  # noqa: PLC0415
    from ..models.freeform_annotation_config import FreeformAnnotationConfig  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.unknown_annotation_config import UnknownAnnotationConfig  # noqa: PLC0415

    _lazy_imports_pending = False
