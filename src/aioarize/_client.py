"""``AsyncArize``: configuration, the HTTP client, and the request path every call takes."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypeVar

import anyio
import httpx
from aioarize_api.types import UNSET

from . import _resources
from ._config import DEFAULT_TIMEOUT, resolve_settings
from ._errors import ConfigurationError, ResponseValidationError
from ._pagination import AsyncPager, FetchedPage, parse_page
from ._retry import Clock, RetryEvent, RetryPolicy, Sender, Sleep
from ._transport import DefaultTransport
from ._version import __version__

__all__ = ["AsyncArize"]

T = TypeVar("T")

_DEFAULT = object()  # "not given", where None is a meaningful value


class AsyncArize:
    """Async client for the Arize AX REST API v2.

    Use as ``async with AsyncArize() as client:`` or call ``await client.aclose()``.

    * ``api_key``: defaults to ``$ARIZE_API_KEY``.
    * ``region`` (``us-central-1a``, ``us-east-1b``, ``ca-central-1a``, ``eu-west-1a``)
      or ``base_url`` (any other host); default ``$ARIZE_REGION`` / ``$ARIZE_BASE_URL``,
      else the global host ``https://api.arize.com``.
    * ``timeout``: seconds or an ``httpx.Timeout``; default 5 s to connect, 30 s to read.
    * ``retry``: a ``RetryPolicy``; ``on_retry`` is called with each ``RetryEvent``.
    * ``http_client``: an ``httpx.AsyncClient`` to use as is (never closed by aioarize);
      ``transport``: an httpx transport for the client aioarize creates (mocks, ASGI apps);
      by default aiohttp's pool on asyncio and httpx's own on trio (``DefaultTransport``).
    * ``sleep`` / ``clock``: how retries wait and tell time (tests inject fakes).
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
    ) -> None:
        settings = resolve_settings(api_key, region, base_url)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client= or transport=, not both")
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise ConfigurationError("retry must be a RetryPolicy")
        self._owns_http_client = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(
                transport=transport or DefaultTransport(), follow_redirects=False
            )
            default_timeout: httpx.Timeout = DEFAULT_TIMEOUT
        else:
            default_timeout = http_client.timeout
        self._settings = settings
        self._timeout = _timeout(default_timeout if timeout is _DEFAULT else timeout)
        self._retry = retry or RetryPolicy()
        self._sender = Sender(
            http_client,
            sleep=sleep or anyio.sleep,
            clock=clock or anyio.current_time,
            on_retry=on_retry,
        )
        # httpx.Headers masks Authorization in its repr, so the key stays out of
        # debuggers and tracebacks that show locals.
        self._headers = httpx.Headers(
            {
                "Authorization": f"Bearer {settings.api_key.reveal()}",
                "Accept": "application/json",
                "User-Agent": f"aioarize/{__version__}",
            }
        )
        self.integrations = _resources.Integrations(self)
        self.tasks = _resources.Tasks(self)

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

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | object | None = _DEFAULT,
        retry: RetryPolicy | None = None,
    ) -> AsyncArize:
        """A client with other settings sharing this one's connections and rate-limit cooldown."""
        derived = object.__new__(AsyncArize)
        derived.__dict__.update(self.__dict__)
        derived._owns_http_client = False
        if timeout is not _DEFAULT:
            derived._timeout = _timeout(timeout)
        if retry is not None:
            if not isinstance(retry, RetryPolicy):
                raise ConfigurationError("retry must be a RetryPolicy")
            derived._retry = retry
        derived.integrations = _resources.Integrations(derived)
        derived.tasks = _resources.Tasks(derived)
        return derived

    async def aclose(self) -> None:
        """Close the connections aioarize opened; safe to call more than once."""
        if self._owns_http_client:
            await self._sender.http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _request(self, kwargs: dict[str, Any]) -> Any:
        """Send what a generated ``_get_kwargs`` built and return the decoded JSON body."""
        request = self._sender.http_client.build_request(
            kwargs["method"],
            self.base_url + kwargs["url"],
            params=kwargs.get("params"),
            headers=self._headers,
            timeout=self._timeout,
        )
        response = await self._sender.send(request, self._retry)
        try:
            return response.json()
        except ValueError:
            raise ResponseValidationError(
                f"$: the {response.status_code} response body is not JSON"
                f" ({request.method} {request.url})"
            ) from None

    def _paginate(
        self,
        get_kwargs: Callable[..., dict[str, Any]],
        filters: dict[str, Any],
        items_key: str,
        parse_item: Callable[[Any, str], T],
        *,
        cursor: str | None,
        max_items: int | None,
        prefetch: int,
    ) -> AsyncPager[T]:
        """A pager over a list operation; ``filters`` go out unchanged with every cursor."""

        async def fetch_page(page_cursor: str | None) -> FetchedPage[T]:
            kwargs = get_kwargs(**filters, cursor=UNSET if page_cursor is None else page_cursor)
            return parse_page(await self._request(kwargs), items_key, parse_item)

        return AsyncPager(fetch_page, cursor=cursor, max_items=max_items, prefetch=prefetch)


def _timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        if value is not None and value <= 0:
            raise ConfigurationError(f"timeout must be positive, got {value!r}")
        return httpx.Timeout(value)
    raise ConfigurationError(f"timeout must be seconds or an httpx.Timeout, got {value!r}")
