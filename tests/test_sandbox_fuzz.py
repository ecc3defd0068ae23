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
    assert not outcome.failures and not report["errors"], outcome.output[-30000:]
    statuses = {name: phase["status"] for name, phase in report["phases"].items()}
    assert {statuses[p] for p in ("coverage", "fuzzing", "stateful")} == {"success"}, statuses
    print(outcome.summary())  # the figures, with -s


def fake(
    status: int,
    detail: str,
    query: dict[str, Any] | None = None,
    *,
    code: str = "ST202",
    path: str = "/v2/things",
    values: dict[str, str] | None = None,
    body: Any = None,
) -> tuple[Any, Any, Any]:
    """A failure, case and response with just what the quirks look at."""
    content = b'{"status": %d, "detail": "%s"}' % (status, detail.encode())
    response = SimpleNamespace(
        status_code=status, content=content, headers={"content-type": ["application/problem+json"]}
    )
    case = SimpleNamespace(
        query=query or {},
        body=body,
        method="POST",
        operation=SimpleNamespace(path=path),
        path_parameters=values or {},
    )
    return SimpleNamespace(code=code, message=""), case, response


def test_the_trigger_quirk_is_narrow() -> None:
    """Only a RUN_EXPERIMENT trigger's missing name is excused, and a 405 is never."""
    keep = cast(Any, filter_failure)
    trigger, needs = (
        "/v2/tasks/{task_id}/trigger",
        "A RUN_EXPERIMENT task's run needs an 'experiment_name'.",
    )
    assert not keep(None, *fake(400, needs, path=trigger))
    assert keep(None, *fake(400, needs))  # another operation
    assert keep(
        None, *fake(400, "Invalid request: body.max_spans must be at least 1.", path=trigger)
    )
    for code in ("ST202", "ST103"):
        assert keep(None, *fake(405, "POST is not supported here.", code=code, values={"id": ""}))
        assert keep(None, *fake(405, "POST is not supported here.", code=code, values={"id": "a"}))


def test_the_reference_quirk_excuses_only_items_the_body_names() -> None:
    """A 404 after a create is excused only where it names an ID the body, not the path, sends."""
    keep = cast(Any, filter_failure)
    body = {"role_id": "r9", "evaluators": [{"evaluator_id": "e9"}]}
    for named in ("r9", "e9"):
        missing = f"The role with ID '{named}' was not found."
        assert not keep(None, *fake(404, missing, code="ST302", body=body))
        assert keep(None, *fake(404, missing, code="ST302", body=body, values={"id": named}))
    assert keep(None, *fake(404, "The role with ID 'x1' was not found.", code="ST302", body=body))
    assert keep(None, *fake(404, "The role with ID 'r9' was not found.", code="ST302"))


def test_the_cursor_quirk_excuses_only_refused_cursors() -> None:
    """A 400 for an unissued cursor is excused; a 400 for anything else is kept."""
    keep = cast(Any, filter_failure)
    assert not keep(None, *fake(400, "Invalid 'cursor': not issued.", {"cursor": "x"}))
    assert keep(None, *fake(400, "Invalid request: query.limit must be at least 1."))
    assert keep(None, *fake(400, "Invalid 'cursor': not issued."))  # no cursor was sent
    assert keep(None, *fake(422, "Invalid 'cursor': not issued.", {"cursor": "x"}))
    assert all(quirk.reason for quirk in QUIRKS)
