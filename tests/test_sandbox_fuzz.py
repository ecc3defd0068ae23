"""Schemathesis, a tool nobody here wrote, finds nothing wrong with the sandbox but spec quirks."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from tests.sandbox_fuzz import CHECK, run
from tests.sandbox_fuzz_quirks import QUIRKS, filter_failure


def test_schemathesis_finds_nothing_beyond_the_spec_quirks() -> None:
    """Every check over all 160 operations (coverage, fuzzing, stateful; seed 1) passes."""
    outcome = run(CHECK)
    report = outcome.report
    assert report["operations"]["tested"] == 160, outcome.output[-5000:]
    statuses = {name: phase["status"] for name, phase in report["phases"].items()}
    assert {statuses[p] for p in ("coverage", "fuzzing", "stateful")} == {"success"}, statuses
    assert not outcome.failures and not report["errors"], outcome.output[-30000:]
    print(outcome.summary())  # the figures, with -s


def fake(status: int, detail: str, query: dict[str, Any] | None = None) -> tuple[Any, Any, Any]:
    """A failure, case and response with just what the quirks look at."""
    content = b'{"status": %d, "detail": "%s"}' % (status, detail.encode())
    response = SimpleNamespace(
        status_code=status, content=content, headers={"content-type": ["application/problem+json"]}
    )
    case = SimpleNamespace(query=query or {}, body=None)
    return SimpleNamespace(code="ST202", message=""), case, response


def test_the_cursor_quirk_excuses_only_refused_cursors() -> None:
    """A 400 for an unissued cursor is excused; a 400 for anything else is kept."""
    keep = cast(Any, filter_failure)
    assert not keep(None, *fake(400, "Invalid 'cursor': not issued.", {"cursor": "x"}))
    assert keep(None, *fake(400, "Invalid request: query.limit must be at least 1."))
    assert keep(None, *fake(400, "Invalid 'cursor': not issued."))  # no cursor was sent
    assert keep(None, *fake(422, "Invalid 'cursor': not issued.", {"cursor": "x"}))
    assert all(quirk.reason for quirk in QUIRKS)
