"""The default transport: aiohttp's connection pool on asyncio, httpx's own elsewhere (trio).

Under concurrency httpcore's pool costs about 2.7 ms of client CPU per request and its
assignment pass is quadratic in the requests it queues; aiohttp's costs about 0.4 ms
(BENCHMARKS.md). aiohttp runs on asyncio only, and a client may be built outside any event
loop, so the choice is made per request, from the library running it.

The ``httpx-aiohttp`` transport maps aiohttp's errors coarsely (a refused connection or a
server closing mid-request becomes ``ConnectTimeout``, which would tell the retry logic that
nothing was sent); ``_translated`` maps them to the httpx errors httpcore raises for the same
faults, so retries and error types are the same on both transports.
"""

from __future__ import annotations

import functools
import ssl
import sys
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx
import sniffio

if TYPE_CHECKING:
    from httpx_aiohttp import AiohttpTransport

__all__ = ["DEFAULT_LIMITS", "DefaultTransport"]

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


class DefaultTransport(httpx.AsyncBaseTransport):
    """Sends each request through aiohttp on asyncio and through httpcore on any other library.

    Both pools are created on first use (importing aiohttp costs ~0.2 s, not paid by trio
    users or by ``import aioarize``) with the same connection limits. While a mocking
    library has patched httpx or httpcore (pytest-httpx, respx), requests go through httpx's
    pool on asyncio too, so that the mock sees them, as it would with plain httpx.
    """

    def __init__(self, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._limits = limits
        self._aiohttp: AiohttpTransport | None = None
        self._httpcore: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if sniffio.current_async_library() != "asyncio" or _httpx_is_mocked():
            if self._httpcore is None:
                self._httpcore = httpx.AsyncHTTPTransport(
                    verify=_ssl_context(), limits=self._limits
                )
            return await self._httpcore.handle_async_request(request)
        return await self._via_aiohttp(request)

    async def _via_aiohttp(self, request: httpx.Request) -> httpx.Response:
        import aiohttp
        from httpx_aiohttp import AiohttpTransport

        if self._aiohttp is None:
            self._aiohttp = AiohttpTransport(verify=_ssl_context(), limits=self._limits)
        try:
            response = await self._aiohttp.handle_async_request(request)
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            raise _translated(exc) from exc
        response.stream = _TranslatedStream(response.stream)
        return response

    async def aclose(self) -> None:
        if self._aiohttp is not None:
            await self._aiohttp.aclose()
        if self._httpcore is not None:
            await self._httpcore.aclose()


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
