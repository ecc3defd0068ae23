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
