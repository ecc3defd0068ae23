"""The pytest plugin aioarize.testing: fixtures, marker, backends, auto-loading."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from aioarize import AsyncArize, AuthenticationError, RetryEvent, RetryPolicy
from aioarize.models import AgentIntegration, LlmIntegration, UnknownIntegration
from aioarize.testing import SANDBOX_BASE_URL, SandboxFactory
from tests.fakes import CANARY_KEY, FakeClock

pytest_plugins = ["pytester"]


@pytest.mark.anyio
@pytest.mark.arize_sandbox(integrations=10, unknown_variants=True)
async def test_marker_configures_the_sandbox(arize_sandbox: AsyncArize) -> None:
    """The marker's options shape the sandbox behind the fixture, under asyncio and trio."""
    items = [item async for item in arize_sandbox.integrations.list(limit=3)]
    assert len(items) == 10
    assert any(isinstance(item, UnknownIntegration) for item in items)
    assert any(isinstance(item, LlmIntegration) for item in items)
    assert arize_sandbox.base_url == SANDBOX_BASE_URL


@pytest.mark.asyncio
async def test_fixture_works_under_pytest_asyncio(arize_sandbox: AsyncArize) -> None:
    """Without a marker the fixture serves the default sandbox, also to pytest-asyncio tests."""
    tasks = [task async for task in arize_sandbox.tasks.list(max_items=5)]
    assert len(tasks) == 5
    first = await anext(aiter(arize_sandbox.integrations.list(max_items=1)))
    assert isinstance(first, LlmIntegration | AgentIntegration)  # a known type: no Unknown*
    assert await arize_sandbox.integrations.get(first.id) == first


@pytest.mark.anyio
async def test_factory_builds_independent_sandboxes(make_arize_sandbox: SandboxFactory) -> None:
    """Each factory call is a new sandbox with its own options, usable with ``async with``."""
    async with make_arize_sandbox(tasks=3) as small, make_arize_sandbox(tasks=7) as large:
        assert len([task async for task in small.tasks.list()]) == 3
        assert len([task async for task in large.tasks.list()]) == 7


@pytest.mark.anyio
async def test_client_options_replace_the_key(make_arize_sandbox: SandboxFactory) -> None:
    """``client_options`` reach AsyncArize: a wrong key gets a 401 that does not show the key."""
    async with make_arize_sandbox(client_options={"api_key": CANARY_KEY}) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.integrations.get("anything")
    assert caught.value.status == 401
    assert CANARY_KEY not in str(caught.value)


@pytest.mark.anyio
async def test_rate_limit_with_a_shared_fake_clock(make_arize_sandbox: SandboxFactory) -> None:
    """A sandbox 429 is waited out on a fake clock shared by both sides, in no wall time."""
    clock = FakeClock()
    events: list[RetryEvent] = []
    options = {
        "sleep": clock.sleep,
        "clock": clock,
        "on_retry": events.append,
        # Exactly the Retry-After waits: no pacing (tests/test_ratelimit.py covers that).
        "retry": RetryPolicy(jitter=0, adaptive_rate_limit=False),
    }
    async with make_arize_sandbox(
        tasks=1, rate_limit=1.0, clock=clock, client_options=options
    ) as client:
        for _ in range(3):
            assert len([task async for task in client.tasks.list()]) == 1
    assert [event.status for event in events] == [429, 429]
    assert all(event.wait == 1.0 for event in events)
    assert clock.now == 2.0


def test_importing_the_plugin_leaves_the_sandbox_and_uvicorn_alone() -> None:
    """Loading the plugin, as pytest does in every suite, imports neither sandbox nor uvicorn."""
    code = (
        "import sys, aioarize.testing; print(sorted(m for m in sys.modules"
        " if m == 'uvicorn' or m.startswith('aioarize.sandbox')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=30
    )
    assert result.stdout.strip() == "[]"


def test_plugin_is_auto_loaded_in_a_fresh_project(pytester: pytest.Pytester) -> None:
    """In a project without any conftest, the marker is registered and the fixtures work."""
    pytester.makeini(
        """
        [pytest]
        asyncio_mode = strict
        asyncio_default_fixture_loop_scope = function
        filterwarnings = error
        """
    )
    pytester.makepyfile(
        textwrap.dedent(
            """
            import pytest
            from aioarize.models import UnknownIntegration

            @pytest.fixture(params=["asyncio", "trio"])
            def anyio_backend(request):
                return request.param

            @pytest.mark.anyio
            @pytest.mark.arize_sandbox(integrations=8, unknown_variants=True)
            async def test_anyio(arize_sandbox):
                items = [i async for i in arize_sandbox.integrations.list()]
                assert len(items) == 8
                assert any(isinstance(i, UnknownIntegration) for i in items)

            @pytest.mark.asyncio
            async def test_asyncio(make_arize_sandbox):
                async with make_arize_sandbox(tasks=2) as client:
                    assert len([t async for t in client.tasks.list()]) == 2
            """
        )
    )
    result = pytester.runpytest_inprocess("--strict-markers", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
