"""Rate limiting and fault injection, both deterministic for tests."""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable


class TokenBucket:
    """Per-key token bucket: ``rate`` tokens per second, burst of ``max(1, rate)``."""

    def __init__(self, rate: float, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str) -> int:
        """Take a token for ``key``; return 0 on success, else whole seconds to wait.

        The wait is rounded up so that a client sleeping exactly ``Retry-After``
        seconds is guaranteed a token.
        """
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + max(0.0, now - last) * self.rate)
            # The epsilon forgives float rounding: waiting exactly 1/rate must suffice.
            if tokens >= 1.0 - 1e-9:
                self._buckets[key] = (max(0.0, tokens - 1.0), now)
                return 0
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))


class FaultInjector:
    """Decides which requests fail, from a seeded stream: same seed, same failures."""

    def __init__(self, rate: float, seed: int) -> None:
        self.rate = rate
        self._random = random.Random(f"aioarize-sandbox-faults-{seed}")
        self._lock = threading.Lock()

    def should_fail(self) -> bool:
        if self.rate <= 0.0:
            return False
        with self._lock:
            return self._random.random() < self.rate
