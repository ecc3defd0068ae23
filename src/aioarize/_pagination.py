"""Cursor pagination: one pager for every list operation.

Stop rules, from the API overview:

* follow ``pagination.has_more`` and ``next_cursor``; the first request's
  filters go out unchanged with every cursor (the caller's ``fetch_page``
  closes over them);
* an empty page with ``has_more: true`` is not the end;
* ``has_more: true`` without ``next_cursor`` (endpoints without pagination
  yet) ends the iteration with one logged warning;
* a cursor seen before in the same iteration raises ``PaginationError``
  instead of looping forever (see ``_CursorHistory`` for the memory bound).

Without prefetch, pages are fetched as items are consumed and nothing runs in
the background, so plain ``async for`` is safe to abandon. With prefetch, the
next page is fetched in a task of an anyio task group that lives inside
``async with pager:``; leaving that block (break, exception, cancellation)
cancels the fetch in flight.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import anyio
import anyio.lowlevel
import attrs
from aioarize_api.models import PaginationMetadata
from aioarize_api.types import Unset
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._dispatch import strict
from ._errors import ArizeError, PaginationError, ResponseValidationError
from ._tables import import_pandas, to_frame

if TYPE_CHECKING:
    import pandas

__all__ = ["AsyncPager", "Page"]

logger = logging.getLogger("aioarize")

T = TypeVar("T")
TO_PANDAS = "pager.to_pandas()"


@attrs.frozen
class Page(Generic[T]):
    """One page of a list operation; pass ``next_cursor`` as ``cursor=`` to resume after it."""

    items: list[T]
    has_more: bool
    next_cursor: str | None


@attrs.frozen
class FetchedPage(Generic[T]):
    """A list response whose pagination is checked and whose items are not parsed yet.

    The cursor is all the pager needs to request the next page, so with prefetch
    the next request is already in flight while the consumer parses these items.
    """

    raw_items: list[Any]
    has_more: bool
    next_cursor: str | None
    items_key: str
    parse_item: Callable[[Any, str], T]

    def parse(self) -> Page[T]:
        parse_item, prefix = self.parse_item, f"$.{self.items_key}["
        items = [parse_item(raw, f"{prefix}{i}]") for i, raw in enumerate(self.raw_items)]
        return Page(items=items, has_more=self.has_more, next_cursor=self.next_cursor)


def parse_page(body: Any, items_key: str, parse_item: Callable[[Any, str], T]) -> FetchedPage[T]:
    """A list response ``{items_key: [...], "pagination": {...}}``, its envelope checked."""
    if not isinstance(body, dict):
        raise ResponseValidationError(f"$: expected a JSON object, got {type(body).__name__}")
    raw_items = body.get(items_key)
    if not isinstance(raw_items, list):
        where = f"$.{items_key}"
        raise ResponseValidationError(f"{where}: expected an array", path=where)
    raw_pagination = body.get("pagination")
    if isinstance(raw_pagination, dict) and raw_pagination.get("next_cursor", "") is None:
        # The spec allows only a string, but the published examples end a listing
        # with "next_cursor": null: read it as absent.
        raw_pagination = {
            key: value for key, value in raw_pagination.items() if key != "next_cursor"
        }
    pagination = strict(PaginationMetadata.from_dict, raw_pagination, "$.pagination")
    next_cursor = None if isinstance(pagination.next_cursor, Unset) else pagination.next_cursor
    # An empty cursor cannot be sent back; treat it as absent.
    return FetchedPage(raw_items, pagination.has_more, next_cursor or None, items_key, parse_item)


FetchPage = Callable[[str | None], Awaitable[FetchedPage[T]]]
#: Redacts the API key from an error in place (the client's ``Redactor.scrub``).
Scrub = Callable[[BaseException], None]


class _CursorHistory:
    """The cursors followed so far, kept in constant memory, to catch a server that loops.

    The last ``RECENT`` cursors are compared exactly, so the usual fault (the same
    cursor again, or a short cycle) raises at once. A longer cycle is caught by
    Brent's method: a checkpoint cursor, moved at doubling intervals, recurs
    within about twice the cycle's length. Remembering every cursor would make
    memory grow with the length of the listing.
    """

    RECENT = 32

    def __init__(self, first: str | None) -> None:
        self._recent: deque[str] = deque(maxlen=self.RECENT)
        if first is not None:
            self._recent.append(first)
        self._checkpoint = first
        self._steps = 0
        self._interval = 1

    def seen_before(self, cursor: str) -> bool:
        """Whether ``cursor`` repeats one already followed; otherwise remember it."""
        if cursor == self._checkpoint or cursor in self._recent:
            return True
        self._recent.append(cursor)
        self._steps += 1
        if self._steps == self._interval:
            self._checkpoint, self._steps, self._interval = cursor, 0, self._interval * 2
        return False


class _Fetches(Generic[T]):
    """Pages fetched on demand, following the stop rules above; items left unparsed.

    A plain async iterator rather than an async generator: abandoning it mid-way
    (``break``) leaves nothing to finalize, so no event loop warns about it.
    """

    def __init__(self, fetch_page: FetchPage[T], cursor: str | None, max_items: int | None) -> None:
        self._fetch_page = fetch_page
        self._cursor = cursor
        self._history = _CursorHistory(cursor)
        self._max_items = max_items
        self._fetched = 0
        self._done = False
        self._error: PaginationError | None = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> FetchedPage[T]:
        if self._error is not None:
            raise self._error
        if self._done:
            raise StopAsyncIteration
        page = await self._fetch_page(self._cursor)
        self._fetched += len(page.raw_items)
        self._advance(page)
        return page

    def _advance(self, page: FetchedPage[T]) -> None:
        """Decide, after yielding ``page``, whether and where to continue."""
        self._done = True
        if not page.has_more:
            return
        if self._max_items is not None and self._fetched >= self._max_items:
            return
        if page.next_cursor is None:
            logger.warning(
                "the server reported more results but sent no next_cursor"
                " (pagination not implemented for this endpoint yet); stopping"
            )
            return
        if self._history.seen_before(page.next_cursor):
            # Raised on the next step, so the items of this page are not lost.
            self._error = PaginationError(
                f"the server returned cursor {page.next_cursor!r} twice;"
                " stopping instead of looping forever"
            )
            return
        self._cursor = page.next_cursor
        self._done = False


class _Prefetched(Generic[T]):
    """Pages handed over by the prefetching task; errors are re-raised as themselves."""

    def __init__(self, receive: MemoryObjectReceiveStream[FetchedPage[T] | Exception]) -> None:
        self._receive = receive

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> FetchedPage[T]:
        try:
            page_or_error = await self._receive.receive()
        except (anyio.EndOfStream, anyio.ClosedResourceError):
            raise StopAsyncIteration from None
        if isinstance(page_or_error, Exception):
            raise page_or_error
        # Let the producer send its next request before this task parses the
        # page: parsing holds the event loop, and the request need not wait.
        await anyio.lowlevel.checkpoint()
        return page_or_error


class _Parsed(Generic[T]):
    """Fetched pages with their items parsed, in the consumer's task; every error of the
    pager leaves through here, scrubbed of the API key (a server may echo it as a cursor)."""

    def __init__(self, fetches: AsyncIterator[FetchedPage[T]], scrub: Scrub) -> None:
        self._fetches = fetches
        self._scrub = scrub

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Page[T]:
        try:
            return (await anext(self._fetches)).parse()
        except ArizeError as error:
            self._scrub(error)
            raise


class _Items(Generic[T]):
    """Items of successive pages, stopping at ``max_items``."""

    def __init__(self, pages: AsyncIterator[Page[T]], max_items: int | None) -> None:
        self._pages = pages
        self._remaining = max_items
        self._buffer: list[T] = []
        self._index = 0

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        if self._remaining == 0:
            raise StopAsyncIteration
        while self._index >= len(self._buffer):
            # Drop the previous page before fetching the next: memory stays at one page.
            self._buffer = []
            self._buffer = (await anext(self._pages)).items
            self._index = 0
        item = self._buffer[self._index]
        self._index += 1
        if self._remaining is not None:
            self._remaining -= 1
        return item


def _record(item: Any) -> Any:
    """An item as a mapping: a generated model's ``to_dict()``, anything else as it is."""
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else item


class AsyncPager(Generic[T]):
    """The result of a list operation: iterate items, or ``.pages()`` for whole pages.

    ``async for item in pager`` streams items one page at a time. With
    ``prefetch > 0`` enter it first: ``async with pager: async for item in pager``.
    """

    def __init__(
        self,
        fetch_page: FetchPage[T],
        *,
        cursor: str | None = None,
        max_items: int | None = None,
        prefetch: int = 0,
        scrub: Scrub = lambda error: None,
    ) -> None:
        if max_items is not None and (
            not isinstance(max_items, int) or isinstance(max_items, bool) or max_items < 0
        ):
            raise ValueError(f"max_items must be a non-negative int or None, got {max_items!r}")
        if not isinstance(prefetch, int) or isinstance(prefetch, bool) or prefetch < 0:
            raise ValueError(f"prefetch must be a non-negative int, got {prefetch!r}")
        self._fetch_page = fetch_page
        self._cursor = cursor
        self._max_items = max_items
        self._prefetch = prefetch
        self._scrub = scrub
        self._task_group: TaskGroup | None = None
        self._prefetched: MemoryObjectReceiveStream[FetchedPage[T] | Exception] | None = None

    def __repr__(self) -> str:
        return (
            f"AsyncPager(cursor={self._cursor!r}, max_items={self._max_items!r},"
            f" prefetch={self._prefetch!r})"
        )

    def __aiter__(self) -> AsyncIterator[T]:
        return _Items(self.pages(), self._max_items)

    def pages(self) -> AsyncIterator[Page[T]]:
        """Whole pages; with ``max_items``, stops after the page that reaches it."""
        if self._prefetch == 0:
            return _Parsed(_Fetches(self._fetch_page, self._cursor, self._max_items), self._scrub)
        if self._prefetched is None:
            raise RuntimeError(
                "prefetch needs structured cleanup: use `async with pager:` around the loop"
            )
        return _Parsed(_Prefetched(self._prefetched), self._scrub)

    async def to_list(self) -> list[T]:
        """Every item (up to ``max_items``) in one list; with prefetch, entered for the call if
        it is not already."""
        if self._prefetch and self._task_group is None:
            async with self:
                return [item async for item in self]
        return [item async for item in self]

    async def to_pandas(self) -> pandas.DataFrame:
        """Every item as a row of a pandas DataFrame, nested fields as dotted columns.

        Columns are the API's field names (``config.provider``); lists stay one value.
        Needs the ``pandas`` extra (``MissingDependencyError`` without it, before any request).
        """
        import_pandas(TO_PANDAS)  # no pandas: fail before any request
        return to_frame(map(_record, await self.to_list()), feature=TO_PANDAS)

    async def __aenter__(self) -> Self:
        if self._prefetch and self._task_group is None:
            # Buffer prefetch - 1 pages: the producer holds one more while it waits to hand it over.
            send, receive = anyio.create_memory_object_stream[FetchedPage[T] | Exception](
                self._prefetch - 1
            )
            self._task_group = anyio.create_task_group()
            await self._task_group.__aenter__()
            self._task_group.start_soon(self._produce, send)
            self._prefetched = receive
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._task_group is None:
            return
        task_group, self._task_group = self._task_group, None
        assert self._prefetched is not None
        self._prefetched.close()
        task_group.cancel_scope.cancel()
        # The body's own exception keeps propagating from the `async with` as is;
        # handing it to the task group would wrap it in an ExceptionGroup.
        await task_group.__aexit__(None, None, None)

    async def _produce(self, send: MemoryObjectSendStream[FetchedPage[T] | Exception]) -> None:
        async with send:
            try:
                async for page in _Fetches(self._fetch_page, self._cursor, self._max_items):
                    await send.send(page)
            except (anyio.ClosedResourceError, anyio.BrokenResourceError):
                return  # the consumer left early
            except Exception as exc:
                # Hand the error to the consumer to raise as is, rather than
                # letting the task group wrap it in an ExceptionGroup.
                with contextlib.suppress(anyio.ClosedResourceError, anyio.BrokenResourceError):
                    await send.send(exc)
