"""The sandbox serves operations it never saw: spec/spec.yaml plus tests/fixtures' made-up ones.

Nothing under src/ names these operations; every response is checked against
the extended spec.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from normalize import normalize

from aioarize.sandbox import SandboxApp, create_app, load_default_spec
from aioarize.sandbox._generate import Context
from aioarize.sandbox._rules import BODY_PARENTS, CHILDREN, NAMED_ITEMS
from aioarize.sandbox._spec import Collection, Operation
from aioarize.sandbox._validate import Invalid, Validator
from tests.sandbox_conformance import (
    SPEC_PATH,
    ConformanceApp,
    ConformanceChecker,
    asgi_client,
    checked_apps,
)

EXTRA = Path(__file__).parent / "fixtures" / "sandbox_extra_operations.yaml"
AUTH = {"Authorization": "Bearer sandbox-key"}
Item = dict[str, Any]
MakeApp = Callable[..., ConformanceApp]
pytestmark = pytest.mark.anyio


def extended_spec() -> dict[str, Any]:
    """spec/spec.yaml with the fixture's paths and components added, normalized."""
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    extra = yaml.safe_load(EXTRA.read_text(encoding="utf-8"))
    merged = copy.deepcopy(document)
    merged["paths"].update(extra["paths"])
    for section, entries in extra["components"].items():
        merged["components"].setdefault(section, {}).update(entries)
    result: dict[str, Any] = normalize(merged)
    return result


SPECS = {"shipped": load_default_spec(), "extended": extended_spec()}


@pytest.fixture
def make_app() -> Iterator[MakeApp]:
    """Conformance-checked sandboxes of a given spec (default: the extended one)."""

    def build(spec: str = "extended", **overrides: Any) -> ConformanceApp:
        document = SPECS[spec]
        app = create_app(spec=document, **overrides)
        return ConformanceApp(app, checker=ConformanceChecker(document))

    with checked_apps(build) as make:
        yield make


def client(app: ConformanceApp) -> httpx.AsyncClient:
    return asgi_client(app, AUTH)


async def collect(c: httpx.AsyncClient, path: str, key: str, **params: Any) -> list[Item]:
    items: list[Item] = []
    query = dict(params)
    while True:
        body = (await c.get(path, params=query)).raise_for_status().json()
        items += body[key]
        if not body["pagination"]["has_more"]:
            return items
        query["cursor"] = body["pagination"]["next_cursor"]


def sandbox(app: ConformanceApp) -> SandboxApp:
    assert isinstance(app.app, SandboxApp)
    return app.app


async def test_create_get_list_update_delete_agree(make_app: MakeApp) -> None:
    """A created widget is gettable, listed last, updatable, and gone (404) once deleted."""
    app = make_app(items=12)
    async with client(app) as c:
        before = await collect(c, "/v2/widgets", "widgets", limit=20)
        body = {"name": "Mine", "space_id": "s-1", "gadget": {"device": "fan", "speeds": 3}}
        created = await c.post("/v2/widgets", json={**body, "secret": "write-only"})
        assert created.status_code == 201
        widget = created.json()
        assert widget["name"] == "Mine" and widget["gadget"] == body["gadget"]
        assert "secret" not in widget  # write-only inputs are not echoed
        assert widget["created_at"] > max(w["created_at"] for w in before)
        path = f"/v2/widgets/{widget['id']}"
        assert (await c.get(path)).json() == widget
        assert await collect(c, "/v2/widgets", "widgets", limit=20) == [*before, widget]
        assert await collect(c, "/v2/widgets", "widgets", name="mine") == [widget]
        patched = await c.patch(path, json={"status": "RETIRED"})
        assert patched.status_code == 200
        updated_at = patched.json()["updated_at"]
        assert patched.json() == {**widget, "status": "RETIRED", "updated_at": updated_at}
        assert (await c.get(path)).json()["status"] == "RETIRED"
        deleted = await c.delete(path)
        assert (deleted.status_code, deleted.content) == (204, b"")
        assert "content-type" not in deleted.headers
        for method in ("GET", "PATCH", "DELETE"):
            assert (await c.request(method, path, json={"name": "x"})).status_code == 404
        assert await collect(c, "/v2/widgets", "widgets", limit=20) == before
        seeded = before[3]["id"]
        assert (await c.delete(f"/v2/widgets/{seeded}")).status_code == 204
        remaining = await collect(c, "/v2/widgets", "widgets", limit=5)
        assert [w["id"] for w in remaining] == [w["id"] for w in before if w["id"] != seeded]


async def test_ids_of_items_the_api_never_lists_stand_for_one(make_app: MakeApp) -> None:
    """An item nothing lists or creates (a dashboard widget) answers any ID, as the item that
    ID and its parent's name (the same each time); stored ones 404."""
    app = make_app("shipped")
    async with client(app) as c:
        widget = await c.get("/v2/dashboards/any-dashboard/widgets/any-widget")
        assert widget.status_code == 200
        body = widget.json()
        assert (body["id"], body["dashboard_id"]) == ("any-widget", "any-dashboard")
        again = await c.get("/v2/dashboards/any-dashboard/widgets/any-widget")
        assert again.json() == body
        # Task runs are listed under their task, so an ID no list gave does not exist.
        assert (await c.get("/v2/task-runs/any-run-id")).status_code == 404
        assert (await c.get("/v2/prompt-versions/any-version-id")).status_code == 404
        assert (await c.get("/v2/prompts/no-such-prompt")).status_code == 404
        assert (await c.get("/v2/prompts/no-such-prompt/versions")).status_code == 404


async def test_put_replaces_and_patch_merges(make_app: MakeApp) -> None:
    """PATCH keeps what its body omits; PUT drops it, except what the item cannot lack."""
    async with client(make_app(items=30)) as c:
        widgets = await collect(c, "/v2/widgets", "widgets", limit=20)
        widget = next(w for w in widgets if "weight" in w)
        path = f"/v2/widgets/{widget['id']}"
        patched = (await c.patch(path, json={"name": "Patched"})).json()
        assert patched == {**widget, "name": "Patched", "updated_at": patched["updated_at"]}
        replaced = await c.put(path, json={"name": "Replaced", "space_id": "s-2"})
        assert replaced.status_code == 200
        # weight is optional: gone; status is required by the item: kept.
        updated_at = replaced.json()["updated_at"]
        expected = {**widget, "name": "Replaced", "space_id": "s-2", "updated_at": updated_at}
        del expected["weight"]
        assert replaced.json() == expected
        assert (await c.get(path)).json() == expected
        assert (await c.put(path, json={"name": "No space"})).status_code == 400


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"name": "n", "space_id": "s", "bogus": 1}, 422, "body.bogus is not a known field"),
        ({"name": "n"}, 422, "body.space_id is required"),
        ({"name": 5, "space_id": "s"}, 422, "body.name must be of type string"),
        ({"name": "", "space_id": "s"}, 422, "at least 1 characters"),
        ({"name": "n", "space_id": "s", "status": "active"}, 422, "body.status must be one of"),
        ({"name": "n", "space_id": "s", "weight": 3}, 422, "at most 2.5"),
        ({"name": "n", "space_id": "s", "gadget": {"device": "toaster"}}, 422, "device"),
        ({"name": "n", "space_id": "s", "gadget": {"device": "lamp"}}, 422, "lumens is required"),
        (None, 422, "body is required"),
        (b"{not json", 400, "not valid JSON"),
        ([1, 2], 422, "must be of type object"),
    ],
)
async def test_invalid_bodies_are_refused(
    make_app: MakeApp, body: Any, status: int, detail: str
) -> None:
    """Bodies off the schema get 422 where the operation declares it, bad JSON gets 400."""
    async with client(make_app(items=1)) as c:
        if isinstance(body, bytes):
            response = await c.post("/v2/widgets", content=body)
        elif body is None:
            response = await c.post("/v2/widgets")
        else:
            response = await c.post("/v2/widgets", json=body)
    assert response.status_code == status, response.text
    problem = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert problem["status"] == status and detail in problem["detail"]
    assert problem["instance"] == "/v2/widgets" and problem["type"].startswith("https://")


async def test_update_without_422_refuses_with_400(make_app: MakeApp) -> None:
    """PATCH declares no 422: an empty or unknown-field patch is a 400 problem."""
    async with client(make_app(items=2)) as c:
        widget = (await c.get("/v2/widgets")).json()["widgets"][0]
        for patch in ({}, {"space_id": "s"}):
            response = await c.patch(f"/v2/widgets/{widget['id']}", json=patch)
            assert response.status_code == 400, patch


async def test_nested_collection_belongs_to_its_parent(make_app: MakeApp) -> None:
    """Parts are per widget, carry its ID, and need the widget to exist."""
    app = make_app(items=6, sizes={"widgets/parts": 3})
    async with client(app) as c:
        widgets = (await c.get("/v2/widgets")).json()["widgets"]
        first = await collect(c, f"/v2/widgets/{widgets[0]['id']}/parts", "parts")
        second = await collect(c, f"/v2/widgets/{widgets[1]['id']}/parts", "parts")
        assert len(first) == len(second) == 3
        assert {p["widget_id"] for p in first} == {widgets[0]["id"]}
        assert {p["id"] for p in first}.isdisjoint(p["id"] for p in second)
        missing = await c.get("/v2/widgets/V2lkZ2V0Ojk5OTp4eHh4/parts")
        assert missing.status_code == 404 and "widget" in missing.json()["detail"]
        await c.delete(f"/v2/widgets/{widgets[0]['id']}")
        assert (await c.get(f"/v2/widgets/{widgets[0]['id']}/parts")).status_code == 404
        archive = await c.post(f"/v2/widgets/{widgets[1]['id']}/archive")
        assert archive.status_code == 202 and archive.json()["state"] in ("QUEUED", "RUNNING")
        assert (await c.post(f"/v2/widgets/{widgets[0]['id']}/archive")).status_code == 404


async def test_polymorphic_list_with_upper_case_values(make_app: MakeApp) -> None:
    """Every shape kind appears; the kind filter selects; unknown kinds only with the knob."""
    async with client(make_app(items=20)) as c:
        shapes = await collect(c, "/v2/shapes", "shapes")
        assert {s["kind"] for s in shapes} == {"CIRCLE", "SQUARE"}
        circles = await collect(c, "/v2/shapes", "shapes", kind="CIRCLE")
        assert circles == [s for s in shapes if s["kind"] == "CIRCLE"]
        assert all(s["radius"] > 0 for s in circles)
        assert (await c.get("/v2/shapes", params={"kind": "AGENT_X"})).status_code == 400
    app = make_app(items=20, unknown_variants=True)
    async with client(app) as c:
        shapes = await collect(c, "/v2/shapes", "shapes")
        unknown = [s for s in shapes if s["kind"] not in ("CIRCLE", "SQUARE")]
        assert unknown and {s["kind"] for s in unknown} == {"AGENT_X"}
        assert await collect(c, "/v2/shapes", "shapes", kind="AGENT_X") == unknown
    assert app.exempted >= 2 * len(unknown)


async def test_catch_all_variant_is_never_seeded(make_app: MakeApp) -> None:
    """The spec's UnknownGadget schema is not a variant to seed; nulls appear where allowed."""
    async with client(make_app(items=60)) as c:
        widgets = await collect(c, "/v2/widgets", "widgets", limit=20)
    devices = {w["gadget"]["device"] if w["gadget"] else None for w in widgets}
    assert devices == {"lamp", "fan", None}
    assert {w["status"] for w in widgets} == {"ACTIVE", "PAUSED", "RETIRED"}


async def test_list_with_cursor_in_post_body(make_app: MakeApp) -> None:
    """POST /v2/events pages through its body's cursor, filtered and bound to the body."""
    app = make_app(items=40)
    async with client(app) as c:
        widget = (await c.get("/v2/widgets")).json()["widgets"][0]["id"]
        query: dict[str, Any] = {"widget_id": widget, "limit": 2}
        events: list[Item] = []
        while True:
            body = (await c.post("/v2/events", json=query)).raise_for_status().json()
            events += body["events"]
            if not body["pagination"]["has_more"]:
                break
            query["cursor"] = body["pagination"]["next_cursor"]
        assert events and {e["widget_id"] for e in events} == {widget}
        assert len({e["id"] for e in events}) == len(events)
        everything = (await c.post("/v2/events", json={"widget_id": widget, "limit": 500})).json()
        assert everything["events"] == events
        other = {"widget_id": "other", "cursor": query["cursor"]}
        response = await c.post("/v2/events", json=other)
        assert response.status_code == 400 and "cursor" in response.json()["detail"]
        for bad in ({"widget_id": widget, "limit": 501}, {"limit": 5}, {"widget_id": 1}):
            assert (await c.post("/v2/events", json=bad)).status_code == 400, bad


async def test_uuid_ids_are_looked_up_by_value(make_app: MakeApp) -> None:
    """Items whose ID is a uuid get distinct, well-formed uuids."""
    async with client(make_app(items=30)) as c:
        events = (await c.post("/v2/events", json={"widget_id": "x", "limit": 500})).json()
        assert events["events"] == []  # no event of an unknown widget
    instance = sandbox(make_app(items=30)).store.instance(sandbox(make_app()).collection("events"))
    ids = {str(instance.id_of(slot)) for slot in range(30)}
    assert len(ids) == 30 and all(len(i) == 36 for i in ids)
    assert [instance.lookup(str(instance.id_of(slot))) for slot in (0, 29)] == [0, 29]


def _valid_body(app: SandboxApp, schema: Any) -> Any:
    """A body the operation accepts: generated from its schema, the first that validates."""
    validator = Validator(app.spec.schemas)
    generator = app.store.compiler.compile(schema, path="/test-body")
    for slot in range(50):
        body = generator.generate(Context(slot * 7919, slot, False), 0)
        if isinstance(body, dict):
            # A first page of the latest version: cursors and version IDs are the server's.
            body.pop("cursor", None)
            if "dataset_version_id" not in app.spec.schemas.flat_object(schema).required:
                body.pop("dataset_version_id", None)
        try:
            validator.check(schema, body, "body")
        except Invalid:
            continue
        return body
    raise AssertionError("no valid body generated")


def _naming_existing(app: SandboxApp, op: Operation, body: Any) -> Any:
    """``body`` with the names a generated body cannot know (users' emails, lists of IDs, the
    examples of a record source) pointing at seeded items."""
    if not isinstance(body, dict):
        return body
    named = {"assigned_user_emails": ("users", "email")}
    if op.collection is not None:
        named.update({k: v[1:] for k, v in NAMED_ITEMS.get(op.collection.name, {}).items()})
    for field, (name, by) in named.items():
        if field in body:
            items = app.store.instance(app.collection(name))
            body[field] = [items.item(items.slots()[0])[by]]
    for source in body.get("record_sources", []):
        source.pop("example_ids", None)  # none: every example of the dataset
    return body


def _required_query(app: SandboxApp, op: Operation) -> dict[str, Any]:
    """The operation's required query parameters, each with a value its schema admits."""
    validator = Validator(app.spec.schemas)
    query: dict[str, Any] = {}
    for param in op.parameters:
        if param.location != "query" or not param.required:
            continue
        schema = app.spec.schemas.resolve(param.schema)
        generator = app.store.compiler.compile(param.schema, param.name, path="/test-query")
        value = generator.generate(Context(0, 0, False), 0)
        texts = [_query_text(v) for v in value] if isinstance(value, list) else [_query_text(value)]
        validator.query_value(param, texts)  # raises unless the server will accept it
        query[param.name] = texts if schema.get("type") == "array" else texts[0]
    return query


def _query_text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _path(app: SandboxApp, op: Operation) -> str:
    """A concrete path of the operation naming existing items (any ID where none is stored)."""
    values: list[str] = []
    for depth, segment in enumerate(op.segments):
        if segment is not None:
            continue
        prefix = op.segments[:depth]
        collection = app.spec.collections.get(prefix)
        parents = values[: sum(s is None for s in prefix)]
        if prefix[-1] == "labels":  # a label is a value of a prompt version: set one
            values.append(_label(app, prefix, values[-1]))
            continue
        if collection is not None:
            # /v2/task-runs/{id} names the runs under every task: take the first task's.
            target = app.store.canonical(collection)
            parents = (
                parents + [str(app.store.instance(c).id_of(0)) for c in _roots(app, target)]
            )[: target.depth]
            collection = target
        # /v2/dashboards/{dashboard_id}/widgets: no dashboard collection, any ID will do.
        value = "any" if collection is None else app.store.instance(collection, parents).id_of(0)
        values.append(str(value))
    names = iter(values)
    return "/" + "/".join(s if s is not None else next(names) for s in op.segments)


def _roots(app: SandboxApp, collection: Collection) -> list[Collection]:
    """The top-level collection a nested one hangs under (``tasks`` for ``tasks/runs``)."""
    root = app.spec.collections.get(collection.segments[:2])
    return [] if collection.depth == 0 or root is None else [root]


def _label(app: SandboxApp, prefix: tuple[str | None, ...], owner: str) -> str:
    """A label set on the first version of prompt ``owner`` (or on version ``owner``)."""
    located = app.store.locate(app.spec.collections[prefix[:-2]], [], owner)
    if prefix[1] == "prompts":
        versions = app.store.instance(app.collection("prompts/versions"), [owner])
        located = (versions, versions.slots()[0])
    assert located is not None
    instance, slot = located
    instance.put(slot, {**instance.item(slot), "labels": ["production"]})
    return "production"


@pytest.mark.parametrize("spec", sorted(SPECS))
async def test_every_operation_answers_a_valid_request(make_app: MakeApp, spec: str) -> None:
    """For every operation, a valid request gets its documented success status and a valid body."""
    app = make_app(spec, items=3)
    served = sandbox(app)
    async with client(app) as c:
        # Deletes last, nested ones first, so the items the others address still exist.
        order = sorted(
            served.spec.operations, key=lambda o: (o.method == "delete", -len(o.segments))
        )
        looked_up = 0  # requests made to build a valid one
        for op in order:
            body = None if op.body_schema is None else _valid_body(served, op.body_schema)
            body = _naming_existing(served, op, body)
            path = _path(served, op)
            if isinstance(body, dict):  # a span's project, a span that exist
                _owned_by_seed_items(served, body)
            if op.operation_id == "update_dataset_examples":  # examples that exist
                dataset = path.split("/")[3]
                example = served.store.instance(served.collection("datasets/examples"), [dataset])
                body = {"examples": [{"id": example.id_of(0), "note": "updated"}]}
            if op.operation_id == "delete_dataset_examples":  # a version that exists
                owner = (await c.get("/".join(path.split("/")[:4]))).json()
                body = {**(body or {}), "dataset_version_id": owner["versions"][0]["id"]}
                looked_up += 1
            if op.operation_id == "trigger_task_run":  # a body for the task's type
                task = (await c.get(path.removesuffix("/trigger"))).json()
                if task["type"] == "RUN_EXPERIMENT":
                    body = {"experiment_name": "run"}
                looked_up += 1
            response = await c.request(
                op.method.upper(),
                path,
                params=_required_query(served, op),
                json=body,
            )
            assert response.status_code == op.success_status, (op.template, response.text)
            assert (op.success_schema is None) == (response.content == b"")
    assert app.checked == len(served.spec.operations) + looked_up and not app.failures


def _owned_by_seed_items(app: SandboxApp, body: dict[str, Any]) -> None:
    """Point the body's owner (``BODY_PARENTS``) and annotated records at seed items.

    The owner is seed item 1: the DELETE of the owner's own path takes item 0.
    """
    for field, owner in BODY_PARENTS.values():
        if field in body:
            body[field] = str(app.store.instance(app.collection(owner)).id_of(1))
    if "project_id" in body and "annotations" in body:
        spans = app.store.instance(app.collection("spans"), [body["project_id"]])
        body["annotations"] = [{"record_id": spans.id_of(0), "values": [{"name": "sample"}]}]
        for name in ("granularity", "start_time", "end_time"):  # span 0, whenever it is
            body.pop(name, None)


async def _every_item(
    c: httpx.AsyncClient, app: SandboxApp, op: Operation, limit: int
) -> tuple[list[Item], int]:
    """The items of every page of a list (a valid request, ``limit`` a page), and empty pages."""
    shape = op.list_shape
    assert shape is not None
    path, body = (
        _path(app, op),
        None if op.body_schema is None else _valid_body(app, op.body_schema),
    )
    if isinstance(body, dict):
        _owned_by_seed_items(app, body)
    items: list[Item] = []
    empty, params = 0, {**_required_query(app, op), "limit": limit}
    for _ in range(100):
        response = await c.request(op.method.upper(), path, params=params, json=body)
        assert response.status_code == 200, (op.template, response.text)
        page = response.json()
        items += page[shape.items_key]
        empty += not page[shape.items_key]
        if not page[shape.pagination_key]["has_more"]:
            return items, empty
        params["cursor"] = page[shape.pagination_key]["next_cursor"]
    raise AssertionError(f"{op.template}: paging did not end")


async def test_every_list_pages_with_the_knobs_on(make_app: MakeApp) -> None:
    """Every list, with empty pages and unknown variants, pages to what one-page requests give."""
    app = make_app("shipped", items=7, empty_pages=True, unknown_variants=True)
    served = sandbox(app)
    lists = [op for op in served.spec.operations if op.kind == "list"]
    empty = 0
    async with client(app) as c:
        for op in lists:
            assert op.list_shape is not None
            paged, empty_pages = await _every_item(c, served, op, 2)
            whole, _ = await _every_item(c, served, op, op.list_shape.limit_max)
            assert paged == whole, op.template
            empty += empty_pages
    assert len(lists) > 30 and empty > 0 and app.exempted > 0


def _sent_and_kept(
    app: SandboxApp, op: Operation, collection: Collection, sent: Item, stored: Item
) -> Item:
    """The fields of ``sent`` an item must show as sent: same schema in request and item (of the
    stored item's variant), or any field where the item schema is open (examples, runs)."""
    schemas = app.spec.schemas
    request = app.spec.item_properties(op.body_schema) if op.body_schema is not None else {}
    union = schemas.union(collection.item_schema)
    variant = union.values.get(str(stored.get(union.prop))) if union is not None else None
    item = (
        schemas.flat_object(variant).properties
        if variant is not None
        else app.spec.item_properties(collection.item_schema)
    )
    is_open = app.store.extra_schema(collection) is not None
    return {
        name: value
        for name, value in sent.items()
        if (name in item and schemas.resolve(item[name]) == schemas.resolve(request.get(name)))
        or (is_open and name not in item)
    }


async def _read_back(
    c: httpx.AsyncClient, app: SandboxApp, path: str, op: Operation, item: Item
) -> Item:
    """The stored item as GET (or, where there is none, its list) shows it."""
    assert op.collection is not None
    identifier = str(item[str(op.collection.id_field)])
    base = path if op.kind == "create" else path.rsplit("/", 1)[0]
    if any(o.kind == "get" for o in op.collection.operations):
        read: Item = (await c.get(f"{base}/{identifier}")).raise_for_status().json()
        return read
    shapes = [o.list_shape for o in op.collection.operations if o.list_shape is not None]
    if shapes:
        listed = await collect(c, base, shapes[0].items_key, limit=shapes[0].limit_max)
        return next(i for i in listed if str(i.get(str(op.collection.id_field))) == identifier)
    # Nothing reads these back (tags, memberships): the store itself is what GET would show.
    parents = [
        s
        for s, t in zip(base.split("/"), op.collection.template.split("/"), strict=True)
        if "{" in t
    ]
    located = app.store.locate(op.collection, parents, identifier)
    assert located is not None, identifier
    return located[0].item(located[1])


async def test_every_write_round_trips(make_app: MakeApp) -> None:
    """Every create, insert and update of the spec stores what it sent: GET or list shows it."""
    app = make_app("shipped", items=3)
    served = sandbox(app)
    writes = [
        op
        for op in served.spec.operations
        if op.kind in ("create", "update") or op.operation_id in CHILDREN
    ]
    assert len(writes) > 40
    checked = 0
    async with client(app) as c:
        for op in writes:
            body = _naming_existing(served, op, _valid_body(served, op.body_schema))
            path = _path(served, op)
            if op.operation_id == "update_dataset_examples":
                continue  # by example ID: test_sandbox_store covers it
            response = await c.request(op.method.upper(), path, json=body)
            assert response.status_code == op.success_status, (op.template, response.text)
            answer = response.json()
            if op.operation_id in CHILDREN:
                field, name = CHILDREN[op.operation_id]
                children = served.collection(name)
                parent = answer["id"] if op.kind == "create" else path.split("/")[3]
                shape = next(o.list_shape for o in children.operations if o.list_shape)
                where = re.sub(r"\{[^}]+\}", parent, children.template)
                listed = await collect(c, where, shape.items_key, limit=shape.limit_max)
                for element, stored in zip(body[field], listed[-len(body[field]) :], strict=True):
                    kept = _sent_and_kept(served, op, children, element, stored)
                    assert {k: stored.get(k) for k in kept} == kept, op.operation_id
                checked += 1
            if op.kind not in ("create", "update"):
                continue
            assert op.collection is not None
            read = await _read_back(c, served, path, op, answer)
            # The same item, in the fields both show (the answer may show less, as Evaluator
            # beside EvaluatorWithVersion, or a secret shown once, as a new webhook's).
            shown = set(served.spec.item_properties(op.collection.item_schema)) & set(answer)
            assert {k: read.get(k) for k in shown} == {k: answer[k] for k in shown}, op.operation_id
            kept = _sent_and_kept(served, op, op.collection, body, read)
            assert {k: read.get(k) for k in kept} == kept, op.operation_id
            checked += 1
    assert checked >= len(writes) - 1
