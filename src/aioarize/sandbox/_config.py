"""Sandbox configuration."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import InitVar, dataclass, field

#: Deepest max_body_depth: validation recurses once per level, well within Python's stack.
_DEEPEST = 500


@dataclass(frozen=True, kw_only=True)
class SandboxConfig:
    """Everything that shapes a sandbox: its data, its credentials and its misbehaviour.

    Two sandboxes built from equal configs (and the same spec, ``now`` set and
    the same clock readings) serve byte-identical responses to the same request
    sequence, so failures found against one can be replayed.
    """

    api_key: str = "sandbox-key"
    #: Number of seed items in every collection (in every nested collection of every parent).
    items: int = 250
    #: Seed size per collection, by name: the path without version and parameters,
    #: e.g. ``{"integrations": 10, "datasets/examples": 3}``; others have ``items``.
    sizes: Mapping[str, int] = field(default_factory=dict, hash=False)
    #: Shorthand for ``sizes["integrations"]``.
    integrations: InitVar[int | None] = None
    #: Shorthand for ``sizes["tasks"]``.
    tasks: InitVar[int | None] = None
    #: Mix in variants the spec does not describe yet (discriminator values no
    #: union lists), as the live API may at any time.
    unknown_variants: bool = False
    #: Requests per second per API key; ``None`` disables rate limiting.
    rate_limit: float | None = None
    #: Extra latency added to every request, in milliseconds.
    latency_ms: float = 0.0
    #: Share of authenticated requests answered with 503, in [0, 1].
    fail_rate: float = 0.0
    #: Serve some pages with no items but ``has_more: true``, as the live API can.
    empty_pages: bool = False
    seed: int = 0
    #: Longest request body accepted, in bytes; a longer one is answered 413 unread.
    max_body_bytes: int = 32 * 1024 * 1024
    #: Deepest nesting of arrays and objects a JSON body may have; deeper gets 400. The
    #: API's own bodies nest a few levels; the bound keeps validation (which recurses)
    #: far from the stack's (Python's parser itself stops near 1,000).
    max_body_depth: int = 64
    #: The sandbox's "now" when it starts, in seconds since 1970 (default: the
    #: wall clock then). Seed items are dated in the ten-minute steps before it.
    now: float | None = None
    #: Seconds a triggered task run takes from PENDING to its terminal state.
    run_seconds: float = 3.0
    #: Monotonic clock for the rate limiter and for time passing after ``now``
    #: (task runs, timestamps of writes); injectable so tests need no wall time.
    clock: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)

    def __post_init__(self, integrations: int | None, tasks: int | None) -> None:
        # Fail at construction, not at the first request, so a typo in a CLI flag
        # or fixture surfaces where it was made.
        sizes = dict(self.sizes)
        for name, value in (("integrations", integrations), ("tasks", tasks)):
            if value is not None:
                sizes[name] = value
        object.__setattr__(self, "sizes", sizes)
        if not self.api_key or any(c.isspace() for c in self.api_key):
            raise ValueError("api_key must be a non-empty string without whitespace")
        numbers = [
            ("items", self.items),
            ("seed", self.seed),
            ("max_body_bytes", self.max_body_bytes),
            ("max_body_depth", self.max_body_depth),
        ]
        for name, value in [*numbers, *sizes.items()]:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name} must be an integer, got {value!r}")
            if value < 0 and name != "seed":
                raise ValueError(f"{name} must be >= 0, got {value}")
        if self.rate_limit is not None and not (
            math.isfinite(self.rate_limit) and self.rate_limit > 0
        ):
            raise ValueError(f"rate_limit must be a positive number or None, got {self.rate_limit}")
        if not (math.isfinite(self.latency_ms) and self.latency_ms >= 0):
            raise ValueError(f"latency_ms must be >= 0, got {self.latency_ms}")
        if self.now is not None and not (math.isfinite(self.now) and self.now >= 0):
            raise ValueError(f"now must be seconds since 1970, got {self.now}")
        if not (math.isfinite(self.run_seconds) and self.run_seconds >= 0):
            raise ValueError(f"run_seconds must be >= 0, got {self.run_seconds}")
        if not 1 <= self.max_body_depth <= _DEEPEST:
            raise ValueError(
                f"max_body_depth must be within [1, {_DEEPEST}], got {self.max_body_depth}"
            )
        if not 0.0 <= self.fail_rate <= 1.0:
            raise ValueError(f"fail_rate must be within [0, 1], got {self.fail_rate}")
