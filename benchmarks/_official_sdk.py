"""The official SDK's generated client, as ``make bench`` installs it: ``arize`` 8.61.0.

``make bench`` installs it with ``pip install --no-deps --target .build/bench-sdk`` (plus
pydantic, urllib3 and python-dateutil), outside aioarize's environment: it is a peer to
measure against, not a dependency. This module puts that directory on ``sys.path`` (after
the environment's own packages) only when a benchmark asks for the SDK.

The SDK targets the API's new schema (upper-case enum values, among others). Against a
sandbox serving the older one its pydantic models refuse the responses, so ``probe`` tells
which way it can be measured: ``parsed`` (``get_integration``, responses into models) or
``raw`` (``get_integration_without_preload_content``: its request path and urllib3 pool, the
body decoded with ``json.loads``, no models).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import distributions
from typing import Any

from _harness import ROOT, Sandbox

SDK_DIR = ROOT / ".build" / "bench-sdk"
VERSION = "8.61.0"
PARSED, RAW = "parsed", "raw"


def version() -> str | None:
    """The installed SDK's version, or None when ``make bench`` has not installed it."""
    for found in distributions(name="arize", path=[str(SDK_DIR)]):
        return str(found.version)
    return None


def _integrations_api(sb: Sandbox, threads: int) -> Any:
    if str(SDK_DIR) not in sys.path:
        sys.path.append(str(SDK_DIR))
    from arize._generated.api_client import (  # type: ignore[import-not-found]
        ApiClient,
        Configuration,
    )
    from arize._generated.api_client.api.integrations_api import (  # type: ignore[import-not-found]
        IntegrationsApi,
    )

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
