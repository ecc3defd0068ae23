from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_column_source_field import DatasetColumnSourceField
    from ..models.nested_json_field_source_field import NestedJsonFieldSourceField
    from ..models.unknown_widget_source_field import UnknownWidgetSourceField


T = TypeVar("T", bound="DatasetSource")


@_attrs_define
class DatasetSource:
    """
    Attributes:
        dataset_id (None | str | Unset):
        dataset_version_id (None | str | Unset):
        experiment_id (None | str | Unset):
        source_fields (list[DatasetColumnSourceField | NestedJsonFieldSourceField | UnknownWidgetSourceField] | Unset):
    """

    dataset_id: None | str | Unset = UNSET
    dataset_version_id: None | str | Unset = UNSET
    experiment_id: None | str | Unset = UNSET
    source_fields: (
        list[
            DatasetColumnSourceField
            | NestedJsonFieldSourceField
            | UnknownWidgetSourceField
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        dataset_version_id: None | str | Unset
        if isinstance(self.dataset_version_id, Unset):
            dataset_version_id = UNSET
        else:
            dataset_version_id = self.dataset_version_id

        experiment_id: None | str | Unset
        if isinstance(self.experiment_id, Unset):
            experiment_id = UNSET
        else:
            experiment_id = self.experiment_id

        source_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_fields, Unset):
            source_fields = []
            for source_fields_item_data in self.source_fields:
                source_fields_item: dict[str, Any]
                if isinstance(source_fields_item_data, DatasetColumnSourceField):
                    source_fields_item = source_fields_item_data.to_dict()
                elif isinstance(source_fields_item_data, NestedJsonFieldSourceField):
                    source_fields_item = source_fields_item_data.to_dict()
                else:
                    source_fields_item = source_fields_item_data.to_dict()

                source_fields.append(source_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if source_fields is not UNSET:
            field_dict["source_fields"] = source_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        dataset_id: None | str | Unset = src_dict.get("dataset_id", UNSET)
        if (
            dataset_id is not None
            and type(dataset_id) is not str
            and dataset_id is not UNSET
        ):
            raise SchemaMismatch.expected("a string or null", dataset_id, "dataset_id")

        dataset_version_id: None | str | Unset = src_dict.get(
            "dataset_version_id", UNSET
        )
        if (
            dataset_version_id is not None
            and type(dataset_version_id) is not str
            and dataset_version_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", dataset_version_id, "dataset_version_id"
            )

        experiment_id: None | str | Unset = src_dict.get("experiment_id", UNSET)
        if (
            experiment_id is not None
            and type(experiment_id) is not str
            and experiment_id is not UNSET
        ):
            raise SchemaMismatch.expected(
                "a string or null", experiment_id, "experiment_id"
            )

        _source_fields = src_dict.get("source_fields", UNSET)
        source_fields: (
            list[
                DatasetColumnSourceField
                | NestedJsonFieldSourceField
                | UnknownWidgetSourceField
            ]
            | Unset
        )
        if _source_fields is UNSET:
            source_fields = UNSET
        else:
            try:
                if type(_source_fields) is not list:
                    raise SchemaMismatch.expected("an array", _source_fields)
                source_fields_items: list[
                    DatasetColumnSourceField
                    | NestedJsonFieldSourceField
                    | UnknownWidgetSourceField
                ] = []
                for source_fields_item in _source_fields:
                    source_fields_value: (
                        DatasetColumnSourceField
                        | NestedJsonFieldSourceField
                        | UnknownWidgetSourceField
                    )
                    try:
                        if type(source_fields_item) is dict:
                            source_fields_item_discriminator = source_fields_item[
                                "kind"
                            ]
                            if source_fields_item_discriminator == "DATASET_COLUMN":
                                source_fields_value = (
                                    DatasetColumnSourceField.from_dict(
                                        source_fields_item
                                    )
                                )

                            elif (
                                source_fields_item_discriminator == "NESTED_JSON_FIELD"
                            ):
                                source_fields_value = (
                                    NestedJsonFieldSourceField.from_dict(
                                        source_fields_item
                                    )
                                )

                            elif type(source_fields_item_discriminator) is str:
                                source_fields_value = (
                                    UnknownWidgetSourceField.from_dict(
                                        source_fields_item
                                    )
                                )

                            else:
                                raise SchemaMismatch.expected(
                                    "a string", source_fields_item_discriminator, "kind"
                                )

                        else:
                            raise SchemaMismatch.expected(
                                "an object", source_fields_item
                            )

                    except Exception as error_:
                        raise SchemaMismatch.at(error_, len(source_fields_items))
                    source_fields_items.append(source_fields_value)
                source_fields = source_fields_items

            except Exception as error_:
                raise SchemaMismatch.at(error_, "source_fields")

        if cls is DatasetSource:
            dataset_source = cls.__new__(cls)
            dataset_source.dataset_id = dataset_id
            dataset_source.dataset_version_id = dataset_version_id
            dataset_source.experiment_id = experiment_id
            dataset_source.source_fields = source_fields
            dataset_source.additional_properties = {}
        else:
            dataset_source = cls(
                dataset_id=dataset_id,
                dataset_version_id=dataset_version_id,
                experiment_id=experiment_id,
                source_fields=source_fields,
            )

        if len(src_dict) > (dataset_id is not UNSET) + (
            dataset_version_id is not UNSET
        ) + (experiment_id is not UNSET) + (source_fields is not UNSET):
            dataset_source.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return dataset_source

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
        "dataset_id",
        "dataset_version_id",
        "experiment_id",
        "source_fields",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global DatasetColumnSourceField
    global NestedJsonFieldSourceField
    global UnknownWidgetSourceField
    from ..models.dataset_column_source_field import DatasetColumnSourceField  # noqa: PLC0415
    from ..models.nested_json_field_source_field import NestedJsonFieldSourceField  # noqa: PLC0415
    from ..models.unknown_widget_source_field import UnknownWidgetSourceField  # noqa: PLC0415

    _lazy_imports_pending = False
