"""End to end: the facade against the sandbox served on real loopback HTTP."""

from __future__ import annotations

from collections import Counter
from typing import Any

import anyio
import pytest

from aioarize import AsyncArize, AuthenticationError, NotFoundError, RetryEvent, RetryPolicy
from aioarize.models import (
    AgentIntegration,
    EvaluatorIntegration,
    LlmIntegration,
    Task,
    TaskType,
    UnknownIntegration,
    UnknownLlmConfig,
    UnknownRunConfiguration,
)
from aioarize.sandbox import SandboxConfig, SandboxServer, create_app, serve
from tests.fakes import FakeClock
from tests.sandbox_conformance import ConformanceApp

LARGE = {"integrations": 2500, "tasks": 1500}
pytestmark = pytest.mark.anyio


def _client(server: SandboxServer, **kwargs: Any) -> AsyncArize:
    return AsyncArize(server.config.api_key, base_url=server.base_url, **kwargs)


# One backend only: the spec check of every item dominates, and trio is covered below.
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize("sandbox_config", [LARGE], indirect=True)
async def test_full_pagination_of_thousands_with_filters(sandbox_server: SandboxServer) -> None:
    """Thousands of items stream once each, and server-side filters match client-side ones."""
    async with _client(sandbox_server) as client:
        everything = [i async for i in client.integrations.list(limit=100)]
        filtered = [i async for i in client.integrations.list(limit=100, name="INTEGRATION 1")]
        tasks = [t async for t in client.tasks.list(limit=100)]
        experiments = [t async for t in client.tasks.list(type=TaskType.RUN_EXPERIMENT, limit=37)]
    assert len(everything) == 2500
    assert len({i.id for i in everything}) == 2500
    expected = [i for i in everything if i.name and "integration 1" in i.name.casefold()]
    assert 0 < len(filtered) < len(everything)
    assert [i.id for i in filtered] == [i.id for i in expected]
    assert len(tasks) == 1500 and len({t.id for t in tasks}) == 1500
    assert [t.id for t in experiments] == [t.id for t in tasks if t.type_ == "RUN_EXPERIMENT"]


@pytest.mark.parametrize("sandbox_config", [{"integrations": 300, "tasks": 300}], indirect=True)
async def test_task_filters_on_project_and_dataset(sandbox_server: SandboxServer) -> None:
    """project_id and dataset_id filters return exactly the matching tasks."""
    async with _client(sandbox_server) as client:
        tasks = [t async for t in client.tasks.list(limit=100)]
        project = next(t.project_id for t in tasks if isinstance(t.project_id, str))
        dataset = next(t.dataset_id for t in tasks if isinstance(t.dataset_id, str))
        by_project = [t async for t in client.tasks.list(project_id=project)]
        by_dataset = [t async for t in client.tasks.list(dataset_id=dataset)]
    assert [t.id for t in by_project] == [t.id for t in tasks if t.project_id == project]
    assert [t.id for t in by_dataset] == [t.id for t in tasks if t.dataset_id == dataset]
    assert 0 < len(by_project) < len(tasks) and 0 < len(by_dataset) < len(tasks)


async def test_get_returns_the_listed_integration(sandbox_server: SandboxServer) -> None:
    """get() returns the same integration the list returned, field for field, of every type."""
    async with _client(sandbox_server) as client:
        listed = [i async for i in client.integrations.list(max_items=6)]
        fetched = [await client.integrations.get(str(i.id)) for i in listed]
    assert {type(i) for i in listed} == {LlmIntegration, AgentIntegration, EvaluatorIntegration}
    assert [f.to_dict() for f in fetched] == [i.to_dict() for i in listed]


async def test_wrong_key_is_an_authentication_error(sandbox_server: SandboxServer) -> None:
    """A wrong key gets the sandbox's 401 problem details as AuthenticationError."""
    async with AsyncArize("wrong-key", base_url=sandbox_server.base_url) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.integrations.get("anything")
    assert caught.value.status == 401 and caught.value.title
    assert "wrong-key" not in str(caught.value)


async def test_unknown_id_is_not_found(sandbox_server: SandboxServer) -> None:
    """An unknown integration ID is a NotFoundError with the 404 explanation."""
    async with _client(sandbox_server) as client:
        with pytest.raises(NotFoundError, match="no read access"):
            await client.integrations.get("TGxtSW50ZWdyYXRpb246OTk5OTk5")


async def test_rate_limit_is_waited_out_and_retried() -> None:
    """Concurrent requests over a rate-limited sandbox all succeed after 429s and retries."""
    clock = FakeClock()
    config = SandboxConfig(integrations=50, rate_limit=5.0, clock=clock)
    events: list[RetryEvent] = []
    app = ConformanceApp(create_app(config))
    with serve(config, app=app) as server:
        # 30 calls at 5 a second: whatever order the server takes them in, a call may lose
        # five waves of retries before its turn, so it needs up to six attempts; the default
        # policy allows five, and aiohttp's pool sends each wave together often enough to hit
        # that (about 1 run in 30). Seven attempts leave a margin. This test is about
        # Retry-After: adaptive pacing, which measures rates on this fake clock that only
        # moves when the client sleeps, is off (tests/test_ratelimit.py covers it).
        retry = RetryPolicy(max_retries=6, adaptive_rate_limit=False)
        client = _client(
            server, sleep=clock.sleep, clock=clock, on_retry=events.append, retry=retry
        )
        async with client, anyio.create_task_group() as tg:
            results: list[object] = []

            async def fetch(identifier: str) -> None:
                results.append(await client.integrations.get(identifier))

            for integration in [i async for i in client.integrations.list(limit=30, max_items=30)]:
                tg.start_soon(fetch, str(integration.id))
    app.assert_conforming()
    assert len(results) == 30
    assert events and all(e.status == 429 for e in events)
    assert all(e.wait >= 1.0 for e in events)


@pytest.mark.parametrize(
    "sandbox_config", [{"empty_pages": True, "integrations": 500}], indirect=True
)
async def test_empty_pages_lose_nothing(sandbox_server: SandboxServer) -> None:
    """Empty pages with has_more are followed: every item arrives once."""
    async with _client(sandbox_server) as client:
        pages = [p async for p in client.integrations.list(limit=50).pages()]
    items = [i for p in pages for i in p.items]
    assert any(not p.items and p.has_more for p in pages)
    assert len(items) == 500 and len({i.id for i in items}) == 500


@pytest.mark.parametrize(
    "sandbox_config", [{"unknown_variants": True, "integrations": 120, "tasks": 40}], indirect=True
)
async def test_unknown_variants_are_listed_not_fatal(sandbox_server: SandboxServer) -> None:
    """Unknown types, providers and experiment types arrive as Unknown* beside known items."""
    async with _client(sandbox_server) as client:
        integrations = [i async for i in client.integrations.list()]
        tasks = [t async for t in client.tasks.list()]
    kinds = Counter(_integration_kind(i) for i in integrations)
    assert kinds["unknown type"] and kinds["unknown provider"] and kinds["known provider"]
    assert kinds["other type"] and sum(kinds.values()) == 120
    runs = Counter(type(t.run_configuration).__name__ for t in tasks)
    assert runs[UnknownRunConfiguration.__name__] and runs["NoneType"]
    assert len(tasks) == 40 and all(isinstance(t, Task) for t in tasks)


def _integration_kind(integration: object) -> str:
    if isinstance(integration, UnknownIntegration):
        return "unknown type"
    if not isinstance(integration, LlmIntegration):
        return "other type"
    config: object = integration.config
    return "unknown provider" if isinstance(config, UnknownLlmConfig) else "known provider"


@pytest.mark.parametrize("sandbox_config", [{"fail_rate": 0.3, "integrations": 400}], indirect=True)
async def test_injected_503s_are_retried_without_loss(
    sandbox_server: SandboxServer, clock: FakeClock
) -> None:
    """With 30% of requests failing, retries still deliver every item exactly once."""
    policy = RetryPolicy(max_retries=10)
    async with _client(sandbox_server, sleep=clock.sleep, clock=clock, retry=policy) as client:
        items = [i async for i in client.integrations.list(limit=20)]
    assert len(items) == 400 and len({i.id for i in items}) == 400
    assert clock.sleeps, "some requests were retried"


@pytest.mark.parametrize("sandbox_config", [{"latency_ms": 2, "integrations": 300}], indirect=True)
async def test_prefetch_over_loopback(sandbox_server: SandboxServer) -> None:
    """Prefetching delivers the same items in the same order as plain iteration."""
    async with _client(sandbox_server) as client:
        plain = [i.id async for i in client.integrations.list(limit=25)]
        pager = client.integrations.list(limit=25, prefetch=2)
        async with pager:
            prefetched = [i.id async for i in pager]
    assert prefetched == plain and len(plain) == 300


@pytest.mark.parametrize("sandbox_config", [{"sizes": {"projects": 4, "spans": 23}}], indirect=True)
async def test_create_get_list_update_delete_over_http(sandbox_server: SandboxServer) -> None:
    """A project created with a JSON body is gettable, listed, renamed, and gone once deleted."""
    async with _client(sandbox_server) as client:
        before = [p.id async for p in client.projects.list()]
        space = (await client.projects.get(before[0])).space_id
        created = await client.projects.create(name="E2E project", space_id=space)
        assert (created.name, created.space_id) == ("E2E project", space)
        assert (await client.projects.get(created.id)).to_dict() == created.to_dict()
        assert [p.id async for p in client.projects.list(limit=3)] == [*before, created.id]
        assert [p.id async for p in client.projects.list(name="e2e")] == [created.id]
        renamed = await client.projects.update(created.id, name="Renamed")
        assert renamed.to_dict() == {**created.to_dict(), "name": "Renamed"}
        assert (await client.projects.get(created.id)).name == "Renamed"
        await client.projects.delete(created.id)
        with pytest.raises(NotFoundError):
            await client.projects.get(created.id)
        with pytest.raises(NotFoundError):
            await client.projects.delete(created.id)
        assert [p.id async for p in client.projects.list()] == before


@pytest.mark.parametrize("sandbox_config", [{"sizes": {"spans": 23}}], indirect=True)
async def test_post_body_list_pages_with_its_body(sandbox_server: SandboxServer) -> None:
    """spans.list (POST with a JSON body) sends the same body with every cursor: no item lost."""
    async with _client(sandbox_server) as client:
        (project,) = [p.id for p in await client.projects.list(max_items=1).to_list()]
        pages = [p async for p in client.spans.list(project_id=project, limit=5).pages()]
        whole = [s.to_dict() async for s in client.spans.list(project_id=project, limit=500)]
    assert [len(p.items) for p in pages] == [5, 5, 5, 5, 3]
    assert [s.to_dict() for p in pages for s in p.items] == whole
    assert len(whole) == 23
