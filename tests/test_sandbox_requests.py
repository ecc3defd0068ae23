"""How the sandbox takes a request: complete validation, and reading that no client can abuse.

Validation: empty values, formats, optional bodies, every violation in one
problem. Reading: the key before the body, a size limit, linear reading, a
nesting limit, many connections and slow clients.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import httpx
import pytest

from aioarize.sandbox import (
    SandboxConfig,
    add_sandbox_arguments,
    config_from_args,
    create_app,
    serve,
)
from tests.sandbox_conformance import ConformanceApp, asgi_client, checked_apps

KEY = "sandbox-key"
MAX_DEPTH = SandboxConfig().max_body_depth
AUTH = {"Authorization": f"Bearer {KEY}"}
MakeApp = Callable[..., ConformanceApp]


@pytest.fixture
def make_app() -> Iterator[MakeApp]:
    """Build conformance-checked sandbox apps from config overrides."""
    with checked_apps(lambda **o: ConformanceApp(create_app(**{"items": 5, **o}))) as make:
        yield make


def client(app: ConformanceApp) -> httpx.AsyncClient:
    return asgi_client(app, AUTH)


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["detail"]
    return body


def error_paths(body: dict[str, Any]) -> list[str]:
    return [error["path"] for error in body["errors"]]


# -- validation ----------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("/v2/audit-logs?start_time=", "$.query.start_time"),
        ("/v2/audit-logs?end_time=", "$.query.end_time"),
        ("/v2/integrations?type=", "$.query.type"),
        ("/v2/integrations?limit=", "$.query.limit"),
        ("/v2/resource-restrictions?resource_type=", "$.query.resource_type"),
    ],
)
async def test_an_empty_query_value_is_validated(make_app: MakeApp, path: str, where: str) -> None:
    """An empty value is a value: refused where its schema (format, enum, type) refuses ''."""
    async with client(make_app()) as c:
        body = problem(await c.get(path), 400)
    assert error_paths(body) == [where]


@pytest.mark.anyio
async def test_an_empty_plain_string_is_a_value(make_app: MakeApp) -> None:
    """Where the schema admits '' (a name filter), an empty value is accepted and applied."""
    async with client(make_app()) as c:
        response = await c.get("/v2/integrations", params={"name": ""})
    assert response.status_code == 200, response.text


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("2024-05-01T10:00:00Z", True),
        ("2024-05-01T10:00:00.123+02:00", True),
        ("2024-05-01", False),
        ("2024-05-01T10:00:00", False),
        ("2024-13-01T10:00:00Z", False),
        ("yesterday", False),
    ],
)
async def test_query_date_time_format(make_app: MakeApp, value: str, accepted: bool) -> None:
    """A date-time query value is RFC 3339 with a 'T' and an offset, and a real instant."""
    async with client(make_app()) as c:
        response = await c.get("/v2/audit-logs", params={"start_time": value})
    if accepted:
        assert response.status_code == 200, response.text
    else:
        assert "RFC 3339" in problem(response, 400)["detail"]


def agent(endpoint: str) -> dict[str, Any]:
    config = {"endpoint": endpoint, "headers": {}, "input_schema": {}, "request_presets": []}
    return {"type": "AGENT", "name": "Agent", "scopings": [], "config": config}


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("endpoint", "accepted"),
    [
        ("https://agents.example.com/v1/run?x=1", True),
        ("urn:example:agent", True),
        ("", False),
        ("agents.example.com/run", False),
        ("https://exa mple.com", False),
        ("https://example.com/%zz", False),
    ],
)
async def test_body_uri_format(make_app: MakeApp, endpoint: str, accepted: bool) -> None:
    """A uri field of a body holds an absolute URI (RFC 3986), or the request is refused."""
    async with client(make_app()) as c:
        response = await c.post("/v2/integrations", json=agent(endpoint))
    if accepted:
        assert response.status_code == 201, response.text
    else:
        body = problem(response, response.status_code)
        assert response.status_code in (400, 422)
        assert error_paths(body) == ["$.body.config.endpoint"]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("someone@example.com", True),
        ("first.last+tag@mail.example.org", True),
        ("someone", False),
        ("someone@example", False),
        ("some one@example.com", False),
        ("a@b@example.com", False),
    ],
)
def test_email_format(value: str, valid: bool) -> None:
    """An email value is local@domain.tld without spaces or a second '@'."""
    validator = create_app(items=0)._validator
    found = validator.violations({"type": "string", "format": "email"}, value, "body.email")
    assert (not found) is valid, found


@pytest.mark.anyio
async def test_an_optional_body_may_be_absent(make_app: MakeApp) -> None:
    """POST /v2/tasks/{id}/trigger without a body is accepted: the spec makes it optional
    (for an evaluation task; a RUN_EXPERIMENT run needs an experiment_name)."""
    async with client(make_app()) as c:
        tasks = (await c.get("/v2/tasks")).json()["tasks"]
        task = next(t for t in tasks if t["type"] != "RUN_EXPERIMENT")
        response = await c.post(f"/v2/tasks/{task['id']}/trigger")
        assert response.status_code == 201, response.text
        # A body that is present is still validated.
        bad = await c.post(f"/v2/tasks/{task['id']}/trigger", json=[1])
        assert bad.status_code in (400, 422), bad.text


@pytest.mark.anyio
async def test_a_body_fitting_two_shapes_of_a_one_of_is_refused(make_app: MakeApp) -> None:
    """An evaluator version sending a template and a remote config fits two oneOf branches:
    ambiguous, so refused; either alone is stored."""
    remote = {"integration_id": "any"}
    async with client(make_app()) as c:
        evaluator = (await c.get("/v2/evaluators", params={"limit": 1})).json()["evaluators"][0]
        ai = (await c.get("/v2/ai-integrations", params={"limit": 1})).json()["ai_integrations"][0]
        llm = {"ai_integration_id": ai["id"], "model_name": "m"}
        template = {
            "name": "judge",
            "template": "Is {output} right?",
            "include_explanations": True,
            "use_function_calling": False,
            "llm_config": {**llm, "invocation_parameters": {}, "provider_parameters": {}},
        }
        path = f"/v2/evaluators/{evaluator['id']}/versions"
        both = {"commit_message": "m", "template_config": template, "remote_config": remote}
        found = problem(await c.post(path, json=both), 422)
        assert error_paths(found) == ["$.body"]
        assert "more than one" in found["detail"]
        for config in ({"template_config": template}, {"remote_config": remote}):
            made = await c.post(path, json={"commit_message": "m", **config})
            assert made.status_code == 201, made.text


@pytest.mark.anyio
async def test_every_violation_is_reported_at_once(make_app: MakeApp) -> None:
    """One problem lists each violation of query and body, each with a JSON path."""
    body = {**agent("not a uri"), "name": 7, "scopings": "all"}
    async with client(make_app()) as c:
        response = await c.post("/v2/integrations", json=body)
        found = problem(response, response.status_code)
        paths = error_paths(found)
        assert response.status_code in (400, 422)
        assert set(paths) == {"$.body.name", "$.body.scopings", "$.body.config.endpoint"}
        for error in found["errors"]:
            assert error["message"].startswith(error["path"][2:])
            assert error["message"] in found["detail"]
        # Query and path parameters too, in the same problem, which is then a 400.
        listed = await c.get("/v2/audit-logs", params={"limit": "0", "start_time": "x"})
        assert set(error_paths(problem(listed, 400))) == {"$.query.limit", "$.query.start_time"}


def test_odd_field_names_get_bracketed_paths() -> None:
    """A field whose name is not a plain identifier is named in brackets, as JSON path has it."""
    validator = create_app(items=0)._validator
    schema = {"type": "object", "properties": {"ok": {}}, "additionalProperties": False}
    found = validator.violations(schema, {"ok": 1, "a b": 1, 'q"': 2}, "body")
    assert [v.json_path for v in found] == ['$.body["a b"]', '$.body["q\\""]']


# -- reading ------------------------------------------------------------------------------


def raw_exchange(port: int, head: bytes, body: bytes = b"", timeout: float = 10.0) -> bytes:
    """Send ``head`` (and ``body``) on a fresh connection; return what comes back until close."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(head + body)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks) and _complete(b"".join(chunks)):
                break
    return b"".join(chunks)


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            return len(body) >= int(value)
    return False


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


def test_the_key_is_checked_before_the_body_is_read() -> None:
    """A wrong key gets 401 at once, though the declared 100 MB body never comes."""
    with serve(SandboxConfig(items=1)) as server:
        head = (
            b"POST /v2/integrations HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer wrong\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"
        )
        response = raw_exchange(server.port, head, b"{")
    assert status_of(response) == 401


def test_a_declared_length_over_the_limit_is_413_unread() -> None:
    """A Content-Length over max_body_bytes is answered 413 problem+json before any body."""
    with serve(SandboxConfig(items=1, max_body_bytes=1000)) as server:
        head = (
            b"POST /v2/integrations HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer sandbox-key"
            b"\r\nContent-Type: application/json\r\nContent-Length: 1001\r\n\r\n"
        )
        response = raw_exchange(server.port, head)
    assert status_of(response) == 413
    assert b"application/problem+json" in response
    assert json.loads(response.partition(b"\r\n\r\n")[2])["status"] == 413


def chunked(pieces: list[bytes]) -> Callable[[], Any]:
    """An ASGI receive handing out ``pieces`` one message each; it records how many were read."""
    taken: list[bytes] = []

    async def receive() -> MutableMapping[str, Any]:
        taken.append(pieces[len(taken)])
        return {"type": "http.request", "body": taken[-1], "more_body": len(taken) < len(pieces)}

    receive.taken = taken  # type: ignore[attr-defined]
    return receive


async def call(app: Any, receive: Callable[[], Any], path: str = "/v2/integrations") -> Any:
    """Drive ``app`` with one POST; return the status and the decoded JSON body."""
    sent: list[MutableMapping[str, Any]] = []

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": [(b"authorization", f"Bearer {KEY}".encode())],
    }
    await app(scope, receive, send)
    return sent[0]["status"], json.loads(sent[1]["body"])


@pytest.mark.anyio
async def test_a_streamed_body_over_the_limit_is_413_without_reading_the_rest() -> None:
    """A body without Content-Length stops being read at the limit: 413, later chunks untouched."""
    receive = chunked([b"x" * 600] * 100)
    status, body = await call(create_app(items=1, max_body_bytes=1000), receive)
    assert (status, body["status"]) == (413, 413)
    assert len(receive.taken) == 2  # type: ignore[attr-defined]


class Tracked(bytes):
    """A chunk that refuses to be appended to: ``body += chunk`` copies the body every time."""

    def __radd__(self, other: bytes) -> bytes:
        raise AssertionError("the body was built by repeated concatenation (quadratic)")


@pytest.mark.anyio
async def test_reading_is_linear() -> None:
    """Chunks are collected and joined once, never concatenated one by one."""
    text = json.dumps(agent("https://a.example")).encode()
    pieces: list[bytes] = [Tracked(text[k : k + 7]) for k in range(0, len(text), 7)]
    status, body = await call(create_app(items=1), chunked(pieces))
    assert status == 201, body


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("text", "why"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "deeper than"),
        (b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1), "deeper than"),
        (b'{"a":' * (MAX_DEPTH + 1) + b"1" + b"}" * (MAX_DEPTH + 1), "deeper than"),
        (b'{"name": NaN}', "not a JSON number"),
        (b'{"name": 1' + b"0" * 5000 + b"}", "not valid JSON"),
        (b"\xff\xfe{", "not valid JSON"),
    ],
    ids=["100k-arrays", "limit+1-arrays", "limit+1-objects", "nan", "huge-int", "bad-utf8"],
)
async def test_hostile_json_is_400(make_app: MakeApp, text: bytes, why: str) -> None:
    """Deep nesting, NaN, huge numbers and bad encodings get a 400 problem, never a 500."""
    async with client(make_app()) as c:
        response = await c.post("/v2/integrations", content=text)
    assert why in problem(response, 400)["detail"]


def nested_in(depth: int) -> Any:
    """Arrays that make a body holding them (the body's object is a level) ``depth`` deep."""
    nested: Any = 1
    for _ in range(depth - 1):
        nested = [nested]
    return nested


@pytest.mark.anyio
@pytest.mark.parametrize("limit", [None, 5, 300])
async def test_nesting_up_to_the_configured_limit_is_read(
    make_app: MakeApp, limit: int | None
) -> None:
    """A body exactly max_body_depth deep (default 64) is validated; one level more is 400."""
    options = {} if limit is None else {"max_body_depth": limit}
    depth = MAX_DEPTH if limit is None else limit
    async with client(make_app(**options)) as c:
        at_limit = {**agent("https://a.example"), "x": nested_in(depth)}
        response = await c.post("/v2/integrations", json=at_limit)
        assert response.status_code == 201, response.text
        over = {**agent("https://b.example"), "x": nested_in(depth + 1)}
        response = await c.post("/v2/integrations", json=over)
    assert f"deeper than {depth} levels" in problem(response, 400)["detail"]


async def _exchange_many(port: int, count: int) -> list[int]:
    async def one() -> int:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"GET /v2/integrations?limit=1 HTTP/1.1\r\nHost: s\r\n"
            b"Authorization: Bearer sandbox-key\r\nConnection: close\r\n\r\n"
        )
        await writer.drain()
        response = await reader.read()
        writer.close()
        return status_of(response)

    return list(await asyncio.gather(*(one() for _ in range(count))))


def test_two_thousand_connections_and_a_slow_client_are_served() -> None:
    """2,000 connections opened at once all get answers while a slow client holds its own open."""
    with serve(SandboxConfig(items=3)) as server:
        slow = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        try:
            slow.sendall(b"GET /v2/integrations HTTP/1.1\r\nHost: s\r\n")  # headers unfinished
            statuses = asyncio.run(_exchange_many(server.port, 2000))
            assert statuses == [200] * 2000
            slow.sendall(b"Authorization: Bearer sandbox-key\r\nConnection: close\r\n\r\n")
            assert status_of(slow.recv(65536)) == 200
        finally:
            slow.close()


def test_the_body_limits_are_flags_and_options() -> None:
    """--max-body-bytes and --max-body-depth set the limits (32 MiB, 64 levels by default)."""
    parser = argparse.ArgumentParser()
    add_sandbox_arguments(parser)
    defaults = config_from_args(parser.parse_args([]))
    assert (defaults.max_body_bytes, defaults.max_body_depth) == (32 * 1024 * 1024, 64)
    assert config_from_args(parser.parse_args(["--max-body-bytes", "5"])).max_body_bytes == 5
    assert config_from_args(parser.parse_args(["--max-body-depth", "7"])).max_body_depth == 7
    with pytest.raises(ValueError, match="max_body_bytes"):
        SandboxConfig(max_body_bytes=-1)
    for depth in (0, 501):
        with pytest.raises(ValueError, match="max_body_depth"):
            SandboxConfig(max_body_depth=depth)


def test_the_depth_flag_holds_over_loopback() -> None:
    """A sandbox started with --max-body-depth 3 answers a 4-deep body 400 over loopback."""
    parser = argparse.ArgumentParser()
    add_sandbox_arguments(parser)
    config = config_from_args(parser.parse_args(["--items", "1", "--max-body-depth", "3"]))
    with serve(config) as server:
        base = server.base_url
        at_limit = httpx.post(
            f"{base}/v2/integrations", json={**agent("https://a.x"), "x": [[1]]}, headers=AUTH
        )
        over = httpx.post(
            f"{base}/v2/integrations", json={**agent("https://b.x"), "x": [[[1]]]}, headers=AUTH
        )
    assert at_limit.status_code == 201, at_limit.text
    assert "deeper than 3 levels" in problem(over, 400)["detail"]
