"""The official SDK's generated client, ``arize`` 8.61.0, a peer to measure against.

The Makefile installs it into the development environment with ``pip install --no-deps``
(plus pydantic, urllib3 and python-dateutil, dev extras), for the contract test and for
``make bench``; it is no dependency of aioarize.

The SDK targets the API's new schema (upper-case enum values, among others). Against a
sandbox serving the older one its pydantic models refuse the responses, so ``probe`` tells
which way it can be measured: ``parsed`` (``get_integration``, responses into models) or
``raw`` (``get_integration_without_preload_content``: its request path and urllib3 pool, the
body decoded with ``json.loads``, no models).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from typing import Any

from _harness import Sandbox

VERSION = "8.61.0"
PARSED, RAW = "parsed", "raw"


def version() -> str | None:
    """The installed SDK's version, or None when it is not installed."""
    try:
        return installed_version("arize")
    except PackageNotFoundError:
        return None


def _integrations_api(sb: Sandbox, threads: int) -> Any:
    from arize._generated.api_client import ApiClient, Configuration
    from arize._generated.api_client.api.integrations_api import IntegrationsApi

    configuration = Configuration(host=sb.base_url, access_token=sb.api_key)
    configuration.connection_pool_maxsize = threads  # one pooled connection per thread
    return IntegrationsApi(ApiClient(configuration))


def probe(sb: Sandbox, integration_id: str) -> tuple[str, str]:
    """How the SDK can be measured against this sandbox, and why (the parse error, if any)."""
    api = _integrations_api(sb, 1)
    try:
        api.get_integration(integration_id)
    except ValueError as exc:
        return RAW, f"{type(exc).__name__}: {exc}"
    return PARSED, "its models parse the sandbox's responses"


def concurrent_gets(sb: Sandbox, ids: Sequence[str], threads: int, mode: str) -> int:
    """All ``ids`` through one SDK client from ``threads`` threads; the count answered."""
    api = _integrations_api(sb, threads)

    def parsed(integration_id: str) -> None:
        api.get_integration(integration_id)

    def raw(integration_id: str) -> None:
        response = api.get_integration_without_preload_content(integration_id)
        if response.status != 200:
            raise RuntimeError(f"status {response.status}")
        json.loads(response.data)

    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(parsed if mode == PARSED else raw, ids))
    api.api_client.rest_client.pool_manager.clear()
    return len(results)


def stream_integrations(sb: Sandbox, page_size: int) -> int:
    """Every integration through the SDK's ``list_integrations``, cursors followed by hand."""
    api = _integrations_api(sb, 1)
    count, cursor = 0, None
    while True:
        page = api.list_integrations(limit=page_size, cursor=cursor)
        count += len(page.integrations)
        if not page.pagination.has_more or not page.pagination.next_cursor:
            api.api_client.rest_client.pool_manager.clear()
            return count
        cursor = page.pagination.next_cursor
