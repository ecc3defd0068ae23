"""The sandbox as the benchmarks serve it: its own process, plus server-side counters.

Run as ``python benchmarks/_sandbox_server.py [sandbox flags]`` (the flags of
``python -m aioarize.sandbox``). It prints the same ``listening on`` line once
it accepts connections, then serves until SIGTERM or Ctrl-C.

It serves ``create_app(config)`` with ``aioarize.sandbox.serve()``, as
``python -m aioarize.sandbox`` does, plus two things that only count:

* uvicorn's h11 protocol (the one ``serve()`` uses) is patched, in this
  process only, to count TCP connections as the server accepts and loses them:
  how many were opened, and the most open at once;
* an ASGI middleware counts response statuses and the requests in flight.

``GET /__bench__/stats`` returns the counters (``?reset=1`` also zeroes them);
that request's own connection and response are not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from collections import Counter
from types import FrameType
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from aioarize.sandbox import ASGIApp, add_sandbox_arguments, config_from_args, create_app, serve

STATS_PATH = "/__bench__/stats"


class Counters:
    """Everything counted; touched only from uvicorn's event loop thread."""

    def __init__(self) -> None:
        self.open = 0
        self.reset()

    def reset(self) -> None:
        self.opened = 0
        self.peak_open = self.open
        self.statuses: Counter[int] = Counter()
        self.in_flight = 0
        self.peak_in_flight = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "opened": self.opened,
            "peak_open": self.peak_open,
            "requests": sum(self.statuses.values()),
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "peak_in_flight": self.peak_in_flight,
        }


COUNTERS = Counters()


def count_connections(protocol: type[H11Protocol]) -> None:
    """Wrap ``protocol``'s connection callbacks to keep ``COUNTERS`` up to date."""
    made, lost = protocol.connection_made, protocol.connection_lost

    def connection_made(self: H11Protocol, transport: asyncio.Transport) -> None:
        COUNTERS.open += 1
        COUNTERS.opened += 1
        COUNTERS.peak_open = max(COUNTERS.peak_open, COUNTERS.open)
        made(self, transport)

    def connection_lost(self: H11Protocol, exc: Exception | None) -> None:
        COUNTERS.open -= 1
        lost(self, exc)

    protocol.connection_made = connection_made  # type: ignore[method-assign]
    protocol.connection_lost = connection_lost  # type: ignore[method-assign]


class CountingApp:
    """ASGI middleware: counts statuses and requests in flight, and serves ``STATS_PATH``."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        if scope["path"] == STATS_PATH:
            await self._stats(scope, send)
            return
        COUNTERS.in_flight += 1
        COUNTERS.peak_in_flight = max(COUNTERS.peak_in_flight, COUNTERS.in_flight)

        async def counting_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                COUNTERS.statuses[int(message["status"])] += 1
            await send(message)

        try:
            await self._app(scope, receive, counting_send)
        finally:
            COUNTERS.in_flight -= 1

    async def _stats(self, scope: Any, send: Any) -> None:
        # The stats request's own connection is open now; it is not the client's.
        counters = COUNTERS.as_dict()
        counters["opened"] -= 1
        body = json.dumps(counters).encode()
        if b"reset=1" in scope.get("query_string", b""):
            COUNTERS.reset()
            COUNTERS.peak_open = COUNTERS.open - 1  # ours, about to close
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the sandbox with server-side counters.")
    add_sandbox_arguments(parser)
    args = parser.parse_args(argv)
    config = config_from_args(args)
    count_connections(H11Protocol)

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(0)  # leave the `with` below, which stops the server

    signal.signal(signal.SIGTERM, on_sigterm)
    with serve(config, args.host, args.port, app=CountingApp(create_app(config))) as server:
        print(
            f"aioarize sandbox listening on {server.base_url} (api key: {config.api_key})",
            flush=True,
        )
        while not server.wait(0.5):  # short joins keep this thread responsive to signals
            pass
    return 1  # the server stopped on its own


if __name__ == "__main__":
    sys.exit(main())
