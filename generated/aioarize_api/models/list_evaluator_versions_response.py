from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.evaluator_version_code import EvaluatorVersionCode
    from ..models.evaluator_version_harness import EvaluatorVersionHarness
    from ..models.evaluator_version_remote import EvaluatorVersionRemote
    from ..models.evaluator_version_template import EvaluatorVersionTemplate
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.unknown_evaluator_version import UnknownEvaluatorVersion


T = TypeVar("T", bound="ListEvaluatorVersionsResponse")


@_attrs_define
class ListEvaluatorVersionsResponse:
    """
    Attributes:
        evaluator_versions (list[EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote |
            EvaluatorVersionTemplate | UnknownEvaluatorVersion]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    evaluator_versions: list[
        EvaluatorVersionCode
        | EvaluatorVersionHarness
        | EvaluatorVersionRemote
        | EvaluatorVersionTemplate
        | UnknownEvaluatorVersion
    ]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        evaluator_versions = []
        for evaluator_versions_item_data in self.evaluator_versions:
            evaluator_versions_item: dict[str, Any]
            if isinstance(evaluator_versions_item_data, EvaluatorVersionTemplate):
                evaluator_versions_item = evaluator_versions_item_data.to_dict()
            elif isinstance(evaluator_versions_item_data, EvaluatorVersionCode):
                evaluator_versions_item = evaluator_versions_item_data.to_dict()
            elif isinstance(evaluator_versions_item_data, EvaluatorVersionHarness):
                evaluator_versions_item = evaluator_versions_item_data.to_dict()
            elif isinstance(evaluator_versions_item_data, EvaluatorVersionRemote):
                evaluator_versions_item = evaluator_versions_item_data.to_dict()
            else:
                evaluator_versions_item = evaluator_versions_item_data.to_dict()

            evaluator_versions.append(evaluator_versions_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_versions": evaluator_versions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _evaluator_versions = src_dict["evaluator_versions"]
        evaluator_versions: list[
            EvaluatorVersionCode
            | EvaluatorVersionHarness
            | EvaluatorVersionRemote
            | EvaluatorVersionTemplate
            | UnknownEvaluatorVersion
        ]
        try:
            if type(_evaluator_versions) is not list:
                raise SchemaMismatch.expected("an array", _evaluator_versions)
            evaluator_versions_items: list[
                EvaluatorVersionCode
                | EvaluatorVersionHarness
                | EvaluatorVersionRemote
                | EvaluatorVersionTemplate
                | UnknownEvaluatorVersion
            ] = []
            for evaluator_versions_item in _evaluator_versions:
                evaluator_versions_value: (
                    EvaluatorVersionCode
                    | EvaluatorVersionHarness
                    | EvaluatorVersionRemote
                    | EvaluatorVersionTemplate
                    | UnknownEvaluatorVersion
                )
                try:
                    if type(evaluator_versions_item) is dict:
                        evaluator_versions_item_discriminator = evaluator_versions_item[
                            "type"
                        ]
                        if evaluator_versions_item_discriminator == "TEMPLATE":
                            evaluator_versions_value = (
                                EvaluatorVersionTemplate.from_dict(
                                    evaluator_versions_item
                                )
                            )

                        elif evaluator_versions_item_discriminator == "CODE":
                            evaluator_versions_value = EvaluatorVersionCode.from_dict(
                                evaluator_versions_item
                            )

                        elif evaluator_versions_item_discriminator == "HARNESS":
                            evaluator_versions_value = (
                                EvaluatorVersionHarness.from_dict(
                                    evaluator_versions_item
                                )
                            )

                        elif evaluator_versions_item_discriminator == "REMOTE":
                            evaluator_versions_value = EvaluatorVersionRemote.from_dict(
                                evaluator_versions_item
                            )

                        elif type(evaluator_versions_item_discriminator) is str:
                            evaluator_versions_value = (
                                UnknownEvaluatorVersion.from_dict(
                                    evaluator_versions_item
                                )
                            )

                        else:
                            raise SchemaMismatch.expected(
                                "a string",
                                evaluator_versions_item_discriminator,
                                "type",
                            )

                    else:
                        raise SchemaMismatch.expected(
                            "an object", evaluator_versions_item
                        )

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(evaluator_versions_items))
                evaluator_versions_items.append(evaluator_versions_value)
            evaluator_versions = evaluator_versions_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "evaluator_versions")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListEvaluatorVersionsResponse:
            list_evaluator_versions_response = cls.__new__(cls)
            list_evaluator_versions_response.evaluator_versions = evaluator_versions
            list_evaluator_versions_response.pagination = pagination
            list_evaluator_versions_response.additional_properties = {}
        else:
            list_evaluator_versions_response = cls(
                evaluator_versions=evaluator_versions,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_evaluator_versions_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_evaluator_versions_response

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
        "evaluator_versions",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global EvaluatorVersionCode
    global EvaluatorVersionHarness
    global EvaluatorVersionRemote
    global EvaluatorVersionTemplate
    global PaginationMetadata
    global UnknownEvaluatorVersion
    from ..models.evaluator_version_code import EvaluatorVersionCode  # noqa: PLC0415
    from ..models.evaluator_version_harness import EvaluatorVersionHarness  # noqa: PLC0415
    from ..models.evaluator_version_remote import EvaluatorVersionRemote  # noqa: PLC0415
    from ..models.evaluator_version_template import EvaluatorVersionTemplate  # noqa: PLC0415
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.unknown_evaluator_version import UnknownEvaluatorVersion  # noqa: PLC0415

    _lazy_imports_pending = False
