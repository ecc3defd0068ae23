"""Command-line plumbing: flags, config from flags, foreground serving."""

from __future__ import annotations

import argparse
import math
import signal
import sys
import threading
from types import FrameType

from ._config import SandboxConfig
from ._server import serve

_DEFAULTS = SandboxConfig()


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def _size(text: str) -> tuple[str, int]:
    name, sep, count = text.rpartition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=N, got {text!r}")
    return name, _count(count)


def _port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be within 0..65535, got {value}")
    return value


def _positive(text: str) -> float:
    value = float(text)
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text}")
    return value


def _non_negative(text: str) -> float:
    value = float(text)
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def _probability(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be within [0, 1], got {text}")
    return value


def _api_key(text: str) -> str:
    if not text or any(c.isspace() for c in text):
        raise argparse.ArgumentTypeError("must be non-empty and without whitespace")
    return text


def add_sandbox_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the sandbox's flags to ``parser`` (dests: the flag names with ``_``)."""
    # Values are checked here so that bad flags get argparse's usage error, not a traceback.
    group = parser.add_argument_group("sandbox")
    group.add_argument("--host", default="127.0.0.1", help="interface to bind (%(default)s)")
    group.add_argument(
        "--port", type=_port, default=0, help="port to bind; 0 picks a free one (%(default)s)"
    )
    group.add_argument(
        "--api-key", type=_api_key, default=_DEFAULTS.api_key, help="accepted API key (%(default)s)"
    )
    group.add_argument(
        "--items",
        type=_count,
        default=_DEFAULTS.items,
        metavar="N",
        help="seed items in every collection (%(default)s)",
    )
    group.add_argument(
        "--size",
        type=_size,
        action="append",
        default=[],
        metavar="NAME=N",
        help="seed items in one collection, e.g. integrations=10 or datasets/examples=3",
    )
    for name in ("integrations", "tasks"):
        group.add_argument(
            f"--{name}", type=_count, default=None, metavar="N", help=f"same as --size {name}=N"
        )
    group.add_argument(
        "--unknown-variants",
        action="store_true",
        help="also serve variants the spec does not know (discriminator values no union lists)",
    )
    group.add_argument(
        "--rate-limit",
        type=_positive,
        default=None,
        metavar="R",
        help="requests per second per API key; beyond it answer 429 (default: unlimited)",
    )
    group.add_argument(
        "--latency-ms",
        type=_non_negative,
        default=_DEFAULTS.latency_ms,
        metavar="MS",
        help="latency added to every request (%(default)s)",
    )
    group.add_argument(
        "--fail-rate",
        type=_probability,
        default=_DEFAULTS.fail_rate,
        metavar="P",
        help="share of requests answered 503 (%(default)s)",
    )
    group.add_argument(
        "--empty-pages",
        action="store_true",
        help="serve some empty pages with has_more true, as the live API can",
    )
    group.add_argument(
        "--seed", type=int, default=_DEFAULTS.seed, help="seed for data and faults (%(default)s)"
    )
    group.add_argument(
        "--now",
        type=_non_negative,
        default=None,
        metavar="EPOCH_S",
        help="the sandbox's start time in seconds since 1970; seed data is dated before it "
        "(default: the current hour)",
    )
    group.add_argument(
        "--run-seconds",
        type=_non_negative,
        default=_DEFAULTS.run_seconds,
        metavar="S",
        help="seconds a triggered task run takes from PENDING to its end (%(default)s)",
    )
    group.add_argument(
        "--max-body-bytes",
        type=_count,
        default=_DEFAULTS.max_body_bytes,
        metavar="N",
        help="longest request body accepted; longer ones get 413 unread (%(default)s)",
    )
    group.add_argument(
        "--max-body-depth",
        type=_count,
        default=_DEFAULTS.max_body_depth,
        metavar="N",
        help="deepest nesting of a JSON body; deeper ones get 400 (%(default)s)",
    )


def config_from_args(namespace: argparse.Namespace) -> SandboxConfig:
    """Build the config from flags parsed with :func:`add_sandbox_arguments`."""
    return SandboxConfig(
        api_key=namespace.api_key,
        items=namespace.items,
        sizes=dict(namespace.size),
        integrations=namespace.integrations,
        tasks=namespace.tasks,
        unknown_variants=namespace.unknown_variants,
        rate_limit=namespace.rate_limit,
        latency_ms=namespace.latency_ms,
        fail_rate=namespace.fail_rate,
        empty_pages=namespace.empty_pages,
        seed=namespace.seed,
        now=namespace.now,
        run_seconds=namespace.run_seconds,
        max_body_bytes=namespace.max_body_bytes,
        max_body_depth=namespace.max_body_depth,
    )


class _Terminate(Exception):
    """Raised in the main thread by the SIGTERM handler to unwind cleanly."""


def run_sandbox(namespace: argparse.Namespace) -> int:
    """Serve in the foreground until Ctrl-C or SIGTERM; return the exit status."""
    config = config_from_args(namespace)
    previous = None
    if threading.current_thread() is threading.main_thread():

        def on_sigterm(signum: int, frame: FrameType | None) -> None:
            # Once only: a second SIGTERM must not interrupt the shutdown itself.
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            raise _Terminate

        previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        with serve(config, namespace.host, namespace.port) as server:
            # One parseable line, flushed: scripts wait for it to learn the port.
            print(
                f"aioarize sandbox listening on {server.base_url} (api key: {config.api_key})",
                flush=True,
            )
            # Short joins keep the main thread responsive to signals on every platform.
            while not server.wait(0.5):
                pass
            print("aioarize sandbox: server stopped unexpectedly", file=sys.stderr)
            return 1
    except (KeyboardInterrupt, _Terminate):
        return 0
    except OSError as exc:  # e.g. the port is taken: a message, not a traceback
        print(f"aioarize sandbox: cannot serve: {exc}", file=sys.stderr)
        return 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
