"""The API key never shows: not in reprs, messages, attributes, logs or warnings."""

from __future__ import annotations

import json
import logging
import pickle
import warnings

import httpx
import pytest

from aioarize import (
    APIConnectionError,
    AsyncArize,
    AuthenticationError,
    PaginationError,
    ResponseValidationError,
    RetryPolicy,
)
from aioarize._config import Secret
from aioarize._redact import LOG_FILTER
from aioarize.sandbox import serve
from aioarize.sandbox._app import Receive, Scope, Send
from tests.fakes import (
    CANARY_KEY,
    FakeClock,
    Script,
    integration_json,
    make_client,
    problem,
    task_json,
)


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


def _assert_scrubbed(error: BaseException) -> None:
    """Neither the error nor anything it was raised from shows the key, pickled or not."""
    chain: list[BaseException] = []
    cause: BaseException | None = error
    while cause is not None:
        chain.append(cause)
        cause = cause.__cause__
    assert len(chain) >= 2, "expected the error to keep its cause"
    for exc in chain:
        assert CANARY_KEY not in _reprs(exc) + repr(exc.args) + repr(vars(exc))
    assert CANARY_KEY.encode() not in pickle.dumps(error)
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone.__cause__) is type(error.__cause__)
    assert str(clone.__cause__) == str(error.__cause__)


@pytest.mark.anyio
async def test_key_echoed_into_a_field_is_absent_from_the_validation_error() -> None:
    """A key a server echoes into a date field leaves no trace in the ResponseValidationError."""
    script = Script([httpx.Response(200, json=task_json(created_at=CANARY_KEY))])
    async with make_client(script) as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.tasks.get("T1")
    _assert_scrubbed(caught.value)


@pytest.mark.anyio
async def test_key_echoed_as_a_cursor_is_absent_from_the_pagination_error() -> None:
    """A key a server sends as a repeated cursor leaves no trace in the PaginationError."""
    pages = [
        httpx.Response(
            200,
            json={
                "integrations": [integration_json()],
                "pagination": {"has_more": True, "next_cursor": CANARY_KEY},
            },
        )
        for _ in range(2)
    ]
    async with make_client(Script(pages)) as client:
        with pytest.raises(PaginationError) as caught:
            async for _ in client.integrations.list():
                pass
    error = caught.value
    assert "twice" in str(error) and CANARY_KEY not in _reprs(error) + repr(error.args)
    assert CANARY_KEY.encode() not in pickle.dumps(error)


@pytest.mark.anyio
async def test_key_echoed_in_any_header_is_absent_from_raw_response_headers_repr() -> None:
    """raw_response().headers masks the key in every header's value, not only Authorization."""
    echo = {"X-Echo": f"you sent {CANARY_KEY}", "Set-Cookie": f"k={CANARY_KEY}"}
    script = Script([httpx.Response(200, json=integration_json(), headers=echo)])
    async with make_client(script) as client:
        with client.raw_response() as raw:
            await client.integrations.get("x")
    assert raw.headers["x-echo"] == f"you sent {CANARY_KEY}"  # the value itself, as sent
    assert CANARY_KEY not in repr(raw.headers) and "***" in repr(raw.headers)
    assert CANARY_KEY not in repr(raw)


async def _echo_key(scope: Scope, receive: Receive, send: Send) -> None:
    """An ASGI app answering every request with the key it was sent, in a header and the body."""
    if scope["type"] != "http":
        return
    key = dict(scope["headers"]).get(b"authorization", b"").partition(b" ")[2]
    await send({"type": "http.response.start", "status": 200, "headers": [(b"x-echo", key)]})
    await send({"type": "http.response.body", "body": json.dumps(integration_json()).encode()})


@pytest.mark.anyio
@pytest.mark.parametrize("httpx_transport", [False, True], ids=["default", "httpx"])
async def test_key_echoed_over_http_is_absent_from_http_library_debug_logs(
    caplog: pytest.LogCaptureFixture, anyio_backend: str, httpx_transport: bool
) -> None:
    """httpx's, httpcore's and aiohttp's DEBUG records of a live client never show its key."""
    if httpx_transport and anyio_backend == "trio":
        pytest.skip("trio always goes through httpx's transport")
    caplog.set_level(logging.DEBUG)
    watching = LOG_FILTER._live[CANARY_KEY]  # other tests' clients, not yet collected
    transport = httpx.AsyncHTTPTransport() if httpx_transport else None
    with serve(app=_echo_key) as server:
        async with AsyncArize(CANARY_KEY, base_url=server.base_url, transport=transport) as client:
            await client.integrations.get("x")
    messages = [record.getMessage() for record in caplog.records]
    if httpx_transport or anyio_backend == "trio":
        assert any("receive_response_headers.complete" in m for m in messages), messages
    assert all(CANARY_KEY not in message for message in messages)
    # Once the client is closed the filter no longer counts it.
    assert LOG_FILTER._live[CANARY_KEY] == watching


@pytest.mark.anyio
async def test_key_echoed_as_an_object_key_is_absent_from_the_validation_error() -> None:
    """A key a server sends as a map's key stays out of the error's path and its cause's path."""
    ai_integration = {
        **integration_json(),
        "provider": "OPEN_AI",
        "has_api_key": True,
        "enable_default_models": True,
        "function_calling_enabled": True,
        "auth_type": "DEFAULT",
        "headers": {CANARY_KEY: 5},
    }
    script = Script([httpx.Response(200, json=ai_integration)])
    async with make_client(script) as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.ai_integrations.get("QUk6MQ==")
    assert caught.value.path.startswith("$.headers.")
    _assert_scrubbed(caught.value)
