"""Cursor pagination: stop rules, pages and resume, max_items, prefetch and its cleanup."""

from __future__ import annotations

import logging
from typing import Any

import anyio
import httpx
import pytest

from aioarize import AsyncArize, NotFoundError, Page, PaginationError, ResponseValidationError
from aioarize._pagination import _CursorHistory
from aioarize.models import UnknownIntegration
from tests.fakes import FakeClock, Script, make_client, problem, task_json


def item(number: int) -> dict[str, Any]:
    return {"id": f"I{number}", "type": "agent", "name": f"integration {number}"}


def page(
    numbers: range | list[int], cursor: str | None, has_more: bool | None = None
) -> httpx.Response:
    pagination: dict[str, Any] = {"has_more": cursor is not None if has_more is None else has_more}
    if cursor is not None:
        pagination["next_cursor"] = cursor
    body = {"integrations": [item(n) for n in numbers], "pagination": pagination}
    return httpx.Response(200, json=body)


def ids(items: list[Any]) -> list[str | None]:
    return [i.id for i in items]


@pytest.mark.anyio
async def test_items_stream_across_pages_with_filters_resent() -> None:
    """Items of every page come out in order, and each cursor request repeats the filters."""
    script = Script([page(range(0, 3), "c1"), page(range(3, 6), "c2"), page(range(6, 8), None)])
    async with make_client(script) as client:
        items = [i async for i in client.integrations.list(name="prod", type="agent", limit=3)]
    assert ids(items) == [f"I{n}" for n in range(8)]
    params = [dict(r.url.params) for r in script.requests]
    base = {"name": "prod", "type": "agent", "limit": "3"}
    assert params == [base, {**base, "cursor": "c1"}, {**base, "cursor": "c2"}]


@pytest.mark.anyio
async def test_empty_page_with_has_more_is_not_the_end() -> None:
    """An empty page that says has_more leads to the next page, not to the end."""
    script = Script([page([0], "c1"), page([], "c2"), page([], "c3"), page([1], None)])
    async with make_client(script) as client:
        items = [i async for i in client.integrations.list()]
    assert ids(items) == ["I0", "I1"]
    assert len(script.requests) == 4


@pytest.mark.anyio
async def test_has_more_without_cursor_stops_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """has_more without next_cursor (no pagination yet) ends cleanly with a single warning."""
    script = Script([page([0, 1], None, has_more=True)])
    with caplog.at_level(logging.WARNING, logger="aioarize"):
        async with make_client(script) as client:
            items = [i async for i in client.integrations.list()]
    assert ids(items) == ["I0", "I1"]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "next_cursor" in warnings[0].getMessage()


@pytest.mark.parametrize("start", [None, "c0"])
@pytest.mark.anyio
async def test_repeated_cursor_raises_instead_of_looping(start: str | None) -> None:
    """A cursor the server already returned (or was sent) raises PaginationError."""
    repeated = "c0" if start else "c1"
    responses = [page([0], "c1"), page([1], repeated)] if start is None else [page([0], "c0")]
    script = Script(responses)
    seen: list[str | None] = []
    async with make_client(script) as client:
        with pytest.raises(PaginationError, match="twice"):
            async for integration in client.integrations.list(cursor=start):
                seen.append(str(integration.id))
    assert seen == (["I0", "I1"] if start is None else ["I0"])


@pytest.mark.anyio
async def test_pages_and_resume_from_cursor() -> None:
    """pages() yields Page objects whose next_cursor resumes the listing later."""
    script = Script([page(range(0, 2), "c1"), page(range(2, 4), "c2"), page(range(4, 5), None)])
    async with make_client(script) as client:
        first = await anext(client.integrations.list(limit=2).pages())
        assert isinstance(first, Page) and first.has_more and first.next_cursor == "c1"
        rest = [i async for i in client.integrations.list(limit=2, cursor=first.next_cursor)]
    assert ids(first.items) + ids(rest) == [f"I{n}" for n in range(5)]
    assert script.requests[1].url.params["cursor"] == "c1"


@pytest.mark.anyio
async def test_max_items_stops_without_fetching_more() -> None:
    """max_items ends the stream once reached, without requesting further pages."""
    script = Script([page(range(0, 3), "c1"), page(range(3, 6), "c2")])
    async with make_client(script) as client:
        items = [i async for i in client.integrations.list(max_items=4)]
        assert [i async for i in client.integrations.list(max_items=0)] == []
    assert ids(items) == ["I0", "I1", "I2", "I3"]
    assert len(script.requests) == 2


@pytest.mark.anyio
async def test_pages_with_max_items_yield_whole_pages() -> None:
    """pages() stops after the page that reaches max_items, keeping that page whole."""
    script = Script([page(range(0, 3), "c1"), page(range(3, 6), "c2")])
    async with make_client(script) as client:
        pages = [p async for p in client.integrations.list(max_items=2).pages()]
    assert [len(p.items) for p in pages] == [3]
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_retry_mid_pagination_refetches_the_same_page(clock: FakeClock) -> None:
    """Retries mid-listing re-request the same cursor: nothing is lost or doubled."""
    script = Script(
        [
            page(range(0, 2), "c1"),
            problem(429, **{"Retry-After": "1"}),
            httpx.RemoteProtocolError("peer closed connection"),
            page(range(2, 4), "c2"),
            problem(503),
            page(range(4, 5), None),
        ]
    )
    async with make_client(script, clock) as client:
        items = [i async for i in client.integrations.list()]
    assert ids(items) == [f"I{n}" for n in range(5)]
    cursors = [r.url.params.get("cursor") for r in script.requests]
    assert cursors == [None, "c1", "c1", "c1", "c2", "c2"]


@pytest.mark.anyio
async def test_malformed_page_is_a_validation_error() -> None:
    """A page without its item array or with a non-boolean has_more raises with the JSON path."""
    bad_pages = [
        {"pagination": {"has_more": False}},
        {"integrations": {}, "pagination": {"has_more": False}},
        {"integrations": [], "pagination": {"has_more": "yes"}},
        {"integrations": [], "pagination": {"has_more": True, "next_cursor": 5}},
        {"integrations": []},
        [],
    ]
    script = Script([httpx.Response(200, json=body) for body in bad_pages])
    async with make_client(script) as client:
        for _ in bad_pages:
            with pytest.raises(ResponseValidationError, match=r"\$"):
                [i async for i in client.integrations.list()]


@pytest.mark.anyio
async def test_tasks_list_pages_too() -> None:
    """tasks.list uses the same pager: its items key and cursor handling work alike."""
    task = task_json(type="code_evaluation")
    body1 = {"tasks": [task], "pagination": {"has_more": True, "next_cursor": "t1"}}
    body2 = {"tasks": [{**task, "id": "T2"}], "pagination": {"has_more": False}}
    script = Script([httpx.Response(200, json=body1), httpx.Response(200, json=body2)])
    async with make_client(script) as client:
        tasks = [t async for t in client.tasks.list(project_id="P")]
    assert [t.id for t in tasks] == ["T1", "T2"]
    assert script.requests[1].url.params["project_id"] == "P"


@pytest.mark.anyio
async def test_prefetch_needs_async_with() -> None:
    """Iterating a prefetching pager outside `async with` is refused with a clear message."""
    client = make_client(Script([]))
    with pytest.raises(RuntimeError, match="async with"):
        [i async for i in client.integrations.list(prefetch=1)]
    await client.aclose()


@pytest.mark.anyio
async def test_prefetch_fetches_next_page_while_consumer_works() -> None:
    """With prefetch=1 the second page is requested before the consumer finishes the first."""
    events: list[str] = []
    responses = iter([page(range(0, 2), "c1"), page(range(2, 4), None)])

    def server(request: httpx.Request) -> httpx.Response:
        events.append(f"fetch {request.url.params.get('cursor')}")
        return next(responses)

    async with make_client(server) as client:
        pager = client.integrations.list(prefetch=1)
        async with pager:
            async for integration in pager:
                events.append(f"start {integration.id}")
                await anyio.sleep(0.01)  # the consumer's work on the item
    assert events.index("fetch c1") < events.index("start I1")
    assert [e for e in events if e.startswith("start")] == [f"start I{n}" for n in range(4)]


class HangingSecondPage:
    """A server whose second page never comes; records when its fetch is cancelled."""

    def __init__(self) -> None:
        self.started = anyio.Event()
        self.cancelled: list[str] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if "cursor" not in request.url.params:
            return page(range(0, 2), "c1")
        self.started.set()
        try:
            await anyio.sleep_forever()
        finally:
            self.cancelled.append("second page fetch cancelled")
        raise AssertionError("unreachable")


@pytest.mark.anyio
async def test_break_cancels_inflight_prefetch() -> None:
    """Breaking out of a prefetching loop cancels the fetch in flight and leaves no task behind."""
    server = HangingSecondPage()
    async with make_client(server) as client:
        pager = client.integrations.list(prefetch=1)
        with anyio.fail_after(5):
            async with pager:
                async for _ in pager:
                    await server.started.wait()
                    break
    assert server.cancelled == ["second page fetch cancelled"]


@pytest.mark.anyio
async def test_consumer_exception_propagates_unwrapped_and_cancels_prefetch() -> None:
    """A loop-body exception comes out as itself, not an ExceptionGroup; the fetch is cancelled."""
    server = HangingSecondPage()
    async with make_client(server) as client:
        pager = client.integrations.list(prefetch=1)
        with pytest.raises(KeyError, match="boom"), anyio.fail_after(5):
            async with pager:
                async for _ in pager:
                    await server.started.wait()
                    raise KeyError("boom")
    assert server.cancelled == ["second page fetch cancelled"]


@pytest.mark.anyio
async def test_outer_cancellation_cancels_prefetch() -> None:
    """Cancelling the consuming task cancels the prefetch too and returns promptly."""
    server = HangingSecondPage()

    async def consume(client: AsyncArize) -> None:
        pager = client.integrations.list(prefetch=1)
        async with pager:
            async for _ in pager:
                await anyio.sleep_forever()

    async with make_client(server) as client:
        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                tg.start_soon(consume, client)
                await server.started.wait()
                tg.cancel_scope.cancel()
    assert server.cancelled == ["second page fetch cancelled"]


@pytest.mark.anyio
async def test_fetch_error_during_prefetch_reaches_consumer_typed() -> None:
    """An API error on a prefetched page is raised in the loop as the typed error itself."""
    script = Script([page(range(0, 2), "c1"), problem(404, "Gone")])
    got: list[str | None] = []
    async with make_client(script) as client:
        pager = client.integrations.list(prefetch=2)
        with pytest.raises(NotFoundError, match="Gone"):
            async with pager:
                async for integration in pager:
                    got.append(str(integration.id))
    assert got == ["I0", "I1"]


@pytest.mark.anyio
async def test_prefetch_streams_every_item_exactly_once() -> None:
    """With prefetch, a long listing yields each item once and in order."""
    responses = [page(range(n, n + 5), f"c{n + 5}" if n < 45 else None) for n in range(0, 50, 5)]
    script = Script(responses)
    async with make_client(script) as client:
        pager = client.integrations.list(prefetch=2)
        async with pager:
            items = [i async for i in pager]
    assert ids(items) == [f"I{n}" for n in range(50)]
    assert all(isinstance(i, UnknownIntegration) for i in items)


@pytest.mark.anyio
async def test_long_cursor_cycle_is_caught_in_bounded_pages() -> None:
    """A cycle longer than the exact window still raises, within about twice its length."""
    cycle = 50

    def server(request: httpx.Request) -> httpx.Response:
        current = int(request.url.params.get("cursor", "c0")[1:])
        return page([current], f"c{(current + 1) % cycle}")

    requests = 0

    def counting(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        return server(request)

    async with make_client(counting) as client:
        with pytest.raises(PaginationError):
            [i async for i in client.integrations.list()]
    assert cycle < requests <= 3 * cycle


def test_cursor_history_is_exact_for_recent_cursors() -> None:
    """Any of the last RECENT cursors, or the starting one, counts as seen at once."""
    history = _CursorHistory("start")
    cursors = [f"c{n}" for n in range(_CursorHistory.RECENT)]
    assert not any(history.seen_before(c) for c in cursors)
    assert all(history.seen_before(c) for c in cursors)
    fresh = _CursorHistory(None)
    assert not fresh.seen_before("a") and fresh.seen_before("a")
