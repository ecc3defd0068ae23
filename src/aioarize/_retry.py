"""Sending requests: the one place every request passes through, with retries.

``Sender.send`` makes a request, turns the outcome into a response or a typed
error, and decides whether to wait and try again. Resources never retry on
their own, so an operation added to the spec gets the same behaviour for free.

Rules (each from the API overview or HTTP semantics):

* 429 is always retried: the server refused the request without acting on it.
  ``Retry-After`` (delta-seconds, fractional seconds or an HTTP-date) is
  honoured; without it, or when it is unparsable or negative, exponential
  backoff with full jitter is used. A wait beyond ``max_retry_after`` or the
  call's remaining ``deadline`` raises ``RateLimitError`` at once instead of
  sleeping.
* 502, 503, 504, connection errors and timeouts are retried for idempotent
  methods only; for others only when the request was never sent (connect
  errors), since a retry could otherwise apply a change twice.
* A 429 with ``Retry-After`` starts a cooldown shared by every request of the
  client, so concurrent requests wait out the same window instead of each
  collecting a 429 of its own.

All waiting goes through an injectable ``sleep`` and ``clock`` (anyio's by
default, so asyncio and trio both work, and tests need no wall time).
Cancellation is never caught: it propagates from a sleep or an in-flight
request untouched.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import attrs
import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    error_from_response,
)
from ._ratelimit import AdaptiveRateLimiter

__all__ = ["RetryEvent", "RetryPolicy"]

logger = logging.getLogger("aioarize")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
TRANSIENT_STATUSES = frozenset({502, 503, 504})

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


def _non_negative(_instance: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not value >= 0:
        raise ValueError(f"RetryPolicy.{attribute.name} must be >= 0, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """How a call retries. Defaults suit a background worker; see README for why.

    * ``max_retries``: retries after the first attempt (0 disables retrying).
    * ``backoff_base`` / ``backoff_cap``: exponential backoff bounds in seconds;
      the n-th retry waits a uniform random time in ``[0, min(cap, base * 2**n)]``.
    * ``max_retry_after``: the longest ``Retry-After`` worth sleeping through.
    * ``deadline``: total seconds one call may spend, waits included (``None``: no limit).
    * ``jitter``: at most this many seconds added to a ``Retry-After`` wait, so that
      clients throttled together do not return together.
    * ``adaptive_rate_limit``: pace requests to the rate the server accepts once it has
      sent a 429 (``_ratelimit.AdaptiveRateLimiter``); ``False`` sends each attempt as soon
      as one of the client's places in flight (the pool's connection limit) is free.
    """

    max_retries: int = attrs.field(default=4, validator=attrs.validators.ge(0))
    backoff_base: float = attrs.field(default=0.5, validator=_non_negative)
    backoff_cap: float = attrs.field(default=30.0, validator=_non_negative)
    max_retry_after: float = attrs.field(default=60.0, validator=_non_negative)
    deadline: float | None = attrs.field(default=120.0, validator=_non_negative)
    jitter: float = attrs.field(default=0.25, validator=_non_negative)
    adaptive_rate_limit: bool = True


@attrs.frozen
class RetryEvent:
    """One retry decision, handed to ``on_retry`` hooks (and logged)."""

    method: str
    url: str
    attempt: int
    wait: float
    status: int | None
    error: str


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value; ``None`` when absent or unusable.

    ``now`` is the wall-clock time (for the HTTP-date form).
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:  # RFC 9110 dates are GMT; be lenient about the marker
            return None
        seconds = moment.timestamp() - now
        return max(seconds, 0.0)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


@attrs.frozen
class _Failure:
    """An attempt that produced no usable response."""

    error: APIStatusError | APIConnectionError
    retryable: bool
    retry_after: float | None = None


@attrs.define
class Sender:
    """Sends requests with retries for one client (and the clients ``with_options`` derives)."""

    http_client: httpx.AsyncClient
    sleep: Sleep = anyio.sleep
    clock: Clock = anyio.current_time
    wall_clock: Clock = time.time
    rng: random.Random = attrs.field(factory=random.Random)
    on_retry: Callable[[RetryEvent], None] | None = None
    cooldown_until: float = -math.inf
    rate_limiter: AdaptiveRateLimiter = attrs.field(
        default=attrs.Factory(lambda sender: AdaptiveRateLimiter(sender.clock), takes_self=True)
    )

    async def send(self, request: httpx.Request, policy: RetryPolicy) -> httpx.Response:
        """The 2xx response for ``request``, or the typed error of the last attempt."""
        started = self.clock()
        attempt = 0
        while True:
            attempt += 1
            await self._wait_for_cooldown(request, policy, started, attempt)
            outcome = await self._paced_attempt(request, policy, started, attempt)
            if isinstance(outcome, httpx.Response):
                return outcome
            error = outcome.error
            error.attempts = attempt
            if not outcome.retryable or attempt > policy.max_retries:
                raise error
            wait = self._wait_before_retry(outcome.retry_after, attempt, policy)
            remaining = self._remaining(policy, started)
            if wait is None or (remaining is not None and wait > remaining):
                raise error
            self._report(request, error, attempt, wait, policy)
            await self.sleep(wait)

    async def _paced_attempt(
        self, request: httpx.Request, policy: RetryPolicy, started: float, attempt: int
    ) -> httpx.Response | _Failure:
        """``_attempt`` through the rate limiter: a place in flight, then (adaptive) a token."""
        limiter, paced = self.rate_limiter, policy.adaptive_rate_limit
        remaining = self._remaining(policy, started)
        reserved_at = await limiter.acquire(self.sleep, remaining, paced=paced)
        if reserved_at is None:
            raise RateLimitError(
                f"429 rate limited: the client's pace leaves no turn for this call within its"
                f" remaining deadline ({request.method} {request.url})",
                status=429,
                method=request.method,
                url=str(request.url),
                attempts=attempt - 1,
            )
        outcome: httpx.Response | _Failure | None = None
        try:
            outcome = await self._attempt(request)
            return outcome
        finally:
            # Any answer but a 429 is one the server's limit let through.
            throttled = None
            if isinstance(outcome, httpx.Response):
                throttled = False
            elif isinstance(outcome, _Failure) and isinstance(outcome.error, APIStatusError):
                throttled = isinstance(outcome.error, RateLimitError)
            limiter.release(reserved_at, throttled, paced=paced)

    async def _attempt(self, request: httpx.Request) -> httpx.Response | _Failure:
        method, url = request.method, str(request.url)
        idempotent = method in IDEMPOTENT_METHODS
        try:
            # Never follow redirects, even on an injected client: the key would go along.
            response = await self.http_client.send(request, follow_redirects=False)
        except httpx.TimeoutException as exc:
            # A connect or pool timeout means nothing was sent; otherwise only idempotent.
            unsent = isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
            timeout = APITimeoutError(f"timed out: {method} {url}", method=method, url=url)
            return _Failure(timeout, idempotent or unsent)
        except httpx.TransportError as exc:
            unsent = isinstance(exc, httpx.ConnectError)
            message = f"connection failed ({type(exc).__name__}): {method} {url}"
            return _Failure(
                APIConnectionError(message, method=method, url=url), idempotent or unsent
            )
        if response.is_success:
            return response
        if response.status_code == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"), self.wall_clock())
            error = error_from_response(response, retry_after=retry_after)
            return _Failure(error, True, retry_after)
        retryable = idempotent and response.status_code in TRANSIENT_STATUSES
        return _Failure(error_from_response(response), retryable)

    def _wait_before_retry(
        self, retry_after: float | None, attempt: int, policy: RetryPolicy
    ) -> float | None:
        """Seconds to sleep before the next attempt; ``None`` to give up now."""
        if retry_after is not None:
            if retry_after > policy.max_retry_after:
                return None
            wait = retry_after + self.rng.uniform(0, policy.jitter)
            self.cooldown_until = max(self.cooldown_until, self.clock() + wait)
            return wait
        ceiling = min(policy.backoff_cap, policy.backoff_base * 2 ** (attempt - 1))
        return self.rng.uniform(0, ceiling)

    async def _wait_for_cooldown(
        self, request: httpx.Request, policy: RetryPolicy, started: float, attempt: int
    ) -> None:
        # Look again after each wait: another request may have extended the cooldown.
        while (pause := self.cooldown_until - self.clock()) > 0:
            remaining = self._remaining(policy, started)
            if remaining is not None and pause > remaining:
                raise RateLimitError(
                    f"429 rate limited: the client is cooling down for {pause:.2f}s, longer than"
                    f" this call's remaining deadline ({request.method} {request.url})",
                    status=429,
                    retry_after=pause,
                    method=request.method,
                    url=str(request.url),
                    attempts=attempt - 1,
                )
            # Spread the waiters a little so they do not all return at the same instant.
            await self.sleep(pause + self.rng.uniform(0, policy.jitter))

    def _remaining(self, policy: RetryPolicy, started: float) -> float | None:
        if policy.deadline is None:
            return None
        return policy.deadline - (self.clock() - started)

    def _report(
        self,
        request: httpx.Request,
        error: APIStatusError | APIConnectionError,
        attempt: int,
        wait: float,
        policy: RetryPolicy,
    ) -> None:
        status = error.status if isinstance(error, APIStatusError) else None
        event = RetryEvent(
            method=request.method,
            url=str(request.url.copy_with(query=None)),
            attempt=attempt,
            wait=wait,
            status=status,
            error=type(error).__name__,
        )
        logger.info(
            "retrying %s %s after %s (attempt %d of %d), waiting %.2fs",
            event.method,
            event.url,
            status if status is not None else event.error,
            attempt,
            policy.max_retries + 1,
            wait,
        )
        if self.on_retry is not None:
            self.on_retry(event)
