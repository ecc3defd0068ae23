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

import contextlib
import importlib
import json
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from typing import Any
from urllib.parse import urlsplit

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


@contextlib.contextmanager
def otlp_sink() -> Iterator[int]:
    """A local OTLP/gRPC endpoint that accepts and drops spans; yields its port.

    The SDK's ``experiments.run`` exports a span per task and evaluator call, one by one,
    to its OTLP host; pointed at this sink it pays for exporting without waiting on a
    remote collector (or on retries against an unreachable one).
    """
    # Untyped packages (grpc has no stubs here): reached through Any.
    grpc: Any = importlib.import_module("grpc")
    service: Any = importlib.import_module(
        "opentelemetry.proto.collector.trace.v1.trace_service_pb2_grpc"
    )
    messages: Any = importlib.import_module(
        "opentelemetry.proto.collector.trace.v1.trace_service_pb2"
    )

    class Sink(service.TraceServiceServicer):  # type: ignore[misc]
        def Export(self, request: Any, context: Any) -> Any:
            return messages.ExportTraceServiceResponse()

    server = grpc.server(ThreadPoolExecutor(4))
    service.add_TraceServiceServicer_to_server(Sink(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield port
    finally:
        server.stop(None)


def run_experiment(
    sb: Sandbox,
    otlp_port: int,
    dataset_id: str,
    name: str,
    concurrency: int,
    task: Callable[..., Any],
    evaluator: Callable[..., Any],
) -> int:
    """The SDK's ``experiments.run(..., force_http=True)``: REST only; the runs it uploaded."""
    from arize import ArizeClient

    url = urlsplit(sb.base_url)
    client = ArizeClient(
        api_key=sb.api_key,
        api_host=url.hostname,
        api_scheme=url.scheme,
        api_port=url.port,
        otlp_host="127.0.0.1",
        otlp_scheme="http",
        otlp_port=otlp_port,
    )
    experiment, frame = client.experiments.run(
        name=name,
        dataset=dataset_id,
        task=task,
        evaluators=[evaluator],
        concurrency=concurrency,
        force_http=True,
    )
    if experiment is None:
        raise RuntimeError("the SDK created no experiment")
    return len(frame)
