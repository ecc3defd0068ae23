"""The OpenAPI document as the sandbox reads it: schemas, operations, routes and collections.

Everything the sandbox serves is derived here from the document; nothing names
an operation. A *collection* is inferred from paths: ``/v2/things`` with
``/v2/things/{thing_id}`` (or a list operation on ``/v2/things``) is the
collection ``things``; ``/v2/things/{thing_id}/subs`` is a collection nested in
each thing. Each operation gets a *kind* (list, create, get, update, delete, or
other) from its method, its path and the shape of its success response.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

JSON = Any
Schema = Mapping[str, Any]

#: Marks the catch-all variant the normalizer adds to every discriminated union.
UNKNOWN_VARIANT_MARK = "x-aioarize-unknown-variant"
_METHODS = ("get", "put", "post", "delete", "patch")
_PARAM = re.compile(r"\{([^}]+)\}")
_VERSION = re.compile(r"v[0-9]+")


class SpecError(ValueError):
    """The document has a construct the sandbox cannot serve."""


def load_default_spec() -> dict[str, JSON]:
    """The normalized spec shipped in ``aioarize_facade`` (written by ``make generate``)."""
    text = (files("aioarize_facade") / "openapi.json").read_text(encoding="utf-8")
    document: dict[str, JSON] = json.loads(text)
    return document


class Schemas:
    """Reference resolution and the few structural views of schemas the sandbox needs."""

    def __init__(self, document: Mapping[str, JSON]) -> None:
        self.document = document

    def resolve(self, node: JSON) -> JSON:
        """Follow ``$ref`` chains (local references only) to the schema they name."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise SpecError(f"only local references are supported, got {ref!r}")
            target: JSON = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 64:
                raise SpecError(f"reference cycle at {ref}")
        return node

    @staticmethod
    def ref_name(node: JSON) -> str | None:
        """``Thing`` for ``{$ref: '#/components/schemas/Thing'}``, else None."""
        if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            return str(node["$ref"]).rsplit("/", 1)[-1]
        return None

    def is_unknown_variant(self, node: JSON) -> bool:
        return UNKNOWN_VARIANT_MARK in self.resolve(node)

    def nullable(self, node: JSON) -> bool:
        node = self.resolve(node)
        if node.get("nullable") is True:
            return True
        types = node.get("type")
        if isinstance(types, list) and "null" in types:
            return True
        branches = node.get("oneOf") or node.get("anyOf") or []
        return any(self.resolve(b).get("type") == "null" for b in branches)

    def flat_object(self, node: JSON) -> FlatObject:
        """Properties, required names and extra-property rule, ``allOf`` parts merged.

        Where several parts declare one property, the one with an ``enum`` wins: the
        variant narrowing a base's type (``type: {enum: [llm]}``) is the stricter.
        """
        node = self.resolve(node)
        flat = FlatObject({}, set(), None)
        for part in node.get("allOf", []):
            inner = self.flat_object(part)
            for name, schema in inner.properties.items():
                if name not in flat.properties or "enum" in self.resolve(schema):
                    flat.properties[name] = schema
            flat.required |= inner.required
            if inner.additional is not None:
                flat.additional = inner.additional
        for name, schema in node.get("properties", {}).items():
            if name not in flat.properties or "enum" in self.resolve(schema):
                flat.properties[name] = schema
        flat.required |= set(node.get("required", []))
        if "additionalProperties" in node:
            flat.additional = node["additionalProperties"]
        return flat

    def union(self, node: JSON) -> Union | None:
        """The discriminated union ``node`` is (possibly through one wrapping ``oneOf``)."""
        node = self.resolve(node)
        discriminator = node.get("discriminator")
        branches = node.get("oneOf") or node.get("anyOf")
        if not isinstance(discriminator, Mapping) or not branches:
            return None
        prop = discriminator["propertyName"]
        refs = [b for b in branches if not self.is_unknown_variant(b)]
        values: dict[str, JSON] = {}
        for value, target in discriminator.get("mapping", {}).items():
            ref = target if isinstance(target, str) else target["$ref"]
            if not self.is_unknown_variant({"$ref": ref}):
                values[value] = {"$ref": ref}
        mapped = {self.ref_name(v) for v in values.values()}
        for branch in refs:
            name = self.ref_name(branch)
            if name is not None and name not in mapped:
                values[name] = branch  # implied mapping: the schema's name is the value
        return Union(prop, values, len(refs) < len(branches))

    def object_like(self, node: JSON) -> bool:
        node = self.resolve(node)
        if self.union(node) is not None:
            return True
        if "properties" in node or node.get("type") == "object":
            return True
        if any(self.object_like(part) for part in node.get("allOf", [])):
            return True
        branches = node.get("oneOf") or node.get("anyOf") or []
        return any(self.object_like(b) for b in branches if self.resolve(b).get("type") != "null")


@dataclass
class FlatObject:
    properties: dict[str, JSON]
    required: set[str]
    #: ``additionalProperties`` as declared (None: not declared).
    additional: JSON


@dataclass(frozen=True)
class Union:
    prop: str
    #: Discriminator value -> ``{$ref}`` of its variant, known variants only.
    values: Mapping[str, JSON]
    #: The document already carries the normalizer's catch-all variant.
    has_unknown_schema: bool


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: JSON
    description: str


@dataclass
class ListShape:
    """Where a list response keeps its items and pagination, and where requests put the cursor."""

    items_key: str
    item_schema: JSON
    pagination_key: str
    #: "query" or "body"; None where the request cannot carry a cursor (e.g. adding
    #: tags answers with the tags): the whole list is then one page.
    cursor_in: str | None
    limit_in: str | None
    limit_default: int
    limit_min: int
    limit_max: int


@dataclass
class Operation:
    method: str
    template: str
    #: Path segments, None where a parameter goes.
    segments: tuple[str | None, ...]
    param_names: tuple[str, ...]
    spec: Mapping[str, JSON]
    parameters: list[Parameter]
    body_schema: JSON | None
    body_required: bool
    success_status: int
    success_schema: JSON | None
    declared: frozenset[int]
    kind: str = "other"
    collection: Collection | None = None
    list_shape: ListShape | None = None

    @property
    def operation_id(self) -> str:
        return str(self.spec.get("operationId", f"{self.method} {self.template}"))

    @property
    def body_error_status(self) -> int:
        """Where the spec declares 422 for an operation, an invalid body gets it."""
        return 422 if 422 in self.declared else 400


@dataclass
class Collection:
    """Items under one path, e.g. ``/v2/things`` or ``/v2/things/{thing_id}/subs``."""

    name: str
    template: str
    segments: tuple[str | None, ...]
    item_schema: JSON = None
    item_schema_name: str | None = None
    id_field: str | None = None
    id_param: str | None = None
    operations: list[Operation] = field(default_factory=list)

    @property
    def depth(self) -> int:
        """Number of parent path parameters (0 for a top-level collection)."""
        return sum(1 for s in self.segments if s is None)


def _segments(template: str) -> tuple[str | None, ...]:
    return tuple(None if _PARAM.fullmatch(s) else s for s in template.strip("/").split("/"))


def _collection_name(segments: tuple[str | None, ...]) -> str:
    literals = [s for s in segments if s is not None]
    if literals and _VERSION.fullmatch(literals[0]) and len(literals) > 1:
        literals = literals[1:]
    return "/".join(literals)


class Spec:
    """The compiled document: operations by route, and the collections they act on."""

    def __init__(self, document: Mapping[str, JSON]) -> None:
        self.document = document
        self.schemas = Schemas(document)
        self.operations: list[Operation] = []
        for template, item in document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                if method in item:
                    self.operations.append(self._operation(method, template, item[method], shared))
        self.collections: dict[tuple[str | None, ...], Collection] = {}
        self._infer_collections()
        # Route table: by segment count, most literal segments first, so that
        # /v2/things/search wins over /v2/things/{thing_id}.
        self._routes: dict[int, list[tuple[tuple[str | None, ...], dict[str, Operation]]]] = {}
        by_path: dict[tuple[str | None, ...], dict[str, Operation]] = {}
        for op in self.operations:
            by_path.setdefault(op.segments, {})[op.method.upper()] = op
        for segments, methods in by_path.items():
            self._routes.setdefault(len(segments), []).append((segments, methods))
        for routes in self._routes.values():
            routes.sort(key=lambda r: -sum(s is not None for s in r[0]))

    # -- operations --------------------------------------------------------------------

    def _operation(
        self, method: str, template: str, spec: Mapping[str, JSON], shared: list[JSON]
    ) -> Operation:
        params: dict[tuple[str, str], Parameter] = {}
        for raw in [*shared, *spec.get("parameters", [])]:
            p = self.schemas.resolve(raw)
            params[(p["name"], p["in"])] = Parameter(
                p["name"],
                p["in"],
                bool(p.get("required", p["in"] == "path")),
                p.get("schema", {}),
                p.get("description", ""),
            )
        body_schema, body_required = None, False
        if "requestBody" in spec:
            body = self.schemas.resolve(spec["requestBody"])
            content = body.get("content", {})
            media: Mapping[str, JSON] = content.get("application/json") or next(
                iter(content.values()), {}
            )
            body_schema = media.get("schema", {})
            # x-aioarize-optional: the normalizer required it for the generated client only.
            body_required = bool(body.get("required")) and not body.get("x-aioarize-optional")
        responses = spec.get("responses", {})
        declared = frozenset(int(s) for s in responses if s.isdigit())
        successes = sorted(s for s in declared if 200 <= s < 300)
        if not successes:
            raise SpecError(f"{method.upper()} {template} declares no success response")
        status = successes[0]
        success = self.schemas.resolve(responses[str(status)])
        content = success.get("content", {})
        media = content.get("application/json")
        success_schema = None if media is None or status == 204 else media.get("schema", {})
        return Operation(
            method=method,
            template=template,
            segments=_segments(template),
            param_names=tuple(_PARAM.findall(template)),
            spec=spec,
            parameters=list(params.values()),
            body_schema=body_schema,
            body_required=body_required,
            success_status=status,
            success_schema=success_schema,
            declared=declared,
        )

    def route(self, segments: list[str]) -> tuple[dict[str, Operation], list[str]] | None:
        """The operations (by upper-case method) at a concrete path, and its parameter values."""
        for template, methods in self._routes.get(len(segments), []):
            values: list[str] = []
            for want, got in zip(template, segments, strict=True):
                if want is None:
                    if not got:
                        break
                    values.append(got)
                elif want != got:
                    break
            else:
                return methods, values
        return None

    # -- collections -------------------------------------------------------------------

    def list_shape(self, op: Operation) -> ListShape | None:
        """How ``op`` pages, if its success body is an items array beside pagination metadata."""
        if op.success_schema is None or not self.schemas.object_like(op.success_schema):
            return None
        flat = self.schemas.flat_object(op.success_schema)
        items_key = pagination_key = None
        for name, schema in flat.properties.items():
            resolved = self.schemas.resolve(schema)
            if resolved.get("type") == "array" and self.schemas.object_like(
                resolved.get("items", {})
            ):
                items_key = items_key or name
            elif self.schemas.object_like(resolved):
                inner = self.schemas.flat_object(resolved).properties
                if "next_cursor" in inner or "has_more" in inner:
                    pagination_key = name
        if items_key is None or pagination_key is None:
            return None
        query = {p.name: p for p in op.parameters if p.location == "query"}
        body = (
            self.schemas.flat_object(op.body_schema).properties
            if op.body_schema is not None and self.schemas.object_like(op.body_schema)
            else {}
        )
        cursor_in = "query" if "cursor" in query else "body" if "cursor" in body else None
        limit_schema: JSON = {}
        limit_in: str | None = None
        if "limit" in query:
            limit_in, limit_schema = "query", query["limit"].schema
        elif "limit" in body:
            limit_in, limit_schema = "body", body["limit"]
        limit_schema = self.schemas.resolve(limit_schema)
        items_schema = self.schemas.resolve(flat.properties[items_key])["items"]
        return ListShape(
            items_key=items_key,
            item_schema=items_schema,
            pagination_key=pagination_key,
            cursor_in=cursor_in,
            limit_in=limit_in,
            limit_default=int(limit_schema.get("default", 50)),
            limit_min=int(limit_schema.get("minimum", 1)),
            limit_max=int(limit_schema.get("maximum", 100)),
        )

    def _collection(self, segments: tuple[str | None, ...], template: str) -> Collection:
        found = self.collections.get(segments)
        if found is None:
            found = Collection(_collection_name(segments), template, segments)
            self.collections[segments] = found
        return found

    def _infer_collections(self) -> None:
        for op in self.operations:
            shape = self.list_shape(op)
            if shape is not None and op.method in ("get", "post"):
                op.kind, op.list_shape = "list", shape
                collection = self._collection(op.segments, op.template)
                if collection.item_schema is None:
                    collection.item_schema = shape.item_schema
        for op in self.operations:
            if op.segments and op.segments[-1] is None and len(op.segments) > 1:
                parent = op.segments[:-1]
                if parent[-1] is None:
                    continue  # /a/{x}/{y}: no collection path to speak of
                kind = {"get": "get", "patch": "update", "put": "update", "delete": "delete"}
                if op.method in kind:
                    template = op.template.rsplit("/", 1)[0]
                    collection = self._collection(parent, template)
                    collection.id_param = op.param_names[-1]
                    op.kind = kind[op.method]
                    if (
                        op.method == "get"
                        and op.success_schema is not None
                        and self.schemas.object_like(op.success_schema)
                    ):
                        collection.item_schema = op.success_schema
        for op in self.operations:
            target = self.collections.get(op.segments)
            # POST to a collection creates one of its items where items have their
            # own path, or where it answers with one (a new version of a prompt).
            if (
                op.method == "post"
                and op.kind == "other"
                and target is not None
                and (
                    target.id_param is not None
                    or (
                        op.success_schema is not None
                        and target.item_schema is not None
                        and self.schemas.resolve(op.success_schema)
                        == self.schemas.resolve(target.item_schema)
                    )
                )
            ):
                op.kind = "create"
                if target.item_schema is None and op.success_schema is not None:
                    target.item_schema = op.success_schema
        for op in self.operations:
            if op.kind in ("list", "create"):
                op.collection = self.collections[op.segments]
            elif op.kind in ("get", "update", "delete"):
                op.collection = self.collections[op.segments[:-1]]
            if op.collection is not None:
                op.collection.operations.append(op)
        for collection in list(self.collections.values()):
            if collection.item_schema is None or not self.schemas.object_like(
                collection.item_schema
            ):
                # Item paths whose GET returns no object: no store behind them.
                for op in collection.operations:
                    op.kind, op.collection = "other", None
                del self.collections[collection.segments]
                continue
            collection.item_schema_name = self.schemas.ref_name(collection.item_schema)
            collection.id_field = self._id_field(collection)

    def _id_field(self, collection: Collection) -> str | None:
        names = set(self.item_properties(collection.item_schema))
        for candidate in (collection.id_param, "id"):
            if candidate is not None and candidate in names:
                return candidate
        return None

    def item_properties(self, schema: JSON) -> dict[str, JSON]:
        """Every top-level property of an item schema, across the variants of a union."""
        union = self.schemas.union(schema)
        if union is None:
            return self.schemas.flat_object(schema).properties
        merged: dict[str, JSON] = {}
        for variant in union.values.values():
            for name, prop in self.schemas.flat_object(variant).properties.items():
                merged.setdefault(name, prop)
        return merged

    def parents(self, segments: tuple[str | None, ...]) -> Iterator[tuple[Collection, int]]:
        """Collections whose item path is a prefix of ``segments``, with their item's depth.

        They are what must exist for a path to name something: ``/v2/things/{id}/subs``
        needs thing ``id``.
        """
        for n in range(2, len(segments) + 1):
            if segments[n - 1] is None:
                collection = self.collections.get(segments[: n - 1])
                if collection is not None and collection.id_field is not None:
                    yield collection, sum(1 for s in segments[:n] if s is None)
