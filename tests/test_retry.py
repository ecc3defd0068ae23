"""Retries: 429 and transient faults, Retry-After, backoff, deadlines, cooldown, cancellation."""

from __future__ import annotations

import email.utils
import gzip
import json
import logging
import math
import random
import tracemalloc
import zlib
from collections.abc import Callable

import anyio
import httpx
import pytest
from pytest_httpx import HTTPXMock

from aioarize import (
    APIConnectionError,
    APITimeoutError,
    AsyncArize,
    BadRequestError,
    RateLimitError,
    ResponseTooLargeError,
    RetryEvent,
    RetryPolicy,
    ServerError,
)
from aioarize._retry import Sender, parse_retry_after
from tests.fakes import (
    CANARY_KEY,
    Answer,
    FakeClock,
    Script,
    VirtualClock,
    encoded,
    make_client,
    problem,
)

OK = {"id": "x", "type": "agent", "name": "n"}
WALL_NOW = 1_800_000_000.0


def ok() -> httpx.Response:
    return httpx.Response(200, json=OK)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("42", 42.0),
        ("0", 0.0),
        ("1.5", 1.5),
        (" 7 ", 7.0),
        (email.utils.formatdate(WALL_NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(WALL_NOW - 30, usegmt=True), 0.0),
        ("-3", None),
        ("soon", None),
        ("nan", None),
        ("inf", math.inf),
        ("1e308", 1e308),
        ("9" * 400, math.inf),
        ("-inf", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    """Delta-seconds, fractions and dates parse, past float range is inf, garbage does not."""
    assert parse_retry_after(value, WALL_NOW) == expected


@pytest.mark.anyio
async def test_429_waits_retry_after_plus_jitter_then_succeeds(clock: FakeClock) -> None:
    """A 429 with Retry-After waits that long (plus at most the jitter) and retries once."""
    script = Script([problem(429, "Slow down", **{"Retry-After": "3"}), ok()])
    async with make_client(script, clock) as client:
        await client.integrations.get("x")
    assert len(script.requests) == 2
    (wait,) = clock.sleeps
    assert 3.0 <= wait <= 3.0 + RetryPolicy().jitter


@pytest.mark.parametrize("retry_after", [None, "garbage", "-1"])
@pytest.mark.anyio
async def test_429_without_usable_retry_after_backs_off_exponentially(
    clock: FakeClock, retry_after: str | None
) -> None:
    """Without a usable Retry-After, waits grow exponentially within base * 2**n, capped."""
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    policy = RetryPolicy(max_retries=4, backoff_base=1.0, backoff_cap=5.0)
    script = Script([problem(429, **headers) for _ in range(4)] + [ok()])
    async with make_client(script, clock, retry=policy) as client:
        await client.integrations.get("x")
    assert len(clock.sleeps) == 4
    for attempt, wait in enumerate(clock.sleeps, start=1):
        assert 0 <= wait <= min(5.0, 1.0 * 2 ** (attempt - 1))


@pytest.mark.anyio
async def test_retry_after_beyond_max_raises_at_once(clock: FakeClock) -> None:
    """A Retry-After longer than max_retry_after raises RateLimitError without sleeping."""
    script = Script([problem(429, **{"Retry-After": "3600"})])
    async with make_client(script, clock) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.integrations.get("x")
    assert caught.value.retry_after == 3600.0
    assert clock.sleeps == []
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_retry_after_beyond_deadline_raises_at_once(clock: FakeClock) -> None:
    """A wait that would overrun the call's deadline raises instead of sleeping."""
    script = Script([problem(429, **{"Retry-After": "20"})])
    async with make_client(script, clock, retry=RetryPolicy(deadline=10.0)) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.integrations.get("x")
    assert caught.value.retry_after == 20.0
    assert clock.sleeps == []


@pytest.mark.anyio
async def test_exhausted_retries_raise_last_error_with_attempts(clock: FakeClock) -> None:
    """After max_retries the last typed error is raised and says how many attempts were made."""
    script = Script([problem(503, "Unavailable") for _ in range(3)])
    async with make_client(script, clock, retry=RetryPolicy(max_retries=2)) as client:
        with pytest.raises(ServerError) as caught:
            await client.integrations.get("x")
    assert caught.value.attempts == 3
    assert "after 3 attempts" in str(caught.value)
    assert len(script.requests) == 3


@pytest.mark.parametrize(
    "fault",
    [
        problem(502),
        problem(503),
        problem(504),
        httpx.ConnectError("refused"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
        httpx.ReadTimeout("slow"),
        httpx.ConnectTimeout("slow"),
    ],
)
@pytest.mark.anyio
async def test_transient_faults_are_retried_for_get(
    clock: FakeClock, fault: httpx.Response | Exception
) -> None:
    """502/503/504, dropped connections and timeouts are retried for idempotent requests."""
    script = Script([fault, ok()])
    async with make_client(script, clock) as client:
        integration = await client.integrations.get("x")
    assert integration.id == "x"
    assert len(script.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 500, 501])
@pytest.mark.anyio
async def test_permanent_errors_are_not_retried(clock: FakeClock, status: int) -> None:
    """Client errors and non-transient server errors raise after one request."""
    script = Script([problem(status)])
    async with make_client(script, clock) as client:
        with pytest.raises(Exception) as caught:
            await client.integrations.get("x")
    assert getattr(caught.value, "status", None) == status
    assert len(script.requests) == 1 and clock.sleeps == []


@pytest.mark.parametrize(
    ("fault", "retried"),
    [
        (problem(503), False),
        (httpx.ReadTimeout("slow"), False),
        (httpx.ReadError("reset"), False),
        (httpx.ConnectError("refused"), True),
        (problem(429, **{"Retry-After": "1"}), True),
        (lambda request: encoded(200, b"not gzip", "gzip"), False),
    ],
)
@pytest.mark.anyio
async def test_non_idempotent_requests_retry_only_when_safe(
    clock: FakeClock, fault: Answer, retried: bool
) -> None:
    """A POST is retried only when the server cannot have acted on it (unsent, or 429)."""
    script = Script([fault, httpx.Response(201)])
    async with httpx.AsyncClient(transport=httpx.MockTransport(script)) as http_client:
        sender = Sender(http_client, sleep=clock.sleep, clock=clock)
        request = http_client.build_request("POST", "https://api.arize.com/v2/things")
        if retried:
            assert (await sender.send(request, RetryPolicy())).status_code == 201
        else:
            with pytest.raises((ServerError, APIConnectionError)):  # ResponseDecodingError too
                await sender.send(request, RetryPolicy())
    assert len(script.requests) == (2 if retried else 1)


@pytest.mark.anyio
async def test_retry_is_logged_and_reported_without_secrets(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """Each retry is logged on the aioarize logger and passed to on_retry, key-free."""
    events: list[RetryEvent] = []
    script = Script([problem(429, **{"Retry-After": "2"}), problem(503), ok()])
    caplog.set_level(logging.DEBUG)
    async with make_client(script, clock, on_retry=events.append) as client:
        await client.integrations.get("x")
    assert [(e.attempt, e.status) for e in events] == [(1, 429), (2, 503)]
    assert events[0].url == "https://api.arize.com/v2/integrations/x"
    assert events[0].wait >= 2.0
    retry_logs = [r for r in caplog.records if r.name == "aioarize"]
    assert len(retry_logs) == 2
    assert "429" in retry_logs[0].getMessage()
    assert all(CANARY_KEY not in r.getMessage() for r in caplog.records)


@pytest.mark.anyio
async def test_retry_policy_overridable_per_call(clock: FakeClock) -> None:
    """with_options(retry=...) changes retries for the derived client only."""
    script = Script([problem(503), problem(503), ok()])
    async with make_client(script, clock) as client:
        with pytest.raises(ServerError):
            await client.with_options(retry=RetryPolicy(max_retries=0)).integrations.get("x")
        await client.integrations.get("x")
    assert len(script.requests) == 3


def test_retry_policy_rejects_nonsense() -> None:
    """Negative or NaN settings are rejected when the policy is built."""
    for kwargs in ({"max_retries": -1}, {"backoff_base": -1.0}, {"deadline": float("nan")}):
        with pytest.raises(ValueError):
            RetryPolicy(**kwargs)


@pytest.mark.anyio
async def test_shared_cooldown_holds_back_concurrent_requests() -> None:
    """After one 429 with Retry-After, the client's other requests wait instead of hitting 429."""
    clock = VirtualClock()
    blocked_until = 0.0
    statuses: list[int] = []

    def server(request: httpx.Request) -> httpx.Response:
        nonlocal blocked_until
        if not statuses or clock.now < blocked_until:
            blocked_until = max(blocked_until, clock.now + 2.0)
            statuses.append(429)
            return problem(429, **{"Retry-After": "2"})
        statuses.append(200)
        return ok()

    async def worker(index: int, client: AsyncArize) -> None:
        # Workers start 0.1 s apart, so most start after the first 429 came back.
        await clock.sleep(0.1 * index)
        await client.integrations.get("x")

    async with make_client(server, clock) as client, anyio.create_task_group() as tg:
        tg.start_soon(clock.drive)
        async with anyio.create_task_group() as workers:
            for index in range(20):
                workers.start_soon(worker, index, client)
        tg.cancel_scope.cancel()
    assert statuses.count(200) == 20
    assert statuses.count(429) == 1


@pytest.mark.anyio
async def test_cooldown_longer_than_deadline_raises_rate_limit() -> None:
    """A request that would wait out a cooldown past its deadline raises RateLimitError."""
    clock = FakeClock()
    script = Script([problem(429, **{"Retry-After": "30"}), ok()])
    async with make_client(script, clock) as client:
        await client.integrations.get("x")
        clock.now = 0.0  # a second call starting inside the cooldown window
        with pytest.raises(RateLimitError, match="cooling down"):
            await client.with_options(retry=RetryPolicy(deadline=5.0)).integrations.get("x")
    assert len(script.requests) == 2


@pytest.mark.anyio
async def test_cancellation_during_backoff_propagates_untouched() -> None:
    """Cancelling a call while it sleeps between retries cancels it, with no retry after."""
    script = Script([problem(503)] * 5)
    client = make_client(script, retry=RetryPolicy(backoff_base=100.0, backoff_cap=100.0))
    client._sender.sleep = anyio.sleep  # real sleeping, so the cancel lands inside it
    client._sender.rng = random.Random(1)
    with anyio.move_on_after(0.05) as scope:
        await client.integrations.get("x")
    await client.aclose()
    assert scope.cancelled_caught
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_cancellation_during_request_propagates_untouched() -> None:
    """Cancelling an in-flight request raises no aioarize error and retries nothing."""
    started = anyio.Event()

    async def hanging(request: httpx.Request) -> httpx.Response:
        started.set()
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    calls: list[str] = []

    async def caller(client: object) -> None:
        try:
            await client.integrations.get("x")  # type: ignore[attr-defined]
        finally:
            calls.append("exited")

    async with make_client(hanging) as client, anyio.create_task_group() as tg:
        tg.start_soon(caller, client)
        await started.wait()
        tg.cancel_scope.cancel()
    assert calls == ["exited"]


@pytest.mark.anyio
async def test_timeouts_are_typed_after_retries(clock: FakeClock) -> None:
    """Repeated read timeouts end in APITimeoutError carrying the attempt count."""
    script = Script([httpx.ReadTimeout("slow")] * 3)
    async with make_client(script, clock, retry=RetryPolicy(max_retries=2)) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.integrations.get("x")
    assert caught.value.attempts == 3


@pytest.mark.anyio
async def test_bad_request_is_raised_as_is(clock: FakeClock) -> None:
    """A 400 is not retried and keeps its problem detail."""
    script = Script([problem(400, "Invalid request parameters")])
    async with make_client(script, clock) as client:
        with pytest.raises(BadRequestError, match="Invalid request parameters"):
            await client.integrations.get("x")


@pytest.mark.anyio
async def test_exact_wire_sequence_with_pytest_httpx(
    httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    """Over the default transport, a 429 then a 200 are two identical authenticated GETs."""
    url = "https://api.arize.com/v2/integrations?type=agent&limit=5"
    httpx_mock.add_response(url=url, status_code=429, headers={"Retry-After": "1"}, json={})
    httpx_mock.add_response(url=url, json={"integrations": [OK], "pagination": {"has_more": False}})
    async with AsyncArize(CANARY_KEY, sleep=clock.sleep, clock=clock) as client:
        items = [i async for i in client.integrations.list(type="agent", limit=5)]
    first, second = httpx_mock.get_requests()
    assert [i.id for i in items] == ["x"]
    assert first.url == second.url == url
    assert (
        first.headers["Authorization"] == second.headers["Authorization"] == f"Bearer {CANARY_KEY}"
    )
    assert len(clock.sleeps) == 1


@pytest.mark.anyio
async def test_cooldown_extended_while_waiting_is_waited_out_too() -> None:
    """A request waiting out a cooldown looks again when it wakes, in case it was extended."""
    clock = FakeClock()
    script = Script([ok()])
    async with httpx.AsyncClient(transport=httpx.MockTransport(script)) as http_client:
        sender = Sender(http_client, sleep=clock.sleep, clock=clock, rng=random.Random(0))
        sender.cooldown_until = 5.0
        original_sleep = clock.sleep

        async def sleep_then_extend(seconds: float) -> None:
            await original_sleep(seconds)
            if len(clock.sleeps) == 1:
                sender.cooldown_until = clock.now + 10.0  # another request's fresh 429

        sender.sleep = sleep_then_extend
        request = http_client.build_request("GET", "https://api.arize.com/v2/integrations/x")
        await sender.send(request, RetryPolicy())
    assert len(clock.sleeps) == 2
    assert clock.now >= 15.0
    assert len(script.requests) == 1


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data)


def _zlib(data: bytes) -> bytes:
    return zlib.compress(data)


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", _gzip),
        ("x-gzip", _gzip),
        ("deflate", _zlib),
        ("deflate", _raw_deflate),
        ("deflate, gzip", lambda data: _gzip(_zlib(data))),
        ("identity", lambda data: data),
        ("", lambda data: data),
    ],
)
@pytest.mark.anyio
async def test_bodies_are_decoded_as_their_content_encoding(
    encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    """gzip, deflate (wrapped or raw), chains and identity bodies all decode, in small chunks."""
    script = Script([encoded(200, encode(json.dumps(OK).encode()), encoding, chunk_size=7)])
    async with make_client(script) as client:
        integration = await client.integrations.get("x")
    assert integration.id == "x"
    assert script.requests[0].headers["Accept-Encoding"] == "gzip, deflate"


@pytest.mark.anyio
async def test_gzip_bomb_never_inflates_beyond_the_limit() -> None:
    """A 64 MiB gzip bomb against a 1 MiB limit stops there, memory staying near the limit."""
    compressor = zlib.compressobj(9, wbits=zlib.MAX_WBITS | 16)
    bomb = b"".join(compressor.compress(bytes(1 << 20)) for _ in range(64)) + compressor.flush()
    script = Script([encoded(200, bomb, "gzip")])
    async with make_client(script, max_response_size=1 << 20) as client:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as caught:
                await client.integrations.get("x")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert caught.value.limit == 1 << 20
    assert peak < 8 << 20
    assert len(script.requests) == 1, "a body too large is not retried"


@pytest.mark.parametrize(
    ("status", "retry_after", "error"),
    [
        (429, "inf", RateLimitError),
        (429, "1e308", RateLimitError),
        (429, "9" * 400, RateLimitError),
        (503, "61", ServerError),
    ],
)
@pytest.mark.anyio
async def test_retry_after_beyond_the_limit_raises_at_once(
    clock: FakeClock, status: int, retry_after: str, error: type[Exception]
) -> None:
    """Any Retry-After beyond max_retry_after, infinite or huge, raises without a retry."""
    script = Script([problem(status, **{"Retry-After": retry_after})])
    async with make_client(script, clock) as client:
        with pytest.raises(error):
            await client.integrations.get("x")
    assert len(script.requests) == 1
    assert clock.sleeps == []


@pytest.mark.anyio
async def test_503_retry_after_starts_the_shared_cooldown(clock: FakeClock) -> None:
    """A 503's Retry-After is waited out and holds back the client's next call too."""
    script = Script([problem(503, **{"Retry-After": "5"}), ok(), ok()])
    async with make_client(script, clock) as client:
        await client.integrations.get("x")
        assert 5.0 <= clock.sleeps[0] <= 5.0 + RetryPolicy().jitter
        assert client._sender.cooldown_until == pytest.approx(clock.now)
    assert len(script.requests) == 2
