"""The sandbox serving spec/spec.yaml: auth, routing, parameters, paging, knobs, serving, CLI.

The made-up operations of tests/fixtures (create, update, delete, nested and
polymorphic lists, cursors in POST bodies) are in test_sandbox_spec.py.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import httpx
import pytest

from aioarize.sandbox import (
    ASGIApp,
    SandboxApp,
    SandboxConfig,
    SandboxServer,
    add_sandbox_arguments,
    config_from_args,
    create_app,
    load_default_spec,
    run_sandbox,
    serve,
)
from aioarize.sandbox._spec import Schemas
from tests.sandbox_conformance import (
    ConformanceApp,
    ConformanceError,
    ManualClock,
    checked_apps,
    default_checker,
    openapi_to_json_schema,
    response_hook,
)

KEY = "sandbox-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
Item = dict[str, Any]
MakeApp = Callable[..., ConformanceApp]


@pytest.fixture
def make_app() -> Iterator[MakeApp]:
    """Build conformance-checked sandbox apps from config overrides."""
    with checked_apps(lambda **overrides: ConformanceApp(create_app(**overrides))) as make:
        yield make


def client(app: ASGIApp, headers: dict[str, str] | None = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://sandbox",
        headers=AUTH if headers is None else headers,
    )


async def collect(
    c: httpx.AsyncClient, resource: str, params: dict[str, Any] | None = None, limit: int = 100
) -> tuple[list[Item], int]:
    """Page through a list; return the items and how many pages were empty."""
    items: list[Item] = []
    empty_pages = 0
    query: dict[str, Any] = {**(params or {}), "limit": limit}
    for _ in range(10_000):
        response = await c.get(f"/v2/{resource}", params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body[resource]
        if not body[resource]:
            empty_pages += 1
        if not body["pagination"]["has_more"]:
            assert "next_cursor" not in body["pagination"]
            return items, empty_pages
        query["cursor"] = body["pagination"]["next_cursor"]
    raise AssertionError("paging did not terminate")


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"]
    return body


# -- auth, routing, parameters ----------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Basic {KEY}"},
        {"Authorization": "Bearer"},
    ],
    ids=["missing", "wrong-key", "wrong-scheme", "no-key"],
)
async def test_bad_credentials_are_401(
    sandbox_app: ConformanceApp, headers: dict[str, str]
) -> None:
    """Requests without the configured bearer key are refused with a 401 problem."""
    async with client(sandbox_app, headers) as c:
        for path in ("/v2/integrations", "/v2/tasks", "/v2/integrations/abc"):
            response = await c.get(path)
            assert_problem(response, 401)
            assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.anyio
async def test_bearer_scheme_is_case_insensitive(sandbox_app: ConformanceApp) -> None:
    """The auth scheme is matched case-insensitively, as RFC 9110 requires."""
    async with client(sandbox_app, {"Authorization": f"bearer {KEY}"}) as c:
        assert (await c.get("/v2/tasks")).status_code == 200


@pytest.mark.anyio
async def test_custom_api_key(make_app: MakeApp) -> None:
    """Only the configured API key is accepted."""
    async with client(make_app(api_key="k-123"), {"Authorization": "Bearer k-123"}) as c:
        assert (await c.get("/v2/tasks")).status_code == 200
    async with client(make_app(api_key="k-123")) as c:
        assert_problem(await c.get("/v2/tasks"), 401)


@pytest.mark.anyio
async def test_get_integration_matches_list_item(sandbox_app: ConformanceApp) -> None:
    """GET /v2/integrations/{id} returns exactly the item the list returns."""
    async with client(sandbox_app) as c:
        listed = (await c.get("/v2/integrations", params={"limit": 20})).json()["integrations"]
        for item in listed:
            response = await c.get(f"/v2/integrations/{item['id']}")
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/json"
            assert response.json() == item


@pytest.mark.anyio
async def test_each_operation_shows_an_item_in_its_own_schema(sandbox_app: ConformanceApp) -> None:
    """Evaluators list and update as Evaluator, get as EvaluatorWithVersion; shared fields agree."""
    async with client(sandbox_app) as c:
        listed = (await c.get("/v2/evaluators", params={"limit": 10})).json()["evaluators"]
        for item in listed:
            full = (await c.get(f"/v2/evaluators/{item['id']}")).json()
            assert "version" in full and "version" not in item
            assert {name: full.get(name) for name in item} == item
        path = f"/v2/evaluators/{listed[0]['id']}"
        patched = (await c.patch(path, json={"name": "Renamed"})).json()
        assert patched["updated_at"] > listed[0]["updated_at"]  # an update is dated now
        assert patched == {**listed[0], "name": "Renamed", "updated_at": patched["updated_at"]}
        assert (await c.get(path)).json()["name"] == "Renamed"
    assert sandbox_app.checked == 13  # each response valid in its own schema


@pytest.mark.anyio
async def test_unknown_integration_id_is_404(make_app: MakeApp) -> None:
    """IDs that are malformed, out of range or tampered with get a 404 problem."""
    async with client(make_app(integrations=30)) as c:
        real = (await c.get("/v2/integrations", params={"limit": 1})).json()["integrations"][0]
    async with client(make_app(integrations=50)) as c:
        listed = (await c.get("/v2/integrations", params={"limit": 50})).json()["integrations"]
    # An ID numbered past the 30 items the next sandbox has (its middle part is the number).
    beyond = next(i for i in listed if int(base64.b64decode(i["id"]).split(b":")[1]) > 30)
    text = base64.b64decode(real["id"]).decode()
    tampered = base64.b64encode(text[:-1].encode() + b"!").decode()
    async with client(make_app(integrations=30)) as c:
        for bad in ("nope", beyond["id"], tampered, "a%2Fb", "TGxtSW50ZWdyYXRpb246MDp4"):
            body = assert_problem(await c.get(f"/v2/integrations/{bad}"), 404)
            assert body["instance"].startswith("/v2/integrations/")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "path", ["/", "/v2", "/v2/integrations/", "/v2/tasks/abc/x", "/v1/tasks", "/v2/nowhere"]
)
async def test_unknown_path_is_404(sandbox_app: ConformanceApp, path: str) -> None:
    """Paths outside the spec get a 404 problem, authenticated or not."""
    async with client(sandbox_app) as c:
        assert_problem(await c.get(path), 404)


@pytest.mark.anyio
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
async def test_undeclared_method_is_405(sandbox_app: ConformanceApp, method: str) -> None:
    """Methods the spec does not declare on a path get a 405 problem listing the ones it does."""
    allowed = {
        "/v2/audit-logs": "GET",
        "/v2/monitors/abc": "GET",
        "/v2/integrations": "GET, POST",
        "/v2/tasks/abc": "DELETE, GET, PATCH",
    }
    async with client(sandbox_app) as c:
        for path, allow in allowed.items():
            if method in allow:
                continue
            response = await c.request(method, path)
            assert_problem(response, 405)
            assert response.headers["allow"] == allow


@pytest.mark.anyio
@pytest.mark.parametrize("limit", ["0", "101", "-1", "abc", "1.5", "", " 5", "1e2", "99999999999"])
async def test_bad_limit_is_400(sandbox_app: ConformanceApp, limit: str) -> None:
    """A limit outside 1..100 or not an integer gets a 400 problem."""
    async with client(sandbox_app) as c:
        for resource in ("integrations", "tasks"):
            body = assert_problem(await c.get(f"/v2/{resource}", params={"limit": limit}), 400)
            assert "limit" in body["detail"]


@pytest.mark.anyio
async def test_limit_bounds_and_default(sandbox_app: ConformanceApp) -> None:
    """Limits 1 and 100 are honoured and the default page size is 50."""
    async with client(sandbox_app) as c:
        for resource in ("integrations", "tasks"):
            for params, size in (({"limit": 1}, 1), ({"limit": 100}, 100), ({}, 50)):
                body = (await c.get(f"/v2/{resource}", params=params)).json()
                assert len(body[resource]) == size
                assert body["pagination"]["has_more"] is True


@pytest.mark.anyio
async def test_bad_filter_values_are_400(sandbox_app: ConformanceApp) -> None:
    """Unknown types, over-long searches and repeated parameters get a 400 problem."""
    async with client(sandbox_app) as c:
        cases: list[tuple[str, str]] = [
            ("/v2/integrations", "type=AGENT_X"),  # only with unknown_variants
            ("/v2/integrations", "type=llm"),  # values are case-sensitive
            ("/v2/tasks", "type=bogus"),
            ("/v2/tasks", "name=" + "x" * 256),
            ("/v2/integrations", "space_name=" + "x" * 256),
            ("/v2/tasks", "limit=5&limit=6"),
        ]
        for path, query in cases:
            assert_problem(await c.get(f"{path}?{query}"), 400)
        assert (await c.get("/v2/tasks", params={"name": "x" * 255})).status_code == 200


# -- filters -------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_integration_filters(make_app: MakeApp) -> None:
    """Filters naming an item field select by equality, ``name`` by substring (as documented)."""
    app = make_app(unknown_variants=True)
    cases: list[tuple[dict[str, str], Callable[[Item], bool]]] = [
        ({"type": "LLM"}, lambda i: i["type"] == "LLM"),
        ({"type": "AGENT_X"}, lambda i: i["type"] == "AGENT_X"),
        ({"name": "integration 1"}, lambda i: "integration 1" in i["name"].lower()),
        (
            {"type": "LLM", "name": "PRODUCTION"},
            lambda i: i["type"] == "LLM" and "production" in i["name"].lower(),
        ),
        ({"name": "no such name"}, lambda i: False),
        ({"name": ""}, lambda i: True),
    ]
    async with client(app) as c:
        everything, _ = await collect(c, "integrations")
        for params, predicate in cases:
            got, _ = await collect(c, "integrations", params, limit=37)
            expected = [i for i in everything if predicate(i)]
            assert got == expected, params
            assert 0 < len(got) < len(everything) or params in (
                {"name": "no such name"},
                {"name": ""},
            )
        # space_id / space_name name no integration field: accepted, not filtering.
        ignored, _ = await collect(c, "integrations", {"space_id": "U3BhY2U6OTk5"})
        assert ignored == everything


@pytest.mark.anyio
async def test_task_filters(sandbox_app: ConformanceApp) -> None:
    """Each task filter (and a combination) returns exactly the matching items."""
    async with client(sandbox_app) as c:
        everything, _ = await collect(c, "tasks")
        project = next(i["project_id"] for i in everything if i.get("project_id"))
        dataset = next(i["dataset_id"] for i in everything if i.get("dataset_id"))
        cases: list[tuple[dict[str, str], Callable[[Item], bool]]] = [
            ({"name": "task 1"}, lambda i: "task 1" in i["name"].lower()),
            ({"project_id": project}, lambda i: i.get("project_id") == project),
            ({"dataset_id": dataset}, lambda i: i.get("dataset_id") == dataset),
            ({"type": "CODE_EVALUATION"}, lambda i: i["type"] == "CODE_EVALUATION"),
            (
                {"type": "RUN_EXPERIMENT", "name": "nightly"},
                lambda i: i["type"] == "RUN_EXPERIMENT" and "nightly" in i["name"].lower(),
            ),
        ]
        for params, predicate in cases:
            got, _ = await collect(c, "tasks", params, limit=13)
            assert got == [i for i in everything if predicate(i)], params
            assert 0 < len(got) < len(everything), params
        for unknown in ({"project_id": "nope"}, {"dataset_id": "nope"}):
            assert (await collect(c, "tasks", unknown))[0] == []


# -- pagination ----------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("resource", ["integrations", "tasks"])
@pytest.mark.parametrize("empty_pages", [False, True])
async def test_paging_visits_every_item_once(
    make_app: MakeApp, resource: str, empty_pages: bool
) -> None:
    """Following cursors yields every item exactly once, in order (integrations newest first, as
    documented; tasks oldest first), even with empty pages."""
    app = make_app(integrations=301, tasks=301, empty_pages=empty_pages)
    async with client(app) as c:
        items, empty = await collect(c, resource, limit=7)
        ids = [i["id"] for i in items]
        assert len(ids) == len(set(ids)) == 301
        newest_first = resource == "integrations"
        created = [i["created_at"] for i in items]
        assert created == sorted(created, reverse=newest_first)
        if empty_pages:
            assert empty > 0
            filtered, _ = await collect(c, resource, {"name": "1"}, limit=5)
            assert [i for i in items if "1" in i["name"]] == filtered
        else:
            assert empty == 0


@pytest.mark.anyio
@pytest.mark.parametrize("sandbox_config", [{"empty_pages": True, "seed": 4}], indirect=True)
async def test_empty_page_still_advances(sandbox_app: ConformanceApp) -> None:
    """An empty page carries has_more and a cursor, and the next page is never empty."""
    async with client(sandbox_app) as c:
        query: dict[str, Any] = {"limit": 10}
        seen_empty = False
        while True:
            body = (await c.get("/v2/tasks", params=query)).json()
            if not body["tasks"]:
                seen_empty = True
                assert body["pagination"]["has_more"] is True
                follow = {**query, "cursor": body["pagination"]["next_cursor"]}
                assert (await c.get("/v2/tasks", params=follow)).json()["tasks"]
            if not body["pagination"]["has_more"]:
                break
            query["cursor"] = body["pagination"]["next_cursor"]
        assert seen_empty


@pytest.mark.anyio
async def test_cursor_is_bound_to_filters(sandbox_app: ConformanceApp) -> None:
    """A cursor is refused with 400 under other filters or on another list, not another limit."""
    async with client(sandbox_app) as c:
        first = (await c.get("/v2/tasks", params={"type": "RUN_EXPERIMENT", "limit": 5})).json()
        cursor = first["pagination"]["next_cursor"]
        for path, params in (
            ("/v2/tasks", {"type": "CODE_EVALUATION"}),
            ("/v2/tasks", {}),
            ("/v2/tasks", {"type": "RUN_EXPERIMENT", "name": "x"}),
            ("/v2/tasks", {"type": "RUN_EXPERIMENT", "space_name": "x"}),  # ignored, yet bound
            ("/v2/integrations", {}),
        ):
            body = assert_problem(await c.get(path, params={**params, "cursor": cursor}), 400)
            assert "cursor" in body["detail"]
        same = {"type": "RUN_EXPERIMENT", "cursor": cursor, "limit": 9}
        second = (await c.get("/v2/tasks", params=same)).json()["tasks"]
        assert len(second) == 9
        assert second[0]["id"] not in {t["id"] for t in first["tasks"]}


@pytest.mark.anyio
@pytest.mark.parametrize(
    "cursor",
    [
        "garbage!",
        "e30",  # {}
        base64.urlsafe_b64encode(b'{"o":-1,"s":"x","e":0}').decode(),
        base64.urlsafe_b64encode(b"[1,2]").decode(),
    ],
)
async def test_malformed_cursor_is_400(sandbox_app: ConformanceApp, cursor: str) -> None:
    """Cursors the sandbox did not issue get a 400 problem."""
    async with client(sandbox_app) as c:
        assert_problem(await c.get("/v2/integrations", params={"cursor": cursor}), 400)


# -- throttling and faults -----------------------------------------------------------------


@pytest.mark.anyio
async def test_rate_limit_answers_429_with_retry_after(make_app: MakeApp) -> None:
    """Beyond the rate a 429 carries Retry-After, the whole seconds until a token is back."""
    clock = ManualClock()
    app = make_app(rate_limit=0.5, clock=clock)  # one request per 2 s, burst 1
    async with client(app) as c:
        assert (await c.get("/v2/tasks")).status_code == 200
        response = await c.get("/v2/tasks")
        assert_problem(response, 429)
        assert response.headers["retry-after"] == "2"
        clock.now += 1.2
        assert (await c.get("/v2/integrations")).headers["retry-after"] == "1"
        clock.now += 0.8
        assert (await c.get("/v2/tasks")).status_code == 200
        # Refused requests spend no tokens; unauthenticated ones are not counted.
        assert_problem(await c.get("/v2/tasks", headers={"Authorization": "Bearer x"}), 401)
        clock.now += 2
        assert (await c.get("/v2/tasks")).status_code == 200


@pytest.mark.anyio
async def test_rate_limit_burst_is_the_rate(make_app: MakeApp) -> None:
    """With rate R the bucket holds R requests, refilled at R per second."""
    clock = ManualClock()
    async with client(make_app(rate_limit=3, clock=clock)) as c:
        statuses = [(await c.get("/v2/tasks")).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        clock.now += 1 / 3
        assert (await c.get("/v2/tasks")).status_code == 200
        assert (await c.get("/v2/tasks")).status_code == 429


@pytest.mark.anyio
async def test_fail_rate_one_fails_everything(make_app: MakeApp) -> None:
    """With fail_rate=1 every authenticated request gets a 503 problem."""
    app = make_app(fail_rate=1.0)
    async with client(app) as c:
        for path in ("/v2/integrations", "/v2/tasks", "/v2/integrations/x"):
            assert_problem(await c.get(path), 503)
    async with client(app, {}) as c:
        assert_problem(await c.get("/v2/tasks"), 401)


@pytest.mark.anyio
async def test_fail_rate_is_seeded(make_app: MakeApp) -> None:
    """The same seed fails the same requests; the share roughly matches fail_rate."""

    async def statuses(seed: int) -> list[int]:
        async with client(make_app(fail_rate=0.3, seed=seed)) as c:
            return [(await c.get("/v2/tasks", params={"limit": 1})).status_code for _ in range(60)]

    first, again, other = await statuses(7), await statuses(7), await statuses(8)
    assert first == again != other
    assert set(first) == {200, 503}
    assert 5 <= first.count(503) <= 35


@pytest.mark.anyio
async def test_latency_is_added(make_app: MakeApp) -> None:
    """latency_ms delays every response by at least that long."""
    async with client(make_app(latency_ms=40)) as c:
        started = time.perf_counter()
        await c.get("/v2/tasks", params={"limit": 1})
        assert time.perf_counter() - started >= 0.04


# -- data ------------------------------------------------------------------------------------


# A discriminated union, named by its property and known values (inline ones have no name).
UnionKey = tuple[str, frozenset[str]]
SPEC_SCHEMAS = load_default_spec()["components"]["schemas"]


def _known(union: str) -> set[str]:
    return set(SPEC_SCHEMAS[union]["discriminator"]["mapping"])


def _reachable_unions(
    schemas: Schemas, node: Any, found: set[UnionKey], done: set[str] | None = None
) -> set[UnionKey]:
    """Every discriminated union an instance of ``node`` can hold, at any depth."""
    done = set() if done is None else done
    name = Schemas.ref_name(node)
    if name is not None:
        if name in done:
            return found
        done.add(name)
    node = schemas.resolve(node)
    union = schemas.union(node)
    if union is not None:
        found.add((union.prop, frozenset(union.values)))
        for variant in union.values.values():
            _reachable_unions(schemas, variant, found, done)
        return found
    for branch in [*node.get("allOf", []), *(node.get("oneOf") or node.get("anyOf") or [])]:
        _reachable_unions(schemas, branch, found, done)
    for prop in node.get("properties", {}).values():
        if not schemas.resolve(prop).get("writeOnly"):
            _reachable_unions(schemas, prop, found, done)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            _reachable_unions(schemas, node[key], found, done)
    return found


def _discriminators(
    schemas: Schemas, node: Any, value: Any, seen: dict[UnionKey, set[Any]]
) -> dict[UnionKey, set[Any]]:
    """The discriminator values ``value`` (an instance of ``node``) holds, by union."""
    node = schemas.resolve(node)
    union = schemas.union(node)
    if union is not None:
        if isinstance(value, dict):
            tag = value.get(union.prop)
            seen.setdefault((union.prop, frozenset(union.values)), set()).add(tag)
            if isinstance(tag, str) and tag in union.values:
                _discriminators(schemas, union.values[tag], value, seen)
        return seen
    for branch in node.get("oneOf") or node.get("anyOf") or []:
        _discriminators(schemas, branch, value, seen)
    if isinstance(value, dict):
        flat = schemas.flat_object(node)
        for key, item in value.items():
            if key in flat.properties:
                _discriminators(schemas, flat.properties[key], item, seen)
            elif isinstance(flat.additional, dict):
                _discriminators(schemas, flat.additional, item, seen)
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for item in value:
            _discriminators(schemas, node["items"], item, seen)
    return seen


def _has_unknown_variant(schemas: Schemas, schema: Any, item: Item) -> bool:
    seen = _discriminators(schemas, schema, item, {})
    return any(values - key[1] for key, values in seen.items())


def test_seed_data_covers_every_variant_of_every_union() -> None:
    """Every collection's default seed items show every variant of every union they can hold."""
    app = create_app()
    schemas = app.spec.schemas
    reachable: set[UnionKey] = set()
    seen: dict[UnionKey, set[Any]] = {}
    for collection in app.spec.collections.values():
        _reachable_unions(schemas, collection.item_schema, reachable)
        target = app.store.canonical(collection)  # an alias's items are its target's
        instance = app.store.instance(target, ["parent"] * target.depth)
        for slot in instance.slots():
            _discriminators(schemas, collection.item_schema, instance.item(slot), seen)
    assert len(reachable) > 10  # integration types, LLM providers, run configurations...
    assert {key: key[1] - seen.get(key, set()) for key in reachable} == {
        key: set() for key in reachable
    }
    assert all(values <= key[1] for key, values in seen.items())  # nothing unknown by default


@pytest.mark.anyio
async def test_seed_data_has_every_type_and_nulls(sandbox_app: ConformanceApp) -> None:
    """Tasks and integrations show every type, and nulls and absences where the spec allows."""
    async with client(sandbox_app) as c:
        tasks, _ = await collect(c, "tasks")
        integrations, _ = await collect(c, "integrations")
    assert {t["type"] for t in tasks} == set(SPEC_SCHEMAS["TaskType"]["enum"])
    runs = {(t.get("run_configuration") or {}).get("experiment_type") for t in tasks}
    assert runs == {None, *_known("RunConfiguration")}
    assert any(t.get("run_configuration", 0) is None for t in tasks)
    assert any("run_configuration" not in t for t in tasks)  # optional: sometimes left out
    assert any(t["last_run_at"] is None for t in tasks)
    assert any(t["created_by_user_id"] is None for t in tasks)
    assert {i["type"] for i in integrations} == _known("Integration")
    providers = {i["config"]["provider"] for i in integrations if i["type"] == "LLM"}
    assert providers == _known("LlmConfig")
    scopings = [s for i in integrations for s in i["scopings"]]
    assert any(s.get("space_id") is None for s in scopings)
    assert any(isinstance(s.get("space_id"), str) for s in scopings)
    assert any(not i["scopings"] for i in integrations)
    # Required by some integration type, hence in every integration.
    assert all(i["name"] and i["created_at"] for i in integrations)
    assert len({i["name"] for i in integrations}) == len(integrations)
    assert len({i["id"] for i in integrations}) == len(integrations)
    assert sandbox_app.exempted == 0


@pytest.mark.anyio
@pytest.mark.parametrize("sandbox_config", [{"unknown_variants": True}], indirect=True)
async def test_unknown_variants(sandbox_app: ConformanceApp) -> None:
    """unknown_variants puts unlisted discriminator values in every union: type, provider, run."""
    async with client(sandbox_app) as c:
        tasks, _ = await collect(c, "tasks")
        integrations, _ = await collect(c, "integrations")
        agents, _ = await collect(c, "integrations", {"type": "AGENT_X"})
    agent = [i for i in integrations if i["type"] == "AGENT_X"]
    provider = [
        i for i in integrations if i["type"] == "LLM" and i["config"]["provider"] == "AGENT_X"
    ]
    agent_run = [
        t for t in tasks if (t.get("run_configuration") or {}).get("experiment_type") == "AGENT_X"
    ]
    assert agent and provider and agent_run
    assert agents == agent
    assert all(isinstance(i["experimental_setting"], int) for i in agent)
    assert len(integrations) == len(tasks) == 250
    # Listed twice (all, then type=AGENT_X): the conformance wrapper let through exactly
    # the items holding an unknown variant somewhere.
    assert isinstance(sandbox_app.app, SandboxApp)
    schemas = sandbox_app.app.spec.schemas
    unknown = [
        item
        for schema, items in (("Integration", integrations), ("Task", tasks))
        for item in items
        if _has_unknown_variant(schemas, {"$ref": f"#/components/schemas/{schema}"}, item)
    ]
    assert len(unknown) >= len(agent) + len(provider) + len(agent_run)
    assert sandbox_app.exempted == len(unknown) + len(agent)


@pytest.mark.anyio
async def test_timestamps_are_rfc3339_utc(sandbox_app: ConformanceApp) -> None:
    """Date-times are RFC 3339 in UTC with a Z, and updated_at never precedes created_at."""
    async with client(sandbox_app) as c:
        for resource in ("tasks", "integrations"):
            for item in (await c.get(f"/v2/{resource}", params={"limit": 100})).json()[resource]:
                assert item["created_at"].endswith("Z") and item["updated_at"].endswith("Z")
                assert item["created_at"] < item["updated_at"]
                if item.get("last_run_at"):
                    assert item["updated_at"] < item["last_run_at"]


@pytest.mark.anyio
async def test_data_is_deterministic_per_seed(make_app: MakeApp) -> None:
    """The same seed serves identical data; another seed changes the IDs."""

    async def page(seed: int) -> Any:
        # A fixed start time: by default seed data is dated before the current hour.
        async with client(make_app(seed=seed, now=1_800_000_000)) as c:
            return (await c.get("/v2/tasks", params={"limit": 100})).json()

    assert await page(1) == await page(1)
    assert (await page(1))["tasks"][0]["id"] != (await page(2))["tasks"][0]["id"]


@pytest.mark.anyio
async def test_hundred_thousand_items(make_app: MakeApp) -> None:
    """100k integrations and tasks serve pages, filters and lookups (timing is reported)."""
    started = time.perf_counter()
    app = make_app(integrations=100_000, tasks=100_000)
    async with client(app) as c:
        created = time.perf_counter()
        first = (await c.get("/v2/tasks", params={"limit": 100})).json()
        assert len(first["tasks"]) == 100 and first["pagination"]["has_more"]
        page = time.perf_counter()
        last = (await c.get("/v2/integrations", params={"name": "integration 100000"})).json()
        assert [i["name"][-6:] for i in last["integrations"]] == ["100000"]
        found = await c.get(f"/v2/integrations/{last['integrations'][0]['id']}")
        assert found.json() == last["integrations"][0]
        typed = (await c.get("/v2/tasks", params={"type": "CODE_EVALUATION"})).json()
        assert {t["type"] for t in typed["tasks"]} == {"CODE_EVALUATION"}
        cursor = typed["pagination"]["next_cursor"]
        more = {"type": "CODE_EVALUATION", "cursor": cursor}
        assert len((await c.get("/v2/tasks", params=more)).json()["tasks"]) == 50
        done = time.perf_counter()
    print(
        f"100k: create {1e3 * (created - started):.1f} ms, first page "
        f"{1e3 * (page - created):.1f} ms, filters+lookups {1e3 * (done - page):.0f} ms"
    )


def test_config_is_validated() -> None:
    """Impossible settings are refused when the config is built."""
    for bad in (
        {"fail_rate": 1.5},
        {"fail_rate": -0.1},
        {"rate_limit": 0},
        {"latency_ms": -1},
        {"integrations": -1},
        {"tasks": 2.5},
        {"items": -1},
        {"sizes": {"tasks": True}},
        {"api_key": ""},
        {"api_key": "a b"},
    ):
        with pytest.raises(ValueError):
            SandboxConfig(**bad)


def test_sizes_must_name_collections() -> None:
    """A size for a collection the spec lacks is refused when the app is built."""
    with pytest.raises(ValueError, match="galaxies"):
        create_app(sizes={"galaxies": 3})
    app = create_app(sizes={"tasks": 3}, integrations=4)
    assert app.store.size(app.collection("tasks")) == 3
    assert app.store.size(app.collection("integrations")) == 4


def test_create_app_applies_overrides() -> None:
    """Keyword overrides replace fields of the given (or default) config."""
    base = SandboxConfig(seed=3, tasks=10)
    assert create_app(base, tasks=20).config == SandboxConfig(seed=3, tasks=20)
    assert create_app(seed=5).config == SandboxConfig(seed=5)
    assert create_app().config == SandboxConfig()


# -- conformance checker ---------------------------------------------------------------------


def fixed_app(status: int, body: Any, content_type: str = "application/json") -> ASGIApp:
    """An ASGI app answering every request with the given response."""
    data = json.dumps(body).encode()

    async def app(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return  # no lifespan support, like many small apps
        headers = [(b"content-type", content_type.encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": data})

    return app


PROBLEM = {"status": 400, "title": "Bad", "detail": "d"}
INTEGRATION = {
    "id": "x",
    "type": "LLM",
    "name": "n",
    "scopings": [],
    "created_at": "2026-02-13T21:27:19.055Z",
    "updated_at": "2026-02-13T21:27:19.279Z",
    "created_by_user_id": "u",
    "config": {
        "provider": "OPEN_AI",
        "has_api_key": True,
        "is_default_models_enabled": True,
        "is_function_calling_enabled": False,
    },
}


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("path", "status", "body", "content_type"),
    [
        ("/v2/tasks", 400, {**PROBLEM, "extra": 1}, "application/problem+json"),
        ("/v2/tasks", 400, PROBLEM, "application/json"),
        ("/v2/tasks", 400, {**PROBLEM, "status": 404}, "application/problem+json"),
        ("/v2/tasks", 500, {**PROBLEM, "status": 500}, "application/problem+json"),
        ("/v2/tasks", 200, {"tasks": [], "pagination": {"has_more": True}}, "application/json"),
        ("/v2/tasks", 200, {"tasks": [], "pagination": {}}, "application/json"),
        ("/v2/integrations/x", 200, {**INTEGRATION, "created_at": "yesterday"}, "application/json"),
        ("/v2/integrations/x", 200, {**INTEGRATION, "type": "agent"}, "application/json"),
        (
            "/v2/integrations/x",
            200,
            {**INTEGRATION, "config": {**INTEGRATION["config"], "provider": "anthropic"}},  # type: ignore[dict-item]
            "application/json",
        ),
        ("/v2/integrations/x", 429, {**PROBLEM, "status": 429}, "application/problem+json"),
        ("/v2/nowhere", 200, {}, "application/json"),
    ],
)
async def test_conformance_rejects_bad_responses(
    path: str, status: int, body: Any, content_type: str
) -> None:
    """Responses off the spec (or unknown variants when not allowed) fail the request."""
    app = ConformanceApp(fixed_app(status, body, content_type), unknown_variants=False)
    async with client(app) as c:
        with pytest.raises(ConformanceError):
            await c.get(path)
    assert len(app.failures) == 1
    with pytest.raises(ConformanceError):
        app.assert_conforming()


@pytest.mark.anyio
async def test_conformance_accepts_good_and_exempts_only_unknown(make_app: MakeApp) -> None:
    """Spec examples pass; with unknown_variants only unknown items are exempted."""
    good = ConformanceApp(fixed_app(200, INTEGRATION))
    async with client(good) as c:
        assert (await c.get("/v2/integrations/x")).status_code == 200
    assert (good.checked, good.exempted) == (1, 0)
    agent = {**INTEGRATION, "type": "AGENT_X", "config": {"anything": 1}}
    lenient = ConformanceApp(fixed_app(200, agent), unknown_variants=True)
    async with client(lenient) as c:
        assert (await c.get("/v2/integrations/x")).status_code == 200
    assert lenient.exempted == 1
    # An unknown item must still carry a string discriminator.
    broken = ConformanceApp(fixed_app(200, {**agent, "type": 5}), unknown_variants=True)
    async with client(broken) as c:
        with pytest.raises(ConformanceError):
            await c.get("/v2/integrations/x")


def test_nullable_translation() -> None:
    """OpenAPI nullable (also beside allOf) becomes a JSON Schema that admits null."""
    schema = openapi_to_json_schema({"type": "object", "nullable": True, "allOf": [{}]})
    assert schema == {"anyOf": [{"type": "null"}, {"type": "object", "allOf": [{}]}]}
    checker = default_checker()
    task = {
        "id": "t",
        "name": "n",
        "type": "CODE_EVALUATION",
        "is_continuous": False,
        "query_filter": None,
        "evaluators": [],
        "experiment_ids": [],
        "run_configuration": None,
        "last_run_at": None,
        "created_at": "2026-02-20T10:00:00Z",
        "updated_at": "2026-02-20T10:00:00.500+00:00",
        "created_by_user_id": None,
    }
    checker.validate("Task", task, "task")
    with pytest.raises(ConformanceError):
        checker.validate("Task", {**task, "run_configuration": {"experiment_type": "x"}}, "t")


# -- serving on loopback ---------------------------------------------------------------------


def test_serve_on_loopback_and_stop_cleanly() -> None:
    """serve() binds a free port, answers real HTTP and leaves no thread behind."""
    threads = set(threading.enumerate())
    app = ConformanceApp(create_app(tasks=5))
    config = SandboxConfig(tasks=5)
    with serve(config, app=app) as server:
        assert server.port != 0
        assert server.base_url == f"http://127.0.0.1:{server.port}"
        assert server.config is config
        with httpx.Client(base_url=server.base_url, headers=AUTH) as c:
            assert len(c.get("/v2/tasks").json()["tasks"]) == 5
            assert c.get("/v2/tasks", headers={"Authorization": ""}).status_code == 401
    # Threads other tests left (trio's idle workers) may end meanwhile: none may be added.
    assert set(threading.enumerate()) <= threads
    assert app.checked == 2
    with pytest.raises(httpx.ConnectError), httpx.Client() as c:
        c.get(f"{server.base_url}/v2/tasks")


@pytest.mark.anyio
@pytest.mark.parametrize("sandbox_config", [{"integrations": 12}], indirect=True)
async def test_sandbox_server_fixture(sandbox_server: SandboxServer) -> None:
    """The sandbox_server fixture serves the configured sandbox to async clients."""
    async with httpx.AsyncClient(base_url=sandbox_server.base_url, headers=AUTH) as c:
        items = (await c.get("/v2/integrations", params={"limit": 100})).json()["integrations"]
        assert len(items) == 12
        assert (await c.get(f"/v2/integrations/{items[-1]['id']}")).json() == items[-1]


@pytest.mark.anyio
async def test_response_hook_checks_client_side() -> None:
    """The httpx response hook passes sandbox responses and rejects off-spec ones."""
    hooks = {"response": [response_hook()]}
    good = httpx.ASGITransport(app=create_app(tasks=2))
    async with httpx.AsyncClient(transport=good, base_url="http://s", event_hooks=hooks) as c:
        assert (await c.get("/v2/tasks", headers=AUTH)).status_code == 200
        assert (await c.get("/v2/tasks")).status_code == 401
    bad = httpx.ASGITransport(app=fixed_app(200, {"tasks": []}))
    async with httpx.AsyncClient(transport=bad, base_url="http://s", event_hooks=hooks) as c:
        with pytest.raises(ConformanceError):
            await c.get("/v2/tasks")


def test_non_conforming_response_over_loopback_is_recorded() -> None:
    """Over a real server a bad response becomes a 500 and fails assert_conforming."""
    app = ConformanceApp(fixed_app(200, {"nope": True}))
    with serve(app=app) as server, httpx.Client(base_url=server.base_url) as c:
        assert c.get("/v2/tasks").status_code == 500
    assert len(app.failures) == 1
    with pytest.raises(ConformanceError):
        app.assert_conforming()


def test_port_in_use_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A taken port raises from serve() and makes run_sandbox exit 1 with a message."""
    with serve() as server:
        with pytest.raises(OSError), serve(port=server.port):
            pass
        assert run_sandbox(parse("--port", str(server.port))) == 1
    assert "cannot serve" in capsys.readouterr().err


# -- command line ----------------------------------------------------------------------------


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_sandbox_arguments(parser)
    return parser.parse_args(argv)


def test_cli_defaults_match_config_defaults() -> None:
    """No flags means the default config on 127.0.0.1 with a free port."""
    namespace = parse()
    assert (namespace.host, namespace.port) == ("127.0.0.1", 0)
    assert config_from_args(namespace) == SandboxConfig()


def test_cli_flags_map_to_config() -> None:
    """Every sandbox flag lands in the matching config field."""
    namespace = parse(
        *("--host", "0.0.0.0", "--port", "8080", "--api-key", "k", "--integrations", "7"),
        *("--tasks", "9", "--unknown-variants", "--rate-limit", "2.5", "--latency-ms", "3"),
        *("--items", "5", "--size", "datasets/examples=2"),
        *("--fail-rate", "0.25", "--empty-pages", "--seed", "11"),
        *("--now", "1800000000", "--run-seconds", "7.5"),
    )
    assert (namespace.host, namespace.port) == ("0.0.0.0", 8080)
    assert config_from_args(namespace) == SandboxConfig(
        api_key="k",
        items=5,
        sizes={"integrations": 7, "tasks": 9, "datasets/examples": 2},
        unknown_variants=True,
        rate_limit=2.5,
        latency_ms=3,
        fail_rate=0.25,
        empty_pages=True,
        seed=11,
        now=1_800_000_000,
        run_seconds=7.5,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["--fail-rate", "1.5"],
        ["--rate-limit", "0"],
        ["--tasks", "-1"],
        ["--size", "tasks"],
        ["--size", "tasks=-2"],
        ["--port", "70000"],
        ["--latency-ms", "nan"],
        ["--api-key", ""],
        ["--run-seconds", "-1"],
        ["--now", "inf"],
    ],
)
def test_cli_rejects_bad_values(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Bad flag values are usage errors, not tracebacks."""
    with pytest.raises(SystemExit) as exc:
        parse(*argv)
    assert exc.value.code == 2
    assert "error" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal semantics")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_python_m_sandbox_serves_until_signalled(stop: signal.Signals) -> None:
    """``python -m aioarize.sandbox`` prints its URL, serves, and exits 0 on SIGTERM or Ctrl-C."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        [sys.executable, "-m", "aioarize.sandbox", "--tasks", "3", "--api-key", "cli-key"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline().strip()
            prefix = "aioarize sandbox listening on http://127.0.0.1:"
            assert line.startswith(prefix) and line.endswith(" (api key: cli-key)"), line
            base_url = line.split()[4]
            headers = {"Authorization": "Bearer cli-key"}
            # Generous bounds: a loaded CI machine is slow to start the process's first request.
            with httpx.Client(base_url=base_url, headers=headers, timeout=60) as c:
                response = c.get("/v2/tasks")
                default_checker().check_httpx(response)
                assert len(response.json()["tasks"]) == 3
            proc.send_signal(stop)
            assert proc.wait(timeout=60) == 0
            assert proc.stderr is not None
            assert proc.stderr.read() == ""
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
