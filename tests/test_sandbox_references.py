"""Referential integrity in the sandbox, through the aioarize client over loopback: every
request field that ``_rules.REFERENCES`` says names a stored item is refused with 404 when
no such item exists, and then nothing is stored; naming an existing item works.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest

from aioarize import AsyncArize, NotFoundError
from aioarize.sandbox import SandboxConfig, SandboxServer, serve
from aioarize.sandbox._rules import REFERENCES
from tests.sandbox_conformance import ManualClock

NOW = 1_800_000_000.0  # 2027-01-15T08:00:00Z
MISSING = "no-such-item"
Body = dict[str, Any]
#: Collection -> the ID of one of its items (the first listed).
Ids = dict[str, str]
pytestmark = pytest.mark.anyio


class Case(NamedTuple):
    """How to make one operation's request, and where what it would store shows."""

    call: Callable[[AsyncArize, Ids, Body], Awaitable[object]]
    #: A valid body naming existing items, for the field under test.
    body: Callable[[Ids, str], Body]
    #: The (method, path) whose answer changes if the operation stores anything.
    shown: Callable[[Ids], tuple[str, str]]


def _llm_config(ids: Ids) -> Body:
    return {
        "ai_integration_id": ids["ai-integrations"],
        "model_name": "gpt-4o",
        "invocation_parameters": {},
        "provider_parameters": {},
    }


def _template_version(ids: Ids) -> Body:
    config = {
        "name": "correct",
        "template": "Is {output} correct?",
        "include_explanations": False,
        "use_function_calling": False,
        "llm_config": _llm_config(ids),
    }
    return {"commit_message": "first", "template_config": config}


def _run_configuration(ids: Ids) -> Body:
    return {
        "experiment_type": "LLM_GENERATION",
        "ai_integration_id": ids["ai-integrations"],
        "messages": [{"role": "USER", "content": "Say {input}"}],
        "input_variable_format": "F_STRING",
    }


def _task(ids: Ids, field: str) -> Body:
    if field.startswith("run_configuration"):
        return {
            "name": "generate",
            "type": "RUN_EXPERIMENT",
            "dataset_id": ids["datasets"],
            "run_configuration": _run_configuration(ids),
        }
    return {
        "name": "judge",
        "type": "TEMPLATE_EVALUATION",
        "project_id": ids["projects"],
        "dataset_id": ids["datasets"],
        "experiment_ids": [ids["experiments"]],
        "evaluators": [{"evaluator_id": ids["evaluators"]}],
    }


def _task_update(ids: Ids, field: str) -> Body:
    if field.startswith("run_configuration"):
        return {"run_configuration": _run_configuration(ids)}
    return {"evaluators": [{"evaluator_id": ids["evaluators"]}]}


def _member(ids: Ids, field: str) -> Body:
    return {"user_id": ids["users"], "role": {"type": "PREDEFINED", "name": "MEMBER"}}


def _listed(path: str) -> Callable[[Ids], tuple[str, str]]:
    return lambda ids: ("GET", path)


CASES: dict[str, Case] = {
    "add_organization_user": Case(
        lambda c, ids, body: c.organizations.add_user(ids["organizations"], body=body),
        _member,
        lambda ids: ("DELETE", f"/v2/organizations/{ids['organizations']}/users/{MISSING}"),
    ),
    "add_space_user": Case(
        lambda c, ids, body: c.spaces.add_user(ids["spaces"], body=body),
        _member,
        lambda ids: ("DELETE", f"/v2/spaces/{ids['spaces']}/users/{MISSING}"),
    ),
    "create_role_binding": Case(
        lambda c, ids, body: c.role_bindings.create(body=body),
        lambda ids, field: {
            "role_id": ids["roles"],
            "user_id": ids["users"],
            "resource_type": "PROJECT",
            "resource_id": ids["projects"],
        },
        _listed("/v2/role-bindings?resource_type=PROJECT"),
    ),
    "update_role_binding": Case(
        lambda c, ids, body: c.role_bindings.update(ids["role-bindings"], body=body),
        lambda ids, field: {"role_id": ids["roles"]},
        lambda ids: ("GET", f"/v2/role-bindings/{ids['role-bindings']}"),
    ),
    "create_task": Case(
        lambda c, ids, body: c.tasks.create(body=body), _task, _listed("/v2/tasks")
    ),
    "update_task": Case(
        lambda c, ids, body: c.tasks.update(ids["tasks"], body=body),
        _task_update,
        lambda ids: ("GET", f"/v2/tasks/{ids['tasks']}"),
    ),
    "create_experiment": Case(
        lambda c, ids, body: c.experiments.create(body=body),
        lambda ids, field: {
            "name": "references",
            "dataset_id": ids["datasets"],
            "experiment_runs": [{"output": "4"}],
        },
        _listed("/v2/experiments"),
    ),
    "create_evaluator": Case(
        lambda c, ids, body: c.evaluators.create(body=body),
        lambda ids, field: {
            "space_id": "space-1",
            "name": "correctness",
            "type": "TEMPLATE",
            "version": _template_version(ids),
        },
        _listed("/v2/evaluators"),
    ),
    "create_evaluator_version": Case(
        lambda c, ids, body: c.evaluators.create_version(ids["evaluators"], body=body),
        lambda ids, field: _template_version(ids),
        lambda ids: ("GET", f"/v2/evaluators/{ids['evaluators']}/versions"),
    ),
    "create_webhook_subscription": Case(
        lambda c, ids, body: c.webhooks.create_subscription(body=body),
        lambda ids, field: {
            "webhook_id": ids["webhooks"],
            "source_type": "SPACE",
            "source_id": "space-1",
            "event": "PROMPT_VERSION_CREATED",
        },
        _listed("/v2/webhook-subscriptions"),
    ),
}

RULES = [(op, field) for op, fields in REFERENCES.items() for field in fields]


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    """A sandbox on loopback, dated at NOW, with few seed items."""
    with serve(SandboxConfig(items=4, now=NOW, clock=ManualClock())) as running:
        yield running


async def _ids(http: httpx.AsyncClient) -> Ids:
    """The first listed item of every collection the cases name (path items included)."""
    wanted = {c for fields in REFERENCES.values() for c in fields.values()}
    wanted |= {"organizations", "spaces", "role-bindings", "tasks"}
    ids: Ids = {}
    for name in sorted(wanted):
        params: dict[str, str | int] = {"limit": 1}
        if name == "role-bindings":  # its list needs a resource_type
            params["resource_type"] = "PROJECT"
        response = await http.get(f"/v2/{name}", params=params)
        assert response.status_code == 200, response.text
        ids[name] = str(response.json()[name.replace("-", "_")][0]["id"])
    return ids


async def _shown(http: httpx.AsyncClient, method: str, path: str) -> tuple[int, Any]:
    response = await http.request(method, path, params={"limit": 100} if "?" not in path else None)
    return response.status_code, response.json() if response.content else None


def _replace(body: Any, path: list[str], value: str) -> int:
    """Set the IDs at ``path`` (through arrays) to ``value``; how many were set."""
    if isinstance(body, list):
        return sum(_replace(element, path, value) for element in body)
    if not isinstance(body, dict) or path[0] not in body:
        return 0
    if len(path) > 1:
        return _replace(body[path[0]], path[1:], value)
    body[path[0]] = [value] if isinstance(body[path[0]], list) else value
    return 1


def test_every_rule_is_documented_and_has_a_case() -> None:
    """Each operation in REFERENCES documents 404 in the spec, and each has a case here."""
    spec_path = Path(__file__).parents[1] / "generated/aioarize_facade/openapi.json"
    spec = json.loads(spec_path.read_text())
    responses = {
        op["operationId"]: op["responses"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    for operation_id in REFERENCES:
        assert "404" in responses[operation_id], operation_id
    assert set(CASES) == set(REFERENCES)


@pytest.mark.parametrize(("operation_id", "field"), RULES)
async def test_a_missing_reference_is_404_and_stores_nothing(
    server: SandboxServer, operation_id: str, field: str
) -> None:
    """No item named in the field: 404 naming the ID, nothing stored; an existing one works."""
    case = CASES[operation_id]
    headers = {"Authorization": f"Bearer {server.config.api_key}"}
    async with (
        httpx.AsyncClient(base_url=server.base_url, headers=headers) as http,
        AsyncArize(server.config.api_key, base_url=server.base_url) as client,
    ):
        ids = await _ids(http)
        shown = case.shown(ids)
        before = await _shown(http, *shown)
        refused = case.body(ids, field)
        assert _replace(refused, field.split("."), MISSING) >= 1
        with pytest.raises(NotFoundError, match=MISSING):
            await case.call(client, ids, refused)
        assert await _shown(http, *shown) == before
        await case.call(client, ids, case.body(ids, field))
