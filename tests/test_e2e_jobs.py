"""End to end: the jobs against the sandbox served on real loopback HTTP, on asyncio and trio."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from aioarize import AsyncArize, DatasetUploadError, ServerError, WaitTimeoutError
from aioarize._transport import DefaultTransport
from aioarize.sandbox import SandboxConfig, SandboxServer, create_app, serve
from tests.fakes import FakeClock
from tests.sandbox_conformance import ConformanceApp

pytestmark = pytest.mark.anyio
SMALL = {"items": 3}
# Chunks smaller than the spec's maxItems (unit tests cover those): many chunks, few examples.
CHUNKS: dict[str, Any] = {"chunk_size": 100, "concurrency": 3}


def _client(server: SandboxServer, **kwargs: Any) -> AsyncArize:
    return AsyncArize(server.config.api_key, base_url=server.base_url, **kwargs)


def questions(count: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"question": f"q{n}", "n": n} for n in range(start, start + count)]


async def listed(client: AsyncArize, dataset_id: str) -> dict[str, dict[str, Any]]:
    """The dataset's examples by ID, with only the fields the examples were given."""
    examples = await client.datasets.list_examples(dataset_id, limit=500).to_list()
    return {str(e.id): {"question": e["question"], "n": e["n"]} for e in examples}


class FailingInsert(httpx.AsyncBaseTransport):
    """The client's own transport, except that insert number ``failing`` (from 1) answers 500."""

    def __init__(self, failing: int) -> None:
        self._inner = DefaultTransport()
        self._failing = failing
        self.inserts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/examples"):
            self.inserts += 1
            if self.inserts == self._failing:
                return httpx.Response(500, json={"status": 500, "title": "Boom"})
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.mark.parametrize("sandbox_config", [SMALL], indirect=True)
async def test_upload_and_append_store_every_example_with_ids_in_input_order(
    sandbox_server: SandboxServer,
) -> None:
    """upload and append_examples of many chunks store each example once; IDs match input
    order."""
    async with _client(sandbox_server) as client:
        space = (await client.spaces.list(max_items=1).to_list())[0]
        upload = await client.datasets.upload(
            name="e2e-upload", space_id=space.id, examples=questions(745), **CHUNKS
        )
        ids = await client.datasets.append_examples(
            upload.dataset.id, examples=questions(650, start=745), **CHUNKS
        )
        stored = await listed(client, upload.dataset.id)
    assert upload.example_count == 745 and upload.dataset.name == "e2e-upload"
    assert len(stored) == 1395
    assert sorted(e["n"] for e in stored.values()) == list(range(1395))
    assert [stored[i] for i in ids] == questions(650, start=745)


@pytest.mark.parametrize("sandbox_config", [SMALL], indirect=True)
async def test_a_chunk_failing_mid_upload_then_continuing_stores_each_example_once(
    sandbox_server: SandboxServer,
) -> None:
    """The third insert answers 500: the error's account matches the dataset, and continuing
    from it as it says leaves every example stored exactly once."""
    examples = questions(1200)
    transport = FailingInsert(failing=3)
    async with _client(sandbox_server, transport=transport) as client:
        space = (await client.spaces.list(max_items=1).to_list())[0]
        with pytest.raises(DatasetUploadError) as caught:
            await client.datasets.upload(
                name="e2e-partial", space_id=space.id, examples=examples, **CHUNKS
            )
        error = caught.value
        after_failure = await listed(client, error.dataset_id)
        skip = {index for span in error.inserted_after for index in span}
        rest = [e for i, e in enumerate(examples) if i >= error.resume_from and i not in skip]
        await client.datasets.append_examples(error.dataset_id, examples=rest, **CHUNKS)
        complete = await listed(client, error.dataset_id)
    assert isinstance(error.__cause__, ServerError)
    assert error.resume_from % 100 == 0 and 100 <= error.resume_from < 1200
    assert len(after_failure) == error.inserted
    went_in = set(range(error.resume_from)) | skip
    assert {e["n"] for e in after_failure.values()} == went_in
    assert sorted(e["n"] for e in complete.values()) == list(range(1200))


class RunStatuses(httpx.AsyncBaseTransport):
    """The client's own transport, noting the status of every task run the API answers with."""

    def __init__(self) -> None:
        self._inner = DefaultTransport()
        self.seen: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if "/task-runs/" in request.url.path or request.url.path.endswith("/trigger"):
            await response.aread()
            self.seen.append(json.loads(response.content)["status"])
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


@contextmanager
def timed_sandbox(run_seconds: float) -> Iterator[tuple[SandboxServer, FakeClock]]:
    """A sandbox whose task runs take ``run_seconds`` on a fake clock the client shares; every
    response checked against the spec."""
    clock = FakeClock()
    config = SandboxConfig(items=3, run_seconds=run_seconds, clock=clock)
    app = ConformanceApp(create_app(config))
    with serve(config, app=app) as server:
        yield server, clock
    app.assert_conforming()


async def test_trigger_run_and_wait_follows_a_run_to_its_end_with_backoff() -> None:
    """A 30 s run is seen PENDING, then RUNNING, then ended; polls back off 2, 3, 4.5 ... s."""
    statuses = RunStatuses()
    with timed_sandbox(run_seconds=30) as (server, clock):
        async with _client(server, sleep=clock.sleep, clock=clock, transport=statuses) as client:
            task = (await client.tasks.list(type="TEMPLATE_EVALUATION", max_items=1).to_list())[0]
            run = await client.tasks.trigger_run_and_wait(task.id, timeout=600)
    assert run.status in ("COMPLETED", "FAILED")
    assert statuses.seen[0] == "PENDING" and "RUNNING" in statuses.seen
    assert statuses.seen[-1] == run.status and statuses.seen.count(run.status) == 1
    assert clock.sleeps == [2.0 * 1.5**n for n in range(len(clock.sleeps))]
    assert sum(clock.sleeps[:-1]) < 30 <= sum(clock.sleeps)


async def test_a_run_that_never_ends_times_out_on_the_clients_clock() -> None:
    """A run longer than the timeout: WaitTimeoutError at exactly the timeout, the run RUNNING."""
    with timed_sandbox(run_seconds=300) as (server, clock):  # RUNNING from 100 s to 300 s
        async with _client(server, sleep=clock.sleep, clock=clock) as client:
            task = (await client.tasks.list(type="TEMPLATE_EVALUATION", max_items=1).to_list())[0]
            run = await client.tasks.trigger_run(task.id, body=None)
            with pytest.raises(WaitTimeoutError) as caught:
                await client.tasks.wait_for_run(run.id, poll_interval=5, timeout=120)
    assert clock.now == 120
    assert max(clock.sleeps) <= 30  # max_poll_interval
    assert caught.value.last.id == run.id and caught.value.last.status == "RUNNING"


async def test_a_cancelled_run_is_returned_at_once() -> None:
    """A run cancelled before the wait ends the wait on its first poll, CANCELLED."""
    with timed_sandbox(run_seconds=60) as (server, clock):
        async with _client(server, sleep=clock.sleep, clock=clock) as client:
            task = (await client.tasks.list(type="TEMPLATE_EVALUATION", max_items=1).to_list())[0]
            run = await client.tasks.trigger_run(task.id, body=None)
            await client.tasks.cancel_run(run.id)
            ended = await client.tasks.wait_for_run(run.id)
    assert ended.status == "CANCELLED" and clock.sleeps == []
