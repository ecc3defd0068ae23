"""The workloads timed by ``run.py``: each builds its own client, so every run starts cold.

Every consumer does the same per-item work (counting), so the differences
between variants are what the client layers cost.
"""

from __future__ import annotations

import itertools
import json
import random
import time
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

import _official_sdk
import aiohttp
import anyio
import attrs
import httpx
from _harness import Sandbox
from aioarize_api.api.integrations import list_integrations
from aioarize_api.client import AuthenticatedClient
from aioarize_api.models import ListIntegrationsResponse, ListTasksResponse
from aioarize_api.types import UNSET, Unset
from aioarize_facade.datasets import INSERT_DATASET_EXAMPLES
from aioarize_facade.integrations import LIST_INTEGRATIONS
from aioarize_facade.tasks import LIST_TASKS

from aioarize import ArizeError, AsyncArize, RateLimitError, RetryEvent
from aioarize._dataset_upload import max_examples
from aioarize._pagination import parse_page
from aioarize._retry import RetryPolicy, Sender

PAGE_SIZE = 100


def _raw_client(sb: Sandbox, **kwargs: Any) -> httpx.AsyncClient:
    # The headers the facade sends, so both put the same bytes on the wire.
    headers = {"Authorization": f"Bearer {sb.api_key}", "Accept": "application/json"}
    return httpx.AsyncClient(base_url=sb.base_url, headers=headers, **kwargs)


def _facade(sb: Sandbox, **kwargs: Any) -> AsyncArize:
    return AsyncArize(sb.api_key, base_url=sb.base_url, **kwargs)


# --- 1. throughput ----------------------------------------------------------------------


async def stream_raw_httpx(sb: Sandbox) -> int:
    """The floor: httpx, json.loads and cursors followed by hand; no models."""
    count = 0
    async with _raw_client(sb) as http:
        params: dict[str, str | int] = {"limit": PAGE_SIZE}
        while True:
            response = await http.get("/v2/integrations", params=params)
            response.raise_for_status()
            body = json.loads(response.content)
            for _item in body["integrations"]:
                count += 1
            pagination = body["pagination"]
            if not pagination["has_more"]:
                return count
            params = {"limit": PAGE_SIZE, "cursor": pagination["next_cursor"]}


async def stream_generated(sb: Sandbox) -> int:
    """The generated client driven by hand: ``asyncio_detailed`` + parsed models."""
    count = 0
    async with AuthenticatedClient(base_url=sb.base_url, token=sb.api_key) as api:
        cursor: str | Unset = UNSET
        while True:
            response = await list_integrations.asyncio_detailed(
                client=api, limit=PAGE_SIZE, cursor=cursor
            )
            page = response.parsed
            if not isinstance(page, ListIntegrationsResponse):
                raise RuntimeError(f"unexpected response {response.status_code}")
            for _item in page.integrations:
                count += 1
            if not page.pagination.has_more or isinstance(page.pagination.next_cursor, Unset):
                return count
            cursor = page.pagination.next_cursor


async def stream_official_sdk(sb: Sandbox) -> int:
    """The official SDK's ``list_integrations`` in a worker thread (it is synchronous)."""
    return await anyio.to_thread.run_sync(_official_sdk.stream_integrations, sb, PAGE_SIZE)


async def stream_facade(sb: Sandbox) -> int:
    """``async for`` over ``client.integrations.list()``."""
    count = 0
    async with _facade(sb) as client:
        async for _item in client.integrations.list(limit=PAGE_SIZE):
            count += 1
    return count


# --- 2. prefetch ------------------------------------------------------------------------


async def pages_with_work(sb: Sandbox, prefetch: int, work_seconds: float) -> tuple[int, float]:
    """Walk ``.pages()``, spending ``work_seconds`` on each page.

    Returns the page count and the time actually spent working (sleeps overshoot).
    """
    pages = 0
    worked = 0.0
    async with _facade(sb) as client:
        pager = client.integrations.list(limit=PAGE_SIZE, prefetch=prefetch)
        async with pager:  # a no-op with prefetch=0; required with prefetch>0
            async for _page in pager.pages():
                pages += 1
                started = time.perf_counter()
                await anyio.sleep(work_seconds)
                worked += time.perf_counter() - started
    return pages, worked


# --- 3. memory --------------------------------------------------------------------------


async def traced_stream(sb: Sandbox, items: int) -> tuple[int, int, tracemalloc.Snapshot]:
    """Stream ``items`` with tracemalloc on: (items seen, peak bytes above start, snapshot).

    The baseline is taken inside the loop, before the client exists, so the
    figure is what the client, its connection and the items in flight cost. The
    peak is read, and a snapshot taken for the report's growth analysis, when
    the last item arrives, while everything the iteration holds is still alive.
    """
    tracemalloc.reset_peak()
    start = tracemalloc.get_traced_memory()[0]
    count = peak = 0
    snapshot: tracemalloc.Snapshot | None = None
    async with _facade(sb) as client:
        async for _item in client.integrations.list(limit=PAGE_SIZE, max_items=items):
            count += 1
            if count == items:
                peak = tracemalloc.get_traced_memory()[1] - start
                snapshot = tracemalloc.take_snapshot()
    if snapshot is None:
        raise RuntimeError(f"streamed {count} items, expected {items}")
    return count, peak, snapshot


# --- 4. concurrency ---------------------------------------------------------------------


async def concurrent_gets_raw(sb: Sandbox, ids: Sequence[str]) -> int:
    """All ``ids`` at once through one ``httpx.AsyncClient`` (default pool limits)."""
    done = 0
    async with _raw_client(sb) as http:

        async def get(integration_id: str) -> None:
            nonlocal done
            response = await http.get(f"/v2/integrations/{quote(integration_id, safe='')}")
            response.raise_for_status()
            json.loads(response.content)
            done += 1

        async with anyio.create_task_group() as group:
            for integration_id in ids:
                group.start_soon(get, integration_id)
    return done


async def concurrent_gets_aiohttp(sb: Sandbox, ids: Sequence[str]) -> int:
    """All ``ids`` at once through one ``aiohttp.ClientSession`` (100 connections, as httpx)."""
    done = 0
    headers = {"Authorization": f"Bearer {sb.api_key}", "Accept": "application/json"}
    connector = aiohttp.TCPConnector(limit=100)
    async with aiohttp.ClientSession(sb.base_url, headers=headers, connector=connector) as http:

        async def get(integration_id: str) -> None:
            nonlocal done
            async with http.get(f"/v2/integrations/{quote(integration_id, safe='')}") as response:
                response.raise_for_status()
                json.loads(await response.read())
            done += 1

        async with anyio.create_task_group() as group:
            for integration_id in ids:
                group.start_soon(get, integration_id)
    return done


async def concurrent_gets_facade(sb: Sandbox, ids: Sequence[str]) -> int:
    """All ``ids`` at once through one ``AsyncArize`` (default transport and pool limits)."""
    done = 0
    async with _facade(sb) as client:

        async def get(integration_id: str) -> None:
            nonlocal done
            await client.integrations.get(integration_id)
            done += 1

        async with anyio.create_task_group() as group:
            for integration_id in ids:
                group.start_soon(get, integration_id)
    return done


async def first_ids(sb: Sandbox, count: int) -> list[str]:
    ids: list[str] = []
    async with _facade(sb) as client:
        async for item in client.integrations.list(limit=PAGE_SIZE, max_items=count):
            if not isinstance(item.id, str):
                raise RuntimeError("an integration without an id")
            ids.append(item.id)
    return ids


# --- 5. rate limiting -------------------------------------------------------------------

#: The baseline's policy: the stock one without adaptive pacing.
UNPACED = RetryPolicy(adaptive_rate_limit=False)


@attrs.define
class PerRequestSender(Sender):
    """BASELINE ONLY: the stock Sender with the shared cooldown switched off.

    Used with ``UNPACED``: each request still honours its own 429's
    ``Retry-After`` (and retries up to the policy's limit), but no request
    waits for a cooldown another one started, and nothing is paced:
    per-request retrying, as a client without shared state does.
    """

    async def _wait_for_cooldown(
        self, request: httpx.Request, policy: RetryPolicy, started: float, attempt: int
    ) -> None:
        return None


@attrs.frozen
class Throttled:
    succeeded: int
    failed: int
    retries: int  # on_retry events, i.e. 429s the client retried
    rejected: int  # 429 responses the client received
    #: 429s for requests sent less than Retry-After after the client had received
    #: another 429: a cooldown shared by the client's requests could have held them.
    preventable: int


class _Recording(httpx.AsyncBaseTransport):
    """A transport that notes when each request left and its answer came back."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, timeline: list[tuple[float, float, int, float]]
    ) -> None:
        self._inner = inner
        self._timeline = timeline

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent = time.perf_counter()
        response = await self._inner.handle_async_request(request)
        retry_after = float(response.headers.get("retry-after", "0"))
        self._timeline.append((sent, time.perf_counter(), response.status_code, retry_after))
        return response


async def throttled_workers(
    sb: Sandbox,
    ids: Sequence[str],
    *,
    workers: int,
    calls: int,
    think: float,
    shared_cooldown: bool,
) -> Throttled:
    """``workers`` tasks each making ``calls`` sequential ``get``s through one client.

    Before each call a worker "thinks" for a random time in ``[0, think]`` s,
    from a generator seeded with the worker number: the same work in every run.
    """
    events: list[RetryEvent] = []
    timeline: list[tuple[float, float, int, float]] = []  # sent, received, status, retry-after
    succeeded = failed = 0
    policy = None if shared_cooldown else UNPACED
    async with _facade(sb, on_retry=events.append, retry=policy) as client:
        # Observation only: the transport sees each request once the Sender has sent it.
        assert client._sender.transport is not None
        client._sender.transport = _Recording(client._sender.transport, timeline)
        if not shared_cooldown:
            stock = client._sender
            client._sender = PerRequestSender(
                **{a.name: getattr(stock, a.name) for a in attrs.fields(Sender)}
            )

        async def worker(number: int) -> None:
            nonlocal succeeded, failed
            rng = random.Random(number)
            for call in range(calls):
                if think:
                    await anyio.sleep(rng.uniform(0, think))
                try:
                    await client.integrations.get(ids[(number * calls + call) % len(ids)])
                except RateLimitError:
                    failed += 1
                else:
                    succeeded += 1

        with anyio.fail_after(60):
            async with anyio.create_task_group() as group:
                for number in range(workers):
                    group.start_soon(worker, number)
    rejections = [
        (received, retry_after) for _, received, status, retry_after in timeline if status == 429
    ]
    preventable = sum(
        1
        for sent, _, status, _ in timeline
        if status == 429
        and any(received < sent < received + after for received, after in rejections)
    )
    return Throttled(succeeded, failed, len(events), len(rejections), preventable)


# --- 7. bursts --------------------------------------------------------------------------


@attrs.frozen
class Burst:
    succeeded: int
    failed: dict[str, int]  # by error type


async def burst_gets(sb: Sandbox, ids: Sequence[str], calls: int) -> Burst:
    """``calls`` concurrent ``get``s through one stock client; what became of them."""
    succeeded = 0
    failed: dict[str, int] = {}
    async with _facade(sb) as client:

        async def get(number: int) -> None:
            nonlocal succeeded
            try:
                await client.integrations.get(ids[number % len(ids)])
            except ArizeError as exc:
                failed[type(exc).__name__] = failed.get(type(exc).__name__, 0) + 1
            else:
                succeeded += 1

        async with anyio.create_task_group() as group:
            for number in range(calls):
                group.start_soon(get, number)
    return Burst(succeeded, failed)


# --- 9. parsing -------------------------------------------------------------------------


@attrs.frozen
class ListPage:
    """One list response as the sandbox sent it, and the ways to turn it into objects."""

    items_key: str
    body: bytes
    parse_item: Callable[[Any, str], object]  # what the facade's pager runs on each item
    generated: Callable[[dict[str, Any]], object]  # the generated model of the whole page


def fetch_list_pages(sb: Sandbox) -> list[ListPage]:
    """A page of ``PAGE_SIZE`` integrations and one of tasks, fetched once, as bytes."""
    pages = []
    headers = {"Authorization": f"Bearer {sb.api_key}", "Accept": "application/json"}
    with httpx.Client(base_url=sb.base_url, headers=headers) as http:
        for items_key, parse_item, generated in (
            ("integrations", LIST_INTEGRATIONS.decode, ListIntegrationsResponse.from_dict),
            ("tasks", LIST_TASKS.decode, ListTasksResponse.from_dict),
        ):
            response = http.get(f"/v2/{items_key}", params={"limit": PAGE_SIZE})
            response.raise_for_status()
            assert parse_item is not None  # list operations always decode their items
            pages.append(ListPage(items_key, response.content, parse_item, generated))
    return pages


def decode_page(page: ListPage, loops: int) -> None:
    """The floor: ``json.loads`` of the page."""
    for _ in range(loops):
        json.loads(page.body)


def facade_parse_page(page: ListPage, decoded: Any, loops: int) -> None:
    """What ``AsyncPager`` does with a decoded page: check the envelope, parse every item."""
    for _ in range(loops):
        parse_page(decoded, page.items_key, page.parse_item).parse()


def generated_parse_page(page: ListPage, decoded: Any, loops: int) -> None:
    """The generated model's ``from_dict`` of the decoded page, items and pagination."""
    for _ in range(loops):
        page.generated(decoded)


# --- 11. experiments.run ------------------------------------------------------------------

_experiments = itertools.count()


async def sleeping_task(example: Any) -> str:
    """The issue's async task: 20 ms of waiting (an LLM call's latency), then an answer."""
    await anyio.sleep(0.020)
    return "answer"


def blocking_task(example: Any) -> str:
    """The blocking variant: 10 ms in ``time.sleep``, so it can only run in a thread."""
    time.sleep(0.010)
    return "answer"


async def instant_task(example: Any) -> str:
    """No work at all: what is left is the runner's own cost per example."""
    return "answer"


async def exact(example: Any, output: Any) -> bool:
    """One cheap evaluator, async so it runs on the loop."""
    return bool(output == "answer")


def exact_plain(output: Any) -> bool:
    """The same check as a plain function, in the signature both SDKs accept."""
    return bool(output == "answer")


async def first_dataset(sb: Sandbox) -> str:
    async with _facade(sb) as client:
        ids = [dataset.id async for dataset in client.datasets.list(max_items=1)]
    return ids[0]


@attrs.frozen
class ExperimentRun:
    examples: int
    uploads_while_running: int  # batches stored before the last task finished
    peak: int = 0  # tracemalloc peak above the start, bytes (traced runs only)


async def run_experiment(
    sb: Sandbox,
    dataset_id: str,
    examples: int,
    concurrency: int,
    task: Callable[[Any], Any],
    evaluators: Sequence[Callable[..., Any]],
    *,
    collect: bool = True,
    traced: bool = False,
) -> ExperimentRun:
    """``experiments.run`` over the first ``examples`` examples, under a fresh name."""
    uploads_early = 0

    def watch(progress: Any) -> None:
        nonlocal uploads_early
        if progress.total is None or progress.done < progress.total:
            uploads_early = progress.uploaded

    if traced:
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
    async with _facade(sb) as client:
        result = await client.experiments.run(
            dataset_id=dataset_id,
            name=f"bench-{next(_experiments)}-{time.time_ns()}",
            task=task,
            evaluators=evaluators,
            concurrency=concurrency,
            max_examples=examples,
            collect=collect,
            on_progress=watch,
        )
    peak = tracemalloc.get_traced_memory()[1] - start if traced else 0
    if result.succeeded != examples or result.uploaded != examples:
        raise RuntimeError(f"ran {result.succeeded}, uploaded {result.uploaded} of {examples}")
    return ExperimentRun(examples, uploads_early, peak)


# --- 10. bulk append --------------------------------------------------------------------


def example_rows(count: int) -> list[dict[str, Any]]:
    """Dataset examples of a typical size: a question, an answer, a number."""
    return [{"question": f"What is {n} + {n}?", "answer": str(2 * n), "n": n} for n in range(count)]


async def new_dataset(sb: Sandbox, name: str) -> str:
    """A dataset of one example to append to, in the sandbox's first space."""
    async with _facade(sb) as client:
        space = (await client.spaces.list(max_items=1).to_list())[0]
        dataset = await client.datasets.create(name=name, space_id=space.id, examples=[{"n": -1}])
    return dataset.id


async def delete_dataset(sb: Sandbox, dataset_id: str) -> None:
    async with _facade(sb) as client:
        await client.datasets.delete(dataset_id)


async def append_facade(
    sb: Sandbox, dataset_id: str, rows: Sequence[dict[str, Any]], concurrency: int
) -> int:
    """``datasets.append_examples``: chunks of the spec's maxItems, ``concurrency`` in flight."""
    async with _facade(sb) as client:
        ids = await client.datasets.append_examples(
            dataset_id, examples=rows, concurrency=concurrency
        )
    return len(ids)


def _chunks(rows: Sequence[dict[str, Any]]) -> list[Sequence[dict[str, Any]]]:
    size = max_examples(INSERT_DATASET_EXAMPLES)
    return [rows[start : start + size] for start in range(0, len(rows), size)]


async def append_raw_httpx(
    sb: Sandbox, dataset_id: str, rows: Sequence[dict[str, Any]], concurrency: int
) -> int:
    """The floor: the same chunks POSTed through httpx, ``concurrency`` at once, IDs counted."""
    slots = anyio.Semaphore(concurrency)
    inserted = 0
    async with _raw_client(sb) as http, anyio.create_task_group() as group:

        async def post(chunk: Sequence[dict[str, Any]]) -> None:
            nonlocal inserted
            async with slots:
                response = await http.post(
                    f"/v2/datasets/{quote(dataset_id, safe='')}/examples",
                    json={"examples": list(chunk)},
                )
                response.raise_for_status()
                inserted += len(json.loads(response.content)["example_ids"])

        for chunk in _chunks(rows):
            group.start_soon(post, chunk)
    return inserted


async def append_raw_aiohttp(
    sb: Sandbox, dataset_id: str, rows: Sequence[dict[str, Any]], concurrency: int
) -> int:
    """The same chunks through aiohttp (the transport aioarize uses on asyncio)."""
    slots = anyio.Semaphore(concurrency)
    inserted = 0
    headers = {"Authorization": f"Bearer {sb.api_key}", "Accept": "application/json"}
    async with (
        aiohttp.ClientSession(sb.base_url, headers=headers) as http,
        anyio.create_task_group() as group,
    ):

        async def post(chunk: Sequence[dict[str, Any]]) -> None:
            nonlocal inserted
            async with (
                slots,
                http.post(
                    f"/v2/datasets/{quote(dataset_id, safe='')}/examples",
                    json={"examples": list(chunk)},
                ) as response,
            ):
                response.raise_for_status()
                inserted += len(json.loads(await response.read())["example_ids"])

        for chunk in _chunks(rows):
            group.start_soon(post, chunk)
    return inserted
