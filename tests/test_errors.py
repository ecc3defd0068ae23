"""Typed errors from problem+json and from anything else a server or proxy may send."""

from __future__ import annotations

import json
import pickle
import re
import zlib
from pathlib import Path

import httpx
import pytest
import yaml

import aioarize
from aioarize import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArizeError,
    AuthenticationError,
    BadRequestError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodingError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
)
from tests.fakes import Answer, Script, encoded, make_client

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "spec/spec.yaml").read_text())
NO_RETRY = RetryPolicy(max_retries=0)


def _spec_example(name: str) -> dict[str, object]:
    example = SPEC["components"]["responses"][name]["content"]["application/problem+json"][
        "example"
    ]
    assert isinstance(example, dict)
    return example


@pytest.mark.parametrize(
    ("response", "error"),
    [
        ("BadRequest", BadRequestError),
        ("Unauthorized", AuthenticationError),
        ("Forbidden", PermissionDeniedError),
        ("NotFound", NotFoundError),
        ("RateLimitExceeded", RateLimitError),
    ],
)
@pytest.mark.anyio
async def test_spec_problem_examples_become_typed_errors(
    response: str, error: type[APIStatusError]
) -> None:
    """Each documented problem+json example raises its own exception with every member."""
    example = _spec_example(response)
    status = example["status"]
    assert isinstance(status, int)
    script = Script(
        [httpx.Response(status, json=example, headers={"Content-Type": "application/problem+json"})]
    )
    async with make_client(script, retry=NO_RETRY) as client:
        with pytest.raises(error) as caught:
            await client.integrations.get("abc")
    exc = caught.value
    assert (exc.status, exc.title, exc.detail) == (status, example["title"], example["detail"])
    assert (exc.type, exc.instance) == (example["type"], example["instance"])
    assert exc.method == "GET" and exc.url == "https://api.arize.com/v2/integrations/abc"
    assert exc.headers["content-type"] == "application/problem+json"
    assert str(example["detail"]) in str(exc)


@pytest.mark.parametrize(
    ("status", "body", "content_type", "error"),
    [
        (502, b"<html><body>Bad Gateway</body></html>", "text/html", ServerError),
        (500, b"", "text/plain", ServerError),
        (418, b"I'm a teapot", "text/plain", APIStatusError),
        (418, b'{"status": "nope", "title": 7}', "application/problem+json", APIStatusError),
        (400, b"[1, 2]", "application/json", BadRequestError),
        (404, b"\xff\xfe not utf-8", "application/json", NotFoundError),
    ],
)
@pytest.mark.anyio
async def test_non_problem_bodies_still_raise_status_errors(
    status: int, body: bytes, content_type: str, error: type[APIStatusError]
) -> None:
    """HTML, empty, non-JSON or mistyped error bodies raise the status error, not a decode error."""
    script = Script([httpx.Response(status, content=body, headers={"Content-Type": content_type})])
    async with make_client(script, retry=NO_RETRY) as client:
        with pytest.raises(error) as caught:
            await client.integrations.get("abc")
    assert type(caught.value) is error
    assert caught.value.status == status
    assert str(status) in str(caught.value)


@pytest.mark.anyio
async def test_not_found_message_explains_404_semantics() -> None:
    """The 404 message says the resource may exist but be unreadable with this key."""
    script = Script([httpx.Response(404)])
    async with make_client(script, retry=NO_RETRY) as client:
        with pytest.raises(NotFoundError, match="no read access"):
            await client.integrations.get("abc")


@pytest.mark.anyio
async def test_success_body_that_is_not_json() -> None:
    """A 200 with a non-JSON body raises ResponseValidationError, not a decode error."""
    script = Script([httpx.Response(200, content=b"<html>oops</html>")])
    async with make_client(script) as client:
        with pytest.raises(ResponseValidationError, match="not JSON"):
            await client.integrations.get("abc")


@pytest.mark.anyio
async def test_connection_and_timeout_errors_are_typed() -> None:
    """Transport failures become APIConnectionError and timeouts APITimeoutError."""
    script = Script([httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
    async with make_client(script, retry=NO_RETRY) as client:
        with pytest.raises(APIConnectionError) as refused:
            await client.integrations.get("abc")
        with pytest.raises(APITimeoutError) as slow:
            await client.integrations.get("abc")
    assert not isinstance(refused.value, APITimeoutError)
    assert "ConnectError" in str(refused.value)
    assert slow.value.url.endswith("/v2/integrations/abc")


def test_every_exception_pickles_with_its_attributes() -> None:
    """Exceptions survive pickling (e.g. across process pools) with all attributes."""
    request = httpx.Request("GET", "https://api.arize.com/v2/tasks")
    response = httpx.Response(
        429,
        json={"status": 429, "title": "Slow down", "detail": "d"},
        headers={"Retry-After": "3"},
        request=request,
    )
    rate_limited = aioarize._errors.error_from_response(response, retry_after=3.0, attempts=2)
    errors: list[ArizeError] = [
        rate_limited,
        APITimeoutError("t", method="GET", url="u", attempts=3),
        ResponseValidationError("bad", path="$.tasks[0]"),
        aioarize.PaginationError("loop"),
        aioarize.ConfigurationError("no key"),
        aioarize.ResponseTooLargeError("big", limit=10, method="GET", url="u"),
        aioarize.ResponseDecodingError("garbled", method="GET", url="u", attempts=2),
        aioarize.InvalidRequestError("long"),
        aioarize.ClientClosedError("closed"),
        aioarize.MissingDependencyError("needs pandas"),
        aioarize.ExperimentUploadError(
            "stopped",
            experiment_id="RXhwOjE=",
            uploaded=1000,
            unsaved=(aioarize.ExperimentRunResult(example_id="RXg6MQ==", output="4"),),
        ),
        aioarize.DatasetUploadError(
            "chunk", dataset_id="D", resume_from=10, inserted_after=(range(20, 30),), example_ids=[]
        ),
    ]
    for error in errors:
        clone = pickle.loads(pickle.dumps(error))
        assert type(clone) is type(error)
        assert str(clone) == str(error)
        assert vars(clone) == vars(error)
    assert isinstance(rate_limited, RateLimitError)
    assert rate_limited.retry_after == 3.0
    assert "after 2 attempts" in str(rate_limited)


def test_exceptions_pickle_with_their_cause_chain() -> None:
    """Pickling keeps __cause__: an aioarize error's, a foreign one's, one whose class is local."""

    class LocalError(Exception):
        pass

    request = httpx.Request(
        "GET", "https://h/v2/x", headers={"Authorization": "Bearer sk-secret-1"}
    )
    refused = httpx.ConnectError("refused", request=request)
    connection = APIConnectionError("connection failed", method="GET", url="u")
    connection.__cause__ = refused
    invalid_json = ResponseValidationError("$: not JSON")
    invalid_json.__cause__ = json.JSONDecodeError("Expecting value", "<html>", 0)
    outer = ResponseValidationError("$.tasks[0]: bad")
    outer.__cause__ = invalid_json
    local = aioarize.ClientClosedError("closed")
    local.__cause__ = LocalError("from a local class")

    clone = pickle.loads(pickle.dumps(connection))
    assert type(clone.__cause__) is httpx.ConnectError and str(clone.__cause__) == "refused"
    assert b"sk-secret-1" not in pickle.dumps(connection)  # the request it held stays behind
    nested = pickle.loads(pickle.dumps(outer))
    assert type(nested.__cause__) is ResponseValidationError
    assert isinstance(nested.__cause__.__cause__, json.JSONDecodeError)
    assert nested.__cause__.__cause__.doc == "<html>"
    standin = pickle.loads(pickle.dumps(local)).__cause__
    assert type(standin) is Exception and "LocalError: from a local class" in str(standin)


def test_hierarchy() -> None:
    """Every exception derives from ArizeError, and timeouts are connection errors."""
    for name in aioarize._errors.__all__:
        assert issubclass(getattr(aioarize, name), ArizeError)
    assert issubclass(APITimeoutError, APIConnectionError)
    for error in (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ServerError):
        assert issubclass(error, APIStatusError)
    assert issubclass(aioarize.ResponseDecodingError, APIConnectionError)
    # Compatible with what the README promised (ValueError) and httpx raised (RuntimeError).
    assert issubclass(aioarize.InvalidRequestError, ValueError)
    assert issubclass(aioarize.ClientClosedError, RuntimeError)


def test_hierarchy_is_drawn_in_the_docstring_and_readme() -> None:
    """Every exception class appears in the hierarchy of _errors' docstring and of README.md."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    docstring = aioarize._errors.__doc__ or ""
    for name in aioarize._errors.__all__:
        # A node of the tree: the root on a line of its own, the others after a branch.
        node = re.compile(rf"(^\s*|── ){name}\s", re.MULTILINE)
        assert node.search(docstring), name
        assert node.search(readme), name


@pytest.mark.parametrize("key", ["plain-key-0123456789", 'quo"te/slash\\key-0123456789'])
def test_a_key_the_server_echoes_is_redacted(key: str) -> None:
    """The request's key, bare, after Bearer or JSON-escaped, is in no part of the error."""
    request = httpx.Request(
        "GET", "https://api.arize.com/v2/tasks", headers={"Authorization": f"Bearer {key}"}
    )
    response = httpx.Response(
        401,
        json={"title": f"Bearer {key}", "detail": f"unknown key {key}", "instance": key},
        headers={"WWW-Authenticate": f"Bearer realm={key}", "X-Echo": key},
        request=request,
    )
    error = aioarize._errors.error_from_response(response)
    assert isinstance(error, AuthenticationError)
    json_escaped = json.dumps(key)[1:-1]
    texts = [str(error), repr(error), error.body, repr(vars(error))]
    for text in texts:
        assert key not in text and json_escaped not in text
    assert key.encode() not in pickle.dumps(error)
    assert error.detail == "unknown key ***"
    assert error.headers["x-echo"] == "***"


def _causes(error: BaseException) -> list[type[BaseException]]:
    chain: list[type[BaseException]] = []
    cause = error.__cause__
    while cause is not None:
        chain.append(type(cause))
        cause = cause.__cause__
    return chain


@pytest.mark.parametrize(
    ("answer", "integration_id", "error", "cause"),
    [
        (
            lambda request: httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000),
            "x",
            ResponseValidationError,
            RecursionError,
        ),
        (lambda request: encoded(200, b"nope", "gzip"), "x", ResponseDecodingError, zlib.error),
        (  # a transport that decodes bodies itself, as MockTransport does
            lambda request: httpx.Response(
                200, content=b"nope", headers={"Content-Encoding": "gzip"}
            ),
            "x",
            ResponseDecodingError,
            httpx.DecodingError,
        ),
        (httpx.ReadError("reset"), "x", APIConnectionError, httpx.ReadError),
        (httpx.ReadTimeout("slow"), "x", APITimeoutError, httpx.ReadTimeout),
        (None, "x" * 70_000, InvalidRequestError, httpx.InvalidURL),
    ],
)
@pytest.mark.anyio
async def test_every_failure_is_an_arize_error_with_its_cause(
    answer: Answer | None, integration_id: str, error: type[ArizeError], cause: type[Exception]
) -> None:
    """Each failure raises its ArizeError subclass, with the original exception in its causes."""
    script = Script([] if answer is None else [answer])
    async with make_client(script, retry=NO_RETRY) as client:
        with pytest.raises(ArizeError) as caught:
            await client.integrations.get(integration_id)
    assert type(caught.value) is error
    assert cause in _causes(caught.value)


@pytest.mark.parametrize(
    ("status", "cls"), [(409, aioarize.ConflictError), (422, aioarize.UnprocessableEntityError)]
)
def test_conflict_and_unprocessable_have_their_own_classes(status: int, cls: type) -> None:
    """409 and 422 raise their own subclasses, keeping the API's error_code and request_id."""
    body = {"status": status, "title": "No", "error_code": "NAME_TAKEN", "request_id": "r-1"}
    request = httpx.Request("POST", "https://api.arize.com/v2/datasets")
    error = aioarize._errors.error_from_response(httpx.Response(status, json=body, request=request))
    assert type(error) is cls
    assert (error.error_code, error.request_id) == ("NAME_TAKEN", "r-1")
