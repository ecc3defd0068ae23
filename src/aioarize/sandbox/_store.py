"""The in-memory store: one lazily seeded, mutable item sequence per collection instance.

Item ``slot`` of a collection is a pure function of ``(seed, collection, parent
IDs, slot)`` until it is created, updated or deleted through the API; only those
are kept. Slots ``0 .. size-1`` are the seed items, later slots the created
ones, so lists stay in creation order and creation times increase with the slot.
Serving a page builds only the items on it (and caches their JSON); filtering
builds one column of values per filtered field, once.

An operation may show the items in a schema of its own (the list of evaluators
gives ``Evaluator``, GET gives ``EvaluatorWithVersion``): a :class:`View`. The
item is kept in the collection's schema; a view takes from it every property
both schemas declare alike and generates the others from its own schema for the
same slot, so one item reads the same wherever both schemas show it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ._config import SandboxConfig
from ._generate import MISSING, Compiler, Context, Gen, camel, draw, global_id, mix, tag_of
from ._spec import JSON, Collection, Spec
from ._validate import Invalid, Validator

JSONObject = dict[str, Any]
_ENCODED_CACHE = 20_000  # items per collection instance whose JSON is kept
_MATCH_CACHE = 256
_REFERENCE_POOL = 8  # references to another collection point at its first items
_PARAM = re.compile(r"\{([^}]+)\}")


def dumps(value: JSON) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


class Filter:
    """One equality (or case-insensitive substring) condition on an item field."""

    __slots__ = ("field", "substring", "value")

    def __init__(self, field: str, value: JSON, substring: bool) -> None:
        self.field, self.value, self.substring = field, value, substring

    def matches(self, actual: JSON) -> bool:
        if actual == self.value:
            return True
        if isinstance(actual, list):
            return self.value in actual
        if self.substring and isinstance(actual, str) and isinstance(self.value, str):
            return self.value.casefold() in actual.casefold()
        return False


class View:
    """One operation's schema for the items of a collection, when it is not the item schema."""

    __slots__ = ("gen", "index", "kept", "properties", "required", "shared")

    def __init__(
        self,
        index: int,
        gen: Gen,
        properties: Sequence[str],
        required: frozenset[str],
        shared: frozenset[str],
        kept: frozenset[str],
    ) -> None:
        self.index, self.gen, self.properties = index, gen, properties
        self.required, self.shared, self.kept = required, shared, kept

    def project(self, item: Mapping[str, JSON], generated: Mapping[str, JSON]) -> JSONObject:
        """``item`` in this view's schema; ``generated`` supplies what the item cannot."""
        out: JSONObject = {}
        for name in self.properties:
            if name in self.kept or name in self.shared:
                if name in item:
                    out[name] = item[name]
                    continue
                if name not in self.required:
                    continue  # absent from the item: absent here too
            if name in generated:
                out[name] = generated[name]
        return out


class Instance:
    """The items of one collection under one parent (or the only ones, top-level)."""

    def __init__(
        self, store: Store, collection: Collection, parents: tuple[str, ...], size: int
    ) -> None:
        self.collection = collection
        self.parents = parents
        self.size = size
        self._store = store
        self._gen = store.item_generator(collection)
        seed = store.config.seed
        self._scope = tag_of("/".join(parents))
        self._base = mix(seed, tag_of(collection.template), self._scope)
        self._unknown = store.config.unknown_variants
        self._prefix = collection.item_schema_name or camel(collection.name.rsplit("/", 1)[-1])
        # Fields naming a parent path parameter hold the parent's ID, e.g. a part's widget_id.
        fields = store.item_fields(collection)
        self._parent_fields = {
            name: value
            for name, value in zip(_PARAM.findall(collection.template), parents, strict=True)
            if name in fields
        }
        self._id_kind = store.id_kind(collection)
        self._always = store.always_present(collection)
        self._seed = seed
        self._overrides: dict[int, JSONObject] = {}
        self._deleted: set[int] = set()
        self._created: list[int] = []
        self._next_slot = size
        self._version = 0
        self._slots: Sequence[int] = range(size)
        #: (view index, 0 for the item schema; slot) -> JSON
        self._encoded: OrderedDict[tuple[int, int], bytes] = OrderedDict()
        self._columns: dict[str, list[JSON]] = {}
        self._matches: OrderedDict[tuple[Any, ...], Sequence[int]] = OrderedDict()

    # -- identity ----------------------------------------------------------------------

    def id_of(self, slot: int) -> JSON:
        if self._id_kind == "integer":
            return slot + 1
        if self._id_kind == "uuid":
            high = mix(self._seed, self._base, slot) & ((1 << 64) - 1)
            # The slot sits in the low 48 bits, clear of the version and variant bits.
            return str(uuid.UUID(int=high << 64 | slot, version=4))
        return global_id(self._seed, self._prefix, slot + 1, self._scope)

    def lookup(self, identifier: str) -> int | None:
        """The live slot of the item with this ID, or None; O(1)."""
        slot = self._slot_of(identifier)
        if slot is None or slot in self._deleted:
            return None
        if not (0 <= slot < self.size or slot in self._overrides):
            return None
        return slot if str(self.id_of(slot)) == identifier else None

    def _slot_of(self, identifier: str) -> int | None:
        try:
            if self._id_kind == "integer":
                return int(identifier) - 1
            if self._id_kind == "uuid":
                return uuid.UUID(identifier).int & ((1 << 48) - 1)
            text = base64.b64decode(identifier, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        parts = text.split(":")
        if len(parts) != 3 or not parts[1].isdigit():
            return None
        return int(parts[1]) - 1

    # -- reading -----------------------------------------------------------------------

    def _context(self, slot: int, unknown: bool) -> Context:
        return Context(draw(self._base, slot), slot, unknown)

    def _generated(self, slot: int, unknown: bool, gen: Gen | None = None) -> JSONObject:
        """Item ``slot`` as seeded (from ``gen``, a variant, when created as one)."""
        gen = gen or self._gen
        ctx = self._context(slot, unknown)
        item: JSONObject = gen.generate(ctx, 0)
        for name in self._always:
            if name not in item and (value := gen.field(ctx, 0, name, True)) is not MISSING:
                item[name] = value
        if self.collection.id_field is not None:
            item[self.collection.id_field] = self.id_of(slot)
        item.update(self._parent_fields)
        return item

    def item(self, slot: int, view: View | None = None) -> JSONObject:
        """The item in the collection's schema, or as ``view`` shows it."""
        item = self._overrides.get(slot)
        if item is None:
            item = self._generated(slot, self._unknown)
        if view is None:
            return item
        generated = view.gen.generate(self._context(slot, self._unknown), 0)
        return view.project(item, generated)

    def encoded(self, slot: int, view: View | None = None) -> bytes:
        """The item's JSON; seed items' are cached, as most pages are read more than once."""
        if slot in self._overrides:
            return dumps(self.item(slot, view))
        key = (0 if view is None else view.index, slot)
        cached = self._encoded.get(key)
        if cached is None:
            cached = dumps(self.item(slot, view))
            self._encoded[key] = cached
            if len(self._encoded) > _ENCODED_CACHE:
                self._encoded.popitem(last=False)
        return cached

    def field(self, slot: int, name: str) -> JSON:
        override = self._overrides.get(slot)
        if override is not None:
            return override.get(name, MISSING)
        if name == self.collection.id_field:
            return self.id_of(slot)
        if name in self._parent_fields:
            return self._parent_fields[name]
        column = self._columns.get(name)
        if column is None:
            force = name in self._always
            column = [
                self._gen.field(self._context(s, self._unknown), 0, name, force)
                for s in range(self.size)
            ]
            self._columns[name] = column
        return column[slot]

    def slots(self) -> Sequence[int]:
        """Live slots in list order."""
        return self._slots

    def matches(self, filters: Sequence[Filter]) -> Sequence[int]:
        """Live slots whose items pass every filter, in list order (cached per state)."""
        if not filters:
            return self._slots
        key = (self._version, *((f.field, repr(f.value), f.substring) for f in filters))
        found = self._matches.get(key)
        if found is None:
            found = [
                s for s in self._slots if all(f.matches(self.field(s, f.field)) for f in filters)
            ]
            self._matches[key] = found
            if len(self._matches) > _MATCH_CACHE:
                self._matches.popitem(last=False)
        return found

    # -- writing -----------------------------------------------------------------------

    def _changed(self) -> None:
        self._version += 1
        self._slots = [s for s in range(self.size) if s not in self._deleted] + [
            s for s in self._created if s not in self._deleted
        ]

    def create(self, body: Mapping[str, JSON]) -> int:
        """Add an item, generated where the body is silent (IDs, timestamps); return its slot."""
        slot = self._next_slot
        self._next_slot += 1
        union = self._store.spec.schemas.union(self.collection.item_schema)
        variant: Gen | None = None
        if union is not None and body.get(union.prop) in union.values:
            variant = self._store.compiler.compile(
                union.values[body[union.prop]],
                owner=self.collection.item_schema_name or "",
                path=f"/{self.collection.name}",
                variant=True,
            )
        item = self._generated(slot, False, variant)
        if union is not None and variant is not None:
            item[union.prop] = body[union.prop]
        self._overlay(item, body)
        item.update(self._parent_fields)  # the body cannot move the item to another parent
        self._overrides[slot] = item
        self._created.append(slot)
        self._changed()
        return slot

    def update(
        self, slot: int, body: Mapping[str, JSON], replaced: Iterable[str] = ()
    ) -> JSONObject:
        """Merge ``body`` into the item (PATCH); fields in ``replaced`` it omits are dropped (PUT).

        A replace keeps what the client cannot send or the item cannot lack: its
        ID, its parent's ID and the fields the item schema requires.
        """
        item = dict(self.item(slot))
        kept = self._store.item_required(self.collection) | set(self._parent_fields)
        for name in replaced:
            if name not in body and name not in kept and name != self.collection.id_field:
                item.pop(name, None)
        self._overlay(item, body)
        self._overrides[slot] = item
        self._changed()
        return item

    def delete(self, slot: int) -> None:
        self._deleted.add(slot)
        self._overrides.pop(slot, None)
        self._changed()

    def _overlay(self, item: JSONObject, body: Mapping[str, JSON]) -> None:
        # Only fields the item has, with a value its schema admits: write-only inputs
        # (secrets, options) stay out, and so does a field the request shapes otherwise
        # (creating an evaluator sends a version request; the evaluator shows a version).
        properties = self._store.properties_of(self.collection, item)
        for name, value in body.items():
            schema = properties.get(name)
            if (
                schema is not None
                and name != self.collection.id_field
                and self._store.admits(schema, value)
            ):
                item[name] = value


class Store:
    """Every collection instance of one sandbox, created on first use."""

    def __init__(self, spec: Spec, config: SandboxConfig) -> None:
        self.spec = spec
        self.config = config
        names = {c.name for c in spec.collections.values()}
        unknown = set(config.sizes) - names
        if unknown:
            raise ValueError(
                f"sizes names no collection of the spec: {', '.join(sorted(unknown))} "
                f"(collections: {', '.join(sorted(names))})"
            )
        self.compiler = Compiler(spec.schemas, config.seed, self._reference)
        self._generators: dict[str, Gen] = {}
        self._fields: dict[str, frozenset[str]] = {}
        self._views: dict[tuple[str, str], View | None] = {}
        self._always: dict[str, frozenset[str]] = {}
        self._validator = Validator(spec.schemas)
        self._instances: dict[tuple[str, tuple[str, ...]], Instance] = {}
        self.lock = threading.RLock()

    def size(self, collection: Collection) -> int:
        return self.config.sizes.get(collection.name, self.config.items)

    def instance(self, collection: Collection, parents: Sequence[str] = ()) -> Instance:
        key = (collection.template, tuple(parents))
        found = self._instances.get(key)
        if found is None:
            found = Instance(self, collection, key[1], self.size(collection))
            self._instances[key] = found
        return found

    def item_generator(self, collection: Collection) -> Gen:
        gen = self._generators.get(collection.template)
        if gen is None:
            gen = self.compiler.compile(collection.item_schema, "", "", f"/{collection.name}")
            self._generators[collection.template] = gen
        return gen

    def view(self, collection: Collection, schema: JSON) -> View | None:
        """How ``schema`` shows the items of ``collection``; None where it is their own schema."""
        key = (collection.template, json.dumps(schema, sort_keys=True))
        if key in self._views:
            return self._views[key]
        found: View | None = None
        schemas = self.spec.schemas
        if schemas.resolve(schema) != schemas.resolve(collection.item_schema) and (
            schemas.union(schema) is None
        ):
            flat = schemas.flat_object(schema)
            own = self.spec.item_properties(collection.item_schema)
            shared = frozenset(
                name
                for name, prop in flat.properties.items()
                if name in own and schemas.resolve(prop) == schemas.resolve(own[name])
            )
            parents = set(_PARAM.findall(collection.template))
            kept = {collection.id_field, *parents} & set(flat.properties)
            gen = self.compiler.compile(
                schema, owner=collection.item_schema_name or "", path=f"/{collection.name}"
            )
            found = View(
                len(self._views) + 1,
                gen,
                tuple(flat.properties),
                frozenset(flat.required),
                shared,
                frozenset(name for name in kept if name is not None),
            )
        self._views[key] = found
        return found

    def properties_of(self, collection: Collection, item: Mapping[str, JSON]) -> dict[str, JSON]:
        """The item's properties in its schema (its variant's, for a union)."""
        union = self.spec.schemas.union(collection.item_schema)
        variant = None if union is None else union.values.get(str(item.get(union.prop)))
        if variant is None:
            return self.spec.item_properties(collection.item_schema)
        return self.spec.schemas.flat_object(variant).properties

    def admits(self, schema: JSON, value: JSON) -> bool:
        """Whether an item may hold ``value`` where its schema says ``schema``."""
        if self.spec.schemas.resolve(schema).get("writeOnly"):
            return False
        try:
            self._validator.check(schema, value, "value")
        except Invalid:
            return False
        return True

    def always_present(self, collection: Collection) -> frozenset[str]:
        """Item fields some schema of the collection requires: seeded in every item.

        The list of evaluators requires ``updated_at``, their GET schema does not;
        one integration type requires ``name``, another does not. Giving every
        item these fields keeps an item the same in every view and every variant.
        """
        found = self._always.get(collection.template)
        if found is None:
            schemas = [collection.item_schema]
            for op in collection.operations:
                schema = op.list_shape.item_schema if op.list_shape else op.success_schema
                if schema is not None and self.spec.schemas.object_like(schema):
                    schemas.append(schema)
            found = frozenset(name for s in schemas for name in self._required(s))
            self._always[collection.template] = found
        return found

    def _required(self, schema: JSON) -> frozenset[str]:
        """Fields ``schema`` requires (in any variant, for a union)."""
        union = self.spec.schemas.union(schema)
        variants = [schema] if union is None else list(union.values.values())
        return frozenset(
            name for v in variants for name in self.spec.schemas.flat_object(v).required
        )

    def item_required(self, collection: Collection) -> frozenset[str]:
        """Fields the item schema requires (in any variant, for a union)."""
        return self._required(collection.item_schema)

    def item_fields(self, collection: Collection) -> frozenset[str]:
        fields = self._fields.get(collection.template)
        if fields is None:
            fields = frozenset(self.spec.item_properties(collection.item_schema))
            self._fields[collection.template] = fields
        return fields

    def id_kind(self, collection: Collection) -> str:
        if collection.id_field is None:
            return "none"
        schema = self.spec.schemas.resolve(
            self.spec.item_properties(collection.item_schema)[collection.id_field]
        )
        if schema.get("type") == "integer":
            return "integer"
        return "uuid" if schema.get("format") == "uuid" else "global"

    def _reference(self, name: str) -> Callable[[int], str] | None:
        """IDs for a ``<thing>_id`` field: items of the top-level collection of things, if any."""
        thing = name.removesuffix("_id")
        plural = {thing + "s", thing + "es", thing.replace("_", "-") + "s"}
        for collection in self.spec.collections.values():
            last = collection.name.rsplit("/", 1)[-1]
            if (
                collection.depth == 0
                and collection.id_field is not None
                and (collection.id_param == name or last in plural)
                and self.size(collection) > 0
                and self.id_kind(collection) != "integer"
            ):
                pool = min(_REFERENCE_POOL, self.size(collection))

                def pick(r: int, collection: Collection = collection, pool: int = pool) -> str:
                    return str(self.instance(collection).id_of(r % pool))

                return pick
        return None
