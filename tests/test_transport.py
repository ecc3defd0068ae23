"""The default transport: aiohttp's errors as httpcore's, and httpx's mocks still honoured."""

from __future__ import annotations

import aiohttp
import httpcore
import httpx
import pytest

from aioarize._transport import DefaultTransport, _translated

CASES: list[tuple[Exception, type[httpx.TransportError]]] = [
    (aiohttp.ConnectionTimeoutError("pool or connect"), httpx.ConnectTimeout),
    (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError(), httpx.ReadError),
    (aiohttp.ClientPayloadError("truncated"), httpx.ReadError),
    (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
    (aiohttp.ClientError("malformed status line"), httpx.RemoteProtocolError),
]


@pytest.mark.parametrize(("raised", "expected"), CASES, ids=[type(c[0]).__name__ for c in CASES])
def test_aiohttp_errors_become_httpcore_ones(
    raised: Exception, expected: type[httpx.TransportError]
) -> None:
    """Each aiohttp error maps to exactly the httpx error httpcore raises for the same fault."""
    assert type(_translated(raised)) is expected
    # httpx-aiohttp's own mapping wraps the aiohttp error; the cause decides.
    wrapped = httpx.ConnectTimeout("coarse")
    wrapped.__cause__ = raised
    assert type(_translated(wrapped)) is expected


def test_specific_httpx_errors_pass_through() -> None:
    """An httpx error not caused by aiohttp (an unsupported scheme) is kept as it is."""
    error = httpx.UnsupportedProtocol("ftp")
    assert _translated(error) is error


@pytest.mark.anyio
async def test_a_patched_httpcore_pool_sees_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """With httpcore's pool patched (as respx does), the default transport goes through it."""
    seen: list[bytes] = []

    async def mocked(
        self: httpcore.AsyncConnectionPool, request: httpcore.Request
    ) -> httpcore.Response:
        seen.append(request.url.target)
        return httpcore.Response(200, content=b"{}")

    monkeypatch.setattr(httpcore.AsyncConnectionPool, "handle_async_request", mocked)
    async with httpx.AsyncClient(transport=DefaultTransport()) as client:
        response = await client.get("http://127.0.0.1:9/v2/integrations")
    assert response.status_code == 200
    assert seen == [b"/v2/integrations"]
