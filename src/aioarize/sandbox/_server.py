"""Serving the sandbox over real loopback HTTP with uvicorn."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from ._app import ASGIApp, create_app
from ._config import SandboxConfig


@dataclass(frozen=True)
class SandboxServer:
    """A running sandbox, as yielded by :func:`serve`."""

    #: Where to point a client, e.g. ``http://127.0.0.1:54321`` (paths start with /v2).
    base_url: str
    config: SandboxConfig
    host: str
    #: The port actually bound (never 0).
    port: int
    _thread: threading.Thread = field(repr=False, compare=False)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the server stops or ``timeout`` passes; return whether it stopped."""
        self._thread.join(timeout)
        return not self._thread.is_alive()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        # Binding here, not in uvicorn, is what lets port=0 report the real port
        # before any request is made.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # uvicorn's h11 protocol writes the head and the body of a response
        # separately; with Nagle on, the body then waits for the client's delayed
        # ACK (~40 ms) on every reused connection. Accepted sockets inherit this.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(128)
    except BaseException:
        sock.close()
        raise
    return sock


@contextlib.contextmanager
def serve(
    config: SandboxConfig | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    app: ASGIApp | None = None,
    ready_timeout: float = 10.0,
) -> Iterator[SandboxServer]:
    """Serve the sandbox on ``host:port`` in a background thread for the ``with`` block.

    The server runs its own asyncio loop in its own thread, so this works from
    sync code and from tests on any event loop. It is accepting connections when
    the block starts and fully stopped (thread joined) when it ends.
    ``app`` serves a given ASGI app (e.g. the sandbox wrapped in middleware)
    instead of ``create_app(config)``; ``config`` is then only reported.
    """
    import uvicorn  # deferred: uvicorn is an optional dependency (extra "sandbox")

    config = config or SandboxConfig()
    sock = _bind(host, port)
    try:
        server = uvicorn.Server(
            uvicorn.Config(
                app if app is not None else create_app(config),
                loop="asyncio",
                http="h11",
                ws="none",
                # "auto": a wrapped app without lifespan support still serves.
                lifespan="auto",
                proxy_headers=False,
                # Leave the process's logging alone; only problems are reported.
                log_config=None,
                log_level="warning",
                access_log=False,
                # Bounds the join below even if a client keeps a request open.
                timeout_graceful_shutdown=5,
            )
        )
        bound_port: int = sock.getsockname()[1]
        thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [sock]},
            name=f"aioarize-sandbox-{bound_port}",
            daemon=True,  # never keep the interpreter alive if a caller forgets to exit
        )
        thread.start()
        try:
            deadline = time.monotonic() + ready_timeout
            while not server.started:
                if not thread.is_alive():
                    raise RuntimeError("the sandbox server failed to start")
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the sandbox server did not start in {ready_timeout} s")
                time.sleep(0.005)
            url_host = f"[{host}]" if ":" in host else host
            yield SandboxServer(
                base_url=f"http://{url_host}:{bound_port}",
                config=config,
                host=host,
                port=bound_port,
                _thread=thread,
            )
        finally:
            server.should_exit = True
            thread.join()
    finally:
        sock.close()
