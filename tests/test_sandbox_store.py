"""The sandbox as a store: writes round-trip, parents keep their children, deletes are final,
conflicts answer 409, time windows select, task runs and API keys live their lifecycles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from aioarize.sandbox import create_app
from tests.sandbox_conformance import ConformanceApp, ManualClock, asgi_client, checked_apps

AUTH = {"Authorization": "Bearer sandbox-key"}
NOW = 1_800_000_000.0  # 2027-01-15T08:00:00Z
Item = dict[str, Any]
MakeApp = Callable[..., ConformanceApp]
pytestmark = pytest.mark.anyio


@pytest.fixture
def make_app() -> Iterator[MakeApp]:
    """Conformance-checked sandboxes of the shipped spec, dated at NOW, from config overrides."""

    def build(**overrides: Any) -> ConformanceApp:
        settings = {"items": 5, "now": NOW, "clock": ManualClock(), **overrides}
        return ConformanceApp(create_app(**settings))

    with checked_apps(build) as make:
        yield make


def client(app: ConformanceApp) -> httpx.AsyncClient:
    return asgi_client(app, AUTH)


async def ok(response: Any, status: int = 200) -> Any:
    """The JSON of a response that must have ``status``."""
    got = await response
    assert got.status_code == status, got.text
    return got.json() if got.content else None


async def problem(response: Any, status: int) -> Item:
    got = await response
    assert got.status_code == status, got.text
    assert got.headers["content-type"] == "application/problem+json"
    body: Item = got.json()
    assert body["status"] == status and body["detail"]
    return body


async def every(c: httpx.AsyncClient, path: str, key: str, **params: Any) -> list[Item]:
    """All items of a list, page by page (small pages, so paging is exercised)."""
    items: list[Item] = []
    query: dict[str, Any] = {"limit": 2, **params}
    while True:
        body = await ok(c.get(path, params=query))
        items += body[key]
        if not body["pagination"]["has_more"]:
            return items
        query["cursor"] = body["pagination"]["next_cursor"]


async def first_id(c: httpx.AsyncClient, resource: str) -> str:
    body = await ok(c.get(f"/v2/{resource}", params={"limit": 1}))
    return str(body[resource.replace("-", "_")][0]["id"])


async def test_dataset_examples_round_trip(make_app: MakeApp) -> None:
    """Examples sent (any fields) are listed exactly, under their dataset only, with stable IDs."""
    async with client(make_app()) as c:
        sent: list[Item] = [
            {"input": "2+2", "expected": "4", "eval.tone.label": "ok"},
            {"meta": {"k": [1]}},
        ]
        dataset = await ok(
            c.post("/v2/datasets", json={"name": "math", "space_id": "s1", "examples": sent}), 201
        )
        assert (dataset["name"], dataset["space_id"]) == ("math", "s1")
        assert dataset["created_at"] == "2027-01-15T08:00:00.000Z"
        assert all(v["dataset_id"] == dataset["id"] for v in dataset.get("versions", []))
        assert await ok(c.get(f"/v2/datasets/{dataset['id']}")) == dataset
        path = f"/v2/datasets/{dataset['id']}/examples"
        listed = await every(c, path, "examples")
        assert [{k: v for k, v in e.items() if k in sent[i]} for i, e in enumerate(listed)] == sent
        assert all(
            set(e) - set(sent[i]) == {"id", "created_at", "updated_at"}
            for i, e in enumerate(listed)
        )
        more = [{"input": "3+3"}]
        inserted = await ok(c.post(path, json={"examples": more}), 201)
        assert inserted["id"] == dataset["id"] and len(inserted["example_ids"]) == 1
        after = await every(c, path, "examples")
        assert after[:2] == listed  # IDs and fields stable
        assert [e["id"] for e in after[2:]] == inserted["example_ids"]
        assert after[2]["input"] == "3+3"
        searched = await ok(c.post(f"{path}/search", json={}))
        assert searched["examples"] == after[: len(searched["examples"])]
        change = {"id": after[0]["id"], "expected": "four"}
        updated = await ok(c.patch(path, json={"examples": [change]}))
        assert updated["example_ids"] == [after[0]["id"]]
        assert (await every(c, path, "examples"))[0] == {
            **after[0],
            **change,
            "updated_at": (await every(c, path, "examples"))[0]["updated_at"],
        }
        # An ID the version does not hold is ignored (the API reference says so).
        ignored = await ok(c.patch(path, json={"examples": [{"id": "no-such-example"}]}))
        assert ignored["example_ids"] == []
        version = dataset["versions"][0]["id"]
        gone = await ok(
            c.request(
                "DELETE",
                path,
                json={"dataset_version_id": version, "example_ids": [after[1]["id"], "nope"]},
            )
        )
        assert gone == {
            "completed": True,
            "deleted_example_ids": [after[1]["id"]],
            "not_deleted_example_ids": ["nope"],
        }
        assert [e["id"] for e in await every(c, path, "examples")] == [
            after[0]["id"],
            after[2]["id"],
        ]


async def test_experiment_runs_round_trip_and_names_are_unique_per_dataset(
    make_app: MakeApp,
) -> None:
    """Runs sent, at creation or later, are listed exactly; a duplicate name is 409."""
    async with client(make_app()) as c:
        dataset = await ok(
            c.post("/v2/datasets", json={"name": "d", "space_id": "s", "examples": [{"q": 1}]}),
            201,
        )
        runs = [
            {
                "example_id": "e1",
                "output": "yes",
                "eval.correct.score": 1.0,
                "eval.correct.label": "ok",
            },
            {"example_id": None, "output": "no", "latency_ms": 12},
        ]
        body = {"name": "exp", "dataset_id": dataset["id"], "experiment_runs": runs}
        experiment = await ok(c.post("/v2/experiments", json=body), 201)
        assert (experiment["name"], experiment["dataset_id"]) == ("exp", dataset["id"])
        path = f"/v2/experiments/{experiment['id']}/runs"
        listed = await every(c, path, "experiment_runs")
        assert [{k: v for k, v in r.items() if k != "id"} for r in listed] == runs
        inserted = await ok(c.post(path, json={"experiment_runs": [{"output": "later"}]}), 201)
        assert inserted["id"] == experiment["id"] and len(inserted["run_ids"]) == 1
        after = await every(c, path, "experiment_runs")
        assert after[:2] == listed and after[2] == {"id": inserted["run_ids"][0], "output": "later"}
        conflict = await problem(c.post("/v2/experiments", json=body), 409)
        assert "exp" in conflict["detail"]
        other = await ok(
            c.post("/v2/datasets", json={"name": "d2", "space_id": "s", "examples": [{"q": 1}]}),
            201,
        )
        await ok(c.post("/v2/experiments", json={**body, "dataset_id": other["id"]}), 201)
        assert await ok(c.request("DELETE", f"/v2/experiments/{experiment['id']}"), 204) is None
        await problem(c.get(path), 404)


async def test_task_run_lifecycle(make_app: MakeApp) -> None:
    """A run goes PENDING, RUNNING, then terminal by the sandbox clock; one object, two paths."""
    clock = ManualClock()
    async with client(make_app(clock=clock, run_seconds=30)) as c:
        tasks = await every(c, "/v2/tasks", "tasks")
        task = next(t["id"] for t in tasks if t["type"] != "RUN_EXPERIMENT")  # takes a window
        window = {
            "data_start_time": "2027-01-14T00:00:00Z",
            "data_end_time": "2027-01-15T00:00:00Z",
        }
        run = await ok(c.post(f"/v2/tasks/{task}/trigger", json=window), 201)
        assert (run["task_id"], run["status"], run["run_started_at"]) == (task, "PENDING", None)
        assert (run["data_start_time"], run["data_end_time"]) == tuple(window.values())
        assert await ok(c.get(f"/v2/task-runs/{run['id']}")) == run
        listed = await every(c, f"/v2/tasks/{task}/runs", "task_runs")
        assert listed[-1] == run
        await problem(c.post(f"/v2/tasks/{task}/trigger", json={}), 409)  # one at a time
        clock.now += 10
        running = await ok(c.get(f"/v2/task-runs/{run['id']}"))
        assert running["status"] == "RUNNING" and running["run_started_at"] is not None
        assert (await every(c, f"/v2/tasks/{task}/runs", "task_runs", status="RUNNING"))[
            -1
        ] == running
        clock.now += 20
        done = await ok(c.get(f"/v2/task-runs/{run['id']}"))
        assert done["status"] in ("COMPLETED", "FAILED")
        assert done["run_finished_at"] > done["run_started_at"]
        assert await ok(c.post(f"/v2/task-runs/{run['id']}/cancel")) == done  # terminal stays
        clock.now += 1000
        assert await ok(c.get(f"/v2/task-runs/{run['id']}")) == done
        second = await ok(c.post(f"/v2/tasks/{task}/trigger", json={}), 201)
        cancelled = await ok(c.post(f"/v2/task-runs/{second['id']}/cancel"))
        assert cancelled["status"] == "CANCELLED" and cancelled["task_id"] == task
        clock.now += 1000
        assert await ok(c.get(f"/v2/task-runs/{second['id']}")) == cancelled
        await problem(c.get("/v2/task-runs/no-such-run"), 404)
        await ok(c.request("DELETE", f"/v2/tasks/{task}"), 204)
        await problem(c.get(f"/v2/task-runs/{run['id']}"), 404)  # gone with its task


async def test_task_run_outcomes_are_deterministic_per_seed(make_app: MakeApp) -> None:
    """Two sandboxes of one seed end the same runs the same way."""
    outcomes: list[list[str]] = []
    for _ in range(2):
        clock = ManualClock()
        async with client(make_app(clock=clock, run_seconds=0, items=12)) as c:
            tasks = await every(c, "/v2/tasks", "tasks")
            ended = []
            for task in tasks:
                experiment = {"experiment_name": f"e-{task['id']}"}
                body = experiment if task["type"] == "RUN_EXPERIMENT" else {}
                run = await ok(c.post(f"/v2/tasks/{task['id']}/trigger", json=body), 201)
                ended.append((await ok(c.get(f"/v2/task-runs/{run['id']}")))["status"])
            outcomes.append(ended)
    assert outcomes[0] == outcomes[1]
    assert set(outcomes[0]) <= {"COMPLETED", "FAILED"}


async def test_prompt_versions_are_one_object_under_two_paths(make_app: MakeApp) -> None:
    """A new prompt lists only its versions, which carry its ID; labels move between versions."""
    async with client(make_app()) as c:
        version = {
            "commit_message": "first",
            "provider": "OPEN_AI",
            "model": "gpt-4o",
            "messages": [{"role": "USER", "content": "Hi {name}"}],
        }
        prompt = await ok(
            c.post("/v2/prompts", json={"space_id": "s", "name": "greeter", "version": version}),
            201,
        )
        versions = await every(c, f"/v2/prompts/{prompt['id']}/versions", "prompt_versions")
        assert len(versions) == 1 and versions[0]["prompt_id"] == prompt["id"]
        assert versions[0].get("labels", []) == []  # none until one is set
        assert (versions[0]["model"], versions[0]["commit_message"]) == ("gpt-4o", "first")
        assert prompt["version"] == versions[0]
        second = await ok(
            c.post(
                f"/v2/prompts/{prompt['id']}/versions",
                json={**version, "commit_message": "second", "model": "gpt-4.1"},
            ),
            201,
        )
        assert (second["prompt_id"], second["model"]) == (prompt["id"], "gpt-4.1")
        assert await ok(c.get(f"/v2/prompt-versions/{second['id']}")) == second
        assert (await ok(c.get(f"/v2/prompts/{prompt['id']}")))["version"] == second
        first_id_ = versions[0]["id"]
        labelled = await ok(
            c.put(f"/v2/prompt-versions/{first_id_}/labels", json={"labels": ["prod"]})
        )
        assert labelled["labels"] == ["prod"]
        assert await ok(c.get(f"/v2/prompts/{prompt['id']}/labels/prod")) == labelled
        await ok(c.put(f"/v2/prompt-versions/{second['id']}/labels", json={"labels": ["prod"]}))
        moved = await ok(c.get(f"/v2/prompts/{prompt['id']}/labels/prod"))
        assert moved["id"] == second["id"]
        assert (await ok(c.get(f"/v2/prompt-versions/{first_id_}")))["labels"] == []
        await ok(c.request("DELETE", f"/v2/prompt-versions/{second['id']}/labels/prod"), 204)
        await problem(c.get(f"/v2/prompts/{prompt['id']}/labels/prod"), 404)
        await problem(c.request("DELETE", f"/v2/prompt-versions/{second['id']}/labels/prod"), 404)


async def test_deletes_are_final_for_tags_and_everything_else(make_app: MakeApp) -> None:
    """A deleted or unknown ID answers 404 problem+json to GET, PATCH and DELETE."""
    async with client(make_app()) as c:
        tag = await ok(c.post("/v2/tags", json={"name": "t", "space_id": "s"}), 201)
        renamed = await ok(c.patch(f"/v2/tags/{tag['id']}", json={"name": "u"}))
        assert renamed["name"] == "u"
        await ok(c.request("DELETE", f"/v2/tags/{tag['id']}"), 204)
        for path in (f"/v2/tags/{tag['id']}", "/v2/tags/never-existed"):
            await problem(c.patch(path, json={"name": "v"}), 404)
            await problem(c.request("DELETE", path), 404)
        project = await first_id(c, "projects")
        await ok(c.request("DELETE", f"/v2/projects/{project}"), 204)
        for method in ("GET", "PATCH", "DELETE"):
            await problem(c.request(method, f"/v2/projects/{project}", json={"name": "x"}), 404)


async def test_conflicts_are_409(make_app: MakeApp) -> None:
    """Names unique within their space answer 409 on create and on a rename onto another's name."""
    async with client(make_app()) as c:
        body = {"name": "one", "space_id": "s"}
        first = await ok(c.post("/v2/tags", json=body), 201)
        await problem(c.post("/v2/tags", json=body), 409)
        await ok(c.post("/v2/tags", json={**body, "space_id": "other"}), 201)
        second = await ok(c.post("/v2/tags", json={**body, "name": "two"}), 201)
        await problem(c.patch(f"/v2/tags/{second['id']}", json={"name": "one"}), 409)
        await ok(c.patch(f"/v2/tags/{first['id']}", json={"name": "one"}))  # itself: no conflict


async def test_memberships_and_restrictions_keep_the_ids_sent(make_app: MakeApp) -> None:
    """A member keeps the user_id sent; removing twice is 404; a restriction keeps its resource,
    and an empty one (which no path could name) names nothing: 404."""
    async with client(make_app()) as c:
        org = await first_id(c, "organizations")
        user = await first_id(c, "users")
        added = await ok(
            c.post(
                f"/v2/organizations/{org}/users",
                json={"user_id": user, "role": {"type": "PREDEFINED", "name": "MEMBER"}},
            )
        )
        assert (added["user_id"], added["organization_id"]) == (user, org)
        await ok(c.request("DELETE", f"/v2/organizations/{org}/users/{user}"), 204)
        await problem(c.request("DELETE", f"/v2/organizations/{org}/users/{user}"), 404)
        restriction = await ok(c.post("/v2/resource-restrictions", json={"resource_id": "proj-1"}))
        assert restriction["resource_id"] == "proj-1"
        await ok(c.request("DELETE", "/v2/resource-restrictions/proj-1"), 204)
        await problem(c.request("DELETE", "/v2/resource-restrictions/proj-1"), 404)
        refused = await problem(c.post("/v2/resource-restrictions", json={"resource_id": ""}), 404)
        assert "empty resource_id" in refused["detail"]


async def test_api_keys_are_stored_refreshed_and_revoked(make_app: MakeApp) -> None:
    """A created key is listed; a refresh gives a new secret; a revoked key refreshes no more."""
    async with client(make_app()) as c:
        created = await ok(c.post("/v2/api-keys", json={"key_type": "USER", "name": "ci"}), 201)
        assert (created["name"], created["key_type"], created["status"]) == ("ci", "USER", "ACTIVE")
        listed = await every(c, "/v2/api-keys", "api_keys")
        assert created["id"] in [k["id"] for k in listed]
        refreshed = await ok(c.post(f"/v2/api-keys/{created['id']}/refresh", json={}))
        assert refreshed["id"] == created["id"] and refreshed["key"] != created["key"]
        await ok(c.put(f"/v2/api-keys/{created['id']}/revoke"), 204)
        await problem(c.post(f"/v2/api-keys/{created['id']}/refresh", json={}), 404)
        await problem(c.put("/v2/api-keys/no-such-key/revoke"), 404)


async def test_a_created_service_key_answers_its_variant(make_app: MakeApp) -> None:
    """A SERVICE key's answer is a CreatedServiceApiKey (bot_user.organizations: 1 or more) even
    where the stored key, an ApiKey, has none (Schemathesis found such an answer, ST108)."""
    stored_without = 0
    async with client(make_app(seed=0)) as c:
        for n in range(8):
            organizations = [{"org_id": "o", "spaces": [{"space_id": "s"}]}]
            body = {"key_type": "SERVICE", "name": f"k{n}", "organizations": organizations}
            created = await ok(c.post("/v2/api-keys", json=body), 201)
            assert created["key_type"] == "SERVICE"
            if "bot_user" in created:
                assert len(created["bot_user"]["organizations"]) >= 1
            listed = await every(c, "/v2/api-keys", "api_keys")
            stored = next(k for k in listed if k["id"] == created["id"])
            stored_without += stored.get("bot_user", {}).get("organizations") == []
    assert stored_without  # the case that was answered as stored is met


async def test_time_windows_are_half_open_and_seed_data_is_recent(make_app: MakeApp) -> None:
    """Seeded spans start within the days before now, end after they start, and windows select."""
    async with client(make_app(items=40)) as c:
        body = {"project_id": await first_id(c, "projects")}
        spans = (await ok(c.post("/v2/spans", json=body, params={"limit": 500})))["spans"]
        starts = sorted(s["start_time"] for s in spans)
        assert all(s["end_time"] > s["start_time"] for s in spans)
        assert starts[0] > "2027-01-14T00:00:00Z" and starts[-1] < "2027-01-15T08:00:00Z"
        lo, hi = starts[10], starts[20]
        window = await ok(
            c.post(
                "/v2/spans", json={**body, "start_time": lo, "end_time": hi}, params={"limit": 500}
            )
        )
        assert sorted(s["start_time"] for s in window["spans"]) == starts[10:20]
        logs = await every(c, "/v2/audit-logs", "logs", limit=100)
        cut = sorted(log["created_at"] for log in logs)[5]
        recent = await every(c, "/v2/audit-logs", "logs", start_time=cut, limit=100)
        assert len(recent) == len(logs) - 5 and all(log["created_at"] >= cut for log in recent)


async def test_tags_attach_to_resources_by_id(make_app: MakeApp) -> None:
    """A created tag attaches to a dataset, lists under it, and detaches; unknown tags are 404."""
    async with client(make_app()) as c:
        tag = await ok(c.post("/v2/tags", json={"name": "gold", "space_id": "s"}), 201)
        dataset = await ok(
            c.post("/v2/datasets", json={"name": "d", "space_id": "s", "examples": [{"q": 1}]}),
            201,
        )
        path = f"/v2/datasets/{dataset['id']}/tags"
        assert await every(c, path, "tags") == []  # a new dataset has no tags
        added = await ok(c.post(path, json={"tag_ids": [tag["id"]]}))
        assert added["tags"] == [tag] == await every(c, path, "tags")
        await problem(c.post(path, json={"tag_ids": ["no-such-tag"]}), 404)
        removed = await ok(c.request("DELETE", path, json={"tag_ids": [tag["id"], "other"]}))
        assert removed == {"completed": True, "deleted": [tag["id"]], "not_deleted": ["other"]}
        assert await every(c, path, "tags") == []


async def test_an_evaluator_shows_its_latest_version(make_app: MakeApp) -> None:
    """GET of an evaluator embeds the last of its listed versions; deleted versions are 404."""
    async with client(make_app()) as c:
        evaluator = await first_id(c, "evaluators")
        path = f"/v2/evaluators/{evaluator}/versions"
        versions = await every(c, path, "evaluator_versions")
        shown = (await ok(c.get(f"/v2/evaluators/{evaluator}")))["version"]
        assert shown == versions[-1]
        assert all(v["evaluator_id"] == evaluator for v in versions)
        gone = await ok(c.request("DELETE", path, json={"version_ids": [versions[-1]["id"]]}))
        assert gone["deleted_version_ids"] == [versions[-1]["id"]]
        await problem(c.get(f"/v2/evaluator-versions/{versions[-1]['id']}"), 404)
        assert (await ok(c.get(f"/v2/evaluators/{evaluator}")))["version"] == versions[-2]


async def test_seeded_task_runs_are_coherent(make_app: MakeApp) -> None:
    """Seeded runs under a seeded task: their task's ID, times in order and agreeing with status."""
    async with client(make_app(items=12)) as c:
        task = await first_id(c, "tasks")
        runs = await every(c, f"/v2/tasks/{task}/runs", "task_runs")
        assert len(runs) == 12 and all(r["task_id"] == task for r in runs)
        assert {r["status"] for r in runs} == {
            "PENDING",
            "RUNNING",
            "COMPLETED",
            "FAILED",
            "CANCELLED",
        }
        for run in runs:
            if run["status"] == "PENDING":
                assert run["run_started_at"] is None
            if run["status"] in ("PENDING", "RUNNING"):
                assert run["run_finished_at"] is None
            if run["run_started_at"] and run["run_finished_at"]:
                assert run["run_started_at"] < run["run_finished_at"]
            assert "failure_reason" not in run or run["status"] == "FAILED"
            assert await ok(c.get(f"/v2/task-runs/{run['id']}")) == run


async def test_an_agent_integration_keeps_its_config_and_a_space_member_its_user(
    make_app: MakeApp,
) -> None:
    """An AGENT integration's config comes back as sent; a space member keeps its user_id."""
    async with client(make_app()) as c:
        config = {"endpoint": "https://agent.example/run", "input_schema": {"type": "object"}}
        body = {"type": "AGENT", "name": "agent", "config": config}
        created = await ok(c.post("/v2/integrations", json=body), 201)
        stored = await ok(c.get(f"/v2/integrations/{created['id']}"))
        assert stored == created and stored["type"] == "AGENT"
        assert {k: stored["config"][k] for k in config} == config
        await problem(c.post("/v2/integrations", json=body), 409)  # names are unique
        space, user = await first_id(c, "spaces"), await first_id(c, "users")
        role = {"type": "PREDEFINED", "name": "MEMBER"}
        member = await ok(c.post(f"/v2/spaces/{space}/users", json={"user_id": user, "role": role}))
        assert (member["user_id"], member["space_id"]) == (user, space)


async def test_lists_are_in_the_documented_order(make_app: MakeApp) -> None:
    """Datasets list newest created first, prompts most recently updated first (an updated
    prompt moves to the front); lists with no documented order keep creation order."""
    async with client(make_app()) as c:
        seeded = [d["created_at"] for d in await every(c, "/v2/datasets", "datasets")]
        assert seeded == sorted(seeded, reverse=True) and len(set(seeded)) > 1
        body = {"name": "newest", "space_id": "space-1", "examples": [{"q": 1}]}
        made = await ok(c.post("/v2/datasets", json=body), 201)
        assert (await every(c, "/v2/datasets", "datasets"))[0]["id"] == made["id"]
        prompts = [p["id"] for p in await every(c, "/v2/prompts", "prompts")]
        await ok(c.patch(f"/v2/prompts/{prompts[-1]}", json={"description": "touched"}))
        assert [p["id"] for p in await every(c, "/v2/prompts", "prompts")] == [
            prompts[-1],
            *prompts[:-1],
        ]
        tasks = [t["created_at"] for t in await every(c, "/v2/tasks", "tasks")]
        assert tasks == sorted(tasks) and len(set(tasks)) > 1
