"""The sandbox stores what annotation operations write: queue records, their assignments and
annotations, and annotations on dataset examples and experiment runs, read back through the
facade over loopback HTTP."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterable
from typing import Any

import pytest

from aioarize import AsyncArize, NotFoundError
from aioarize.models import Span
from aioarize.sandbox import SandboxServer
from aioarize.sandbox._rules import CALLER
from tests.sandbox_conformance import ManualClock

NOW = 1_800_000_000.0
NOW_ISO = "2027-01-15T08:00:00.000Z"  # as sent
NOW_READ = datetime.datetime.fromtimestamp(NOW, datetime.UTC).isoformat()  # as models give it
WINDOW = {"start_time": "2027-01-14T00:00:00Z", "end_time": "2027-01-15T00:00:00Z"}
Item = dict[str, Any]
pytestmark = pytest.mark.anyio


def _config(**overrides: Any) -> pytest.MarkDecorator:
    """Serve ``sandbox_server`` with three items a collection, at NOW on a clock that stays."""
    config = {"items": 3, "now": NOW, "clock": ManualClock(), **overrides}
    return pytest.mark.parametrize("sandbox_config", [config], indirect=True)


def _client(server: SandboxServer) -> AsyncArize:
    return AsyncArize(server.config.api_key, base_url=server.base_url)


def _shown(item: Item) -> Item:
    """An item as a record's ``data`` shows it: without its ID and annotations."""
    return {k: v for k, v in item.items() if k not in ("id", "annotations")}


def _span(data: Item) -> Item:
    """A span record's ``data`` read as the span it holds (as models give it)."""
    return Span.from_dict(
        {k: v for k, v in data.items() if k not in ("project_id", "span_id")}
    ).to_dict()


async def _all(pager: AsyncIterable[Any]) -> list[Item]:
    return [item.to_dict() async for item in pager]


async def _user(client: AsyncArize, index: int = 0) -> Item:
    """A seeded user as an annotator shows it."""
    users = await _all(client.users.list(limit=3))
    return {"id": users[index]["id"], "email": users[index]["email"]}


async def _queue(client: AsyncArize, name: str, annotator: Item) -> Item:
    configs = await _all(client.annotation_configs.list(max_items=1))
    queue = await client.annotation_queues.create(
        name=name,
        space_id="space-1",
        annotation_config_ids=[configs[0]["id"]],
        annotator_emails=[annotator["email"]],
    )
    return queue.to_dict()


async def _dataset(client: AsyncArize, examples: list[Item]) -> tuple[str, list[Item]]:
    dataset = await client.datasets.create(name="d", space_id="space-1", examples=examples)
    return dataset.id, await _all(client.datasets.list_examples(dataset.id, limit=2))


@_config()
async def test_queue_records_round_trip_and_go_with_their_queue(
    sandbox_server: SandboxServer,
) -> None:
    """Records made from sources list exactly, in order; deletes and the queue's end are final."""
    async with _client(sandbox_server) as client:
        annotator = await _user(client)
        queue = await _queue(client, "review", annotator)
        assert queue["annotators"] == [annotator]
        assert (await client.annotation_queues.get(queue["id"])).to_dict() == queue
        project = (await _all(client.projects.list(limit=1)))[0]["id"]
        spans = await _all(client.spans.list(project_id=project, max_items=2))
        span_ids = [s["context"]["span_id"] for s in spans]
        dataset, examples = await _dataset(client, [{"q": "2+2"}, {"q": "3+3", "a": "6"}])
        created = await client.annotation_queues.create_record(
            queue["id"],
            record_sources=[
                {
                    "record_type": "EXAMPLE",
                    "dataset_id": dataset,
                    "example_ids": [examples[1]["id"]],
                },
                {"record_type": "SPAN", "project_id": project, **WINDOW, "span_ids": span_ids},
            ],
        )
        records = [r.to_dict() for r in created.record_sources]
        shapes = [(r["source_type"], r["granularity"], r["data"]) for r in records]
        # A span record's data holds its project, its span's ID and the span's fields.
        parsed = [(d["project_id"], d["span_id"], _span(d)) for _, _, d in shapes[1:]]
        assert parsed == [(project, i, _shown(s)) for i, s in zip(span_ids, spans, strict=True)]
        assert shapes[:1] == [
            (
                "DATASET",
                None,
                {
                    "dataset_id": dataset,
                    "example_id": examples[1]["id"],
                    "q": "3+3",
                    "a": "6",
                    "created_at": NOW_ISO,
                    "updated_at": NOW_ISO,
                },
            ),
        ]
        assert [shape[:2] for shape in shapes[1:]] == [("SPANS", "SPAN")] * 2
        pending = [{"user": annotator, "completion_status": "PENDING"}]
        assert all(r["annotation_queue_id"] == queue["id"] for r in records)
        assert all(r["assigned_users"] == pending and r["annotations"] == [] for r in records)
        path = client.annotation_queues
        assert await _all(path.list_records(queue["id"], limit=2)) == records
        more = await path.create_record(
            queue["id"],
            record_sources=[
                {"record_type": "TRACE", "project_id": project, **WINDOW, "trace_ids": ["t"]}
            ],
        )
        assert more.record_sources[0].to_dict()["granularity"] == "TRACE"
        records.append(more.record_sources[0].to_dict())
        assert await _all(path.list_records(queue["id"], limit=2)) == records
        # Unknown record IDs are ignored, as the API documents.
        await path.delete_record(queue["id"], record_ids=[records[0]["id"], "no-such-record"])
        assert await _all(path.list_records(queue["id"])) == records[1:]
        with pytest.raises(NotFoundError):  # checked before any record is stored
            await path.create_record(
                queue["id"],
                record_sources=[
                    {"record_type": "EXAMPLE", "dataset_id": dataset},
                    {"record_type": "EXAMPLE", "dataset_id": dataset, "example_ids": ["nope"]},
                ],
            )
        assert await _all(path.list_records(queue["id"])) == records[1:]
        await client.annotation_queues.delete(queue["id"])
        with pytest.raises(NotFoundError):
            await _all(path.list_records(queue["id"]))
        with pytest.raises(NotFoundError):
            await path.create_record(
                queue["id"], record_sources=[{"record_type": "EXAMPLE", "dataset_id": dataset}]
            )


@_config()
async def test_a_queue_made_with_sources_lists_their_records(
    sandbox_server: SandboxServer,
) -> None:
    """A queue made with a dataset source has a record per example, annotated into it; 404s."""
    async with _client(sandbox_server) as client:
        annotator = await _user(client)
        dataset, examples = await _dataset(client, [{"q": 1}, {"q": 2}])
        configs = await _all(client.annotation_configs.list(max_items=1))
        body = {
            "name": "with records",
            "space_id": "space-1",
            "annotation_config_ids": [configs[0]["id"]],
            "annotator_emails": [annotator["email"]],
            "record_sources": [{"record_type": "EXAMPLE", "dataset_id": dataset}],
        }
        queue = await client.annotation_queues.create(body=body)
        assert [c.to_dict() for c in queue.annotation_configs or []] == configs
        records = await _all(client.annotation_queues.list_records(queue.id))
        assert [r["data"]["example_id"] for r in records] == [e["id"] for e in examples]
        # Annotating a record writes into its example too, as the API upserts into the source.
        values = [{"name": "tone", "label": "calm"}]
        await client.annotation_queues.annotate_record(
            queue.id, records[1]["id"], annotations=values
        )
        annotated = await _all(client.datasets.list_examples(dataset))
        assert [e.get("annotations") for e in annotated] == [
            None,
            [{**values[0], "updated_at": NOW_READ, "annotator": annotator}],
        ]
        for changed in (
            {"annotator_emails": ["nobody@example.com"]},
            {"annotation_config_ids": ["x"]},
        ):
            with pytest.raises(NotFoundError):
                await client.annotation_queues.create(body={**body, "name": "other", **changed})
        names = [q.name async for q in client.annotation_queues.list()]
        assert "other" not in names  # nothing stored for a refused queue
        other = await _user(client, 1)
        updated = await client.annotation_queues.update(queue.id, annotator_emails=[other["email"]])
        assert [a.to_dict() for a in updated.annotators] == [other]


@_config()
async def test_assign_and_annotate_a_record(sandbox_server: SandboxServer) -> None:
    """Assignments replace; annotations upsert by name, dated now and by the caller; 404s."""
    async with _client(sandbox_server) as client:
        caller, other = await _user(client), await _user(client, 1)
        queue = (await _queue(client, "assign", caller))["id"]
        project = (await _all(client.projects.list(limit=1)))[0]["id"]
        made = await client.annotation_queues.create_record(
            queue,
            record_sources=[
                {"record_type": "SESSION", "project_id": project, **WINDOW, "session_ids": ["x"]}
            ],
        )
        record = made.record_sources[0].to_dict()
        path = client.annotation_queues
        assigned = await path.assign_record(
            queue, record["id"], assigned_user_emails=[other["email"], caller["email"]]
        )
        users = [
            {"user": other, "completion_status": "PENDING"},
            {"user": caller, "completion_status": "PENDING"},
        ]
        assert assigned.to_dict() == {
            "id": record["id"],
            "annotation_queue_id": queue,
            "source_type": "SPANS",
            "granularity": "SESSION",
            "assigned_users": users,
        }
        with pytest.raises(NotFoundError):  # every email must name a user: nothing changes
            await path.assign_record(
                queue, record["id"], assigned_user_emails=[caller["email"], "nobody@example.com"]
            )
        assert (await _all(path.list_records(queue)))[0]["assigned_users"] == users
        first = await path.annotate_record(
            queue,
            record["id"],
            annotations=[
                {"name": "accuracy", "score": 0.5, "label": "ok"},
                {"name": "note", "text": "hi"},
            ],
        )
        by = {"updated_at": NOW_READ, "annotator": caller}
        assert [a.to_dict() for a in first.annotations] == [
            {"name": "accuracy", "score": 0.5, "label": "ok", **by},
            {"name": "note", "text": "hi", **by},
        ]
        second = await path.annotate_record(
            queue, record["id"], annotations=[{"name": "accuracy", "score": 1.0}]
        )
        # Only the annotations sent come back; an omitted field keeps its value.
        assert [a.to_dict() for a in second.annotations] == [
            {"name": "accuracy", "score": 1.0, "label": "ok", **by}
        ]
        stored = (await _all(path.list_records(queue)))[0]
        assert stored["annotations"] == [
            {"name": "accuracy", "score": 1.0, "label": "ok", **by},
            {"name": "note", "text": "hi", **by},
        ]
        assert stored["assigned_users"] == [
            users[0],
            {"user": caller, "completion_status": "COMPLETED"},
        ]
        emptied = await path.assign_record(queue, record["id"], assigned_user_emails=[])
        assert emptied.assigned_users == []
        await path.delete_record(queue, record_ids=[record["id"]])
        for queue_id in (queue, "no-such-queue"):
            with pytest.raises(NotFoundError):
                await path.annotate_record(queue_id, record["id"], annotations=[{"name": "a"}])
            with pytest.raises(NotFoundError):
                await path.assign_record(queue_id, record["id"], assigned_user_emails=[])


@_config()
async def test_annotations_on_examples_and_runs_upsert_by_name(
    sandbox_server: SandboxServer,
) -> None:
    """Annotations land on the examples and runs named, replace by name, and skip unknown IDs."""
    async with _client(sandbox_server) as client:
        caller = await _user(client)
        dataset, examples = await _dataset(client, [{"q": 1}, {"q": 2}])
        experiment = await client.experiments.create(
            name="e", dataset_id=dataset, experiment_runs=[{"output": "a"}, {"output": "b"}]
        )
        by = {"updated_at": NOW_READ, "annotator": caller}
        targets = (
            (client.datasets.annotate_examples, client.datasets.list_examples, dataset, examples),
            (
                client.experiments.annotate_runs,
                client.experiments.list_runs,
                experiment.id,
                await _all(client.experiments.list_runs(experiment.id)),
            ),
        )
        for annotate, listing, owner, items in targets:
            await annotate(
                owner,
                annotations=[
                    {
                        "record_id": items[0]["id"],
                        "values": [{"name": "q", "label": "bad", "score": 0}],
                    },
                    {"record_id": "no-such-item", "values": [{"name": "q", "label": "?"}]},
                ],
            )
            await annotate(
                owner,
                annotations=[
                    {"record_id": items[0]["id"], "values": [{"name": "q", "label": "good"}]}
                ],
            )
            stored = await _all(listing(owner, limit=1))
            assert stored[0] == {
                **items[0],
                "annotations": [{"name": "q", "label": "good", "score": 0, **by}],
            }
            assert stored[1] == items[1]
            with pytest.raises(NotFoundError):
                await annotate(
                    "no-such-owner", annotations=[{"record_id": "x", "values": [{"name": "q"}]}]
                )
        searched = await _all(client.datasets.search_examples(dataset))
        assert searched == await _all(client.datasets.list_examples(dataset))


@_config()
async def test_a_span_records_annotations_reach_its_span(sandbox_server: SandboxServer) -> None:
    """A SPAN record names a span of its project (else 404); annotating it annotates the span."""
    async with _client(sandbox_server) as client:
        caller = await _user(client)
        queue = (await _queue(client, "spans", caller))["id"]
        project = (await _all(client.projects.list(limit=1)))[0]["id"]
        span, other = await _all(client.spans.list(project_id=project, max_items=2))
        source = {"record_type": "SPAN", "project_id": project, **WINDOW}
        with pytest.raises(NotFoundError, match="no-such-span"):
            await client.annotation_queues.create_record(
                queue, record_sources=[{**source, "span_ids": ["no-such-span"]}]
            )
        made = await client.annotation_queues.create_record(
            queue, record_sources=[{**source, "span_ids": [span["context"]["span_id"]]}]
        )
        await client.annotation_queues.annotate_record(
            queue, made.record_sources[0].id, annotations=[{"name": "tone", "label": "calm"}]
        )
        after = await _all(client.spans.list(project_id=project, max_items=2))
    written = {"name": "tone", "label": "calm", "updated_at": NOW_READ, "annotator": caller}
    assert after[0]["annotations"] == [*span.get("annotations", []), written]
    assert after[1] == other


@_config()
async def test_seeded_records_sit_under_their_queue_coherently(
    sandbox_server: SandboxServer,
) -> None:
    """A seeded queue's records carry its ID; those from datasets have no granularity."""
    async with _client(sandbox_server) as client:
        queue = (await _all(client.annotation_queues.list(limit=1)))[0]["id"]
        records = await _all(client.annotation_queues.list_records(queue))
        assert len(records) == 3 and all(r["annotation_queue_id"] == queue for r in records)
        assert {r["source_type"] for r in records} == {"SPANS", "DATASET"}
        assert all(r["granularity"] is None for r in records if r["source_type"] == "DATASET")


@_config(sizes={"users": 0})
async def test_without_users_a_fixed_caller_annotates(sandbox_server: SandboxServer) -> None:
    """With no user to be the caller, annotations name the sandbox's fixed one."""
    async with _client(sandbox_server) as client:
        dataset, examples = await _dataset(client, [{"q": 1}])
        values = [{"name": "q", "score": 1}]
        await client.datasets.annotate_examples(
            dataset, annotations=[{"record_id": examples[0]["id"], "values": values}]
        )
        stored = await _all(client.datasets.list_examples(dataset))
        assert stored[0]["annotations"][0]["annotator"] == CALLER
