"""Where spec/spec.yaml says less than the API means: the only Schemathesis failures accepted.

Two kinds: :func:`patch_spec` adds to the spec what the API does beyond it, and
``QUIRKS`` excuse failures, each naming its failure code, why the spec and not
the sandbox is at fault, and exactly which failures it matches. This file is the
Schemathesis CLI's hooks file (tests/sandbox_fuzz.py sets SCHEMATHESIS_HOOKS);
any failure no quirk matches fails the run. A failure the sandbox should fix
never goes here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

import schemathesis
from schemathesis import Case as AnyCase
from schemathesis import Response
from schemathesis.core.failures import Failure

Case = AnyCase[Any]


class Quirk(NamedTuple):
    #: The Schemathesis failure code excused, e.g. "ST202".
    code: str
    reason: str
    matches: Callable[[Failure, Case, Response], bool]


def _problem_detail(response: Response) -> str:
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        return ""
    return str(body.get("detail", "")) if isinstance(body, dict) else ""


def _sends_cursor(case: Case) -> bool:
    return "cursor" in (case.query or {}) or (isinstance(case.body, dict) and "cursor" in case.body)


def _only_cursor_refused(failure: Failure, case: Case, response: Response) -> bool:
    return (
        response.status_code == 400
        and _sends_cursor(case)
        and _problem_detail(response).startswith("Invalid 'cursor'")
    )


def patch_spec(spec: dict[str, Any], errors_member: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with the ``errors`` member (of schema ``errors_member``) added to Problem.

    Problem says additionalProperties: false, yet RFC 9457 problems carry extension
    members (the live API adds error_code); the sandbox's ``errors`` lists every
    violation of a request. Added to the schema rather than excused per failure, so
    a problem that breaks Problem in any other way still fails the run.
    """
    problem = spec["components"]["schemas"]["Problem"]
    problem["properties"]["errors"] = errors_member
    return spec


def _overlapping_variants(failure: Failure, case: Case, response: Response) -> bool:
    message = str(getattr(failure, "message", ""))
    return "is valid under more than one of the schemas listed in the 'oneOf'" in message


def _run_experiment_without_name(failure: Failure, case: Case, response: Response) -> bool:
    return (
        response.status_code == 400
        and case.operation.path == "/v2/tasks/{task_id}/trigger"
        and _problem_detail(response) == "A RUN_EXPERIMENT task's run needs an 'experiment_name'."
    )


def _strings(value: Any) -> list[str]:
    """Every string in a JSON value."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _unknown_item_named_by_body(failure: Failure, case: Case, response: Response) -> bool:
    detail = _problem_detail(response)
    return response.status_code == 404 and any(
        detail.endswith(f" with ID '{named}' was not found.")
        for named in set(_strings(case.body)) - set((case.path_parameters or {}).values())
    )


QUIRKS = (
    Quirk(
        "ST202",
        "`cursor` is typed as any string, but it is an opaque token only the server issues: "
        "one it never issued is refused with 400, as the API does.",
        _only_cursor_refused,
    ),
    Quirk(
        "ST108",
        "Union variants (e.g. Widget's) share the whole discriminator enum, so as plain JSON "
        "Schema an item may match several; the spec picks one by its discriminator, which "
        "JSON Schema validators ignore.",
        _overlapping_variants,
    ),
    Quirk(
        "ST202",
        "TriggerTaskRunRequest is anyOf(evaluation body, RUN_EXPERIMENT body), each valid "
        "alone, but the server picks the one for the task's type (the arize SDK: it 'derives "
        "the task type from the URL's task record'), and a RUN_EXPERIMENT run needs "
        "`experiment_name` (API reference): an evaluation body for such a task is 400.",
        _run_experiment_without_name,
    ),
    Quirk(
        "ST302",
        "A request on a resource just created answers 404 when its body names an item that "
        "does not exist (a `tag_ids` entry: 'Every tag must already exist', API reference; "
        "a task's `evaluator_id`, a binding's `role_id`: sandbox/_rules.REFERENCES); the "
        "problem names that item, but a 404 cannot say which resource it is about, so the "
        "check takes it for the resource.",
        _unknown_item_named_by_body,
    ),
)


@schemathesis.hook
def filter_failure(context: Any, failure: Failure, case: Case, response: Response) -> bool:
    """Keep every failure no quirk explains."""
    return not any(q.code == failure.code and q.matches(failure, case, response) for q in QUIRKS)
