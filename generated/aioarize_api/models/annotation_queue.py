from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotator_user import AnnotatorUser
    from ..models.categorical_annotation_config import CategoricalAnnotationConfig
    from ..models.continuous_annotation_config import ContinuousAnnotationConfig
    from ..models.freeform_annotation_config import FreeformAnnotationConfig
    from ..models.unknown_annotation_config import UnknownAnnotationConfig


T = TypeVar("T", bound="AnnotationQueue")


@_attrs_define
class AnnotationQueue:
    """
    Attributes:
        id (str):
        name (str):
        space_id (str):
        annotators (list[AnnotatorUser]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        instructions (None | str | Unset):
        annotation_configs (list[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig |
            UnknownAnnotationConfig] | Unset):
        column_allowlist (list[str] | None | Unset):
    """

    id: str
    name: str
    space_id: str
    annotators: list[AnnotatorUser]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    instructions: None | str | Unset = UNSET
    annotation_configs: (
        list[
            CategoricalAnnotationConfig
            | ContinuousAnnotationConfig
            | FreeformAnnotationConfig
            | UnknownAnnotationConfig
        ]
        | Unset
    ) = UNSET
    column_allowlist: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = self.id

        name = self.name

        space_id = self.space_id

        annotators = []
        for annotators_item_data in self.annotators:
            annotators_item = annotators_item_data.to_dict()
            annotators.append(annotators_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        annotation_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotation_configs, Unset):
            annotation_configs = []
            for annotation_configs_item_data in self.annotation_configs:
                annotation_configs_item: dict[str, Any]
                if isinstance(annotation_configs_item_data, ContinuousAnnotationConfig):
                    annotation_configs_item = annotation_configs_item_data.to_dict()
                elif isinstance(
                    annotation_configs_item_data, CategoricalAnnotationConfig
                ):
                    annotation_configs_item = annotation_configs_item_data.to_dict()
                elif isinstance(annotation_configs_item_data, FreeformAnnotationConfig):
                    annotation_configs_item = annotation_configs_item_data.to_dict()
                else:
                    annotation_configs_item = annotation_configs_item_data.to_dict()

                annotation_configs.append(annotation_configs_item)

        column_allowlist: list[str] | None | Unset
        if isinstance(self.column_allowlist, Unset):
            column_allowlist = UNSET
        elif isinstance(self.column_allowlist, list):
            column_allowlist = self.column_allowlist

        else:
            column_allowlist = self.column_allowlist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "space_id": space_id,
                "annotators": annotators,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if annotation_configs is not UNSET:
            field_dict["annotation_configs"] = annotation_configs
        if column_allowlist is not UNSET:
            field_dict["column_allowlist"] = column_allowlist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        id = src_dict["id"]

        name = src_dict["name"]

        space_id = src_dict["space_id"]

        annotators = [
            AnnotatorUser.from_dict(annotators_item_data)
            for annotators_item_data in src_dict["annotators"]
        ]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        instructions: None | str | Unset = src_dict.get("instructions", UNSET)

        _annotation_configs = src_dict.get("annotation_configs", UNSET)
        annotation_configs: (
            list[
                CategoricalAnnotationConfig
                | ContinuousAnnotationConfig
                | FreeformAnnotationConfig
                | UnknownAnnotationConfig
            ]
            | Unset
        ) = UNSET
        if _annotation_configs is not UNSET:
            annotation_configs = []
            for annotation_configs_item_data in _annotation_configs:

                def _parse_annotation_configs_item(
                    data: object,
                ) -> (
                    CategoricalAnnotationConfig
                    | ContinuousAnnotationConfig
                    | FreeformAnnotationConfig
                    | UnknownAnnotationConfig
                ):
                    if not isinstance(data, dict):
                        raise TypeError(
                            f"expected a JSON object, got {type(data).__name__}"
                        )
                    discriminator = data["type"]
                    if discriminator == "CONTINUOUS":
                        componentsschemas_annotation_config_type_0 = (
                            ContinuousAnnotationConfig.from_dict(data)
                        )

                        return componentsschemas_annotation_config_type_0
                    if discriminator == "CATEGORICAL":
                        componentsschemas_annotation_config_type_1 = (
                            CategoricalAnnotationConfig.from_dict(data)
                        )

                        return componentsschemas_annotation_config_type_1
                    if discriminator == "FREEFORM":
                        componentsschemas_annotation_config_type_2 = (
                            FreeformAnnotationConfig.from_dict(data)
                        )

                        return componentsschemas_annotation_config_type_2
                    if not isinstance(discriminator, str):
                        raise TypeError(
                            f"type: expected a string, got {type(discriminator).__name__}"
                        )
                    componentsschemas_annotation_config_type_3 = (
                        UnknownAnnotationConfig.from_dict(data)
                    )

                    return componentsschemas_annotation_config_type_3

                annotation_configs_item = _parse_annotation_configs_item(
                    annotation_configs_item_data
                )

                annotation_configs.append(annotation_configs_item)

        def _parse_column_allowlist(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_allowlist_type_0 = cast(list[str], data)

                return column_allowlist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        column_allowlist = _parse_column_allowlist(
            src_dict.get("column_allowlist", UNSET)
        )

        annotation_queue = cls(
            id=id,
            name=name,
            space_id=space_id,
            annotators=annotators,
            created_at=created_at,
            updated_at=updated_at,
            instructions=instructions,
            annotation_configs=annotation_configs,
            column_allowlist=column_allowlist,
        )

        if len(src_dict) > 6 + (instructions is not UNSET) + (
            annotation_configs is not UNSET
        ) + (column_allowlist is not UNSET):
            annotation_queue.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return annotation_queue

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
        "name",
        "space_id",
        "annotators",
        "created_at",
        "updated_at",
        "instructions",
        "annotation_configs",
        "column_allowlist",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global AnnotatorUser
    global CategoricalAnnotationConfig
    global ContinuousAnnotationConfig
    global FreeformAnnotationConfig
    global UnknownAnnotationConfig
    from ..models.annotator_user import AnnotatorUser  # noqa: PLC0415
    from ..models.categorical_annotation_config import CategoricalAnnotationConfig  # noqa: PLC0415
    from ..models.continuous_annotation_config import ContinuousAnnotationConfig  # noqa: PLC0415
    from ..models.freeform_annotation_config import FreeformAnnotationConfig  # noqa: PLC0415
    from ..models.unknown_annotation_config import UnknownAnnotationConfig  # noqa: PLC0415

    _lazy_imports_pending = False
