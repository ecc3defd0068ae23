"""The ``aioarize`` command line against the sandbox served on loopback, job commands included.

A few runs go through a real subprocess (``python -m aioarize``); the many
error-formatting cases call ``main(argv)`` in-process to stay fast.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import functools
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

import aioarize
from aioarize import AsyncArize, _cli
from aioarize._cli import main
from aioarize.sandbox import SandboxConfig, serve
from tests.fakes import CANARY_KEY, Script, integration_json, problem

UNREACHABLE = "http://127.0.0.1:1"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """A sandbox accepting CANARY_KEY, with unknown variants, shared by the module."""
    config = SandboxConfig(api_key=CANARY_KEY, integrations=120, tasks=30, unknown_variants=True)
    with serve(config) as server:
        yield server.base_url


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    """Point the CLI at the sandbox through the environment, as a user would."""
    monkeypatch.setenv("ARIZE_API_KEY", CANARY_KEY)
    monkeypatch.setenv("ARIZE_BASE_URL", base_url)
    monkeypatch.delenv("ARIZE_REGION", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``main(argv)`` in-process: exit status, stdout, stderr; never a key or a traceback."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert CANARY_KEY not in out + err
    assert "Traceback" not in err
    return status, out, err


def run_subprocess(*argv: str) -> subprocess.CompletedProcess[str]:
    """``python -m aioarize argv`` with this process's environment."""
    result = subprocess.run(
        [sys.executable, "-m", "aioarize", *argv],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=30,
    )
    assert CANARY_KEY not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result


def one_error_line(err: str) -> str:
    """The single ``aioarize: error:`` line that every failure prints."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("aioarize: error: ")
    return lines[0]


def test_table_output(base_url: str) -> None:
    """``integrations list`` prints an aligned table of the items' scalar fields, unknown
    variants included."""
    result = run_subprocess("integrations", "list", "--max-items", "10")
    assert result.returncode == 0
    assert result.stderr == ""  # no progress indicator: stderr is not a terminal
    header, *rows = result.stdout.splitlines()
    assert header.split()[:3] == ["ID", "TYPE", "NAME"]
    assert len(rows) == 10
    assert any(row.split()[1] == "AGENT_X" for row in rows)  # a type the spec lacks
    # Aligned: every row's TYPE column starts where the header's does.
    column = header.index("TYPE")
    assert all(row[column - 2 : column] == "  " and row[column] != " " for row in rows)


def test_json_lines_with_filters_and_paging() -> None:
    """``--json`` prints one parseable object per item, across pages, honouring filters."""
    result = run_subprocess(
        "tasks", "list", "--type", "RUN_EXPERIMENT", "--limit", "3", "--max-items", "8", "--json"
    )
    assert result.returncode == 0
    tasks = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(tasks) == 8
    assert {task["type"] for task in tasks} == {"RUN_EXPERIMENT"}


def test_wrong_key_is_one_line_without_the_key() -> None:
    """A 401 is one stderr line and exit status 1; the rejected key is never printed."""
    result = run_subprocess("--api-key", CANARY_KEY + "-wrong", "integrations", "list")
    assert result.returncode == 1
    assert result.stdout == ""
    assert one_error_line(result.stderr).startswith("aioarize: error: 401 ")


def test_integration_filters(capsys: pytest.CaptureFixture[str]) -> None:
    """Filter flags reach the API: type (even one the spec lacks) and name."""
    status, out, _ = run(capsys, "integrations", "list", "--type", "AGENT_X", "--json")
    assert status == 0
    agents = [json.loads(line) for line in out.splitlines()]
    assert agents
    assert {item["type"] for item in agents} == {"AGENT_X"}
    name = agents[0]["name"]
    status, out, _ = run(capsys, "integrations", "list", "--name", name)
    assert status == 0
    rows = out.splitlines()[1:]
    assert rows
    assert all(name in row for row in rows)


def test_task_filters(capsys: pytest.CaptureFixture[str]) -> None:
    """``--dataset-id`` narrows tasks to one dataset."""
    status, out, _ = run(capsys, "tasks", "list", "--json")
    dataset_id = next(
        task["dataset_id"] for task in map(json.loads, out.splitlines()) if task.get("dataset_id")
    )
    status, out, _ = run(capsys, "tasks", "list", "--dataset-id", dataset_id, "--json")
    assert status == 0
    assert {json.loads(line)["dataset_id"] for line in out.splitlines()} == {dataset_id}


def test_get_as_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    """``integrations get`` shows one field per line, or the item as one JSON object."""
    _, out, _ = run(capsys, "integrations", "list", "--type", "AGENT_X", "--json")
    agent = json.loads(out.splitlines()[0])
    status, out, _ = run(capsys, "integrations", "get", agent["id"])
    assert status == 0
    fields = dict(line.split(maxsplit=1) for line in out.splitlines())
    assert fields["id"] == agent["id"]
    assert fields["type"] == "AGENT_X"
    assert fields["name"] == agent["name"]
    status, out, _ = run(capsys, "integrations", "get", agent["id"], "--json")
    assert status == 0
    assert json.loads(out) == agent


def test_json_is_each_item_exactly_as_sent(capsys: pytest.CaptureFixture[str]) -> None:
    """``--json`` prints the API's JSON untouched: same fields, same timestamp spelling."""
    item = integration_json(created_at="2026-02-13T21:27:19.055000+00:00")
    body = {"integrations": [item], "pagination": {"has_more": False}}
    serve_with_body = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with pytest.MonkeyPatch.context() as patch:
        serve_with(patch, serve_with_body)
        status, out, _ = run(capsys, "integrations", "list", "--json")
    assert status == 0
    assert json.loads(out) == item
    assert '"created_at": "2026-02-13T21:27:19.055000+00:00"' in out


def test_unknown_provider_json_keeps_the_raw_config(capsys: pytest.CaptureFixture[str]) -> None:
    """An LLM integration with a provider the spec lacks has its config as the server sent it."""
    _, out, _ = run(capsys, "integrations", "list", "--type", "LLM", "--json")
    items = [json.loads(line) for line in out.splitlines()]
    assert {item["type"] for item in items} == {"LLM"}
    unknown = [item for item in items if item["config"]["provider"].endswith("_X")]
    assert unknown
    assert all("experimental_setting" in item["config"] for item in unknown)


def test_not_found(capsys: pytest.CaptureFixture[str]) -> None:
    """A 404 is one line with the server's detail, exit status 1."""
    status, out, err = run(capsys, "integrations", "get", "no-such-id")
    assert status == 1
    assert out == ""
    line = one_error_line(err)
    assert line.startswith("aioarize: error: 404 Resource not found: ")
    assert "no-such-id" in line


def test_unreachable_host(capsys: pytest.CaptureFixture[str]) -> None:
    """A refused connection is one line naming the URL, exit status 1."""
    status, _, err = run(capsys, "--base-url", UNREACHABLE, "--max-retries", "0", "tasks", "list")
    assert status == 1
    assert f"connection failed (ConnectError): GET {UNREACHABLE}/v2/tasks" in one_error_line(err)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["integrations"],
        ["integrations", "list", "--limit", "0"],
        ["integrations", "list", "--limit", "many"],
        ["tasks", "list", "--max-items", "-1"],
        ["tasks", "list", "--bogus"],
        ["integrations", "get", ""],
        ["--region", "mars-1a", "integrations", "list"],
        ["--region", "eu-west-1a", "--base-url", UNREACHABLE, "tasks", "list"],
        ["--base-url", "ftp://example.com", "tasks", "list"],
        ["--base-url", "http://[::1", "tasks", "list"],
        ["integrations", "list", "--name", "x" * 256],
        ["sandbox", "--rate-limit", "0"],
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    """Bad flags and settings are one line on stderr and exit status 2, before any request."""
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    one_error_line(err)


def test_missing_api_key(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --api-key or ARIZE_API_KEY the CLI says how to provide one."""
    monkeypatch.delenv("ARIZE_API_KEY")
    status, _, err = run(capsys, "integrations", "list")
    assert status == 2
    assert one_error_line(err) == (
        "aioarize: error: no API key: pass --api-key or set ARIZE_API_KEY"
    )


def test_flags_override_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, base_url: str
) -> None:
    """Connection flags win over ARIZE_*, before or after the command."""
    monkeypatch.setenv("ARIZE_API_KEY", "wrong-key")
    monkeypatch.setenv("ARIZE_BASE_URL", UNREACHABLE)
    argv = ["--api-key", CANARY_KEY, "--base-url", base_url]
    status, out, _ = run(capsys, *argv, "tasks", "list", "--max-items", "1", "--json")
    assert status == 0
    assert len(out.splitlines()) == 1
    status, out, _ = run(capsys, "tasks", "list", "--max-items", "1", "--json", *argv)
    assert status == 0
    assert len(out.splitlines()) == 1


def test_rate_limit_exhausted(capsys: pytest.CaptureFixture[str]) -> None:
    """A 429 that retries cannot absorb is one line with the server's advice, exit status 1."""
    config = SandboxConfig(api_key=CANARY_KEY, tasks=1, rate_limit=0.2)
    with serve(config) as server:
        argv = ["--base-url", server.base_url, "--max-retries", "0", "tasks", "list"]
        assert run(capsys, *argv)[0] == 0  # takes the only token
        status, out, err = run(capsys, *argv)
    assert status == 1
    assert out == ""
    line = one_error_line(err)
    assert line.startswith("aioarize: error: 429 Rate limit exceeded: ")
    # 5 s for an empty bucket at 0.2/s; less when the machine is slow between the two runs.
    assert re.search(r" Retry after [1-5]s\.$", line), line


def serve_with(monkeypatch: pytest.MonkeyPatch, handler: httpx.MockTransport) -> None:
    """Make the CLI's client send through ``handler`` instead of the network."""
    monkeypatch.setattr(_cli, "AsyncArize", functools.partial(AsyncArize, transport=handler))


def test_malformed_response(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2xx body of the wrong shape is one line naming where it broke, exit status 1."""
    body = {"integrations": [{"type": "LLM", "id": "x"}], "pagination": {"has_more": False}}
    serve_with(monkeypatch, httpx.MockTransport(lambda request: httpx.Response(200, json=body)))
    status, _, err = run(capsys, "integrations", "list")
    assert status == 1
    assert one_error_line(err).startswith(
        "aioarize: error: the API sent a response aioarize cannot read: $.integrations[0]."
    )


def test_ctrl_c(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C during a request is one line and exit status 130."""

    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    serve_with(monkeypatch, httpx.MockTransport(interrupt))
    status, _, err = run(capsys, "tasks", "list")
    assert status == 130
    assert one_error_line(err) == "aioarize: error: interrupted"


def test_server_text_cannot_control_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Control characters from the server are escaped, in tables and in error lines."""
    problem = {"title": "Bad\x1b[2J", "detail": "line one\nline two"}
    serve_with(monkeypatch, httpx.MockTransport(lambda request: httpx.Response(400, json=problem)))
    status, _, err = run(capsys, "tasks", "list")
    assert status == 1
    assert "400 Bad\\x1b[2J: line one\\nline two" in one_error_line(err)


def test_a_server_echoing_the_key_does_not_get_it_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a message built from server text that contains the key shows it masked."""
    problem = {"title": "Forbidden", "detail": f"key {CANARY_KEY} may not do this"}
    serve_with(monkeypatch, httpx.MockTransport(lambda request: httpx.Response(403, json=problem)))
    status, _, err = run(capsys, "tasks", "list")
    assert status == 1
    assert "key *** may not do this" in one_error_line(err)


class Terminal(io.StringIO):
    """A stderr that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal, stderr shows a "fetched N items" line per page, cleared at the end."""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["integrations", "list", "--limit", "10", "--max-items", "30"]) == 0
    shown = terminal.getvalue()
    assert [part.strip() for part in shown.split("\r") if part.strip()] == [
        "fetched 10 items",
        "fetched 20 items",
        "fetched 30 items",
    ]
    assert shown.endswith("\r" + " " * len("fetched 30 items") + "\r")


def test_progress_reports_retries_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal, a retry shows why and how long the CLI waits, then the line is cleared."""
    page = {"tasks": [], "pagination": {"has_more": False}}
    script = Script(
        [problem(429, "Slow down", **{"Retry-After": "0"}), httpx.Response(200, json=page)]
    )
    serve_with(monkeypatch, httpx.MockTransport(script))
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["tasks", "list", "--json"]) == 0
    shown = terminal.getvalue()
    assert "\r429, retrying in 0." in shown
    assert "s (attempt 1)" in shown
    assert shown.endswith(" \r")
    assert len(script.requests) == 2


def test_broken_pipe_exits_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the reader of stdout leaves early (``| head``), the CLI exits 141 without noise."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    stdout = open(write_end, "w")  # noqa: SIM115 -- closed below, after main() swapped its fd
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    try:
        assert main(["integrations", "list", "--json"]) == 141
    finally:
        stdout.close()
    assert stderr.getvalue() == ""


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    """``--help`` lists the commands and exits 0."""
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "integrations" in out and "tasks" in out and "sandbox" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``--version`` prints the installed version and exits 0."""
    with pytest.raises(SystemExit) as exited:
        _cli.build_parser().parse_args(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"aioarize {aioarize.__version__}"
    assert main(["--version"]) == 0


def test_every_operation_is_a_command() -> None:
    """Each operation of the spec is reachable as ``aioarize <resource> <method>``."""
    import yaml

    spec = yaml.safe_load((ROOT / "spec" / "spec.yaml").read_text(encoding="utf-8"))
    operation_ids = {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "patch", "delete")
    }
    commands = {operation.operation_id: (r, m) for r, m, operation in _cli.operations()}
    assert set(commands) == operation_ids
    parser = _cli.build_parser()
    for resource, method in commands.values():
        with pytest.raises(SystemExit) as exited, contextlib.redirect_stdout(io.StringIO()):
            parser.parse_args([resource, method, "--help"])
        assert exited.value.code == 0


def test_create_get_update_delete_with_bodies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A body from --body @file, a property flag, a 204 printing nothing, then a 404."""
    _, out, _ = run(capsys, "spaces", "list", "--max-items", "1", "--json")
    space_id = json.loads(out)["id"]
    body = tmp_path / "dataset.json"
    body.write_text(
        json.dumps({"name": "golden", "space_id": space_id, "examples": [{"q": "1+1?"}]})
    )
    status, out, _ = run(capsys, "datasets", "create", "--body", f"@{body}", "--json")
    assert status == 0, out
    created = json.loads(out)
    assert created["name"] == "golden"
    status, out, _ = run(capsys, "datasets", "update", created["id"], "--name", "silver", "--json")
    assert (status, json.loads(out)["name"]) == (0, "silver")
    status, out, _ = run(capsys, "datasets", "get", created["id"])
    assert status == 0
    assert "name" in out and "silver" in out
    assert run(capsys, "datasets", "delete", created["id"]) == (0, "", "")
    status, _, err = run(capsys, "datasets", "get", created["id"])
    assert status == 1
    assert one_error_line(err).startswith("aioarize: error: 404 ")


def test_body_from_stdin_and_usage_errors_for_bodies(capsys: pytest.CaptureFixture[str]) -> None:
    """``--body -`` reads stdin; a body that is not a JSON object is a usage error."""
    _, out, _ = run(capsys, "projects", "list", "--max-items", "1", "--json")
    result = subprocess.run(
        [sys.executable, "-m", "aioarize", "spans", "list", "--body", "-", "--json"],
        input=json.dumps({"project_id": json.loads(out)["id"], "limit": 2}),
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert all(json.loads(line) for line in result.stdout.splitlines())
    for body in ("[1]", "{not json"):
        result = run_subprocess("spans", "list", "--body", body)
        assert result.returncode == 2
        assert one_error_line(result.stderr).startswith("aioarize: error: --body: ")


def test_post_body_cursor_list_streams_every_page(capsys: pytest.CaptureFixture[str]) -> None:
    """``spans list`` (cursor in the POST body) follows every page like a GET list."""
    _, out, _ = run(capsys, "projects", "list", "--max-items", "1", "--json")
    project_id = json.loads(out)["id"]
    status, out, _ = run(
        capsys, "spans", "list", "--project-id", project_id, "--limit", "3", "--max-items", "7"
    )
    assert status == 0
    assert len(out.splitlines()) == 1 + 7  # the header, then one row per span


def test_rows_print_as_pages_arrive(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows of the first page are out before the second page fails: nothing fetched is lost."""
    first = {
        "integrations": [integration_json(id="I1"), integration_json(id="I2")],
        "pagination": {"has_more": True, "next_cursor": "c2"},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        if "cursor" in request.url.params:
            raise KeyboardInterrupt
        return httpx.Response(200, json=first)

    serve_with(monkeypatch, httpx.MockTransport(handler))
    status, out, err = run(capsys, "integrations", "list")
    assert status == 130
    assert [line.split()[0] for line in out.splitlines()] == ["ID", "I1", "I2"]
    assert one_error_line(err) == "aioarize: error: interrupted"


class FullDisk(io.StringIO):
    """A stdout whose writes fail as on a full disk."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Output that cannot be written is one error line and exit status 1, not a traceback."""
    with contextlib.redirect_stdout(FullDisk()):
        status = main(["integrations", "list", "--max-items", "3"])
    err = capsys.readouterr().err
    assert status == 1
    assert (
        one_error_line(err) == "aioarize: error: cannot write the output: No space left on device"
    )


@pytest.mark.parametrize(
    "base_url",
    ["https://user:hunter2-secret@api.example.com", "https://h.example.com/?x=1", "https://h#f"],
)
def test_base_url_with_credentials_query_or_fragment_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], base_url: str
) -> None:
    """--base-url with userinfo, a query or a fragment: exit 2, the password not repeated."""
    status, out, err = run(capsys, "--base-url", base_url, "integrations", "list")
    assert (status, out) == (2, "")
    assert "hunter2-secret" not in one_error_line(err)


def test_plain_http_to_a_remote_host_is_one_warning_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain-http remote --base-url is warned about on one line, and the call still runs."""
    body = {"integrations": [], "pagination": {"has_more": False}}
    serve_with(monkeypatch, httpx.MockTransport(lambda request: httpx.Response(200, json=body)))
    status, _, err = run(capsys, "--base-url", "http://api.example.com", "integrations", "list")
    assert status == 0
    warning, nothing = err.splitlines()
    assert warning.startswith("aioarize: warning: ")
    assert "http" in warning
    assert nothing == "aioarize: nothing found"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["datasets", "create", "--name", "x"], "missing --space-id, --examples"),
        (
            ["spans", "list", "--limit", "1000", "--truncate-string-length", "0"],
            "missing --project-id; --limit must be <= 500, got 1000;"
            " --truncate-string-length must be >= 1, got 0",
        ),
        (
            ["integrations", "list", "--limit", "many", "--name", "x" * 256],
            "--name must have at most 255 characters, got 256;"
            " --limit: expected integer (JSON), got 'many'",
        ),
        (
            ["spans", "list", "--body", '{"project_id": "p"}', "--project-id", "p"],
            "--project-id: give it as a flag or inside --body, not both",
        ),
    ],
)
def test_every_missing_or_invalid_argument_is_named_as_its_flag(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """All the problems of a command line at once, each named as the flag to fix, exit 2."""
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert one_error_line(err) == f"aioarize: error: {message}"


def test_method_help_shows_each_flags_type_allowed_values_bounds_and_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``<resource> <method> --help`` says of each flag what the spec allows and its default."""
    status, out, _ = run(capsys, "spans", "list", "--help")
    assert status == 0
    flat = " ".join(out.split())  # argparse wraps help text
    assert "POST /v2/spans" in flat
    assert "--limit INTEGER integer; 1..500; default: not sent" in flat
    assert "--project-id STRING string; required" in flat
    assert "--start-time STRING string (date-time); default: not sent" in flat
    assert "--included-columns ARRAY JSON array of string; 1..1000 items" in flat
    _, out, _ = run(capsys, "integrations", "list", "--help")
    flat = " ".join(out.split())
    assert "--type STRING string; one of LLM, AGENT, EVALUATOR (or a value" in flat


# --- aioarize datasets upload: a job command -----------------------------------------


def upload(
    capsys: pytest.CaptureFixture[str], base_url: str, name: str, file: Path, *flags: str
) -> tuple[int, str, str]:
    """``aioarize datasets upload`` of ``file`` as dataset ``name`` into the sandbox's first
    space."""

    async def first_space() -> str:
        async with AsyncArize(CANARY_KEY, base_url=base_url) as client:
            return str((await client.spaces.list(max_items=1).to_list())[0].id)

    space = anyio.run(first_space)
    argv = ["datasets", "upload", "--name", name, "--space-id", space, "--file", str(file)]
    return run(capsys, *argv, *flags)


def stored(base_url: str, dataset_id: str) -> list[dict[str, Any]]:
    """The dataset's examples as the sandbox lists them, without the fields it adds."""

    async def examples() -> list[dict[str, Any]]:
        async with AsyncArize(CANARY_KEY, base_url=base_url) as client:
            listed = await client.datasets.list_examples(dataset_id, limit=500).to_list()
        added = {"id", "created_at", "updated_at"}
        return [{k: v for k, v in e.to_dict().items() if k not in added} for e in listed]

    return anyio.run(examples)


def lines(out: str) -> dict[str, str]:
    return dict(line.split(None, 1) for line in out.splitlines())


def write_jsonl(path: Path, rows: list[dict[str, Any]], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows) + extra, encoding="utf-8")
    return path


def test_upload_of_a_jsonl_file_stores_every_example_in_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, base_url: str
) -> None:
    """A .jsonl file of more than one chunk becomes one dataset holding every line, in order."""
    rows = [{"question": f"q{n}", "n": n} for n in range(1234)]
    file = write_jsonl(tmp_path / "examples.jsonl", rows, extra="\n")  # a blank line is skipped
    status, out, err = upload(capsys, base_url, "cli-jsonl", file)
    assert status == 0, err
    shown = lines(out)
    assert shown["name"] == "cli-jsonl" and shown["examples"] == "1234"
    assert stored(base_url, shown["dataset_id"]) == rows


def test_upload_of_a_csv_file_with_json_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, base_url: str
) -> None:
    """A .csv file's rows are examples keyed by its header (values as text); --json prints JSON."""
    file = tmp_path / "examples.csv"
    with file.open("w", newline="", encoding="utf-8") as target:
        writer = csv.writer(target)
        writer.writerow(["question", "answer"])
        writer.writerows([[f"q{n}", str(n)] for n in range(5)])
    status, out, err = upload(capsys, base_url, "cli-csv", file, "--concurrency", "2", "--json")
    assert status == 0, err
    shown = json.loads(out)
    assert shown["examples"] == 5
    assert stored(base_url, shown["dataset_id"]) == [
        {"question": f"q{n}", "answer": str(n)} for n in range(5)
    ]


def test_a_malformed_line_after_the_first_chunk_says_where_to_continue(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, base_url: str
) -> None:
    """A bad line past the first chunk stops the upload with what went in, exit status 1."""
    rows = [{"n": n} for n in range(1500)]
    file = write_jsonl(tmp_path / "examples.jsonl", rows, extra="{oops\n")
    status, _, err = upload(capsys, base_url, "cli-broken", file, "--concurrency", "1")
    assert status == 1
    assert err.startswith("aioarize: error: ") and len(err.splitlines()) == 1
    assert "continue from input index 1000" in err and "line 1501" in err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("examples.txt", "{}", "expected a .jsonl or .csv file"),
        ("missing.jsonl", None, "cannot read"),
        ("empty.jsonl", "", "examples is empty"),
        ("bad.jsonl", '{"n": 1}\n[1, 2]\n', "line 2: expected a JSON object"),
    ],
)
def test_bad_files_are_one_usage_error_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    content: str | None,
    message: str,
) -> None:
    """A wrong suffix, a missing or empty file, or a bad first chunk: exit 2, nothing created."""
    file = tmp_path / name
    if content is not None:
        file.write_text(content, encoding="utf-8")
    argv = ["datasets", "upload", "--name", "n", "--space-id", "s", "--file", str(file)]
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err
