"""One client across event loops: one loop after another works, two at once is refused."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings
from collections.abc import Iterator

import anyio.to_thread
import pytest
import trio

from aioarize import AsyncArize, ClientClosedError, EventLoopError
from aioarize.sandbox import SandboxConfig, SandboxServer, serve


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    """The sandbox on loopback HTTP, shared by this module's tests."""
    with serve(SandboxConfig()) as server:
        yield server


def _client(server: SandboxServer) -> AsyncArize:
    return AsyncArize(server.config.api_key, base_url=server.base_url)


async def _names(client: AsyncArize) -> list[object]:
    return [item.name async for item in client.integrations.list(max_items=3)]


def test_one_client_serves_one_event_loop_after_another(server: SandboxServer) -> None:
    """asyncio.run twice, trio.run, asyncio again, then aclose from a last loop: no socket left."""
    client = _client(server)
    gc.collect()  # what other tests left behind warns before the block, not in it
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = asyncio.run(_names(client))
        assert asyncio.run(_names(client)) == first
        assert trio.run(_names, client) == first
        assert asyncio.run(_names(client)) == first
        asyncio.run(client.aclose())
        gc.collect()
    leaks = [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaks == [], [str(w.message) for w in leaks]
    with pytest.raises(ClientClosedError):
        asyncio.run(_names(client))


def test_pools_close_with_the_loop_that_opened_them(server: SandboxServer) -> None:
    """A client never closed leaves no socket behind once each of its loops has shut down."""
    client = _client(server)
    gc.collect()  # what other tests left behind warns before the block, not in it
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        trio.run(_names, client)
        asyncio.run(_names(client))
        del client
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


@pytest.mark.parametrize("library", ["asyncio", "trio"])
def test_a_second_loop_while_the_first_runs_is_an_event_loop_error(
    server: SandboxServer, library: str
) -> None:
    """Used from another thread's loop while its loop still runs: EventLoopError; after: works."""
    client = _client(server)
    used, release = threading.Event(), threading.Event()

    async def hold() -> None:
        await _names(client)
        used.set()
        await anyio.to_thread.run_sync(release.wait)  # the loop keeps running meanwhile

    thread = threading.Thread(target=anyio.run, args=(hold,), kwargs={"backend": library})
    thread.start()
    try:
        assert used.wait(10)
        with pytest.raises(EventLoopError, match="still running"):
            asyncio.run(_names(client))
        with pytest.raises(EventLoopError):
            trio.run(client.aclose)
    finally:
        release.set()
        thread.join()
    assert len(asyncio.run(_names(client))) == 3  # the other loop is gone: any loop may use it
    asyncio.run(client.aclose())
