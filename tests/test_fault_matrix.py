"""The fault matrix: a listing hit by each kind of fault, over real loopback sockets.

A scripted raw HTTP/1.1 server (so faults can be exactly what a broken network or proxy sends:
truncated bodies, hangs, resets) serves a three-page listing, with the fault injected before the
second page. Each case runs on every transport aioarize may use: its default (aiohttp's pool
on asyncio, httpx's on trio) and httpx's own pool on asyncio. Every case checks the documented
outcome, that no item is lost or duplicated, that no connection stays open, and that a canary
API key shows up in no log record, exception or warning. README.md's fault-matrix table lists
these cases.
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import attrs
import httpx
import pytest
import sniffio
from anyio.abc import SocketStream

from aioarize import (
    APIConnectionError,
    APITimeoutError,
    AsyncArize,
    PaginationError,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
)
from aioarize._transport import DEFAULT_LIMITS, DefaultTransport
from tests.fakes import CANARY_KEY, FakeClock

#: (async library, the pool that carries the requests): the default transport on each
#: library, and httpx's own pool on asyncio too, where the default is aiohttp's.
WIRES = [("asyncio", "aiohttp"), ("asyncio", "httpx"), ("trio", "httpx")]
over_every_wire = pytest.mark.parametrize(
    ("anyio_backend", "wire"), WIRES, ids=[f"{backend}+{wire}" for backend, wire in WIRES]
)

PAGE_SIZE = 10
ALL_IDS = [f"I{n}" for n in range(3 * PAGE_SIZE)]
FIRST_PAGE_IDS = ALL_IDS[:PAGE_SIZE]


def _page_body(index: int, *, cursor: str | None = "auto", has_more: bool | None = None) -> bytes:
    items = [
        {"id": f"I{n}", "type": "agent", "name": f"n{n}"}
        for n in range(index * PAGE_SIZE, (index + 1) * PAGE_SIZE)
    ]
    if cursor == "auto":
        cursor = f"c{index + 1}" if index < 2 else None
    next_cursor = cursor
    pagination: dict[str, Any] = {
        "has_more": next_cursor is not None if has_more is None else has_more
    }
    if next_cursor is not None:
        pagination["next_cursor"] = next_cursor
    return json.dumps({"integrations": items, "pagination": pagination}).encode()


def _http(
    status: int, body: bytes = b"", *, length: int | None = None, retry_after: str = ""
) -> bytes:
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body) if length is None else length}"]
    head.append("Content-Type: application/json")
    if retry_after:
        head.append(f"Retry-After: {retry_after}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@attrs.frozen
class Send:
    """Answer with these bytes; ``close`` drops the connection afterwards."""

    data: bytes
    close: bool = False


@attrs.frozen
class Hang:
    """Answer nothing until the client goes away."""


Action = Send | Hang


def _problem(status: int, retry_after: str = "") -> Send:
    body = json.dumps({"status": status, "title": f"E{status}"}).encode()
    return Send(_http(status, body, retry_after=retry_after))


def page(index: int, **kwargs: Any) -> Send:
    return Send(_http(200, _page_body(index, **kwargs)))


class RawServer:
    """A loopback HTTP/1.1 server that plays a script of raw answers, one per request."""

    def __init__(self, script: list[Action], *, hold_until_requests: int = 0) -> None:
        self.script = list(script)
        #: Answer nothing until this many requests have arrived (to fill the client's pool).
        self.hold_until_requests = hold_until_requests
        self.paths: list[str] = []
        self.open_connections = 0
        self.most_open_connections = 0
        self.port = 0
        self._changed = anyio.Event()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = anyio.Event()

    async def wait_until(self, condition: Callable[[], bool]) -> None:
        """Wait, without polling, until ``condition`` holds (checked on each server event)."""
        while not condition():
            await self._changed.wait()

    async def serve(self, *, task_status: Any = anyio.TASK_STATUS_IGNORED) -> None:
        listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
        self.port = listener.extra(anyio.abc.SocketAttribute.local_port)
        async with listener:
            task_status.started()
            await listener.serve(self._connection)

    async def _connection(self, stream: SocketStream) -> None:
        self.open_connections += 1
        self.most_open_connections = max(self.most_open_connections, self.open_connections)
        try:
            async with stream:
                buffer = b""
                while True:
                    while b"\r\n\r\n" not in buffer:
                        chunk = await stream.receive()
                        buffer += chunk
                    head, buffer = buffer.split(b"\r\n\r\n", 1)
                    self.paths.append(head.split(b" ")[1].decode())
                    self._notify()
                    await self.wait_until(lambda: len(self.paths) >= self.hold_until_requests)
                    action = self.script.pop(0) if self.script else _problem(500)
                    if isinstance(action, Hang):
                        while True:
                            await stream.receive()
                    await stream.send(action.data)
                    if action.close:
                        return
        except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError):
            pass
        finally:
            self.open_connections -= 1
            self._notify()


@attrs.frozen
class Case:
    """One row of the matrix: what the server does, and what the caller must see."""

    name: str
    script: list[Action]
    ids: list[str]
    error: type[Exception] | None = None
    max_retries: int = 3
    timeout: float = 5.0


HTTP_DATE = email.utils.formatdate(time.time() + 2, usegmt=True)
ALL, FIRST = ALL_IDS, FIRST_PAGE_IDS
BadBody = ResponseValidationError
CLOSED = Send(b"", close=True)
TRUNCATED_AND_CLOSED = Send(_http(200, _page_body(1)[:40], length=5000), close=True)
TRUNCATED_JSON = Send(_http(200, _page_body(1)[:40]))

CASES = [
    Case("429 storm with Retry-After", [page(0), *[_problem(429, "1")] * 3, page(1), page(2)], ALL),
    Case("429 storm without Retry-After", [page(0), *[_problem(429)] * 3, page(1), page(2)], ALL),
    Case("429 with an HTTP-date", [page(0), _problem(429, HTTP_DATE), page(1), page(2)], ALL),
    Case("429 with garbage Retry-After", [page(0), _problem(429, "soon"), page(1), page(2)], ALL),
    Case("429 with a huge Retry-After", [page(0), _problem(429, "86400")], FIRST, RateLimitError),
    Case(
        "5xx burst", [page(0), _problem(502), _problem(503), _problem(504), page(1), page(2)], ALL
    ),
    Case("5xx burst beyond max_retries", [page(0), *[_problem(503)] * 4], FIRST, ServerError),
    Case("HTML 502 from a proxy", [page(0), Send(_http(502, b"<html/>")), page(1), page(2)], ALL),
    Case("connection dropped mid-body", [page(0), TRUNCATED_AND_CLOSED, page(1), page(2)], ALL),
    Case("connection dropped before answering", [page(0), CLOSED, page(1), page(2)], ALL),
    Case("truncated JSON, consistent length", [page(0), TRUNCATED_JSON], FIRST, BadBody),
    Case("malformed JSON", [page(0), Send(_http(200, b"{'integrations': nope"))], FIRST, BadBody),
    Case(
        "slow response past the timeout, then fast",
        [page(0), Hang(), page(1), page(2)],
        ALL,
        timeout=0.2,
    ),
    Case(
        "slow responses past every retry", [page(0), Hang(), Hang()], FIRST, APITimeoutError, 1, 0.2
    ),
    Case("server repeats a cursor", [page(0), page(1, cursor="c1")], ALL[:20], PaginationError),
    Case("server omits the cursor", [page(0, cursor=None, has_more=True)], FIRST),
]


def _assert_no_secret(caplog: pytest.LogCaptureFixture, *objects: object) -> None:
    for record in caplog.records:
        assert CANARY_KEY not in record.getMessage()
    for obj in objects:
        assert CANARY_KEY not in repr(obj) and CANARY_KEY not in str(obj)
        for value in getattr(obj, "__dict__", {}).values():
            assert CANARY_KEY not in repr(value)


def _client(server: RawServer, wire: str, **kwargs: Any) -> AsyncArize:
    """A client on the server whose requests go through ``wire``'s pool."""
    asyncio_httpx = wire == "httpx" and sniffio.current_async_library() == "asyncio"
    return AsyncArize(
        CANARY_KEY,
        base_url=f"http://127.0.0.1:{server.port}",
        transport=httpx.AsyncHTTPTransport() if asyncio_httpx else None,
        **kwargs,
    )


def _assert_carried_by(client: AsyncArize, wire: str) -> None:
    transport = client._sender.http_client._transport
    if isinstance(transport, DefaultTransport):
        carried = "aiohttp" if transport._aiohttp is not None else "httpx"
        assert (transport._aiohttp is None) != (transport._httpcore is None)
    else:
        carried = "httpx" if isinstance(transport, httpx.AsyncHTTPTransport) else "?"
    assert carried == wire


async def _run(
    case: Case, wire: str, caplog: pytest.LogCaptureFixture
) -> tuple[list[str | None], Exception | None, RawServer]:
    server = RawServer(case.script)
    received: list[str | None] = []
    error: Exception | None = None
    clock = FakeClock()
    async with anyio.create_task_group() as tg:
        await tg.start(server.serve)
        client = _client(
            server,
            wire,
            timeout=case.timeout,
            retry=RetryPolicy(max_retries=case.max_retries),
            sleep=clock.sleep,
            clock=clock,
        )
        with anyio.fail_after(10):
            try:
                async for integration in client.integrations.list(limit=PAGE_SIZE):
                    received.append(integration.id)
            except Exception as exc:
                error = exc
            _assert_carried_by(client, wire)
            await client.aclose()
            await server.wait_until(lambda: server.open_connections == 0)
        tg.cancel_scope.cancel()
    return received, error, server


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
@over_every_wire
@pytest.mark.anyio
async def test_fault_matrix(case: Case, wire: str, caplog: pytest.LogCaptureFixture) -> None:
    """Each fault ends in its documented outcome, with no item lost or doubled and no key leaked."""
    caplog.set_level(logging.DEBUG)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        received, error, server = await _run(case, wire, caplog)
    assert received == case.ids
    assert len(set(received)) == len(received)
    if case.error is None:
        assert error is None
    else:
        assert type(error) is case.error, repr(error)
    assert server.open_connections == 0
    assert server.script == [], "every scripted answer was requested"
    _assert_no_secret(caplog, error, *[w.message for w in caught])


async def _consume_until(
    client: AsyncArize, ready: anyio.Event, received: list[str | None]
) -> None:
    async for integration in client.integrations.list(limit=PAGE_SIZE):
        received.append(integration.id)
        if len(received) == PAGE_SIZE:
            ready.set()


@pytest.mark.parametrize("where", ["mid-iteration", "mid-backoff"])
@over_every_wire
@pytest.mark.anyio
async def test_cancellation_closes_everything(where: str, wire: str) -> None:
    """Cancelling a listing while a page hangs, or while backing off, leaves no connection open."""
    second: Action = Hang() if where == "mid-iteration" else _problem(503)
    server = RawServer([page(0), second])
    received: list[str | None] = []
    async with anyio.create_task_group() as tg:
        await tg.start(server.serve)
        client = _client(
            server, wire, retry=RetryPolicy(backoff_base=3600, backoff_cap=3600, deadline=None)
        )
        ready = anyio.Event()
        with anyio.fail_after(10):
            async with anyio.create_task_group() as consumer:
                consumer.start_soon(_consume_until, client, ready, received)
                await ready.wait()
                await server.wait_until(lambda: len(server.paths) == 2)
                consumer.cancel_scope.cancel()
            await client.aclose()
            await server.wait_until(lambda: server.open_connections == 0)
        tg.cancel_scope.cancel()
    assert received == FIRST_PAGE_IDS
    assert len(server.paths) == 2


@over_every_wire
@pytest.mark.anyio
async def test_connection_limit_holds(wire: str) -> None:
    """More concurrent calls than the pool's connection limit open no more connections than it."""
    calls = DEFAULT_LIMITS.max_connections + 50  # type: ignore[operator]
    one = json.dumps({"id": "I1", "type": "agent", "name": "n"}).encode()
    # Nothing is answered before the limit's worth of requests is in: a pool that ignored the
    # limit would have opened a connection for every call by then.
    server = RawServer(
        [Send(_http(200, one))] * calls, hold_until_requests=DEFAULT_LIMITS.max_connections or 0
    )
    async with anyio.create_task_group() as tg:
        await tg.start(server.serve)
        client = _client(server, wire)
        with anyio.fail_after(20):
            async with anyio.create_task_group() as callers:
                for _ in range(calls):
                    callers.start_soon(client.integrations.get, "I1")
            _assert_carried_by(client, wire)
            await client.aclose()
            await server.wait_until(lambda: server.open_connections == 0)
        tg.cancel_scope.cancel()
    assert len(server.paths) == calls
    assert server.most_open_connections == DEFAULT_LIMITS.max_connections


@over_every_wire
@pytest.mark.anyio
async def test_refused_connection_is_a_connection_error(wire: str) -> None:
    """A port nobody listens on gives APIConnectionError, not a timeout, on every transport."""
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    await listener.aclose()
    server = RawServer([])
    server.port = port
    client = _client(server, wire, retry=RetryPolicy(max_retries=0))
    with pytest.raises(APIConnectionError) as caught:
        await client.integrations.get("I1")
    assert type(caught.value) is APIConnectionError
    _assert_carried_by(client, wire)
    await client.aclose()


@over_every_wire
@pytest.mark.anyio
async def test_connection_dropped_after_sending_is_not_unsent(wire: str) -> None:
    """A connection closed after the request went out is no connect error: a POST is not retried."""
    server = RawServer([CLOSED])
    async with anyio.create_task_group() as tg:
        await tg.start(server.serve)
        client = _client(server, wire)
        http = client._sender.http_client
        with pytest.raises(httpx.TransportError) as caught:
            await http.post(f"http://127.0.0.1:{server.port}/v2/things", content=b"{}")
        _assert_carried_by(client, wire)
        await client.aclose()
        tg.cancel_scope.cancel()
    assert not isinstance(
        caught.value, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
    )


def test_matrix_is_documented() -> None:
    """README.md's fault-matrix table names every case tested here."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for case in CASES:
        assert case.name in readme
    assert "cancelled mid-iteration" in readme and "cancelled mid-backoff" in readme
