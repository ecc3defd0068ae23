"""Adaptive client-side rate limiting, after botocore's ``retry_mode="adaptive"``.

One ``AdaptiveRateLimiter`` per client (shared by the clients ``with_options`` derives) paces
the requests it sends so that a server's rate limit is met with few 429s instead of waves of
them:

* **The number of requests in flight is capped** (at the connection pool's limit), so that
  a burst waits here, in order, rather than in the pool, where httpcore's wait is timed
  (``PoolTimeout``) and slow with many waiters, and where a request would leave after a
  429 has already told the client to slow down.
* **Until the first 429 nothing is paced**, but at most twice as many requests as the
  server has accepted are sent (at least the in-flight cap): TCP's slow start, counted in
  requests, so a burst against an unknown limit overshoots it by at most the limit.
* **On a 429** the limiter switches to a token bucket filled at 70% (``BETA``) of the rate
  the server was accepting: the accepted responses of the last second. Only a 429 for a
  request that took its turn after the previous cut cuts the rate again: the others were
  sent at a pace already cut for.
* **On each accepted response** the rate grows along CUBIC's curve (``SCALE``): quickly back
  towards the rate of the last 429, slowly around it, then faster beyond it, probing for
  more. Beyond the last 429's rate it never exceeds twice the accepted rate, so a client
  that sends little does not build up a rate it never tested.

Differences from botocore, and why: it measures the *send* rate and cuts to 70% of that,
which right after a burst is the burst's rate, far above what the server accepts; the
accepted rate over a second is what a per-second limit lets through. Its bucket lets
waiters wake together and contend; here each waiter reserves the next token and sleeps
until its turn (again if a 429 meanwhile slowed the pace), so waiting requests leave in
order and at the rate.

Token waits go through the sender's injectable sleep and clock, so they respect the call's
deadline in the same time the retries do and tests need no wall time.
"""

from __future__ import annotations

import collections
import math
from collections.abc import Awaitable, Callable

import anyio

__all__ = ["AdaptiveRateLimiter"]

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]

#: Multiplicative decrease: the share of the accepted rate kept after a 429.
BETA = 0.7
#: CUBIC's scaling constant: how fast the rate grows, in requests/s per second cubed.
SCALE = 0.4
#: The least rate the bucket is filled at, in requests per second.
MIN_RATE = 0.5
#: Seconds over which accepted responses are counted to measure the accepted rate.
WINDOW = 1.0


class AdaptiveRateLimiter:
    """Caps the requests in flight and, once the server has throttled, paces them."""

    def __init__(self, clock: Clock, max_in_flight: int = 100) -> None:
        self._clock = clock
        self._max_in_flight = max_in_flight
        self._in_flight = 0
        self._waiting: collections.deque[anyio.Event] = collections.deque()
        # Slow start: requests sent and answers accepted before the first 429.
        self._probed = 0
        self._accepted_total = 0
        self._probe_waiters: list[anyio.Event] = []
        #: Tokens per second; ``None`` until the first 429 (no pacing).
        self.rate: float | None = None
        # Tokens counted since the start: the n-th request taken goes once n are earned.
        self._taken = 0
        self._earned = 0.0
        self._refilled_at = 0.0
        self._accepted: collections.deque[float] = collections.deque()
        self._accepted_since_cut = 0
        self._first_cut = False  # whether the last cut was the first one
        self._rate_at_throttle = 0.0  # CUBIC's W_max
        self._throttled_at = -math.inf
        self._recovery = 0.0  # CUBIC's K: seconds from a 429 back to the rate it cut

    async def acquire(
        self, sleep: Sleep, remaining: float | None, *, paced: bool = True
    ) -> float | None:
        """Wait for a place in flight and (``paced``) a token; return when it was reserved.

        ``remaining`` (the call's deadline, on the sleep's clock) bounds every wait: no place
        or slow-start turn within it raises ``TimeoutError``; a token whose turn is further
        away returns ``None``. Nothing is held then.
        """
        deadline = None if remaining is None else self._clock() + remaining
        await self._enter(sleep, deadline)
        if not paced:
            return self._clock()
        try:
            await self._slow_start(sleep, deadline)
        except BaseException:
            self._leave()
            raise
        reserved_at = self._clock()
        ticket = self._taken
        self._taken += 1
        try:
            # Look again after each sleep: a 429 meanwhile slows the pace for those in line.
            while (wait := self._wait_for(ticket)) > 0:
                if deadline is not None and wait > deadline - self._clock():
                    if ticket == self._taken - 1:
                        self._taken -= 1  # the last in line: the ticket is nobody's turn yet
                    self._leave()
                    return None
                await sleep(wait)
        except BaseException:
            self._leave()
            raise
        return reserved_at

    def release(self, reserved_at: float, throttled: bool | None, *, paced: bool = True) -> None:
        """Free the place in flight; ``throttled``: a 429 (True), an answer (False), neither."""
        self._leave()
        if not paced:
            return
        now = self._clock()
        if throttled:
            self._on_throttle(reserved_at, now)
        elif throttled is not None:
            self._accepted_total += 1
            self._on_accepted(now)
        else:
            self._probed -= 1  # no answer, no news about the limit: the send is given back
        for waiter in self._probe_waiters:
            waiter.set()
        self._probe_waiters.clear()

    async def _slow_start(self, sleep: Sleep, deadline: float | None) -> None:
        """Before the first 429, send at most twice what was accepted (or max_in_flight).

        TCP's slow start, counted in requests: a burst finds the server's limit having sent
        at most twice what the limit let through, not everything queued. Whoever waits here
        is woken by the next answer (some request is in flight, or the allowance holds).
        """
        while self.rate is None and self._probed >= max(
            self._max_in_flight, 2 * self._accepted_total
        ):
            answered = anyio.Event()
            self._probe_waiters.append(answered)
            if not await self._until(answered, sleep, deadline):
                self._probe_waiters.remove(answered)
                raise TimeoutError("no slow-start turn within the deadline")
        if self.rate is None:
            self._probed += 1

    # --- in flight: a FIFO of waiters, each handed the place a finishing request frees ---

    async def _enter(self, sleep: Sleep, deadline: float | None) -> None:
        if self._in_flight < self._max_in_flight and not self._waiting:
            self._in_flight += 1
            return
        turn = anyio.Event()
        self._waiting.append(turn)
        try:
            if await self._until(turn, sleep, deadline):
                return
        except BaseException:
            self._give_up(turn)
            raise
        self._give_up(turn)
        raise TimeoutError("no place in flight within the deadline")

    def _give_up(self, turn: anyio.Event) -> None:
        if turn.is_set():  # handed a place while giving up: pass it on
            self._leave()
        else:
            self._waiting.remove(turn)

    def _leave(self) -> None:
        if self._waiting:
            self._waiting.popleft().set()  # the place goes to the next waiter as it is
        else:
            self._in_flight -= 1

    async def _until(self, event: anyio.Event, sleep: Sleep, deadline: float | None) -> bool:
        """Wait for ``event``, up to ``deadline`` on the sleep's clock; whether it was set."""
        if deadline is None:
            await event.wait()
            return True
        async with anyio.create_task_group() as group:

            async def time_out() -> None:
                await sleep(max(0.0, deadline - self._clock()))
                group.cancel_scope.cancel()

            group.start_soon(time_out)
            await event.wait()
            group.cancel_scope.cancel()
        return event.is_set()

    # --- the token bucket --------------------------------------------------------------

    def _wait_for(self, ticket: int) -> float:
        """Seconds until ``ticket`` (the ``ticket``-th token taken) is earned; 0: now."""
        if self.rate is None:
            return 0.0
        self._refill(self._clock())
        missing = ticket + 1 - self._earned
        return 0.0 if missing <= 1e-9 else missing / self.rate

    def _refill(self, now: float) -> None:
        if self.rate is not None:
            # Unspent tokens are capped at one second's worth, as in botocore's bucket.
            capacity = max(1.0, self.rate)
            elapsed = max(0.0, now - self._refilled_at)
            self._earned = min(self._earned + elapsed * self.rate, self._taken + capacity)
        self._refilled_at = now

    def _set_rate(self, rate: float, now: float) -> None:
        if self.rate is None:
            self._earned = self._taken  # pacing starts: an empty bucket, nothing owed
        self._refill(now)  # tokens earned so far at the old rate
        self.rate = max(MIN_RATE, rate)

    # --- adapting the rate -------------------------------------------------------------

    def _accepted_rate(self, now: float) -> float:
        while self._accepted and self._accepted[0] <= now - WINDOW:
            self._accepted.popleft()
        return len(self._accepted) / WINDOW

    def _on_throttle(self, reserved_at: float, now: float) -> None:
        accepted = self._accepted_rate(now)
        if reserved_at < self._throttled_at:
            # In line before the last cut: the pace it was sent at is already cut. But the
            # first cut measured the burst that met the limit while some of its answers
            # were still on the way, overtaken by the first 429: measure again.
            if self._first_cut and accepted > self._rate_at_throttle:
                self._cut(accepted, now)
            return
        # What the server let through in the last second measures its limit; the rate being
        # paced at may be higher (the server's own burst let it through for a while).
        # With nothing accepted in the last second there is nothing to measure: the first
        # pace waits for a measure (the Retry-After cooldown governs meanwhile), and a
        # later one is cut from itself.
        if not accepted and self.rate is None:
            return
        self._first_cut = self.rate is None
        since_cut = now - self._throttled_at
        if self.rate is not None and since_cut > WINDOW:
            # Over the whole stretch since the last cut, the server's own burst (up to a
            # second's worth, spent when the pace first exceeds its rate) weighs less.
            accepted = min(accepted, self._accepted_since_cut / since_cut)
        self._cut(min(accepted or math.inf, self.rate or math.inf), now)

    def _cut(self, cut_from: float, now: float) -> None:
        """Pace at ``BETA`` times ``cut_from``, regrowing towards it along CUBIC's curve."""
        self._accepted_since_cut = 0
        self._rate_at_throttle = cut_from
        self._recovery = (cut_from * (1 - BETA) / SCALE) ** (1 / 3)
        self._throttled_at = now
        self._set_rate(cut_from * BETA, now)

    def _on_accepted(self, now: float) -> None:
        self._accepted.append(now)
        self._accepted_since_cut += 1
        accepted = self._accepted_rate(now)  # also forgets what left the window
        if self.rate is None:
            return
        since = now - self._throttled_at - self._recovery
        cubic = SCALE * since**3 + self._rate_at_throttle
        ceiling = max(2 * accepted, self._rate_at_throttle)
        self._set_rate(min(cubic, ceiling), now)
