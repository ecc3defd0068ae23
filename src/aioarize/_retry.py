"""Sending requests: the one place every request passes through, with retries.

``Sender.send`` makes a request, turns the outcome into a response or a typed
error, and decides whether to wait and try again. Resources never retry on
their own, so an operation added to the spec gets the same behaviour for free.

Rules (each from the API overview or HTTP semantics):

* 429 is always retried: the server refused the request without acting on it.
  ``Retry-After`` (delta-seconds, fractional seconds or an HTTP-date) is
  honoured; without it, or when it is unparsable, negative or NaN, exponential
  backoff with full jitter is used. A wait beyond ``max_retry_after`` (``inf``
  and any number too large for a float included) or the call's remaining
  ``deadline`` raises ``RateLimitError`` at once instead of sleeping.
* 502, 503, 504, connection errors, timeouts and bodies that do not decode as
  their ``Content-Encoding`` says are retried for idempotent methods only; for
  others only when the request was never sent (connect errors), since a retry
  could otherwise apply a change twice. A 503's ``Retry-After`` is honoured like
  a 429's (the same limits, the same cooldown); beyond them the ``ServerError``
  is raised at once.
* A ``Retry-After`` starts a cooldown shared by every request of the client, so
  concurrent requests wait out the same window instead of each collecting a 429
  of its own.
* A call never outlives its ``deadline``: each attempt, reading the body
  included, runs under the time that remains, and running out is an
  ``APITimeoutError`` that is not retried.
* Bodies are read by the Sender as they stream in, never beyond the client's
  ``max_response_size`` in decoded bytes (``ResponseTooLargeError``): it asks
  for gzip or deflate only and decompresses them itself, at most up to the
  limit, so neither a compression bomb nor an endless body fills memory. The
  response it returns holds the decoded body, without the headers that
  described the encoded one (Content-Encoding, Content-Length, Transfer-Encoding).
* Every failure is an ``ArizeError`` with its cause chained: a URL httpx cannot
  build (``InvalidRequestError``, a ``ValueError``), a closed client
  (``ClientClosedError``, a ``RuntimeError``).

All waiting goes through an injectable ``sleep`` and ``clock`` (anyio's by
default, so asyncio and trio both work, and tests need no wall time); the
deadline of an attempt in flight is an anyio cancel scope on the event loop's
clock. Cancellation from outside is never caught: it propagates from a sleep or
an in-flight request untouched; only the attempt's own deadline scope becomes
an ``APITimeoutError``.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
import zlib
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import anyio
import attrs
import httpx

from ._config import DEFAULT_MAX_RESPONSE_SIZE, max_response_size
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArizeError,
    ClientClosedError,
    InvalidRequestError,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
    error_from_response,
)
from ._ratelimit import AdaptiveRateLimiter
from ._transport import LoopBinding

__all__ = ["RetryEvent", "RetryPolicy"]

logger = logging.getLogger("aioarize")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
TRANSIENT_STATUSES = frozenset({502, 503, 504})
# Statuses whose Retry-After is honoured (RFC 9110 defines it for 503; the API sends it on 429).
RETRY_AFTER_STATUSES = frozenset({429, 503})

# The encodings the Sender decodes itself (bounded); httpx would also advertise br and
# zstd when their packages are installed, and decode them without a bound.
ACCEPT_ENCODING = "gzip, deflate"
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}
# Headers that describe the encoded body, not the decoded one the Sender returns.
_ENCODED_BODY_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})

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
    * ``deadline``: total seconds one call may spend, waits and body reads included
      (``None``: no limit). An attempt still running when it passes is abandoned.
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

    ``now`` is the wall-clock time (for the HTTP-date form). A number too large for a
    float, or ``inf``, is ``math.inf``: a wait beyond any limit, not an unusable value.
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
    if math.isnan(seconds) or seconds < 0:
        return None
    return seconds


class _Undecodable(Exception):
    """The body does not decode as its Content-Encoding says."""


class _BoundedDecoder:
    """Undoes a response's Content-Encoding chain without ever producing more than asked."""

    def __init__(self, content_encoding: str) -> None:
        # Listed in the order applied, so undone in reverse; unknown codings are passed
        # through, as httpx does.
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        self._stages = [_Inflater(c) for c in reversed(codings) if c in _WBITS]

    def decode(self, data: bytes, limit: int) -> bytes:
        """The decoded form of ``data``; more than ``limit`` bytes means "too large"."""
        for stage in self._stages:
            data = stage.decode(data, limit)
            if len(data) > limit:
                break
        return data


class _Inflater:
    """One gzip or deflate stage; output per call is capped, the rest is never produced."""

    def __init__(self, coding: str) -> None:
        self._decompressor = zlib.decompressobj(_WBITS[coding])
        # RFC 9110's deflate is zlib-wrapped, but some servers send raw deflate.
        self._raw_fallback = coding == "deflate"

    def decode(self, data: bytes, limit: int) -> bytes:
        try:
            # limit + 1 tells "exactly at the limit" from "beyond it".
            return self._decompressor.decompress(data, limit + 1)
        except zlib.error as exc:
            if not self._raw_fallback:
                raise _Undecodable(str(exc)) from exc
            self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.decode(data, limit)
        finally:
            self._raw_fallback = False


def _take(
    response: httpx.Response, chunk: bytes, decoder: _BoundedDecoder, body: bytearray, limit: int
) -> Exception | None:
    """Decode ``chunk`` onto ``body``; the reason to stop reading instead, if any."""
    try:
        piece = decoder.decode(chunk, limit - len(body))
    except _Undecodable as exc:
        return exc
    if len(body) + len(piece) > limit:
        return _too_large(response, limit)
    body += piece
    return None


def _too_large(response: httpx.Response, limit: int) -> ResponseTooLargeError:
    method, url = response.request.method, str(response.request.url)
    return ResponseTooLargeError(
        f"response body beyond max_response_size ({limit} bytes): {method} {url}",
        limit=limit,
        method=method,
        url=url,
    )


def _garbled(request: httpx.Request, cause: Exception | None) -> ResponseDecodingError:
    method, url = request.method, str(request.url)
    error = ResponseDecodingError(
        f"the body does not decode as its Content-Encoding says ({cause}): {method} {url}",
        method=method,
        url=url,
    )
    error.__cause__ = cause
    return error


@attrs.frozen
class _Failure:
    """An attempt that produced no usable response."""

    error: ArizeError
    retryable: bool
    retry_after: float | None = None


@attrs.define
class Sender:
    """Sends requests with retries for one client (and the clients ``with_options`` derives)."""

    http_client: httpx.AsyncClient
    #: The transport of a client aioarize made itself: requests go to it directly, skipping
    #: the client's cookie, auth, redirect and hook handling, none of which it uses.
    transport: httpx.AsyncBaseTransport | None = None
    sleep: Sleep = anyio.sleep
    clock: Clock = time.monotonic
    wall_clock: Clock = time.time
    rng: random.Random = attrs.field(factory=random.Random)
    on_retry: Callable[[RetryEvent], None] | None = None
    cooldown_until: float = -math.inf
    max_response_size: int = attrs.field(
        default=DEFAULT_MAX_RESPONSE_SIZE, converter=max_response_size
    )
    #: The event loop the client is used from; one at a time (``EventLoopError`` otherwise).
    loop: LoopBinding = attrs.field(factory=LoopBinding)
    rate_limiter: AdaptiveRateLimiter = attrs.field(
        default=attrs.Factory(lambda sender: AdaptiveRateLimiter(sender.clock), takes_self=True)
    )

    def build_request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any],
        headers: httpx.Headers,
        content: bytes | None,
        timeout: httpx.Timeout,
    ) -> httpx.Request:
        """The request for ``url``; a URL httpx refuses is an ``InvalidRequestError``.

        With a transport of our own the client's defaults are empty, so the request is built
        as is rather than merged with them (a third of a request's CPU under concurrency).
        """
        try:
            if self.transport is None:
                return self.http_client.build_request(
                    method, url, params=params, headers=headers, content=content, timeout=timeout
                )
            return httpx.Request(
                method,
                url,
                params=params,
                headers=headers,
                content=content,
                extensions={"timeout": timeout.as_dict()},
            )
        except httpx.InvalidURL as exc:
            # Not the URL itself: it may be megabytes of an over-long ID or cursor.
            raise InvalidRequestError(
                f"cannot send {method} {url[:100]}...: {exc} (an ID or cursor is too long?)"
            ) from exc

    async def send(self, request: httpx.Request, policy: RetryPolicy) -> httpx.Response:
        """The 2xx response for ``request``, or the typed error of the last attempt."""
        self.loop.enter()
        request.headers["Accept-Encoding"] = ACCEPT_ENCODING
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
        try:
            reserved_at = await limiter.acquire(self.sleep, remaining, paced=paced)
        except TimeoutError:
            method, url = request.method, str(request.url)
            raise APITimeoutError(
                f"deadline exceeded waiting for a turn among the client's requests in flight:"
                f" {method} {url}",
                method=method,
                url=url,
                attempts=attempt - 1,
            ) from None
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
            outcome = await self._attempt(request, self._remaining(policy, started))
            return outcome
        finally:
            # Any answer but a 429 is one the server's limit let through.
            throttled = None
            if isinstance(outcome, httpx.Response):
                throttled = False
            elif isinstance(outcome, _Failure) and isinstance(outcome.error, APIStatusError):
                throttled = isinstance(outcome.error, RateLimitError)
            limiter.release(reserved_at, throttled, paced=paced)

    async def _attempt(
        self, request: httpx.Request, remaining: float | None
    ) -> httpx.Response | _Failure:
        """One exchange under the call's remaining time; only this scope's expiry is caught."""
        if self.http_client.is_closed:
            raise ClientClosedError(
                "the client is closed (a with_options() client closes with its parent):"
                f" {request.method} {request.url} was not sent"
            )
        with anyio.move_on_after(remaining):
            return await self._exchange(request)
        method, url = request.method, str(request.url)
        error = APITimeoutError(f"deadline exceeded: {method} {url}", method=method, url=url)
        return _Failure(error, False)

    async def _exchange(self, request: httpx.Request) -> httpx.Response | _Failure:
        method, url = request.method, str(request.url)
        idempotent = method in IDEMPOTENT_METHODS
        try:
            response, undecodable = await self._fetch(request)
        except httpx.TimeoutException as exc:
            # A connect or pool timeout means nothing was sent; otherwise only idempotent.
            unsent = isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
            timeout = APITimeoutError(f"timed out: {method} {url}", method=method, url=url)
            timeout.__cause__ = exc
            return _Failure(timeout, idempotent or unsent)
        except httpx.TransportError as exc:
            unsent = isinstance(exc, httpx.ConnectError)
            message = f"connection failed ({type(exc).__name__}): {method} {url}"
            error = APIConnectionError(message, method=method, url=url)
            error.__cause__ = exc
            return _Failure(error, idempotent or unsent)
        except httpx.DecodingError as exc:
            # Only from a transport that decodes bodies itself; the Sender reads them raw.
            return _Failure(_garbled(request, exc), idempotent)
        except ResponseTooLargeError as exc:
            return _Failure(exc, False)
        return self._judge(response, undecodable, idempotent)

    async def _fetch(self, request: httpx.Request) -> tuple[httpx.Response, _Undecodable | None]:
        """The response with its body read and decoded, and why the body did not decode.

        A body that does not decode is left empty: an error status still means what it says.
        """
        if self.transport is not None:
            response = await self.transport.handle_async_request(request)
            response.request = request
        else:
            # Never follow redirects, even on an injected client: the key would go along.
            response = await self.http_client.send(request, stream=True, follow_redirects=False)
        undecodable = None
        try:
            content = await self._read_body(response)
        except _Undecodable as exc:
            content, undecodable = b"", exc
        finally:
            await response.aclose()
        headers = [
            (k, v) for k, v in response.headers.raw if k.lower() not in _ENCODED_BODY_HEADERS
        ]
        read = httpx.Response(
            response.status_code,
            headers=headers,
            content=content,
            request=request,
            extensions=response.extensions,
            default_encoding=response.default_encoding,
        )
        return read, undecodable

    async def _read_body(self, response: httpx.Response) -> bytes:
        limit = self.max_response_size
        if response.is_stream_consumed:  # a transport that read it already, e.g. MockTransport
            if len(response.content) > limit:
                raise _too_large(response, limit)
            return response.content
        decoder = _BoundedDecoder(response.headers.get("Content-Encoding", ""))
        body = bytearray()
        problem: Exception | None = None
        # A problem stops the read by cancelling it, not by leaving the loop: the cancellation
        # then starts inside httpx's and httpcore's stream generators, which all finish, where
        # leaving would abandon them half-run (and trio warns about each one).
        with anyio.CancelScope() as reading:
            async for chunk in response.aiter_raw():
                if problem is None:  # else a chunk that arrived before the cancellation landed
                    problem = _take(response, chunk, decoder, body, limit)
                    if problem is not None:
                        reading.cancel()
        if problem is not None:
            raise problem
        return bytes(body)

    def _judge(
        self, response: httpx.Response, undecodable: _Undecodable | None, idempotent: bool
    ) -> httpx.Response | _Failure:
        """The response if usable, else the failure it stands for and whether to retry."""
        status = response.status_code
        if response.is_success and undecodable is None:
            return response
        if response.is_success:
            return _Failure(_garbled(response.request, undecodable), idempotent)
        retry_after = None
        if status in RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(response.headers.get("Retry-After"), self.wall_clock())
        error = error_from_response(response, retry_after=retry_after)
        retryable = status == 429 or (idempotent and status in TRANSIENT_STATUSES)
        return _Failure(error, retryable, retry_after)

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
        error: ArizeError,
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
