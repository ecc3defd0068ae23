"""The adaptive rate limiter: slow start, pacing, cuts on 429s, CUBIC regrowth, deadlines."""

from __future__ import annotations

from collections.abc import Callable

import anyio
import httpx
import pytest

from aioarize import APITimeoutError, RateLimitError, RetryPolicy
from aioarize._ratelimit import BETA, AdaptiveRateLimiter
from tests.fakes import FakeClock, VirtualClock, make_client, problem

pytestmark = pytest.mark.anyio

OK = {"id": "x", "type": "agent", "name": "n"}
RETRY_NOW = {"Retry-After": "0"}


def _answers_then_ok(*answers: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    """A handler giving ``answers`` in order, then 200s."""
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0) if queue else httpx.Response(200, json=OK)

    return handler


async def _accept(limiter: AdaptiveRateLimiter, clock: FakeClock, count: int) -> None:
    """``count`` requests through the limiter, each answered (accepted) at once."""
    for _ in range(count):
        reserved_at = await limiter.acquire(clock.sleep, None)
        assert reserved_at is not None
        limiter.release(reserved_at, throttled=False)


async def _throttle(limiter: AdaptiveRateLimiter, clock: FakeClock) -> float:
    reserved_at = await limiter.acquire(clock.sleep, None)
    assert reserved_at is not None
    limiter.release(reserved_at, throttled=True)
    return reserved_at


async def test_nothing_is_paced_before_the_first_429(clock: FakeClock) -> None:
    """Until the server throttles, requests leave at once, however many."""
    limiter = AdaptiveRateLimiter(clock)
    await _accept(limiter, clock, 500)
    assert clock.sleeps == [] and limiter.rate is None


async def test_a_429_paces_at_beta_times_the_accepted_rate(clock: FakeClock) -> None:
    """After a 429 following 20 accepted answers in a second, requests leave 1/14 s apart."""
    limiter = AdaptiveRateLimiter(clock)
    await _accept(limiter, clock, 20)
    await _throttle(limiter, clock)
    assert limiter.rate == pytest.approx(20 * BETA)
    await _accept(limiter, clock, 1)
    assert clock.sleeps == [pytest.approx(1 / 14)]
    await _accept(limiter, clock, 27)
    # CUBIC regrows from 14/s towards the 20/s of the 429 meanwhile.
    assert 28 / 20 < clock.now < 28 / 14


async def test_only_a_429_sent_after_the_last_cut_cuts_again(clock: FakeClock) -> None:
    """429s for requests already in line at a cut do not cut again; a later one does."""
    limiter = AdaptiveRateLimiter(clock)
    await _accept(limiter, clock, 20)
    early = await limiter.acquire(clock.sleep, None)
    assert early is not None
    clock.now += 0.01
    await _throttle(limiter, clock)
    cut_once = limiter.rate
    limiter.release(early, throttled=True)  # in flight before the cut
    assert limiter.rate == cut_once
    clock.now += 0.01
    await _throttle(limiter, clock)
    assert cut_once is not None and limiter.rate == pytest.approx(cut_once * BETA)


async def test_the_first_cut_is_measured_again_as_late_answers_arrive(clock: FakeClock) -> None:
    """Answers overtaken by the first 429 raise its measure when the burst's next 429 comes."""
    limiter = AdaptiveRateLimiter(clock)
    in_flight = [await limiter.acquire(clock.sleep, None) for _ in range(32)]
    first, *answered, second = [t for t in in_flight if t is not None]
    clock.now += 0.01  # the answers come back a little later
    for reserved_at in answered[:20]:
        limiter.release(reserved_at, throttled=False)
    limiter.release(first, throttled=True)
    assert limiter.rate == pytest.approx(20 * BETA)
    for reserved_at in answered[20:]:  # ten more answers, sent before the first 429 came back
        limiter.release(reserved_at, throttled=False)
    limiter.release(second, throttled=True)
    assert limiter.rate == pytest.approx(30 * BETA)


async def test_the_rate_regrows_along_cubic_past_the_last_429(clock: FakeClock) -> None:
    """Paced requests that all succeed bring the rate back to the cut one, then beyond it."""
    limiter = AdaptiveRateLimiter(clock)
    await _accept(limiter, clock, 20)
    await _throttle(limiter, clock)
    rates = []
    for _ in range(12):  # ~14 requests/s for 12 s, as if the caller always had work
        await _accept(limiter, clock, 14)
        assert limiter.rate is not None
        rates.append(limiter.rate)
    assert rates == sorted(rates)
    assert rates[0] < 20 < rates[-1]


async def test_a_client_sending_little_builds_up_no_rate(clock: FakeClock) -> None:
    """Past the last 429's rate, the rate stays within twice what was accepted in a second."""
    limiter = AdaptiveRateLimiter(clock)
    await _accept(limiter, clock, 20)
    await _throttle(limiter, clock)
    for _ in range(40):  # two requests a second for 20 s: CUBIC alone would reach ~2,000/s
        clock.now += 0.5
        await _accept(limiter, clock, 1)
    assert limiter.rate == pytest.approx(20)


async def test_slow_start_sends_at_most_twice_what_was_accepted() -> None:
    """Before any 429, a request beyond the cap waits until twice the accepted answers allow it."""
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock, max_in_flight=4)
    held = [await limiter.acquire(clock.sleep, None) for _ in range(4)]
    left: list[float | None] = []
    async with anyio.create_task_group() as tg:

        async def fifth() -> None:
            left.append(await limiter.acquire(clock.sleep, None))

        tg.start_soon(fifth)
        await anyio.wait_all_tasks_blocked()
        for reserved_at in held[:2]:
            assert reserved_at is not None
            limiter.release(reserved_at, throttled=False)  # 2 accepted: 4 may have left
            await anyio.wait_all_tasks_blocked()
        assert left == []
        assert held[2] is not None
        limiter.release(held[2], throttled=False)  # 3 accepted: 6 may leave
    assert len(left) == 1 and clock.sleeps == []


async def test_requests_beyond_the_cap_wait_in_order() -> None:
    """With every place in flight taken, waiters get places in arrival order as they free up."""
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock, max_in_flight=1)
    first = await limiter.acquire(clock.sleep, None, paced=False)
    order: list[int] = []
    async with anyio.create_task_group() as tg:

        async def wait(number: int) -> None:
            reserved_at = await limiter.acquire(clock.sleep, None, paced=False)
            order.append(number)
            assert reserved_at is not None
            limiter.release(reserved_at, None, paced=False)

        for number in range(3):
            tg.start_soon(wait, number)
            await anyio.wait_all_tasks_blocked()
        assert first is not None
        limiter.release(first, None, paced=False)
    assert order == [0, 1, 2]


async def test_a_turn_beyond_the_deadline_is_refused_and_holds_nothing(clock: FakeClock) -> None:
    """A token further away than the remaining deadline gives None and frees its place."""
    limiter = AdaptiveRateLimiter(clock, max_in_flight=1)
    await _accept(limiter, clock, 2)
    await _throttle(limiter, clock)  # 1.4 requests/s: the next token is 0.71 s away
    assert await limiter.acquire(clock.sleep, 0.5) is None
    assert clock.sleeps == []
    assert await limiter.acquire(clock.sleep, 1.0) is not None  # the place was freed


async def test_cancelled_waiter_gives_its_place_back() -> None:
    """A request cancelled while waiting for a place leaves the queue and leaks no place."""
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock, max_in_flight=1)
    first = await limiter.acquire(clock.sleep, None, paced=False)
    async with anyio.create_task_group() as tg:
        tg.start_soon(limiter.acquire, clock.sleep, None)
        await anyio.wait_all_tasks_blocked()
        tg.cancel_scope.cancel()
    assert first is not None
    limiter.release(first, None, paced=False)
    with anyio.fail_after(1):
        assert await limiter.acquire(clock.sleep, None, paced=False) is not None


async def test_sender_paces_after_a_429_and_with_options_shares_the_pace(
    clock: FakeClock,
) -> None:
    """Through the client: after 10 answers and a 429, calls (also a derived client's) are paced."""
    handler = _answers_then_ok(*[httpx.Response(200, json=OK)] * 10, problem(429, **RETRY_NOW))
    client = make_client(handler, clock, RetryPolicy(jitter=0))
    for _ in range(10):
        await client.integrations.get("x")
    await client.integrations.get("x")  # 429, then retried: the first paced request
    derived = client.with_options(timeout=3.0)
    await derived.integrations.get("x")
    assert client._sender.rate_limiter is derived._sender.rate_limiter
    # Retry-After 0, then a turn 1/7 s away (7/s); the next a little sooner (CUBIC regrowth).
    assert clock.sleeps[:2] == [0.0, pytest.approx(1 / 7)]
    assert len(clock.sleeps) == 3 and 0.1 < clock.sleeps[2] < 1 / 7


async def test_adaptive_rate_limit_off_never_paces(clock: FakeClock) -> None:
    """With adaptive_rate_limit=False the same exchange has no waits but the Retry-After."""
    handler = _answers_then_ok(*[httpx.Response(200, json=OK)] * 10, problem(429, **RETRY_NOW))
    client = make_client(handler, clock, RetryPolicy(jitter=0, adaptive_rate_limit=False))
    for _ in range(13):
        await client.integrations.get("x")
    assert clock.sleeps == [0.0]
    assert client._sender.rate_limiter.rate is None


async def test_no_turn_within_the_deadline_is_a_rate_limit_error(clock: FakeClock) -> None:
    """A call whose paced turn lies beyond its deadline fails at once with RateLimitError."""
    handler = _answers_then_ok(httpx.Response(200, json=OK), problem(429, **RETRY_NOW))
    # One answer a second, cut to 0.7/s: the retry's turn is 1.43 s away, the deadline 1 s.
    client = make_client(handler, clock, RetryPolicy(jitter=0, deadline=1.0))
    await client.integrations.get("x")
    with pytest.raises(RateLimitError, match="pace"):
        await client.integrations.get("x")
    assert sum(clock.sleeps) < 1.0


async def test_no_place_in_flight_within_the_deadline_times_out_and_holds_nothing(
    clock: FakeClock,
) -> None:
    """Waiting for a place in flight stops at the deadline (TimeoutError) and leaves the queue."""
    limiter = AdaptiveRateLimiter(clock, max_in_flight=1)
    first = await limiter.acquire(clock.sleep, None)
    with anyio.fail_after(5), pytest.raises(TimeoutError):  # fail_after: rather than hang
        await limiter.acquire(clock.sleep, 1.0)
    assert clock.sleeps == [1.0]
    assert first is not None
    limiter.release(first, throttled=False)
    with anyio.fail_after(1):  # the place went back, not to the waiter that gave up
        assert await limiter.acquire(clock.sleep, 1.0) is not None


async def test_no_slow_start_turn_within_the_deadline_times_out(clock: FakeClock) -> None:
    """Waiting for slow start's allowance stops at the deadline too, holding no place."""
    limiter = AdaptiveRateLimiter(clock, max_in_flight=2)
    held = [await limiter.acquire(clock.sleep, None) for _ in range(2)]
    assert held[0] is not None
    limiter.release(held[0], throttled=False)  # 1 accepted, 2 sent: a third must wait
    with anyio.fail_after(5), pytest.raises(TimeoutError):
        await limiter.acquire(clock.sleep, 0.5)
    assert clock.sleeps == [0.5]
    assert held[1] is not None
    limiter.release(held[1], throttled=False)  # 2 accepted: up to 4 may have left
    with anyio.fail_after(1):
        assert await limiter.acquire(clock.sleep, 0.5) is not None


async def test_deadline_bounds_the_wait_behind_a_full_set_of_calls_in_flight() -> None:
    """With 100 calls hung in flight, a call with deadline=1 fails after 1 s (virtual time)."""
    clock = VirtualClock()
    hung = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/slow"):
            await hung.wait()
        return httpx.Response(200, json=OK)

    client = make_client(handler, clock, RetryPolicy(deadline=None))
    hurried = client.with_options(retry=RetryPolicy(deadline=1.0))
    async with anyio.create_task_group() as tg:
        tg.start_soon(clock.drive)
        for _ in range(100):
            tg.start_soon(client.integrations.get, "slow")
        await anyio.wait_all_tasks_blocked()
        with anyio.fail_after(10), pytest.raises(APITimeoutError, match="in flight"):
            await hurried.integrations.get("x")
        assert clock.now == pytest.approx(1.0)
        tg.cancel_scope.cancel()
