"""``AsyncArize``: configuration, the HTTP client, and the request path every call takes."""

from __future__ import annotations

import contextlib
import json
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from types import TracebackType
from typing import Any, Self

import anyio
import attrs
import httpx
from aioarize_facade import RESOURCES, Resources

from ._config import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT, resolve_settings
from ._errors import ArizeError, ConfigurationError, json_body
from ._operation import Operation, Request, arguments
from ._pagination import AsyncPager, FetchedPage, parse_page
from ._redact import LOG_FILTER, RedactedHeaders, Redactor
from ._retry import Clock, RetryEvent, RetryPolicy, Sender, Sleep
from ._transport import DefaultTransport
from ._version import __version__

__all__ = ["AsyncArize", "RawResponse"]


@attrs.define
class RawResponse:
    """The HTTP response behind a call made inside ``client.raw_response()``.

    For a list, the response of the last page fetched; ``None`` until a call answers.
    """

    http: httpx.Response | None = None
    # The key of the client that made the call, hidden from the headers' repr.
    _redact: Redactor = attrs.field(factory=lambda: Redactor(""), repr=False)

    @property
    def status_code(self) -> int | None:
        return None if self.http is None else self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers; their repr shows no API key, whichever header echoed it."""
        return RedactedHeaders(
            httpx.Headers() if self.http is None else self.http.headers, self._redact
        )

    @property
    def request_id(self) -> str | None:
        """The ID the API gave the request (quote it to support), if it sent one."""
        value = self.headers.get("x-request-id") or self.headers.get("request-id")
        return None if value is None else str(value)


# Set by raw_response() in the calling task; a context variable, so concurrent calls in
# other tasks do not write into it.
_raw_response: ContextVar[RawResponse | None] = ContextVar("aioarize_raw_response", default=None)

_DEFAULT = object()  # "not given", where None is a meaningful value


class AsyncArize(Resources):
    """Async client for the Arize AX REST API v2.

    Use as ``async with AsyncArize() as client:`` or call ``await client.aclose()``.
    Every operation of the spec is a method of a resource: ``client.<tag>.<method>``
    (see ``aioarize_facade``, generated from spec/spec.yaml).

    * ``api_key``: defaults to ``$ARIZE_API_KEY``.
    * ``region`` (``us-central-1a``, ``us-east-1b``, ``ca-central-1a``, ``eu-west-1a``)
      or ``base_url`` (any other host); default ``$ARIZE_REGION`` / ``$ARIZE_BASE_URL``,
      else the global host ``https://api.arize.com``.
    * ``timeout``: seconds or an ``httpx.Timeout``; default 5 s to connect, 30 s to read.
    * ``retry``: a ``RetryPolicy``; ``on_retry`` is called with each ``RetryEvent``.
    * ``max_response_size``: the largest body accepted, in decoded bytes (default 64 MiB);
      a larger one raises ``ResponseTooLargeError`` once that much has been read.
    * ``http_client``: an ``httpx.AsyncClient`` to use as is (never closed by aioarize);
      ``transport``: an httpx transport for the client aioarize creates (mocks, ASGI apps);
      by default aiohttp's pool on asyncio and httpx's own on trio (``DefaultTransport``).
    * ``sleep`` / ``clock``: how retries wait and tell time (tests inject fakes).

    A client works from any event loop (or trio run), one at a time: ``asyncio.run()`` twice,
    trio then asyncio. Its connections close with the loop that opened them; using it from a
    second loop while the first still runs (another thread) raises ``EventLoopError``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | object | None = _DEFAULT,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        on_retry: Callable[[RetryEvent], None] | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        settings = resolve_settings(api_key, region, base_url)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client= or transport=, not both")
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise ConfigurationError("retry must be a RetryPolicy")
        self._owns_http_client = http_client is None
        if http_client is None:
            transport = transport or DefaultTransport()
            http_client = httpx.AsyncClient(transport=transport, follow_redirects=False)
            default_timeout: httpx.Timeout = DEFAULT_TIMEOUT
        else:
            default_timeout = http_client.timeout
        self._settings = settings
        self._timeout = _timeout(default_timeout if timeout is _DEFAULT else timeout)
        self._retry = retry or RetryPolicy()
        self._sender = Sender(
            http_client,
            transport=transport,
            sleep=sleep or anyio.sleep,
            # Not the loop's clock: trio's starts at a random offset, and a client outlives loops.
            clock=clock or time.monotonic,
            on_retry=on_retry,
            max_response_size=max_response_size,
        )
        self._redact = Redactor(settings.api_key.reveal())
        self._watch_logs()
        # httpx.Headers masks Authorization in its repr, so the key stays out of
        # debuggers and tracebacks that show locals.
        self._headers = httpx.Headers(
            {
                "Authorization": f"Bearer {settings.api_key.reveal()}",
                "Accept": "application/json",
                "User-Agent": f"aioarize/{__version__}",
            }
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    def __repr__(self) -> str:
        return f"AsyncArize(base_url={self.base_url!r})"

    def _watch_logs(self) -> None:
        """Redact this client's key from the HTTP libraries' logs until it closes (or is
        collected unclosed)."""
        LOG_FILTER.watch(self._redact)
        self._forget_logs = weakref.finalize(self, LOG_FILTER.forget, self._redact)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | object | None = _DEFAULT,
        retry: RetryPolicy | None = None,
    ) -> AsyncArize:
        """A client with other settings sharing this one's connections and rate-limit cooldown."""
        derived = object.__new__(AsyncArize)
        # Resources are created on first use and bound to their client: not copied.
        derived.__dict__.update((k, v) for k, v in self.__dict__.items() if k not in RESOURCES)
        derived._owns_http_client = False
        derived._watch_logs()
        if timeout is not _DEFAULT:
            derived._timeout = _timeout(timeout)
        if retry is not None:
            if not isinstance(retry, RetryPolicy):
                raise ConfigurationError("retry must be a RetryPolicy")
            derived._retry = retry
        return derived

    @contextlib.contextmanager
    def raw_response(self) -> Iterator[RawResponse]:
        """Capture the HTTP response (status, headers, request ID) of the calls in the block.

        ``with client.raw_response() as raw: dataset = await client.datasets.get(id)``,
        then ``raw.headers``, ``raw.request_id``. Results stay the parsed models.
        """
        raw = RawResponse()
        token = _raw_response.set(raw)
        try:
            yield raw
        finally:
            _raw_response.reset(token)

    async def aclose(self) -> None:
        """Close the connections aioarize opened; safe to call more than once."""
        if self._owns_http_client:
            self._sender.loop.enter()  # EventLoopError while another loop still uses it
            await self._sender.http_client.aclose()
        self._forget_logs()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _call(self, operation: Operation, given: Mapping[str, Any]) -> Any:
        """Check the arguments, send the request, decode the answer (``None`` without a body)."""
        request = arguments(operation, given)
        try:
            body = await self._exchange(operation, request)
            if body is None or operation.decode is None:
                return body
            return operation.decode(body, "$")
        except ArizeError as error:
            self._redact.scrub(error)  # a server may have echoed the key into any field
            raise

    def _paginate(
        self,
        operation: Operation,
        given: Mapping[str, Any],
        *,
        cursor: str | None,
        max_items: int | None,
        prefetch: int,
    ) -> AsyncPager[Any]:
        """A pager over a list operation; its filters go out unchanged with every cursor."""
        if cursor is not None and not isinstance(cursor, str):
            raise TypeError(f"cursor must be a string, got {type(cursor).__name__}")
        first = arguments(operation, given)  # checked now, not at the first iteration
        items, decode = operation.items, operation.decode
        assert items is not None and decode is not None, "generated for list operations only"

        async def fetch_page(page_cursor: str | None) -> FetchedPage[Any]:
            request = first
            if page_cursor is not None:
                if operation.cursor_in == "body":
                    request = Request(
                        first.path, first.query, {**(first.body or {}), "cursor": page_cursor}
                    )
                else:
                    request = Request(
                        first.path, {**first.query, "cursor": page_cursor}, first.body
                    )
            return parse_page(await self._exchange(operation, request), items, decode)

        return AsyncPager(
            fetch_page,
            cursor=cursor,
            max_items=max_items,
            prefetch=prefetch,
            scrub=self._redact.scrub,
        )

    async def _exchange(self, operation: Operation, request: Request) -> Any:
        """Send one call through the retrying sender; the decoded JSON body, or ``None``."""
        http_request = self._sender.build_request(
            operation.method,
            self.base_url + request.path,
            params=request.query,
            headers=self._headers,
            content=None if request.body is None else _json_bytes(request.body),
            timeout=self._timeout,
        )
        if request.body is not None:
            http_request.headers["Content-Type"] = "application/json"
        response = await self._sender.send(http_request, self._retry)
        if (raw := _raw_response.get()) is not None:
            raw.http, raw._redact = response, self._redact
        if response.status_code == 204 or not response.content:
            return None
        return json_body(response)


def _json_bytes(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def _timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        if value is not None and value <= 0:
            raise ConfigurationError(f"timeout must be positive, got {value!r}")
        return httpx.Timeout(value)
    raise ConfigurationError(f"timeout must be seconds or an httpx.Timeout, got {value!r}")
