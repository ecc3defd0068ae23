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
        id: str = src_dict["id"]
        if type(id) is not str:
            raise SchemaMismatch.expected("a string", id, "id")

        name: str = src_dict["name"]
        if type(name) is not str:
            raise SchemaMismatch.expected("a string", name, "name")

        space_id: str = src_dict["space_id"]
        if type(space_id) is not str:
            raise SchemaMismatch.expected("a string", space_id, "space_id")

        _annotators = src_dict["annotators"]
        annotators: list[AnnotatorUser]
        try:
            if type(_annotators) is not list:
                raise SchemaMismatch.expected("an array", _annotators)
            annotators_items: list[AnnotatorUser] = []
            for annotators_item in _annotators:
                try:
                    if type(annotators_item) is not dict:
                        raise SchemaMismatch.expected("an object", annotators_item)
                    annotators_value = AnnotatorUser.from_dict(annotators_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(annotators_items))
                annotators_items.append(annotators_value)
            annotators = annotators_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "annotators")

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _created_at, "created_at"
            ) from None

        _updated_at = src_dict["updated_at"]
        updated_at: datetime.datetime
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (TypeError, ValueError):
            raise SchemaMismatch.expected(
                "an ISO 8601 date-time string", _updated_at, "updated_at"
            ) from None

        instructions: None | str | Unset = src_dict.get("instructions", UNSET)
        if (
            instructions is not None
            and type(instructions) is not str
            and instructions is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", instructions, "instructions"
            )

        _annotation_configs = src_dict.get("annotation_configs", UNSET)
        annotation_configs: (
            list[
                CategoricalAnnotationConfig
                | ContinuousAnnotationConfig
                | FreeformAnnotationConfig
                | UnknownAnnotationConfig
            ]
            | Unset
        )
        if _annotation_configs is UNSET:
            annotation_configs = UNSET
        else:
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
                            annotation_configs_item_discriminator = (
                                annotation_configs_item["type"]
                            )
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

        _column_allowlist = src_dict.get("column_allowlist", UNSET)
        column_allowlist: list[str] | None | Unset
        if _column_allowlist is UNSET:
            column_allowlist = UNSET
        else:
            try:
                if _column_allowlist is None:
                    column_allowlist = None
                elif type(_column_allowlist) is list:
                    for column_allowlist_type_0_item in _column_allowlist:
                        if type(column_allowlist_type_0_item) is not str:
                            raise SchemaMismatch.expected_item(
                                "a string",
                                _column_allowlist,
                                column_allowlist_type_0_item,
                            )
                    column_allowlist = _column_allowlist

                else:
                    raise SchemaMismatch.expected("an array or null", _column_allowlist)

            except Exception as error_:
                raise SchemaMismatch.at(error_, "column_allowlist")

        if cls is AnnotationQueue:
            annotation_queue = cls.__new__(cls)
            annotation_queue.id = id
            annotation_queue.name = name
            annotation_queue.space_id = space_id
            annotation_queue.annotators = annotators
            annotation_queue.created_at = created_at
            annotation_queue.updated_at = updated_at
            annotation_queue.instructions = instructions
            annotation_queue.annotation_configs = annotation_configs
            annotation_queue.column_allowlist = column_allowlist
            annotation_queue.additional_properties = {}
        else:
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
