"""The default transport's translation of aiohttp's errors into the ones httpcore raises."""

from __future__ import annotations

import aiohttp
import httpx
import pytest

from aioarize._transport import _translated

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
