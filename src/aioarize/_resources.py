"""Resources: one method per operation, validating arguments before any request.

Each method only maps keyword arguments onto the generated ``_get_kwargs``;
sending, retrying, paging and parsing are shared (see ``_client``), so an
operation added to the spec costs a few lines here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from aioarize_api.api.integrations import integrations_get, integrations_list
from aioarize_api.api.tasks import tasks_list
from aioarize_api.models import IntegrationType, Task, TaskType
from aioarize_api.types import UNSET, Unset

from ._dispatch import Integration, parse_integration, parse_task
from ._pagination import AsyncPager

if TYPE_CHECKING:
    from ._client import AsyncArize

E = TypeVar("E", bound=StrEnum)

# Bounds of the spec's LimitQueryParamMax100 and the maxLength of its string filters;
# tests/test_resources.py checks them against spec/spec.yaml.
LIMIT_MIN, LIMIT_MAX = 1, 100
FILTER_MAX_LENGTH = 255


def _string(name: str, value: str | None, *, max_length: int | None = None) -> str | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if max_length is not None and len(value) > max_length:
        raise ValueError(f"{name} must be at most {max_length} characters, got {len(value)}")
    return value


def _enum(name: str, enum: type[E], value: E | str | None) -> E | Unset:
    # Generated enums accept values the spec does not list yet (see
    # generator-templates/), so `type="agent"` filters on a brand-new type.
    if value is None:
        return UNSET
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a {enum.__name__} or a string, got {value!r}")
    return enum(value)


def _limit(value: int | None) -> int | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"limit must be an int, got {type(value).__name__}")
    if not LIMIT_MIN <= value <= LIMIT_MAX:
        raise ValueError(f"limit must be between {LIMIT_MIN} and {LIMIT_MAX}, got {value}")
    return value


def _cursor(value: str | None) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"cursor must be a string, got {type(value).__name__}")
    return value


def _identifier(name: str, value: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


class Integrations:
    """``client.integrations``: LLM provider and other integrations."""

    def __init__(self, client: AsyncArize) -> None:
        self._client = client

    def list(
        self,
        *,
        type: IntegrationType | str | None = None,
        space_id: str | None = None,
        space_name: str | None = None,
        name: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPager[Integration]:
        """Integrations visible to the key, as ``LlmIntegration`` or ``UnknownIntegration``."""
        filters = {
            "type_": _enum("type", IntegrationType, type),
            "space_id": _string("space_id", space_id),
            "space_name": _string("space_name", space_name, max_length=FILTER_MAX_LENGTH),
            "name": _string("name", name, max_length=FILTER_MAX_LENGTH),
            "limit": _limit(limit),
        }
        return self._client._paginate(
            integrations_list._get_kwargs,
            filters,
            "integrations",
            parse_integration,
            cursor=_cursor(cursor),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def get(self, integration_id: str) -> Integration:
        """One integration by ID; ``NotFoundError`` if it does not exist or is not readable."""
        kwargs = integrations_get._get_kwargs(_identifier("integration_id", integration_id))
        return parse_integration(await self._client._request(kwargs))


class Tasks:
    """``client.tasks``: evaluation and experiment tasks."""

    def __init__(self, client: AsyncArize) -> None:
        self._client = client

    def list(
        self,
        *,
        space_id: str | None = None,
        space_name: str | None = None,
        name: str | None = None,
        project_id: str | None = None,
        dataset_id: str | None = None,
        type: TaskType | str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPager[Task]:
        """Tasks visible to the key; ``run_configuration`` is dispatched on ``experiment_type``."""
        filters = {
            "space_id": _string("space_id", space_id),
            "space_name": _string("space_name", space_name, max_length=FILTER_MAX_LENGTH),
            "name": _string("name", name, max_length=FILTER_MAX_LENGTH),
            "project_id": _string("project_id", project_id),
            "dataset_id": _string("dataset_id", dataset_id),
            "type_": _enum("type", TaskType, type),
            "limit": _limit(limit),
        }
        return self._client._paginate(
            tasks_list._get_kwargs,
            filters,
            "tasks",
            parse_task,
            cursor=_cursor(cursor),
            max_items=max_items,
            prefetch=prefetch,
        )
