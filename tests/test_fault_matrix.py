"""The fault matrix: a listing hit by each kind of fault, over real loopback sockets.

A scripted raw HTTP/1.1 server (so faults can be exactly what a broken network or proxy sends:
truncated bodies, hangs, resets, trickles, bombs) serves a three-page listing, with the fault
injected before the second page. Each case runs on every transport aioarize may use: its default
(aiohttp's pool on asyncio, httpx's on trio) and httpx's own pool on asyncio. Every case checks
the documented outcome, that no item is lost or duplicated, that no request goes beyond the
script, that no connection stays open, and that a canary API key shows up in no log record,
exception (pickled or not) or warning. Faults a careless caller brings (a closed client, an
over-long ID, a bad base_url, copied models, odd IDs) follow. README.md's fault-matrix table
lists all these cases.
"""

from __future__ import annotations

import copy
import email.utils
import gzip
import json
import logging
import pickle
import time
import warnings
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
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
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    InsecureBaseURLWarning,
    InvalidRequestError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
)
from aioarize._transport import DEFAULT_LIMITS, DefaultTransport
from aioarize.models import Task
from tests.fakes import CANARY_KEY, LLM_GENERATION, FakeClock, task_json

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
    status: int,
    body: bytes = b"",
    *,
    length: int | None = None,
    retry_after: str = "",
    headers: tuple[str, ...] = (),
) -> bytes:
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body) if length is None else length}"]
    head.append("Content-Type: application/json")
    if retry_after:
        head.append(f"Retry-After: {retry_after}")
    head.extend(headers)
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@attrs.frozen
class Send:
    """Answer with these bytes; ``close`` drops the connection afterwards."""

    data: bytes
    close: bool = False


@attrs.frozen
class Hang:
    """Answer nothing until the client goes away."""


@attrs.frozen
class Stream:
    """Answer with ``head``, then ``chunk`` again and again (every ``interval`` s) until the
    client goes away."""

    head: bytes
    chunk: bytes
    interval: float = 0.0


Action = Send | Hang | Stream


def _problem(status: int, retry_after: str = "", body: bytes | None = None) -> Send:
    if body is None:
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
        self.unscripted = 0  # requests that came after the script ran out
        self.streamed_chunks = 0
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
                    if not self.script:
                        self.unscripted += 1
                    action = self.script.pop(0) if self.script else _problem(500)
                    if isinstance(action, Hang):
                        while True:
                            await stream.receive()
                    if isinstance(action, Stream):
                        await stream.send(action.head)
                        while True:
                            await stream.send(action.chunk)
                            self.streamed_chunks += 1
                            self._notify()
                            await anyio.sleep(action.interval)
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
    deadline: float = 120.0
    max_response_size: int = 1024 * 1024
    slept_at_least: float = 0.0  # the fake clock's longest wait


HTTP_DATE = email.utils.formatdate(time.time() + 2, usegmt=True)
ALL, FIRST = ALL_IDS, FIRST_PAGE_IDS
BadBody = ResponseValidationError
CLOSED = Send(b"", close=True)
TRUNCATED_AND_CLOSED = Send(_http(200, _page_body(1)[:40], length=5000), close=True)
TRUNCATED_JSON = Send(_http(200, _page_body(1)[:40]))
# A byte of JSON whitespace every 50 ms: never a read timeout, never an end.
TRICKLE = Stream(_http(200, length=10**9), b" ", interval=0.05)
# 16 KiB of JSON whitespace per chunk, forever.
ENDLESS_CHUNKS = Stream(
    b"HTTP/1.1 200 X\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n",
    b"4000\r\n" + b" " * 0x4000 + b"\r\n",
)
# 16 MiB of whitespace in ~16 KiB: 16 times the row's max_response_size once inflated.
GZIP_BOMB = Send(
    _http(200, gzip.compress(b" " * (16 << 20), 9), headers=("Content-Encoding: gzip",))
)
DEEP_JSON = b"[" * 100_000 + b"]" * 100_000


def _not_gzip(status: int) -> Send:
    return Send(_http(status, _page_body(1), headers=("Content-Encoding: gzip",)))


ECHOED_KEY = Send(
    _http(
        401,
        json.dumps(
            {"title": f"Bearer {CANARY_KEY}", "detail": f"unknown key {CANARY_KEY}"}
        ).encode(),
    )
)

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
    Case(
        "body trickled past the deadline",
        [page(0), TRICKLE],
        FIRST,
        APITimeoutError,
        deadline=0.3,
    ),
    Case("endless chunked body", [page(0), ENDLESS_CHUNKS], FIRST, ResponseTooLargeError),
    Case("gzip bomb", [page(0), GZIP_BOMB], FIRST, ResponseTooLargeError),
    Case("gzip claimed, body not gzip", [page(0), _not_gzip(200), page(1), page(2)], ALL),
    Case("gzip claimed on a 503, body not gzip", [page(0), _not_gzip(503), page(1), page(2)], ALL),
    Case("JSON nested 100,000 deep", [page(0), Send(_http(200, DEEP_JSON))], FIRST, BadBody),
    Case(
        "429 whose body nests 100,000 deep",
        [page(0), _problem(429, "1", DEEP_JSON), page(1), page(2)],
        ALL,
    ),
    Case("cursor over 64 KiB", [page(0, cursor="c" * 70_000)], FIRST, InvalidRequestError),
    Case("401 echoing the key", [page(0), ECHOED_KEY], FIRST, AuthenticationError),
    Case("429 with Retry-After: inf", [page(0), _problem(429, "inf")], FIRST, RateLimitError),
    Case(
        "429 with a 400-digit Retry-After",
        [page(0), _problem(429, "9" * 400)],
        FIRST,
        RateLimitError,
    ),
    Case(
        "503 with Retry-After",
        [page(0), _problem(503, "2"), page(1), page(2)],
        ALL,
        slept_at_least=2.0,
    ),
    Case("503 with a huge Retry-After", [page(0), _problem(503, "86400")], FIRST, ServerError),
]


def _assert_no_secret(caplog: pytest.LogCaptureFixture, *objects: object) -> None:
    for record in caplog.records:
        assert CANARY_KEY not in record.getMessage()
    for obj in objects:
        assert CANARY_KEY not in repr(obj) and CANARY_KEY not in str(obj)
        for value in getattr(obj, "__dict__", {}).values():
            assert CANARY_KEY not in repr(value)
        if isinstance(obj, Exception):
            assert CANARY_KEY.encode() not in pickle.dumps(obj)


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
        pools = transport._pools  # those of the loop the test runs on
        carried = "aiohttp" if pools.aiohttp is not None else "httpx"
        assert (pools.aiohttp is None) != (pools.httpcore is None)
    else:
        carried = "httpx" if isinstance(transport, httpx.AsyncHTTPTransport) else "?"
    assert carried == wire


async def _run(
    case: Case, wire: str, caplog: pytest.LogCaptureFixture
) -> tuple[list[str | None], Exception | None, RawServer, FakeClock]:
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
            retry=RetryPolicy(max_retries=case.max_retries, deadline=case.deadline),
            sleep=clock.sleep,
            clock=clock,
            max_response_size=case.max_response_size,
        )
        with anyio.fail_after(10):
            try:
                async for integration in client.integrations.list(limit=PAGE_SIZE):
                    received.append(str(integration.id))
            except Exception as exc:
                error = exc
            _assert_carried_by(client, wire)
            await client.aclose()
            await server.wait_until(lambda: server.open_connections == 0)
        tg.cancel_scope.cancel()
    return received, error, server, clock


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
@over_every_wire
@pytest.mark.anyio
async def test_fault_matrix(case: Case, wire: str, caplog: pytest.LogCaptureFixture) -> None:
    """Each fault ends in its documented outcome, with no item lost or doubled and no key leaked."""
    caplog.set_level(logging.DEBUG)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        received, error, server, clock = await _run(case, wire, caplog)
    assert received == case.ids
    assert len(set(received)) == len(received)
    if case.error is None:
        assert error is None
    else:
        assert type(error) is case.error, repr(error)
    assert server.open_connections == 0
    assert server.script == [], "every scripted answer was requested"
    assert server.unscripted == 0, "no request beyond the script"
    assert max(clock.sleeps, default=0.0) >= case.slept_at_least
    _assert_no_secret(caplog, error, *[w.message for w in caught])


async def _consume_until(
    client: AsyncArize, ready: anyio.Event, received: list[str | None]
) -> None:
    async for integration in client.integrations.list(limit=PAGE_SIZE):
        received.append(str(integration.id))
        if len(received) == PAGE_SIZE:
            ready.set()


CANCELLED_WHILE: dict[str, Action] = {
    "mid-iteration": Hang(),
    "mid-body": TRICKLE,
    "mid-backoff": _problem(503),
}


@pytest.mark.parametrize("where", list(CANCELLED_WHILE))
@over_every_wire
@pytest.mark.anyio
async def test_cancellation_closes_everything(where: str, wire: str) -> None:
    """Cancelling a listing while a page hangs, trickles in or backs off leaves nothing open."""
    server = RawServer([page(0), CANCELLED_WHILE[where]])
    received: list[str | None] = []
    async with anyio.create_task_group() as tg:
        await tg.start(server.serve)
        client = _client(
            server,
            wire,
            # A deadline far off: its scope is live, yet the cancellation must pass it untouched.
            retry=RetryPolicy(backoff_base=3600, backoff_cap=3600, deadline=7200),
        )
        ready = anyio.Event()
        with anyio.fail_after(10):
            async with anyio.create_task_group() as consumer:
                consumer.start_soon(_consume_until, client, ready, received)
                await ready.wait()
                await server.wait_until(lambda: len(server.paths) == 2)
                if where == "mid-body":
                    await server.wait_until(lambda: server.streamed_chunks >= 3)
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


# --- careless callers ------------------------------------------------------------------

CALLER_ROWS = [
    "client used after its parent closed",
    "ID over 64 KiB",
    "base_url with credentials, a query or a fragment",
    "plain http to a remote host",
    "a model after pickle and deepcopy",
    "IDs that are empty, dot segments or unusual",
]


@asynccontextmanager
async def _serving(script: list[Action]) -> AsyncIterator[tuple[RawServer, AsyncArize]]:
    """The raw server playing ``script``, and a client of it closed on the way out."""
    server = RawServer(script)
    async with anyio.create_task_group() as tg:
        await tg.start(server.serve)
        async with AsyncArize(CANARY_KEY, base_url=f"http://127.0.0.1:{server.port}") as client:
            with anyio.fail_after(10):
                yield server, client
        tg.cancel_scope.cancel()


@pytest.mark.anyio
async def test_client_used_after_its_parent_closed() -> None:
    """A with_options() client whose parent closed raises ClientClosedError, sending nothing."""
    async with _serving([]) as (server, client):
        fast = client.with_options(timeout=1.0)
        await client.aclose()
        with pytest.raises(ClientClosedError) as caught:
            await fast.integrations.get("x")
    assert isinstance(caught.value, RuntimeError)
    assert server.paths == []


@pytest.mark.anyio
async def test_id_over_64_kib() -> None:
    """An ID too long for a URL is an InvalidRequestError (a ValueError) before any request."""
    async with _serving([]) as (server, client):
        with pytest.raises(InvalidRequestError) as caught:
            await client.integrations.get("x" * 70_000)
    assert isinstance(caught.value, ValueError)
    assert len(str(caught.value)) < 1000
    assert server.paths == []


@pytest.mark.anyio
async def test_ids_that_are_empty_dot_segments_or_unusual() -> None:
    """'', '.' and '..' are refused unsent; every other ID reaches the server as one segment."""
    odd = ["...", "%2e%2e", "../v2/spaces", "a?b#c", "x/y"]
    not_found: list[Action] = [_problem(404) for _ in odd]
    async with _serving(not_found) as (server, client):
        for refused in ("", ".", ".."):
            with pytest.raises(ValueError, match="integration_id"):
                await client.integrations.get(refused)
        assert server.paths == []
        for identifier in odd:
            with pytest.raises(NotFoundError):
                await client.integrations.get(identifier)
    assert server.paths == [
        "/v2/integrations/...",
        "/v2/integrations/%252e%252e",
        "/v2/integrations/..%2Fv2%2Fspaces",
        "/v2/integrations/a%3Fb%23c",
        "/v2/integrations/x%2Fy",
    ]


@pytest.mark.parametrize(
    "base_url",
    [
        "https://user:s3cret@api.example.com",
        "https://user:s3cret#x@api.example.com",  # parsed as host "user" and fragment "x@api..."
        "https://user:s3cret/x@api.example.com",  # parsed as port "s3cret" and path "/x@api..."
        "ftp://user:s3cret@api.example.com",
        "https://api.example.com?x=1",
        "https://h.example#f",
    ],
)
def test_base_url_with_credentials_a_query_or_a_fragment(base_url: str) -> None:
    """Such a base_url is a ConfigurationError, whose message never shows the password."""
    with pytest.raises(ConfigurationError) as caught:
        AsyncArize(CANARY_KEY, base_url=base_url)
    assert "s3cret" not in str(caught.value) and "s3cret" not in repr(caught.value)


@pytest.mark.parametrize(
    ("base_url", "warns"),
    [
        ("http://api.example.com", True),
        ("http://10.0.0.7:8080", True),
        ("http://127.0.0.1:8080", False),
        ("http://[::1]:8080", False),
        ("http://localhost:8080", False),
        ("https://api.example.com", False),
    ],
)
def test_plain_http_to_a_remote_host(base_url: str, warns: bool) -> None:
    """Plain http gets one InsecureBaseURLWarning, unless the host is this machine."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        AsyncArize(CANARY_KEY, base_url=base_url)
    assert [type(w.message) for w in caught] == ([InsecureBaseURLWarning] if warns else [])
    if warns:
        assert caught[0].filename == __file__, "the warning points at the caller"


@pytest.mark.anyio
async def test_a_model_after_pickle_and_deepcopy() -> None:
    """A task received from the server serialises the same after pickle, copy and deepcopy."""
    body = {
        "tasks": [task_json(run_configuration=LLM_GENERATION)],
        "pagination": {"has_more": False},
    }
    async with _serving([Send(_http(200, json.dumps(body).encode()))]) as (_, client):
        (task,) = [task async for task in client.tasks.list()]
    assert isinstance(task, Task)
    original = json.dumps(task.to_dict())
    for duplicate in (pickle.loads(pickle.dumps(task)), copy.deepcopy(task), copy.copy(task)):
        assert json.dumps(duplicate.to_dict()) == original


def test_matrix_is_documented() -> None:
    """README.md's fault-matrix table names every case tested here."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for name in [case.name for case in CASES] + CALLER_ROWS:
        assert f"| {name} |" in readme, name
    for where in CANCELLED_WHILE:
        assert f"| cancelled {where} |" in readme, where
