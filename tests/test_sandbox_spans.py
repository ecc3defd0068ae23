"""The sandbox's spans and traces, through the client over loopback: each project has its own
spans, seeded as coherent traces; deletes and annotations are stored; webhook tests are listed.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from aioarize import UNSET, AsyncArize, BadRequestError, NotFoundError, Unset
from aioarize.models import Span
from aioarize.sandbox import SandboxConfig, SandboxServer
from tests.sandbox_conformance import ManualClock

NOW = 1_800_000_000.0  # 2027-01-15T08:00:00Z
SPANS = 20
CONFIG = SandboxConfig(now=NOW, clock=ManualClock(), sizes={"projects": 3, "spans": SPANS})
pytestmark = [
    pytest.mark.anyio,
    pytest.mark.parametrize("sandbox_config", [CONFIG], indirect=True),
]


def _client(server: SandboxServer) -> AsyncArize:
    return AsyncArize(server.config.api_key, base_url=server.base_url)


async def _projects(client: AsyncArize) -> list[str]:
    return [p.id for p in await client.projects.list().to_list()]


async def _spans(client: AsyncArize, project: str, **window: Any) -> list[Span]:
    return await client.spans.list(project_id=project, limit=7, **window).to_list()


def _ids(spans: list[Span]) -> list[str]:
    return [s.context.span_id for s in spans]


async def test_each_project_has_its_own_coherent_traces(sandbox_server: SandboxServer) -> None:
    """Two projects list different spans; in each, parents are spans of the same trace that
    start before and end after their children, and every span ends after it starts, before now."""
    async with _client(sandbox_server) as client:
        first, second = (await _projects(client))[:2]
        mine, theirs = await _spans(client, first), await _spans(client, second)
    assert len(mine) == len(theirs) == SPANS
    assert not set(_ids(mine)) & set(_ids(theirs))
    by_id = {s.context.span_id: s for s in mine}
    now = datetime.datetime.fromtimestamp(NOW, datetime.UTC)
    for span in mine:
        assert now - datetime.timedelta(days=1) < span.start_time < span.end_time < now
        if isinstance(span.parent_id, str):
            parent = by_id[span.parent_id]
            assert parent.context.trace_id == span.context.trace_id
            assert parent.start_time < span.start_time and span.end_time < parent.end_time
    roots = [s for s in mine if s.parent_id is UNSET]
    assert len({s.context.trace_id for s in mine}) == len(roots) < SPANS  # one root per trace


async def test_unknown_deleted_and_new_projects(sandbox_server: SandboxServer) -> None:
    """An unknown or deleted project answers 404 for every span operation; a new one has none."""
    async with _client(sandbox_server) as client:
        project = (await _projects(client))[0]
        space = (await client.projects.get(project)).space_id
        new = await client.projects.create(name="fresh", space_id=space)
        assert await _spans(client, new.id) == []
        assert await client.traces.list(project_id=new.id).to_list() == []
        await client.projects.delete(project)
        for gone in (project, "no-such-project"):
            with pytest.raises(NotFoundError, match="project"):
                await _spans(client, gone)
            with pytest.raises(NotFoundError):
                await client.traces.list(project_id=gone).to_list()
            with pytest.raises(NotFoundError):
                await client.spans.delete(project_id=gone, span_ids=["0" * 16])
            with pytest.raises(NotFoundError):
                record = {"record_id": "0" * 16, "values": [{"name": "q"}]}
                await client.spans.annotate(project_id=gone, annotations=[record])


async def test_time_window_is_half_open_within_a_project(sandbox_server: SandboxServer) -> None:
    """start_time/end_time select the project's spans starting in [start_time, end_time), listed
    newest first as the API documents."""
    async with _client(sandbox_server) as client:
        project = (await _projects(client))[1]
        listed = await _spans(client, project)
        spans = sorted(listed, key=lambda s: s.start_time, reverse=True)
        lo, hi = spans[8].start_time, spans[3].start_time
        window = await _spans(client, project, start_time=lo, end_time=hi)
        traces = await client.traces.list(project_id=project, start_time=lo, end_time=hi).to_list()
    assert _ids(listed) == _ids(spans)
    assert _ids(window) == _ids(spans[4:9])
    assert traces and all(lo <= t.start_time < hi for t in traces if t.start_time)


async def test_deleted_spans_are_gone_from_spans_and_traces(sandbox_server: SandboxServer) -> None:
    """delete_spans answers what it deleted and what not; deleted spans leave lists and traces."""
    async with _client(sandbox_server) as client:
        project = (await _projects(client))[0]
        spans = await _spans(client, project)
        doomed = [spans[0].context.span_id, spans[5].context.span_id]
        answer = await client.spans.delete(project_id=project, span_ids=[*doomed, "0" * 16])
        again = await client.spans.delete(project_id=project, span_ids=doomed[:1])
        late = spans[9].start_time + datetime.timedelta(seconds=1)
        outside = await client.spans.delete(
            project_id=project, span_ids=[spans[9].context.span_id], start_time=late
        )
        left = await _spans(client, project)
        traces = await client.traces.list(project_id=project).to_list()
    assert (answer.completed, answer.deleted_span_ids) == (True, doomed)
    assert answer.not_deleted_span_ids == ["0" * 16]
    assert (again.deleted_span_ids, again.not_deleted_span_ids) == ([], doomed[:1])
    assert (outside.deleted_span_ids, outside.not_deleted_span_ids) == ([], _ids(spans[9:10]))
    assert _ids(left) == [i for i in _ids(spans) if i not in doomed]
    assert sorted(s.context.span_id for t in traces for s in t.spans) == sorted(_ids(left))


async def test_traces_are_made_of_the_projects_spans(sandbox_server: SandboxServer) -> None:
    """Each trace holds exactly its spans (the same IDs and bodies), rooted and timed by them."""
    async with _client(sandbox_server) as client:
        project = (await _projects(client))[2]
        spans = {s.context.span_id: s.to_dict() for s in await _spans(client, project)}
        traces = await client.traces.list(project_id=project, limit=2).to_list()
    in_traces = [s.to_dict() for t in traces for s in t.spans]
    assert len(in_traces) == len(spans)
    assert {s["context"]["span_id"]: s for s in in_traces} == spans
    for trace in traces:
        assert {s.context.trace_id for s in trace.spans} == {trace.trace_id}
        (root,) = [s for s in trace.spans if s.parent_id is UNSET]
        assert trace.root_span_id == root.context.span_id
        assert trace.start_time == min(s.start_time for s in trace.spans) == root.start_time
        assert trace.end_time == max(s.end_time for s in trace.spans) == root.end_time
        assert trace.spans_truncated is False


async def test_annotations_round_trip_and_replace_by_name(sandbox_server: SandboxServer) -> None:
    """Annotations are listed on their span at the sandbox's time; a name written again takes
    the fields sent and keeps the others; by TRACE they go to every span of the trace."""
    async with _client(sandbox_server) as client:
        project = (await _projects(client))[0]
        span, other = (await _spans(client, project))[:2]
        sid = span.context.span_id
        first = [{"name": "quality", "score": 0.5}, {"name": "tone", "label": "calm"}]
        await client.spans.annotate(
            project_id=project, annotations=[{"record_id": sid, "values": first}]
        )
        second = [{"name": "quality", "label": "good", "text": "fine"}]
        await client.spans.annotate(
            project_id=project, annotations=[{"record_id": sid, "values": second}]
        )
        trace = {"record_id": span.context.trace_id, "values": [{"name": "flow", "score": 1}]}
        await client.spans.annotate(project_id=project, annotations=[trace], granularity="TRACE")
        after = {s.context.span_id: s for s in await _spans(client, project)}
    now = datetime.datetime.fromtimestamp(NOW, datetime.UTC)
    written = after[sid].annotations
    assert isinstance(written, list)
    mine = {a.name: a for a in written if a.name in ("quality", "tone")}
    assert {n: (a.score, a.label, a.text) for n, a in mine.items()} == {
        "quality": (0.5, "good", "fine"),
        "tone": (UNSET, "calm", UNSET),
    }
    assert {a.updated_at for a in mine.values()} == {now}
    assert after[other.context.span_id].annotations == other.annotations
    in_trace = [s for s in after.values() if s.context.trace_id == span.context.trace_id]
    assert len(in_trace) > 1
    for member in in_trace:
        assert isinstance(member.trace_annotations, list)
        assert [a.score for a in member.trace_annotations if a.name == "flow"] == [1]


async def test_annotating_an_unknown_span_writes_nothing(sandbox_server: SandboxServer) -> None:
    """A record naming no span of the project (or a session) fails the request with 404 before
    any write; a record_id twice is a 400."""
    async with _client(sandbox_server) as client:
        first, second = (await _projects(client))[:2]
        before = await _spans(client, first)
        stranger = (await _spans(client, second))[0].context.span_id
        known = {"record_id": before[0].context.span_id, "values": [{"name": "q", "score": 1}]}
        for unknown in ("0" * 16, stranger):
            with pytest.raises(NotFoundError, match=unknown):
                records = [known, {"record_id": unknown, "values": [{"name": "q"}]}]
                await client.spans.annotate(project_id=first, annotations=records)
        with pytest.raises(BadRequestError):
            await client.spans.annotate(project_id=first, annotations=[known, known])
        with pytest.raises(NotFoundError, match="session"):  # seeded spans have no sessions
            await client.spans.annotate(
                project_id=first, annotations=[known], granularity="SESSION"
            )
        after = await _spans(client, first)
    assert [s.to_dict() for s in after] == [s.to_dict() for s in before]


async def test_webhook_test_answers_and_is_listed(sandbox_server: SandboxServer) -> None:
    """Testing a webhook answers 200 without error and lists a delivery attempt of the test;
    an unknown or deleted webhook answers 404."""
    async with _client(sandbox_server) as client:
        webhook = (await client.webhooks.list(max_items=1).to_list())[0].id
        assert isinstance(webhook, str)
        before = await client.webhooks.list_delivery_attempts(webhook).to_list()
        result = await client.webhooks.test(webhook)
        attempts = await client.webhooks.list_delivery_attempts(webhook).to_list()
        await client.webhooks.delete(webhook)
        for gone in (webhook, "no-such-webhook"):
            with pytest.raises(NotFoundError):
                await client.webhooks.test(gone)
    assert (result.status_code, result.error_message) == (200, None)
    assert len(attempts) == len(before) + 1
    attempt = attempts[0]  # most recent first, as the API documents
    assert (attempt.status_code, attempt.error_message, attempt.attempt_number) == (200, None, 1)
    assert attempt.created_at == datetime.datetime.fromtimestamp(NOW, datetime.UTC)
    payload = attempt.payload
    assert not isinstance(payload, Unset)
    assert payload.to_dict() == {"event": "webhook.test", "webhook_id": webhook}
