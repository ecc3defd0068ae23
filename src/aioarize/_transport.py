"""The default transport: aiohttp's connection pool on asyncio, httpx's own elsewhere (trio).

Under concurrency httpcore's pool costs about 2.7 ms of client CPU per request and its
assignment pass is quadratic in the requests it queues; aiohttp's costs about 0.4 ms
(BENCHMARKS.md). aiohttp runs on asyncio only, and a client may be built outside any event
loop, so the choice is made per request, from the library running it.

The ``httpx-aiohttp`` transport maps aiohttp's errors coarsely (a refused connection or a
server closing mid-request becomes ``ConnectTimeout``, which would tell the retry logic that
nothing was sent); ``_translated`` maps them to the httpx errors httpcore raises for the same
faults, so retries and error types are the same on both transports.

Pools belong to the event loop (or trio run) that made them. A client may be used from one
loop after another (``asyncio.run()`` twice, trio then asyncio): each loop gets pools of its
own, closed when that loop shuts down (``asyncio.run``, ``anyio.run`` and ``trio.run``
finalize the async generator ``_closed_with_loop`` parks on it) or by ``aclose()``.
``LoopBinding`` refuses a second loop while the first still runs (another thread):
neither the pools nor the client's waits are shared across threads.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
import sys
import threading
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TYPE_CHECKING

import httpx
import sniffio

from ._errors import EventLoopError

if TYPE_CHECKING:
    from httpx_aiohttp import AiohttpTransport

__all__ = ["DEFAULT_LIMITS", "DefaultTransport", "LoopBinding"]

#: httpx's own defaults, kept on both transports.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context, built once per process: loading the CA bundle takes
    ~40 ms, which every client built by httpx or httpx-aiohttp would otherwise pay."""
    return httpx.create_ssl_context()


def _httpx_is_mocked() -> bool:
    """Whether a mocking library has replaced where httpx's pool takes requests.

    pytest-httpx patches httpx's transport, respx (by default) httpcore's pool; httpcore is
    looked at only if something imported it (importing it here would cost ``import
    aioarize`` ~50 ms, as httpx imports it only when its transport is first built).
    """
    if httpx.AsyncHTTPTransport.handle_async_request.__module__ != "httpx._transports.default":
        return True
    httpcore = sys.modules.get("httpcore")
    pool_entry = None if httpcore is None else httpcore.AsyncConnectionPool.handle_async_request
    return pool_entry is not None and pool_entry.__module__ != "httpcore._async.connection_pool"


def _running_loop() -> object:
    """What the running task's sockets and waits belong to: its asyncio loop, or its trio run."""
    loop = asyncio._get_running_loop()  # None under trio; a tenth of sniffio's cost per request
    if loop is not None:
        return loop
    import trio

    return trio.lowlevel.current_trio_token()


def _still_running(loop: object) -> bool:
    if isinstance(loop, asyncio.AbstractEventLoop):
        return loop.is_running()
    import trio

    assert isinstance(loop, trio.lowlevel.TrioToken)
    try:
        loop.run_sync_soon(lambda: None)  # refused once the run has finished
    except trio.RunFinishedError:
        return False
    return True


class LoopBinding:
    """The event loop a client is used from: any loop, one at a time."""

    def __init__(self) -> None:
        self.loop: object = None
        self._lock = threading.Lock()

    def enter(self) -> bool:
        """Bind to the running loop; whether it is another than before (pools to rebuild).

        ``EventLoopError`` while the loop bound before still runs (in another thread).
        """
        loop = _running_loop()
        if loop is self.loop:
            return False
        with self._lock:
            if self.loop is not None and self.loop is not loop and _still_running(self.loop):
                raise EventLoopError(
                    "this client is in use by an event loop that is still running (in another"
                    " thread): use one client per event loop, or one loop at a time"
                )
            self.loop = loop
        return True


class _LoopPools:
    """One event loop's connection pools, each created on first use."""

    def __init__(self, limits: httpx.Limits) -> None:
        self.limits = limits
        self.aiohttp: AiohttpTransport | None = None
        self.httpcore: httpx.AsyncHTTPTransport | None = None
        self.closer: AsyncGenerator[None, None] | None = None

    async def aclose(self) -> None:
        if self.aiohttp is not None:
            await self.aiohttp.aclose()
        if self.httpcore is not None:
            await self.httpcore.aclose()


async def _closed_with_loop(pools: _LoopPools) -> AsyncGenerator[None, None]:
    """Parked at its ``yield`` until its loop shuts down (which finalizes async generators
    left open) or the transport closes it: either way the pools close while the loop runs."""
    try:
        yield
    finally:
        await pools.aclose()


class DefaultTransport(httpx.AsyncBaseTransport):
    """Sends each request through aiohttp on asyncio and through httpcore on any other library.

    Both pools are created on first use (importing aiohttp costs ~0.2 s, not paid by trio
    users or by ``import aioarize``) with the same connection limits, once per event loop the
    transport is used from. While a mocking library has patched httpx or httpcore
    (pytest-httpx, respx), requests go through httpx's pool on asyncio too, so that the mock
    sees them, as it would with plain httpx.
    """

    def __init__(self, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._limits = limits
        self._binding = LoopBinding()
        self._pools = _LoopPools(limits)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._binding.enter() or self._pools.closer is None:
            # The pools of a loop that has shut down closed with it.
            self._pools = _LoopPools(self._limits)
            self._pools.closer = _closed_with_loop(self._pools)
            await anext(self._pools.closer)
        pools = self._pools
        if sniffio.current_async_library() != "asyncio" or _httpx_is_mocked():
            if pools.httpcore is None:
                pools.httpcore = httpx.AsyncHTTPTransport(
                    verify=_ssl_context(), limits=pools.limits
                )
            return await pools.httpcore.handle_async_request(request)
        return await self._via_aiohttp(pools, request)

    async def _via_aiohttp(self, pools: _LoopPools, request: httpx.Request) -> httpx.Response:
        import aiohttp
        from httpx_aiohttp import AiohttpTransport

        if pools.aiohttp is None:
            pools.aiohttp = AiohttpTransport(verify=_ssl_context(), limits=pools.limits)
        try:
            response = await pools.aiohttp.handle_async_request(request)
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            raise _translated(exc) from exc
        response.stream = _TranslatedStream(response.stream)
        return response

    async def aclose(self) -> None:
        """Close the pools of the loop in use; those of a loop that has shut down closed with it.

        ``EventLoopError`` from another loop while the one in use still runs.
        """
        closer, self._pools.closer = self._pools.closer, None
        if closer is not None and not self._binding.enter():
            await closer.aclose()
        # Bound here now: an empty set of pools, and nothing left to close elsewhere.


class _TranslatedStream(httpx.AsyncByteStream):
    """A response body from aiohttp whose read errors come out as httpcore's would."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream) -> None:
        assert isinstance(inner, httpx.AsyncByteStream)
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import aiohttp

        try:
            async for chunk in self._inner:
                yield chunk
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            raise _translated(exc) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()


def _translated(exc: Exception) -> httpx.TransportError:
    """The httpx error httpcore raises for the fault behind ``exc`` (from aiohttp)."""
    import aiohttp

    if isinstance(exc, httpx.UnsupportedProtocol | httpx.ProxyError):
        return exc  # already specific: a URL aiohttp cannot fetch, a proxy's refusal
    cause = exc.__cause__ if isinstance(exc.__cause__, aiohttp.ClientError) else exc
    message = str(cause) or type(cause).__name__
    # Most specific first: aiohttp's timeouts are also connection errors.
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        # Waiting for a pooled connection or opening one: nothing was sent.
        return httpx.ConnectTimeout(message)
    if isinstance(cause, aiohttp.ServerTimeoutError):
        return httpx.ReadTimeout(message)
    if isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(cause, aiohttp.ClientConnectionError | aiohttp.ClientPayloadError):
        # The server closed or reset the connection after the request went out.
        return httpx.ReadError(message)
    return httpx.RemoteProtocolError(message)  # e.g. a malformed status line or header
