"""The sandbox as a plain ASGI 3 application."""

from __future__ import annotations

import dataclasses
import hmac
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, quote

import anyio

from ._config import SandboxConfig
from ._cursor import Cursor, CursorError, decode_cursor, encode_cursor, filter_scope
from ._data import (
    INTEGRATION_TYPES_KNOWN,
    INTEGRATION_TYPES_UNKNOWN,
    TASK_TYPES,
    Catalog,
    JSONObject,
    SeedData,
)
from ._throttle import FaultInjector, TokenBucket

# The loose ASGI typing httpx.ASGITransport uses, so the app type-checks with it.
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_ERRORS_DOC = "https://arize.com/docs/ax/rest-reference/errors#"
# status -> (title, anchor in the errors page); titles follow the spec's examples.
_PROBLEMS = {
    400: ("Invalid request parameters", "invalid-request"),
    401: ("Authentication required", "authentication-required"),
    404: ("Resource not found", "resource-not-found"),
    405: ("Method not allowed", "method-not-allowed"),
    429: ("Rate limit exceeded", "rate-limit-exceeded"),
    503: ("Service unavailable", "service-unavailable"),
}
_LIST_FILTERS = {
    "integrations": ("type", "space_id", "space_name", "name"),
    "tasks": ("space_id", "space_name", "name", "project_id", "dataset_id", "type"),
}
_MAX_SEARCH_LENGTH = 255  # maxLength of the spec's space_name and name parameters
_DEFAULT_LIMIT = 50
_MAX_LIMIT = 100
_DIGITS = re.compile(r"[0-9]{1,9}")
_INTEGRATION_PREFIX = "/v2/integrations/"
_BEARER = re.compile(r"bearer[ \t]+(\S+)[ \t]*", re.IGNORECASE)


class _Response(NamedTuple):
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class _BadRequest(Exception):
    pass


def _json_response(
    status: int, body: JSONObject, content_type: bytes, extra: list[tuple[bytes, bytes]]
) -> _Response:
    data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    headers = [(b"content-type", content_type), (b"content-length", str(len(data)).encode())]
    return _Response(status, headers + extra, data)


def _ok(body: JSONObject) -> _Response:
    return _json_response(200, body, b"application/json", [])


def _problem(
    status: int, detail: str, path: str, extra: list[tuple[bytes, bytes]] | None = None
) -> _Response:
    title, anchor = _PROBLEMS[status]
    body = {
        "status": status,
        "title": title,
        "detail": detail,
        "type": _ERRORS_DOC + anchor,
        # Escape so the instance is a valid uri-reference whatever the path holds.
        "instance": quote(path, safe="/:@!$&'()*+,;=-._~"),
    }
    return _json_response(status, body, b"application/problem+json", extra or [])


class SandboxApp:
    """ASGI app serving the sandbox; build it with :func:`create_app`."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self._data = SeedData(config)
        self._limiter = (
            None if config.rate_limit is None else TokenBucket(config.rate_limit, config.clock)
        )
        self._faults = FaultInjector(config.fail_rate, config.seed)
        self._integration_types = INTEGRATION_TYPES_KNOWN + (
            INTEGRATION_TYPES_UNKNOWN if config.unknown_variants else ()
        )

    @property
    def catalog(self) -> Catalog:
        """Spaces, projects, datasets and users the seed items refer to (for filters)."""
        return self._data.catalog

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            # No websockets here; refusing the handshake is the ASGI way to say so.
            await send({"type": "websocket.close", "code": 1000})
            return
        response = await self._respond(scope)
        await send(
            {"type": "http.response.start", "status": response.status, "headers": response.headers}
        )
        await send({"type": "http.response.body", "body": response.body})

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _respond(self, scope: Scope) -> _Response:
        if self.config.latency_ms > 0:
            await anyio.sleep(self.config.latency_ms / 1000)
        path: str = scope["path"]
        if path == "/v2/integrations":
            operation, integration_id = "integrations", None
        elif path == "/v2/tasks":
            operation, integration_id = "tasks", None
        elif path.startswith(_INTEGRATION_PREFIX) and len(path) > len(_INTEGRATION_PREFIX):
            # The rest of the path, slashes included: an escaped "/" in an ID
            # arrives decoded in the ASGI path.
            operation, integration_id = "integration", path[len(_INTEGRATION_PREFIX) :]
        else:
            return _problem(404, f"No API resource at {path!r}.", path)
        if scope["method"] != "GET":
            return _problem(
                405,
                f"{scope['method']} is not supported here; use GET.",
                path,
                [(b"allow", b"GET")],
            )
        key = self._authenticate(scope)
        if key is None:
            return _problem(
                401,
                "Send a valid API key as 'Authorization: Bearer <api-key>'.",
                path,
                [(b"www-authenticate", b'Bearer realm="arize"')],
            )
        if self._limiter is not None:
            wait = self._limiter.acquire(key)
            if wait:
                return _problem(
                    429,
                    f"More than {self.config.rate_limit:g} requests per second; retry in {wait} s.",
                    path,
                    [(b"retry-after", str(wait).encode())],
                )
        if self._faults.should_fail():
            return _problem(503, "Injected failure (sandbox fail_rate); retry later.", path)
        try:
            query = self._parse_query(scope)
            if integration_id is not None:
                return self._get_integration(integration_id, path)
            return self._list(operation, query, path)
        except _BadRequest as exc:
            return _problem(400, str(exc), path)

    def _authenticate(self, scope: Scope) -> str | None:
        for name, value in scope["headers"]:
            if name.lower() == b"authorization":
                match = _BEARER.fullmatch(value.decode("latin-1"))
                if match and hmac.compare_digest(
                    match.group(1).encode(), self.config.api_key.encode()
                ):
                    return match.group(1)
                return None
        return None

    @staticmethod
    def _parse_query(scope: Scope) -> dict[str, str]:
        query: dict[str, str] = {}
        raw = scope.get("query_string", b"").decode("latin-1")
        for name, value in parse_qsl(raw, keep_blank_values=True):
            if name in query:
                raise _BadRequest(f"Query parameter '{name}' may be given only once.")
            query[name] = value
        return query

    def _get_integration(self, integration_id: str, path: str) -> _Response:
        index = self._data.integration_lookup(integration_id)
        if index is None:
            return _problem(404, f"The integration with ID '{integration_id}' was not found.", path)
        return _ok(self._data.integration(index))

    def _list(self, resource: str, query: dict[str, str], path: str) -> _Response:
        # Empty values mean "no filter", as an omitted parameter does.
        filters = {name: query[name] for name in _LIST_FILTERS[resource] if query.get(name)}
        allowed_types = self._integration_types if resource == "integrations" else TASK_TYPES
        if "type" in filters and filters["type"] not in allowed_types:
            raise _BadRequest(f"'type' must be one of: {', '.join(allowed_types)}.")
        for name in ("space_name", "name"):
            if len(filters.get(name, "")) > _MAX_SEARCH_LENGTH:
                raise _BadRequest(f"'{name}' must be at most {_MAX_SEARCH_LENGTH} characters.")
        limit = _DEFAULT_LIMIT
        if "limit" in query:
            raw_limit = query["limit"]
            if not _DIGITS.fullmatch(raw_limit) or not 1 <= int(raw_limit) <= _MAX_LIMIT:
                raise _BadRequest(f"'limit' must be an integer from 1 to {_MAX_LIMIT}.")
            limit = int(raw_limit)
        scope = filter_scope(resource, filters)
        cursor = Cursor(0, scope)
        if query.get("cursor"):
            try:
                cursor = decode_cursor(query["cursor"], scope)
            except CursorError as exc:
                raise _BadRequest(f"Invalid 'cursor': {exc}.") from exc

        matches = self._data.match(resource, filters)
        offset = min(cursor.offset, len(matches))
        items: list[JSONObject] = []
        if (
            self.config.empty_pages
            and not cursor.after_empty
            and offset < len(matches)
            and self._data.empty_page_here(scope, offset)
        ):
            next_cursor: Cursor | None = Cursor(offset, scope, after_empty=True)
        else:
            items = [self._data.item(resource, i) for i in matches[offset : offset + limit]]
            end = offset + len(items)
            next_cursor = Cursor(end, scope) if end < len(matches) else None
        pagination: JSONObject = {"has_more": next_cursor is not None}
        if next_cursor is not None:
            pagination["next_cursor"] = encode_cursor(next_cursor)
        return _ok({resource: items, "pagination": pagination})


def create_app(config: SandboxConfig | None = None, **overrides: Any) -> SandboxApp:
    """Build the sandbox ASGI app from ``config`` (default: ``SandboxConfig()``) and overrides.

    ``create_app(seed=3)`` and ``create_app(SandboxConfig(seed=3))`` are equivalent;
    with both, the keyword overrides win.
    """
    if config is None:
        config = SandboxConfig(**overrides)
    elif overrides:
        config = dataclasses.replace(config, **overrides)
    return SandboxApp(config)
