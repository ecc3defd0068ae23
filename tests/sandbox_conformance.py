"""Check HTTP responses against spec/spec.yaml, for the sandbox and anything speaking the API.

``ConformanceApp`` wraps an ASGI app and checks every response it sends;
``ConformanceChecker.check`` checks one response. The OpenAPI 3.0 schemas are
translated to JSON Schema (``nullable`` becomes ``anyOf`` with ``null``; a
discriminated ``oneOf`` validates the variant its discriminator names) and
validated with jsonschema, formats included.

Items of a variant the spec does not know (integration type, LLM provider,
experiment type) fail validation by design; with ``unknown_variants`` they are
instead checked against relaxed schemas that accept the unknown tag but keep
every other constraint, and counted in ``exempted``.
"""

from __future__ import annotations

import datetime
import json
import re
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import httpx

# No stubs in the venv; "unused-ignore" keeps this quiet once types-jsonschema lands.
import jsonschema  # type: ignore[import-untyped,unused-ignore]
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from aioarize.sandbox import ASGIApp, SandboxConfig, SandboxServer, create_app, serve

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "spec.yaml"
_BASE_URI = "urn:aioarize:spec"
# Not in the spec but legitimately served by a declared operation: a body over the
# sandbox's size limit, fault injection.
_UNDECLARED_PROBLEMS = {413, 503}
# The sandbox's RFC 9457 extension member listing every violation of a request (the
# spec's Problem admits no extensions, though the live API adds error_code).
PROBLEM_ERRORS = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "properties": {
            "path": {"type": "string", "pattern": "^[$]"},
            "message": {"type": "string", "minLength": 1},
        },
        "required": ["path", "message"],
        "additionalProperties": False,
    },
}
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", re.ASCII)
_URI_REFERENCE = re.compile(r"([A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*", re.ASCII)

JSON = Any
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class ManualClock:
    """Monotonic clock that moves only when told to (for SandboxConfig.clock)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class ConformanceError(AssertionError):
    """A response does not conform to the spec."""


def openapi_to_json_schema(node: JSON) -> JSON:
    """Translate an OpenAPI 3.0 schema (tree) to JSON Schema 2020-12."""
    if isinstance(node, list):
        return [openapi_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {
        key: openapi_to_json_schema(value)
        for key, value in node.items()
        # Mapping values are {$ref} objects upstream; the oneOf beside them suffices.
        if key not in ("discriminator", "example", "nullable")
    }
    if node.get("nullable") is True:
        # anyOf, not type: [.., "null"]: a sibling allOf/$ref would still reject null.
        return {"anyOf": [{"type": "null"}, result]}
    return result


def _absolute(node: JSON) -> JSON:
    """Make the spec's local references point into the registry's document."""
    if isinstance(node, list):
        return [_absolute(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: (_BASE_URI + value if key == "$ref" and value.startswith("#") else _absolute(value))
        for key, value in node.items()
    }


def _format_checker() -> Any:
    checker = jsonschema.FormatChecker(formats=())

    def is_date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not _DATE_TIME.fullmatch(value):
            return False
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))  # range checks
        return True

    def is_uri_reference(value: object) -> bool:
        return not isinstance(value, str) or bool(_URI_REFERENCE.fullmatch(value))

    checker.checks("date-time", raises=ValueError)(is_date_time)
    checker.checks("uri-reference")(is_uri_reference)

    return checker


def _path_regex(template: str) -> re.Pattern[str]:
    # A path parameter takes one segment: paths are matched undecoded, so an
    # escaped "/" inside an ID stays inside its segment.
    pattern = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template))
    return re.compile(pattern)


_UNKNOWN_MARK = "x-aioarize-unknown-variant"


def _dispatch_on_discriminators(schemas: dict[str, JSON], relaxed: bool) -> dict[str, JSON]:
    """The schemas with every discriminated union validated as OpenAPI says: by its discriminator.

    A union becomes "an object whose discriminator selects the variant to
    validate against", not a plain ``oneOf``: variants that share their
    properties (e.g. every dashboard widget's ``type`` is the whole WidgetType
    enum) would otherwise all match and fail ``oneOf``. The normalizer's
    catch-all variants are dropped. Strict: the discriminator must be a known
    value. Relaxed: any other string is admitted too (an unknown variant),
    with every other constraint kept.
    """

    def visit(node: JSON) -> JSON:
        if isinstance(node, list):
            return [visit(item) for item in node]
        if not isinstance(node, dict):
            return node
        result = {key: visit(value) for key, value in node.items()}
        prop = node.get("x-discriminator")
        if prop is None or "oneOf" not in node:
            return result
        variants: dict[str, str] = node["x-variants"]
        del result["oneOf"]
        tag: JSON = {"type": "string"} if relaxed else {"enum": sorted(variants)}
        result.update(
            type="object",
            required=[prop],
            properties={prop: tag},
            allOf=[
                {"if": {"properties": {prop: {"const": value}}}, "then": {"$ref": ref}}
                for value, ref in variants.items()
            ],
        )
        return result

    return {name: visit(schema) for name, schema in schemas.items()}


def _target_name(target: JSON) -> str:
    ref = target if isinstance(target, str) else target["$ref"]
    return str(ref).rsplit("/", 1)[-1]


def _known_variants(node: JSON, schemas: Mapping[str, JSON]) -> dict[str, str]:
    """Discriminator value -> reference of its variant, the catch-all left out."""
    mapping = node["discriminator"].get("mapping", {})
    variants = {
        value: f"#/components/schemas/{_target_name(target)}"
        for value, target in mapping.items()
        if _UNKNOWN_MARK not in schemas.get(_target_name(target), {})
    }
    mapped = {_target_name(t) for t in mapping.values()}
    for branch in node["oneOf"]:
        name = branch.get("$ref", "").rsplit("/", 1)[-1]
        if name and name not in mapped and _UNKNOWN_MARK not in schemas.get(name, {}):
            variants[name] = branch["$ref"]  # implied mapping: the schema's name is the value
    return variants


def _mark_unions(node: JSON, schemas: Mapping[str, JSON]) -> JSON:
    """Note each discriminated union's property and known variants, for the dispatch above."""
    if isinstance(node, list):
        return [_mark_unions(item, schemas) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _mark_unions(value, schemas) for key, value in node.items()}
    if isinstance(node.get("discriminator"), dict) and "oneOf" in node:
        result["x-discriminator"] = node["discriminator"]["propertyName"]
        result["x-variants"] = _known_variants(node, schemas)
    return result


class ConformanceChecker:
    """Validates responses against the operations and schemas of an OpenAPI 3.0 document."""

    def __init__(self, spec: Mapping[str, JSON]) -> None:
        self.spec = spec
        raw_schemas = spec["components"]["schemas"]
        schemas = openapi_to_json_schema(_mark_unions(raw_schemas, raw_schemas))
        self._formats = _format_checker()
        self._registries: dict[bool, Registry[JSON]] = {}
        for relaxed in (False, True):
            document = {"components": {"schemas": _dispatch_on_discriminators(schemas, relaxed)}}
            resource = Resource.from_contents(document, default_specification=DRAFT202012)
            self._registries[relaxed] = Registry().with_resource(_BASE_URI, resource)
        self._validators: dict[tuple[str, bool], Any] = {}
        # Most literal segments first: /v2/things/search before /v2/things/{id}.
        self._operations = [
            (_path_regex(template), {m.upper(): op for m, op in item.items() if m != "parameters"})
            for template, item in sorted(
                spec["paths"].items(), key=lambda kv: kv[0].count("{") - kv[0].count("/")
            )
        ]

    def _validator(self, schema: JSON, relaxed: bool) -> Any:
        key = (json.dumps(schema, sort_keys=True), relaxed)
        validator = self._validators.get(key)
        if validator is None:
            raw_schemas = self.spec["components"]["schemas"]
            translated = _dispatch_on_discriminators(
                {"": openapi_to_json_schema(_mark_unions(schema, raw_schemas))}, relaxed
            )[""]
            validator = jsonschema.Draft202012Validator(
                _absolute(translated),
                registry=self._registries[relaxed],
                format_checker=self._formats,
            )
            self._validators[key] = validator
        return validator

    def validate(self, schema: JSON, instance: JSON, where: str, *, relaxed: bool = False) -> None:
        """Raise ConformanceError unless ``instance`` is valid against ``schema``.

        ``schema`` is a schema of the spec or a component schema's name.
        ``relaxed`` also admits variants the unions do not list.
        """
        if isinstance(schema, str):
            schema = {"$ref": f"#/components/schemas/{schema}"}
        errors = sorted(
            self._validator(schema, relaxed).iter_errors(instance), key=lambda e: list(e.path)
        )
        if errors:
            shown = "; ".join(
                f"at {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:300]}"
                for e in errors[:5]
            )
            name = schema.get("$ref", "the schema").rsplit("/", 1)[-1]
            raise ConformanceError(f"{where}: body does not match {name}: {shown}")

    def _validate_item(self, schema: JSON, item: JSON, where: str, unknown_variants: bool) -> bool:
        """Validate one resource; return True when only an unknown variant made it valid."""
        try:
            self.validate(schema, item, where)
            return False
        except ConformanceError:
            if not unknown_variants:
                raise
        self.validate(schema, item, where + " (unknown variant)", relaxed=True)
        return True

    def check(
        self,
        method: str,
        path: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        *,
        unknown_variants: bool = False,
    ) -> int:
        """Raise ConformanceError unless the response conforms; return items exempted.

        ``headers`` keys must be lower-case. Undeclared statuses are accepted only
        as problem responses: 404 off the spec's paths, 405 for other methods,
        503 from fault injection.
        """
        where = f"{method} {path} -> {status}"
        operation: Mapping[str, JSON] | None = None
        for regex, operations in self._operations:
            if regex.fullmatch(path):
                operation = operations.get(method.upper())
                if operation is None and status != 405:
                    raise ConformanceError(f"{where}: expected 405 for an undeclared method")
                if operation is None and "allow" not in headers:
                    raise ConformanceError(f"{where}: 405 without an Allow header")
                break
        else:
            if status != 404:
                raise ConformanceError(f"{where}: expected 404 for a path the spec lacks")

        declared = operation["responses"].get(str(status)) if operation else None
        if declared is None and operation is not None and status not in _UNDECLARED_PROBLEMS:
            raise ConformanceError(f"{where}: status not declared by the spec")
        if declared is None:
            declared = {"content": {"application/problem+json": {"schema": "Problem"}}}
        else:
            declared = self._deref(declared)

        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        content = declared.get("content", {})
        if "content-length" in headers and int(headers["content-length"]) != len(body):
            raise ConformanceError(f"{where}: content-length does not match the body")
        if not content:
            # No content declared (e.g. 204): nothing may be sent.
            if body or content_type:
                raise ConformanceError(f"{where}: a body where the spec declares none")
            return 0
        if content_type not in content:
            raise ConformanceError(
                f"{where}: content-type {content_type!r}, expected {set(content)}"
            )
        for name, header in declared.get("headers", {}).items():
            # The spec declares Retry-After for 429; the API promises to send it.
            value = headers.get(name.lower())
            if value is None:
                raise ConformanceError(f"{where}: missing header {name}")
            schema = openapi_to_json_schema(self._deref(header).get("schema", {}))
            try:
                parsed = int(value) if schema.get("type") == "integer" else value
            except ValueError:
                raise ConformanceError(f"{where}: header {name}={value!r} not an integer") from None
            try:
                jsonschema.validate(parsed, schema)
            except jsonschema.ValidationError as exc:
                raise ConformanceError(f"{where}: header {name}: {exc.message}") from None

        try:
            document = json.loads(body.decode("utf-8"))
        except ValueError as exc:
            raise ConformanceError(f"{where}: body is not UTF-8 JSON: {exc}") from None
        schema = content[content_type].get("schema", {})
        if schema == "Problem" or content_type == "application/problem+json":
            if isinstance(document, dict) and "errors" in document:
                try:
                    jsonschema.validate(document.pop("errors"), PROBLEM_ERRORS)
                except jsonschema.ValidationError as exc:
                    raise ConformanceError(f"{where}: problem errors: {exc.message}") from None
            self.validate(schema, document, where)
            if document["status"] != status:
                raise ConformanceError(f"{where}: problem status {document['status']} != {status}")
            return 0
        return self._check_success(schema, document, where, unknown_variants)

    def _check_success(
        self, schema: JSON, document: JSON, where: str, unknown_variants: bool
    ) -> int:
        resolved = self._deref(schema)
        list_key = next(
            (
                key
                for key, prop in resolved.get("properties", {}).items()
                if self._deref(prop).get("type") == "array"
                and "$ref" in self._deref(prop).get("items", {})
            ),
            None,
        )
        if list_key is None or "pagination" not in resolved.get("properties", {}):
            # Not a page of items (an item may well hold an array of objects).
            return int(self._validate_item(schema, document, where, unknown_variants))
        if not isinstance(document, dict):
            return int(self._validate_item(schema, document, where, unknown_variants))
        # Envelope first with the items set aside, then each item on its own,
        # so that an unknown item exempts only itself.
        items = document.get(list_key)
        if not isinstance(items, list):
            raise ConformanceError(f"{where}: {list_key!r} is not an array")
        self.validate(schema, {**document, list_key: []}, where)
        item_schema = self._deref(resolved["properties"][list_key])["items"]
        exempted = sum(
            self._validate_item(item_schema, item, f"{where} {list_key}[{k}]", unknown_variants)
            for k, item in enumerate(items)
        )
        pagination = document.get("pagination")
        if isinstance(pagination, dict) and pagination["has_more"] != ("next_cursor" in pagination):
            raise ConformanceError(f"{where}: next_cursor must be present iff has_more is true")
        return exempted

    def _deref(self, node: Mapping[str, JSON]) -> Mapping[str, JSON]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def check_httpx(self, response: httpx.Response, *, unknown_variants: bool = False) -> int:
        """Check a read ``httpx.Response``; see :meth:`check`."""
        return self.check(
            response.request.method,
            response.request.url.raw_path.decode("ascii").split("?", 1)[0],
            response.status_code,
            {k.lower(): v for k, v in response.headers.items()},
            response.content,
            unknown_variants=unknown_variants,
        )


@contextmanager
def checked_apps(
    build: Callable[..., ConformanceApp],
) -> Iterator[Callable[..., ConformanceApp]]:
    """A factory of ``build``'s apps; on leaving, every response each gave must have conformed."""
    apps: list[ConformanceApp] = []

    def make(*args: Any, **overrides: Any) -> ConformanceApp:
        app = build(*args, **overrides)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.assert_conforming()


def asgi_client(app: ASGIApp, headers: Mapping[str, str]) -> httpx.AsyncClient:
    """An HTTP client calling the sandbox ``app`` in-process, as if at http://sandbox."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sandbox", headers=headers
    )


def response_hook(
    *, unknown_variants: bool = False, checker: ConformanceChecker | None = None
) -> Callable[[httpx.Response], Awaitable[None]]:
    """An ``httpx.AsyncClient`` response event hook checking every response it sees.

    For clients talking to a server this module cannot wrap:
    ``httpx.AsyncClient(event_hooks={"response": [response_hook()]})``.
    """

    async def hook(response: httpx.Response) -> None:
        await response.aread()
        (checker or default_checker()).check_httpx(response, unknown_variants=unknown_variants)

    return hook


@cache
def default_checker() -> ConformanceChecker:
    """The checker for spec/spec.yaml, built once per test session."""
    with SPEC_PATH.open(encoding="utf-8") as stream:
        return ConformanceChecker(yaml.safe_load(stream))


class ConformanceApp:
    """ASGI middleware checking every HTTP response of ``app`` against the spec.

    A non-conforming response is not sent: the app raises ConformanceError, which
    fails the test at once in-process (httpx.ASGITransport re-raises) and turns
    into a 500 over a real server; either way it is also kept in ``failures`` for
    :meth:`assert_conforming` at teardown. ``unknown_variants`` defaults to the
    wrapped app's ``config.unknown_variants``.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        unknown_variants: bool | None = None,
        checker: ConformanceChecker | None = None,
    ) -> None:
        self.app = app
        if unknown_variants is None:
            config = getattr(app, "config", None)
            unknown_variants = bool(getattr(config, "unknown_variants", False))
        self.unknown_variants = unknown_variants
        self.checker = checker or default_checker()
        self.checked = 0
        self.exempted = 0
        self.failures: list[str] = []
        # Counters are bumped from the server thread when served over loopback.
        self._lock = threading.Lock()

    @property
    def config(self) -> Any:
        """The wrapped app's config, so the wrapper can stand in for the app."""
        return getattr(self.app, "config", None)

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in start.get("headers", [])
        }
        try:
            exempted = self.checker.check(
                scope["method"],
                _raw_path(scope),
                start["status"],
                headers,
                body,
                unknown_variants=self.unknown_variants,
            )
        except ConformanceError as exc:
            with self._lock:
                self.failures.append(str(exc))
            raise
        with self._lock:
            self.checked += 1
            self.exempted += exempted
        await send(start)
        await send({"type": "http.response.body", "body": body})

    def assert_conforming(self) -> None:
        """Fail if any response so far did not conform."""
        if self.failures:
            raise ConformanceError(
                f"{len(self.failures)} non-conforming response(s):\n" + "\n".join(self.failures)
            )


def _raw_path(scope: Message) -> str:
    raw = scope.get("raw_path")
    return raw.decode("latin-1").split("?", 1)[0] if raw else str(scope["path"])


# -- fixtures (made available to the whole suite by tests/conftest.py) ------


@pytest.fixture
def sandbox_config(request: pytest.FixtureRequest) -> SandboxConfig:
    """Config of ``sandbox_app`` / ``sandbox_server``; parametrize indirectly to change it.

    ``@pytest.mark.parametrize("sandbox_config", [{"empty_pages": True}], indirect=True)``
    takes a dict of overrides or a SandboxConfig; without it, ``SandboxConfig()``.
    """
    param = getattr(request, "param", None)
    if param is None:
        return SandboxConfig()
    if isinstance(param, SandboxConfig):
        return param
    return SandboxConfig(**param)


@pytest.fixture
def sandbox_app(sandbox_config: SandboxConfig) -> Iterator[ConformanceApp]:
    """The sandbox app, every response checked against the spec (drive it with ASGITransport)."""
    app = ConformanceApp(create_app(sandbox_config))
    yield app
    app.assert_conforming()


@pytest.fixture
def sandbox_server(sandbox_config: SandboxConfig) -> Iterator[SandboxServer]:
    """The sandbox served on loopback HTTP, every response checked against the spec.

    A non-conforming response reaches the client as a 500 and fails the test at teardown.
    """
    app = ConformanceApp(create_app(sandbox_config))
    with serve(sandbox_config, app=app) as server:
        yield server
    app.assert_conforming()
