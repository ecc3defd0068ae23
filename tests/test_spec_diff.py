"""spec/spec_diff.py: fetching a published document and summarizing what changed."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_diff import diff, main, read_source


def _document(**paths: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.1",
        "paths": paths,
        "components": {"schemas": {"Task": {"type": "object"}, "Old": {"type": "string"}}},
    }


def _op(operation_id: str | None, summary: str = "s") -> dict[str, Any]:
    op: dict[str, Any] = {"summary": summary, "responses": {}}
    if operation_id:
        op["operationId"] = operation_id
    return op


OLD = _document(
    **{
        "/v2/tasks": {"get": _op("list_tasks"), "post": _op("create_task")},
        "/v2/spans": {"delete": _op("delete_spans")},
    }
)
NEW = _document(
    **{
        "/v2/tasks": {"get": _op("list_tasks", summary="changed"), "post": _op("create_task")},
        "/v2/things": {"get": _op(None)},
    }
)
NEW["components"]["schemas"] = {"Task": {"type": "object", "required": ["id"]}, "New": {}}


def test_diff_names_operations_and_schemas() -> None:
    """Added, removed and changed operations and schemas are named; unchanged ones are not."""
    result = diff(OLD, NEW)
    assert result.operations_added == ["GET /v2/things"]
    assert result.operations_removed == ["delete_spans (DELETE /v2/spans)"]
    assert result.operations_changed == ["list_tasks (GET /v2/tasks)"]
    assert result.schemas_added == ["New"]
    assert result.schemas_removed == ["Old"]
    assert result.schemas_changed == ["Task"]


def test_identical_documents_have_an_empty_diff() -> None:
    """A document compared with itself reports zero changes everywhere."""
    summary = diff(OLD, OLD).summary()
    assert [line.rsplit(": ", 1)[1] for line in summary.splitlines()] == ["0"] * 6


def test_main_prints_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`diff OLD NEW` prints the counts and names."""
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(OLD), encoding="utf-8")
    new.write_text(yaml.safe_dump(NEW), encoding="utf-8")
    assert main(["spec_diff.py", "diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "operations added: 1\n  GET /v2/things" in out
    assert "schemas removed: 1\n  Old" in out


def test_fetch_refuses_a_non_openapi_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not an OpenAPI 3 document leaves the destination untouched."""
    source, dest = tmp_path / "page.html", tmp_path / "spec.yaml"
    source.write_text("<html>not found</html>", encoding="utf-8")
    dest.write_text("kept", encoding="utf-8")
    assert main(["spec_diff.py", "fetch", str(source), str(dest)]) == 1
    assert dest.read_text(encoding="utf-8") == "kept"
    assert "not an OpenAPI 3 document" in capsys.readouterr().err


@pytest.fixture
def served_spec() -> Iterator[str]:
    """The OLD document served over loopback HTTP."""
    body = yaml.safe_dump(OLD).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v2/spec.yaml"
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_from_a_url_writes_the_document(served_spec: str, tmp_path: Path) -> None:
    """`fetch URL DEST` downloads with urllib and writes the document as published."""
    dest = tmp_path / "spec.yaml"
    assert main(["spec_diff.py", "fetch", served_spec, str(dest)]) == 0
    assert yaml.safe_load(dest.read_text(encoding="utf-8")) == OLD
    assert read_source(str(dest)) == dest.read_text(encoding="utf-8")
