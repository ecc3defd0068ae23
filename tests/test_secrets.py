"""The API key never shows: not in reprs, messages, attributes, logs or warnings."""

from __future__ import annotations

import logging
import pickle
import warnings

import httpx
import pytest

from aioarize import APIConnectionError, AuthenticationError, RetryPolicy
from aioarize._config import Secret
from tests.fakes import CANARY_KEY, FakeClock, Script, make_client, problem


def _reprs(obj: object) -> str:
    return repr(obj) + str(obj)


@pytest.mark.anyio
async def test_key_absent_from_client_and_everything_it_holds() -> None:
    """repr/str of the client, its resources, settings, headers and pager omit the key."""
    async with make_client(Script([])) as client:
        derived = client.with_options(timeout=3)
        texts = [
            _reprs(client),
            _reprs(derived),
            _reprs(client.integrations),
            _reprs(client.tasks),
            _reprs(client.integrations.list(name="x")),
            *(_reprs(value) for value in vars(client).values()),
            _reprs(client._sender),
        ]
    assert all(CANARY_KEY not in text for text in texts)


def test_secret_refuses_pickling() -> None:
    """Pickling the key holder fails rather than writing the key to storage."""
    with pytest.raises(TypeError, match="not picklable"):
        pickle.dumps(Secret(CANARY_KEY))


@pytest.mark.anyio
async def test_key_absent_from_errors_logs_and_warnings(caplog: pytest.LogCaptureFixture) -> None:
    """Errors, retry logs at DEBUG and warnings carry no trace of the key."""
    caplog.set_level(logging.DEBUG)
    clock = FakeClock()
    script = Script(
        [
            problem(503),
            problem(401, "Authentication required"),
            httpx.ConnectError("refused"),
            httpx.ConnectError("refused"),
        ]
    )
    errors: list[BaseException] = []
    with warnings.catch_warnings(record=True) as caught_warnings:
        warnings.simplefilter("always")
        async with make_client(script, clock, retry=RetryPolicy(max_retries=1)) as client:
            for _ in range(2):
                try:
                    await client.integrations.get("x")
                except (AuthenticationError, APIConnectionError) as exc:
                    errors.append(exc)
    assert [type(e) for e in errors] == [AuthenticationError, APIConnectionError]
    for error in errors:
        assert CANARY_KEY not in _reprs(error)
        assert all(CANARY_KEY not in repr(value) for value in vars(error).values())
        assert CANARY_KEY.encode() not in pickle.dumps(error)
    assert caplog.records, "expected retry log records"
    for record in caplog.records:
        assert CANARY_KEY not in record.getMessage()
    assert all(CANARY_KEY not in str(w.message) for w in caught_warnings)
