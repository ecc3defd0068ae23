from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        api_keys = []
        _api_keys = src_dict["api_keys"]
        for api_keys_item_data in _api_keys:

            def _parse_api_keys_item(
                data: object,
            ) -> ServiceApiKey | UnknownApiKey | UserApiKey:
                if not isinstance(data, dict):
                    raise TypeError(
                        f"expected a JSON object, got {type(data).__name__}"
                    )
                discriminator = data["key_type"]
                if discriminator == "USER":
                    componentsschemas_api_key_type_0 = UserApiKey.from_dict(data)

                    return componentsschemas_api_key_type_0
                if discriminator == "SERVICE":
                    componentsschemas_api_key_type_1 = ServiceApiKey.from_dict(data)

                    return componentsschemas_api_key_type_1
                if not isinstance(discriminator, str):
                    raise TypeError(
                        f"key_type: expected a string, got {type(discriminator).__name__}"
                    )
                componentsschemas_api_key_type_2 = UnknownApiKey.from_dict(data)

                return componentsschemas_api_key_type_2

            api_keys_item = _parse_api_keys_item(api_keys_item_data)

            api_keys.append(api_keys_item)

        pagination = PaginationMetadata.from_dict(src_dict["pagination"])

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
