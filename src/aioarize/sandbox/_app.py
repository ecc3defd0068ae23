"""The sandbox as a plain ASGI 3 application, driven by the spec.

Lists filter on every query parameter (or, for lists taking a POST body, body
field) named like a scalar field of their items: by equality, or by
case-insensitive substring for ``name`` (as the live API documents it) and for
parameters whose description says "substring"; ``start_time``/``end_time``
bound a half-open window on the items' start (or creation) time. Filters naming no such field
(``space_name``, arrays of IDs) are validated, bind the cursor, and are
otherwise ignored: the sandbox's items do not hold what they select on.
PATCH merges its body into the item; PUT replaces what its body may hold.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, quote, unquote

import anyio

from ._annotations import Annotations
from ._body import BodyTooLarge, NotJSON, parse_json, read_body
from ._config import SandboxConfig
from ._cursor import Cursor, CursorError, decode_cursor, encode_cursor, filter_scope
from ._generate import Context, Gen, mix, tag_of
from ._rules import BODY_PARENTS, TRACES, VERSIONED, WINDOW_FIELDS, WINDOWS
from ._spec import JSON, Collection, Operation, Spec, load_default_spec
from ._store import Filter, Instance, Store, View, dumps
from ._throttle import FaultInjector, TokenBucket
from ._traces import Traces
from ._validate import Invalid, Validator, Violation
from ._writes import Answer, Call, Located, Refused, Writes, not_found

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
    409: ("Conflict", "conflict"),
    413: ("Request body too large", "request-too-large"),
    422: ("Unprocessable entity", "unprocessable-entity"),
    429: ("Rate limit exceeded", "rate-limit-exceeded"),
    503: ("Service unavailable", "service-unavailable"),
}
_PAGING = ("cursor", "limit")
_BEARER = re.compile(r"bearer[ \t]+(\S+)[ \t]*", re.IGNORECASE)
_JSON = b"application/json"


class _Response(NamedTuple):
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class _Problem(Exception):
    def __init__(self, status: int, detail: str, errors: list[Violation] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors


def _json_response(status: int, body: bytes, extra: list[tuple[bytes, bytes]] = []) -> _Response:  # noqa: B006
    headers = [(b"content-type", _JSON), (b"content-length", str(len(body)).encode())]
    return _Response(status, headers + extra, body)


def _problem(
    status: int,
    detail: str,
    path: str,
    extra: list[tuple[bytes, bytes]] | None = None,
    errors: list[Violation] | None = None,
) -> _Response:
    title, anchor = _PROBLEMS[status]
    body: dict[str, JSON] = {
        "status": status,
        "title": title,
        "detail": detail,
        "type": _ERRORS_DOC + anchor,
        # Escape so the instance is a valid uri-reference whatever the path holds.
        "instance": quote(path, safe="/:@!$&'()*+,;=-._~"),
    }
    if errors:
        # An RFC 9457 extension member: every violation of the request, each where it is.
        body["errors"] = [{"path": e.json_path, "message": str(e)} for e in errors]
    data = dumps(body)
    headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(data)).encode()),
    ]
    return _Response(status, headers + (extra or []), data)


def _segments(scope: Scope) -> list[str]:
    # Split the raw path so that an escaped "/" inside an ID stays inside its segment.
    raw = scope.get("raw_path")
    if raw:
        text = raw.decode("latin-1").split("?", 1)[0]
        return [unquote(s) for s in text.split("/")[1:]]
    path: str = scope["path"]
    return path.split("/")[1:]


class _Request(NamedTuple):
    op: Operation
    path: str
    #: Path parameter values, in template order.
    values: list[str]
    query: dict[str, JSON]
    body: JSON


class SandboxApp:
    """ASGI app serving every operation of a spec; build it with :func:`create_app`."""

    def __init__(self, config: SandboxConfig, spec: Mapping[str, JSON] | None = None) -> None:
        self.config = config
        self.spec = Spec(load_default_spec() if spec is None else spec)
        #: The items behind the collections, e.g. ``app.store.instance(collection)``.
        self.store = Store(self.spec, config)
        self._writes = Writes(self.spec, self.store)
        self._writes.actions.update(Annotations(self.spec, self.store, self._writes).actions)
        self._validator = Validator(self.spec.schemas, exclusive=True)
        self._limiter = (
            None if config.rate_limit is None else TokenBucket(config.rate_limit, config.clock)
        )
        self._faults = FaultInjector(config.fail_rate, config.seed)
        self._responses: dict[int, Gen] = {}
        self._views: dict[int, View | None] = {}

    def collection(self, name: str) -> Collection:
        """The collection called ``name`` (e.g. ``"integrations"``, ``"datasets/examples"``)."""
        for collection in self.spec.collections.values():
            if collection.name == name:
                return collection
        raise KeyError(name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            # No websockets here; refusing the handshake is the ASGI way to say so.
            await send({"type": "websocket.close", "code": 1000})
            return
        response = await self._respond(scope, receive)
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

    async def _respond(self, scope: Scope, receive: Receive) -> _Response:
        if self.config.latency_ms > 0:
            await anyio.sleep(self.config.latency_ms / 1000)
        path: str = scope["path"]
        routed = self.spec.route(_segments(scope))
        if routed is None:
            return _problem(404, f"No API resource at {path!r}.", path)
        methods, values = routed
        method: str = scope["method"]
        op = methods.get(method)
        if op is None:
            allowed = ", ".join(sorted(methods))
            return _problem(
                405,
                f"{method} is not supported here; use {allowed}.",
                path,
                [(b"allow", allowed.encode())],
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
            body = await read_body(scope["headers"], receive, self.config.max_body_bytes)
        except BodyTooLarge:
            limit = self.config.max_body_bytes
            return _problem(413, f"The request body is larger than {limit} bytes.", path)
        try:
            request = self._parse(op, path, values, scope, body)
            # One request at a time touches the store: the app may be driven from
            # several threads (e.g. several in-process clients).
            with self.store.lock:
                return self._handle(request)
        except _Problem as exc:
            return _problem(exc.status, exc.detail, path, errors=exc.errors)
        except Refused as exc:
            return _problem(exc.status, exc.detail, path)

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

    # -- request parsing -----------------------------------------------------------------

    def _parse(
        self, op: Operation, path: str, values: list[str], scope: Scope, raw_body: bytes
    ) -> _Request:
        raw: dict[str, list[str]] = {}
        for name, value in parse_qsl(
            scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True
        ):
            raw.setdefault(name, []).append(value)
        query: dict[str, JSON] = {}
        path_values = dict(zip(op.param_names, values, strict=True))
        found: list[Violation] = []
        for param in op.parameters:
            if param.location == "path":
                given: list[str] | None = [path_values[param.name]]
            elif param.location == "query":
                given = raw.get(param.name)
            else:
                continue
            if given is None:
                if param.required:
                    found.append(Violation(f"query.{param.name}", "is required"))
                continue
            if self._open_enum(op, param.name):
                param = dataclasses.replace(param, schema={"type": "string"})
            try:
                value = self._validator.query_value(param, given)
            except Invalid as exc:
                found.extend(exc.violations)
                continue
            if param.location == "query":
                query[param.name] = value
        status = 400
        body: JSON = None
        if op.body_schema is not None:
            body = self._parse_body(op, raw_body)
            body_found = []
            if raw_body.strip():
                body_found = self._validator.violations(op.body_schema, body, "body")
            if body_found and not found:
                status = op.body_error_status  # 422 for a body only where the spec has it
            found += body_found
        if found:
            detail = "Invalid request: " + "; ".join(map(str, found)) + "."
            raise _Problem(status, detail, found)
        return _Request(op, path, values, query, body)

    def _parse_body(self, op: Operation, raw_body: bytes) -> JSON:
        """The body as JSON, or ``None`` when there is none (and the spec lets it be absent)."""
        if not raw_body.strip():
            if op.body_required:
                raise _Problem(op.body_error_status, "A JSON request body is required.")
            return None
        try:
            return parse_json(raw_body, self.config.max_body_depth)
        except NotJSON as exc:
            raise _Problem(400, f"The request body is refused: {exc}.") from None

    def _open_enum(self, op: Operation, name: str) -> bool:
        """With unknown_variants, a list may be filtered on values no union lists."""
        if not self.config.unknown_variants or op.collection is None:
            return False
        union = self.spec.schemas.union(op.collection.item_schema)
        return union is not None and union.prop == name

    # -- handling --------------------------------------------------------------------------

    def _handle(self, request: _Request) -> _Response:
        op = request.op
        self.store.advance()  # what an ended run made exists whether or not it was read
        # Every item the path names must exist: /v2/things/{id}/subs needs thing id.
        located: Located | None = None
        unlisted = False
        for collection, depth in self.spec.parents(op.segments):
            identifier = request.values[depth - 1]
            located = self.store.locate(collection, request.values[: depth - 1], identifier)
            if located is not None:
                located[0].advance()
            elif not self._stored(collection):
                # The API lists no such items, so no caller could know which IDs exist:
                # any ID stands for one, answered with a generated body.
                unlisted = True
            else:
                raise not_found(collection, identifier)
        body = request.body if isinstance(request.body, dict) else {}
        parents = self._parents(op, request.values, body)
        call = Call(op, parents, body, located, request.query)
        self._writes.check_references(call)  # before anything is written
        action = self._writes.actions.get(op.operation_id)
        if action is not None:
            return self._answer(op, action(call))
        if unlisted or op.collection is None or op.kind == "other":
            return self._generated(request)
        if op.collection.id_field is None and op.kind in ("get", "update", "delete"):
            return self._generated(request)  # items without IDs cannot be addressed
        if op.kind == "list":
            listed: Instance | Traces = (
                self.store.traces(op.collection, parents)
                if op.collection.name in TRACES
                else self._writes.listed(call)
            )
            listed.advance()
            return self._list(request, listed)
        if op.kind == "create":
            return self._item_response(op, *self._writes.create(call))
        assert located is not None
        if op.kind == "update":
            # PUT replaces: what its body may hold but does not is cleared; PATCH merges.
            replaced = self._body_fields(op) if op.method == "put" else ()
            self._writes.update(op, located, body, replaced)
        if op.kind in ("get", "update"):
            return self._item_response(op, *located)
        self._writes.delete(located)
        return self._generated(request)

    def _parents(self, op: Operation, values: list[str], body: Mapping[str, JSON]) -> list[str]:
        """The IDs the operation's items are under: the path's, then the owner its body names
        where ``BODY_PARENTS`` says so (``project_id`` for spans), which must exist."""
        collection = next(
            (
                found
                for n in range(len(op.segments), 0, -1)
                if (found := self.spec.collections.get(op.segments[:n])) is not None
            ),
            None,
        )
        rule = None if collection is None else BODY_PARENTS.get(collection.name)
        if rule is None:
            return values
        field, owner = rule
        identifier = str(body.get(field, ""))
        if self.store.locate(self.collection(owner), [], identifier) is None:
            raise not_found(self.collection(owner), identifier)
        return [*values, identifier]

    def _stored(self, collection: Collection) -> bool:
        """Whether the collection's items are kept: the API lists or creates them."""
        target = self.store.canonical(collection)
        return any(op.kind in ("list", "create") for op in target.operations)

    def _answer(self, op: Operation, answer: Answer) -> _Response:
        if op.success_schema is None:
            return _Response(op.success_status, [], b"")
        if isinstance(answer, tuple):
            instance, slot, view = answer
            return _json_response(op.success_status, instance.encoded(slot, view))
        return _json_response(op.success_status, dumps(answer))

    def _view(self, op: Operation) -> View | None:
        """The schema ``op`` shows its collection's items in, where it is not theirs."""
        if id(op) not in self._views:
            schema = op.list_shape.item_schema if op.list_shape else op.success_schema
            assert op.collection is not None and schema is not None
            self._views[id(op)] = self.store.view(op.collection, schema)
        return self._views[id(op)]

    def _body_fields(self, op: Operation) -> list[str]:
        schemas = self.spec.schemas
        if op.body_schema is None or not schemas.object_like(op.body_schema):
            return []
        return list(self.spec.item_properties(op.body_schema))

    def _item_response(self, op: Operation, instance: Instance, slot: int) -> _Response:
        if op.success_schema is None:
            return _Response(op.success_status, [], b"")
        return _json_response(op.success_status, instance.encoded(slot, self._view(op)))

    def _generated(self, request: _Request) -> _Response:
        op = request.op
        if op.success_schema is None:
            return _Response(op.success_status, [], b"")
        key = id(op)
        gen = self._responses.get(key)
        if gen is None:
            gen = self.store.compiler.compile(op.success_schema, path=f"{op.method} {op.template}")
            self._responses[key] = gen
        base = mix(
            self.config.seed, tag_of(op.method + op.template), tag_of("/".join(request.values))
        )
        value = gen.generate(Context(base, 0, self.config.unknown_variants), 0)
        if op.kind == "get" and op.collection is not None and isinstance(value, dict):
            # An item no operation lists (a dashboard widget) is still the one the path names.
            named = Instance(self.store, op.collection, tuple(request.values[:-1]), 0)
            value.update(named.parent_fields)
            if op.collection.id_field is not None:
                value[op.collection.id_field] = request.values[-1]
        return _json_response(op.success_status, dumps(value))

    def _empty_page_here(self, scope: str, page: int) -> bool:
        """In ``empty_pages`` mode every third page of a list is served empty (phase per list)."""
        return (mix(self.config.seed, 5, int(scope, 16)) + page) % 3 == 0

    def _list(self, request: _Request, instance: Instance | Traces) -> _Response:
        op = request.op
        shape = op.list_shape
        assert shape is not None and op.collection is not None
        body = request.body if isinstance(request.body, dict) else {}
        inputs = {**body, **request.query}
        fields = self.store.item_fields(op.collection)
        descriptions = {p.name: p.description for p in op.parameters}
        filters: list[Filter] = []
        scoped: dict[str, JSON] = {}
        for name, value in sorted(inputs.items()):
            if name in _PAGING:
                continue
            scoped[name] = value
            # A filter naming no scalar item field (space_name, an array of IDs) is
            # accepted and ignored: the items do not hold what it would select on.
            window = WINDOWS.get(name)
            on = next((f for f in WINDOW_FIELDS if f in fields), None)
            if window is not None and on is not None:
                filters.append(Filter(on, value, window))
            elif name in fields and isinstance(value, str | int | float | bool):
                substring = name == "name" or "substring" in descriptions.get(name, "").lower()
                filters.append(Filter(name, value, "substring" if substring else "equal"))
        limit = inputs.get("limit", shape.limit_default)
        matches = instance.listed(filters)
        if shape.cursor_in is None:
            limit = max(1, len(matches))  # no next page could be asked for
        scope = filter_scope(
            "/".join([op.collection.template, *request.values]),
            {k: json.dumps(v, sort_keys=True) for k, v in scoped.items()},
        )
        cursor = Cursor(0, scope)
        token = inputs.get("cursor")
        if token:
            try:
                cursor = decode_cursor(str(token), scope)
            except CursorError as exc:
                raise _Problem(400, f"Invalid 'cursor': {exc}.") from None
        offset = min(cursor.offset, len(matches))
        page: list[int] = []
        if (
            self.config.empty_pages
            and shape.cursor_in is not None
            and not cursor.after_empty
            and offset < len(matches)
            and self._empty_page_here(scope, offset // max(1, int(limit)))
        ):
            next_cursor: Cursor | None = Cursor(offset, scope, after_empty=True)
        else:
            page = list(matches[offset : offset + int(limit)])
            end = offset + len(page)
            next_cursor = Cursor(end, scope) if end < len(matches) else None
        pagination: dict[str, JSON] = {"has_more": next_cursor is not None}
        if next_cursor is not None:
            pagination["next_cursor"] = encode_cursor(next_cursor)
        view = self._view(op)
        versioned = VERSIONED.get(op.collection.name)
        if versioned is None or not isinstance(instance, Instance):
            items = b",".join(instance.encoded(s, view) for s in page)
        else:  # listed without their versions, which GET shows
            shown = [instance.item(s, view) for s in page]
            items = b",".join(
                dumps({k: v for k, v in i.items() if k != versioned[0]}) for i in shown
            )
        data = b'{"%s":[%s],"%s":%s}' % (
            shape.items_key.encode(),
            items,
            shape.pagination_key.encode(),
            dumps(pagination),
        )
        return _json_response(op.success_status, data)


def create_app(
    config: SandboxConfig | None = None,
    *,
    spec: Mapping[str, JSON] | None = None,
    **overrides: Any,
) -> SandboxApp:
    """Build the sandbox ASGI app from ``config`` (default: ``SandboxConfig()``) and overrides.

    ``create_app(seed=3)`` and ``create_app(SandboxConfig(seed=3))`` are equivalent;
    with both, the keyword overrides win. ``spec`` is the OpenAPI document to
    serve (a dict, as loaded from JSON or YAML); by default the normalized spec
    shipped with aioarize.
    """
    if config is None:
        config = SandboxConfig(**overrides)
    elif overrides:
        config = dataclasses.replace(config, **overrides)
    return SandboxApp(config, spec)
