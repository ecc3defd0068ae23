"""Shared fixtures: both async backends, a fake clock, scripted HTTP."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Run every ``@pytest.mark.anyio`` test on asyncio and on trio."""
    return str(request.param)


@pytest.fixture
def clock() -> FakeClock:
    """A clock whose sleeps return at once and advance time."""
    return FakeClock()


# Sandbox fixtures (sandbox_config, sandbox_app, sandbox_server); defined with the
# conformance checker they rely on, imported here to make them suite-wide.
from tests.sandbox_conformance import sandbox_app, sandbox_config, sandbox_server  # noqa: E402, F401
