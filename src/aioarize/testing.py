"""pytest plugin: test code that uses aioarize against an in-process Arize sandbox.

Installing aioarize registers this plugin (entry point ``pytest11``), so its
fixtures are available in every test suite without any ``conftest.py`` change.
The client talks to the sandbox (``aioarize.sandbox``) through
``httpx.ASGITransport``: no sockets, no server thread, no extra to install. The
fixtures are synchronous, so they work the same under pytest-asyncio and
anyio's pytest plugin (asyncio and trio).

``arize_sandbox``: an ``AsyncArize`` for a sandbox configured by the
``arize_sandbox`` marker (without the marker: ``SandboxConfig()`` defaults)::

    import pytest
    from aioarize import AsyncArize
    from aioarize.models import UnknownIntegration

    @pytest.mark.anyio  # or @pytest.mark.asyncio
    @pytest.mark.arize_sandbox(integrations=10, unknown_variants=True)
    async def test_lists_unknown_variants(arize_sandbox: AsyncArize) -> None:
        items = [item async for item in arize_sandbox.integrations.list()]
        assert len(items) == 10
        assert any(isinstance(item, UnknownIntegration) for item in items)

``make_arize_sandbox``: a factory for tests needing several sandboxes or
options chosen at run time; each call returns a new ``AsyncArize`` (to use
with ``async with``) over a new sandbox::

    from aioarize import AuthenticationError
    from aioarize.testing import SandboxFactory

    @pytest.mark.anyio
    async def test_wrong_key(make_arize_sandbox: SandboxFactory) -> None:
        async with make_arize_sandbox(client_options={"api_key": "wrong"}) as client:
            with pytest.raises(AuthenticationError):
                await client.integrations.get("x")

Options (of the marker and of the factory) are those of
``aioarize.sandbox.create_app``: an optional ``SandboxConfig`` positional
argument and/or its fields as keywords (``integrations``, ``tasks``,
``unknown_variants``, ``rate_limit``, ``latency_ms``, ``fail_rate``,
``empty_pages``, ``seed``, ``clock``, ``api_key``). ``client_options`` are
extra ``AsyncArize`` arguments (``retry``, ``on_retry``, ``sleep``, ``clock``;
``api_key`` replaces the sandbox's key). To test rate limiting without wall
time, give both sides one fake clock: the sandbox's ``clock=`` and the
client's ``client_options={"sleep": ..., "clock": ...}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

import httpx
import pytest

from aioarize import AsyncArize

if TYPE_CHECKING:
    # The sandbox is imported when first used, not at plugin load: pytest loads
    # this module in every test suite of an environment that has aioarize.
    from aioarize.sandbox import SandboxConfig

__all__ = [
    "SANDBOX_BASE_URL",
    "SandboxFactory",
    "arize_sandbox",
    "make_arize_sandbox",
    "sandbox_client",
]

#: The base URL of sandbox clients; requests never leave the process.
SANDBOX_BASE_URL = "http://arize-sandbox.test"


def sandbox_client(
    config: SandboxConfig | None = None,
    /,
    *,
    client_options: Mapping[str, Any] | None = None,
    **options: Any,
) -> AsyncArize:
    """An ``AsyncArize`` over a new in-process sandbox: ``create_app(config, **options)``."""
    from aioarize.sandbox import create_app

    app = create_app(config, **options)
    arguments: dict[str, Any] = {
        "api_key": app.config.api_key,
        "base_url": SANDBOX_BASE_URL,
        "transport": httpx.ASGITransport(app=app),
        **(client_options or {}),
    }
    return AsyncArize(**arguments)


class SandboxFactory(Protocol):
    """The type of the ``make_arize_sandbox`` fixture, for annotations."""

    def __call__(
        self,
        config: SandboxConfig | None = None,
        /,
        *,
        client_options: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> AsyncArize: ...


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "arize_sandbox(config=None, *, client_options=None, **options): configure the sandbox"
        " behind the arize_sandbox fixture, e.g. integrations=10, unknown_variants=True,"
        " rate_limit=2.0 (see aioarize.testing)",
    )


@pytest.fixture
def arize_sandbox(request: pytest.FixtureRequest) -> AsyncArize:
    """An ``AsyncArize`` over an in-process sandbox set up by the ``arize_sandbox`` marker."""
    marker = request.node.get_closest_marker("arize_sandbox")
    if marker is None:
        return sandbox_client()
    return sandbox_client(*marker.args, **marker.kwargs)


@pytest.fixture
def make_arize_sandbox() -> SandboxFactory:
    """A factory: ``make_arize_sandbox(**options)`` is an ``AsyncArize`` over a new sandbox."""
    return sandbox_client
