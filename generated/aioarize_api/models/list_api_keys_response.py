from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.service_api_key import ServiceApiKey
    from ..models.unknown_api_key import UnknownApiKey
    from ..models.user_api_key import UserApiKey


T = TypeVar("T", bound="ListApiKeysResponse")


@_attrs_define
class ListApiKeysResponse:
    """
    Attributes:
        api_keys (list[ServiceApiKey | UnknownApiKey | UserApiKey]):
        pagination (PaginationMetadata): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
    """

    api_keys: list[ServiceApiKey | UnknownApiKey | UserApiKey]
    pagination: PaginationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item: dict[str, Any]
            if isinstance(api_keys_item_data, UserApiKey):
                api_keys_item = api_keys_item_data.to_dict()
            elif isinstance(api_keys_item_data, ServiceApiKey):
                api_keys_item = api_keys_item_data.to_dict()
            else:
                api_keys_item = api_keys_item_data.to_dict()

            api_keys.append(api_keys_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_keys": api_keys,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _lazy_imports_pending:
            _resolve_lazy_imports()
        _api_keys = src_dict["api_keys"]
        api_keys: list[ServiceApiKey | UnknownApiKey | UserApiKey]
        try:
            if type(_api_keys) is not list:
                raise SchemaMismatch.expected("an array", _api_keys)
            api_keys_items: list[ServiceApiKey | UnknownApiKey | UserApiKey] = []
            for api_keys_item in _api_keys:
                api_keys_value: ServiceApiKey | UnknownApiKey | UserApiKey
                try:
                    if type(api_keys_item) is dict:
                        api_keys_item_discriminator = api_keys_item["key_type"]
                        if api_keys_item_discriminator == "USER":
                            api_keys_value = UserApiKey.from_dict(api_keys_item)

                        elif api_keys_item_discriminator == "SERVICE":
                            api_keys_value = ServiceApiKey.from_dict(api_keys_item)

                        elif type(api_keys_item_discriminator) is str:
                            api_keys_value = UnknownApiKey.from_dict(api_keys_item)

                        else:
                            raise SchemaMismatch.expected(
                                "a string", api_keys_item_discriminator, "key_type"
                            )

                    else:
                        raise SchemaMismatch.expected("an object", api_keys_item)

                except Exception as error_:
                    raise SchemaMismatch.at(error_, len(api_keys_items))
                api_keys_items.append(api_keys_value)
            api_keys = api_keys_items

        except Exception as error_:
            raise SchemaMismatch.at(error_, "api_keys")

        _pagination = src_dict["pagination"]
        pagination: PaginationMetadata
        try:
            if type(_pagination) is not dict:
                raise SchemaMismatch.expected("an object", _pagination)
            pagination = PaginationMetadata.from_dict(_pagination)

        except Exception as error_:
            raise SchemaMismatch.at(error_, "pagination")

        if cls is ListApiKeysResponse:
            list_api_keys_response = cls.__new__(cls)
            list_api_keys_response.api_keys = api_keys
            list_api_keys_response.pagination = pagination
            list_api_keys_response.additional_properties = {}
        else:
            list_api_keys_response = cls(
                api_keys=api_keys,
                pagination=pagination,
            )

        if len(src_dict) > 2:
            list_api_keys_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }

        return list_api_keys_response

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
        "api_keys",
        "pagination",
    }
)

_lazy_imports_pending = True


def _resolve_lazy_imports() -> None:
    global _lazy_imports_pending
    global PaginationMetadata
    global ServiceApiKey
    global UnknownApiKey
    global UserApiKey
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.service_api_key import ServiceApiKey  # noqa: PLC0415
    from ..models.unknown_api_key import UnknownApiKey  # noqa: PLC0415
    from ..models.user_api_key import UserApiKey  # noqa: PLC0415

    _lazy_imports_pending = False
