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
import copy
import datetime
import json
import math
import re
import threading
import time
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ._config import SandboxConfig
from ._generate import (
    MISSING,
    SPACING_S,
    Compiler,
    Context,
    Gen,
    camel,
    draw,
    global_id,
    iso,
    mix,
    tag_of,
)
from ._rules import (
    ALIASES,
    BODY_PARENTS,
    EMPTY_ON_CREATE,
    IMPLIED,
    LATEST_CHILD,
    LIFECYCLES,
    NAMES_WHEN,
    NEWEST_FIRST,
    TERMINAL,
    TRACES,
    VERSION_OF,
    VERSIONED,
)
from ._spec import JSON, Collection, Spec
from ._traces import PLACED, Traces, place, seeded_field, seeded_span, span_id, span_slot
from ._validate import Invalid, Validator

JSONObject = dict[str, Any]
_ENCODED_CACHE = 20_000  # items per collection instance whose JSON is kept
_MATCH_CACHE = 256
_REFERENCE_POOL = 8  # references to another collection point at its first items
_PARAM = re.compile(r"\{([^}]+)\}")
#: A parent in a path template: its collection's segment and its parameter.
_PARENT = re.compile(r"([^/{}]+)/\{([^}]+)\}")


def dumps(value: JSON) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


class Filter:
    """One condition on an item field.

    ``mode``: "equal" (or, for an array field, contains), "substring"
    (case-insensitive), or ">=" / "<" on date-times (a time window's bounds).
    """

    __slots__ = ("field", "mode", "value")

    def __init__(self, field: str, value: JSON, mode: str) -> None:
        self.field, self.value, self.mode = field, value, mode
        if mode in (">=", "<"):
            self.value = _seconds(value)

    def matches(self, actual: JSON) -> bool:
        if self.mode in (">=", "<"):
            at = _seconds(actual)
            if at is None or self.value is None:
                return False
            return bool(at >= self.value if self.mode == ">=" else at < self.value)
        if actual == self.value:
            return True
        if isinstance(actual, list):
            return self.value in actual
        if self.mode == "substring" and isinstance(actual, str) and isinstance(self.value, str):
            return self.value.casefold() in actual.casefold()
        return False


def _seconds(value: JSON) -> float | None:
    """A date-time's seconds since 1970, or None where it is not one."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()


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
        self._epoch = store.epoch(size)
        self._prefix = collection.item_schema_name or camel(collection.name.rsplit("/", 1)[-1])
        # Fields naming a parent hold the parent's ID, e.g. a part's widget_id: by the path
        # parameter's name, or by the parent's (a membership's organization_id, under org_id).
        # A body parent (a span's project) comes after the path's, where one is given.
        fields = store.item_fields(collection)
        self.parent_fields = {}
        named = _PARENT.findall(collection.template)
        if collection.name in BODY_PARENTS and len(parents) > len(named):
            field, owner = BODY_PARENTS[collection.name]
            named.append((owner, field))
        for (owner, name), value in zip(named, parents, strict=True):
            for field in (name, owner.removesuffix("s").replace("-", "_") + "_id"):
                if field in fields:
                    self.parent_fields[field] = value
                    break
        #: Spans: seeded in traces, named by their ``context.span_id``.
        self._spans = collection.name in TRACES.values()
        self._id_kind = "span" if self._spans else store.id_kind(collection)
        self._always = store.always_present(collection)
        self._latest = LATEST_CHILD.get(collection.name)
        self._newest_first = NEWEST_FIRST.get(collection.name)
        self._derived = {
            *VERSIONED.get(collection.name, ())[:1],
            *VERSION_OF.get(collection.name, ())[2:],
            *NAMES_WHEN.get(collection.name, ())[2:],
        }
        self._seed = seed
        self._overrides: dict[int, JSONObject] = {}
        self._deleted: set[int] = set()
        #: IDs the client chose (a member's user_id), both ways.
        self._chosen: dict[str, int] = {}
        self._chosen_by_slot: dict[int, str] = {}
        #: Lifecycle items not yet terminal: slot -> sandbox time they started at.
        self._live: dict[int, float] = {}
        #: Field names -> their values (as a key) -> live slots having them (409 checks).
        self._unique: dict[tuple[str, ...], dict[tuple[str, ...], set[int]]] = {}
        self._next_slot = size
        self._version = 0
        self._slots: Sequence[int] = range(size)
        #: (view index, 0 for the item schema; slot) -> JSON
        self._encoded: OrderedDict[tuple[int, int], bytes] = OrderedDict()
        self._columns: dict[str, list[JSON]] = {}
        self._matches: OrderedDict[tuple[Any, ...], Sequence[int]] = OrderedDict()

    # -- identity ----------------------------------------------------------------------

    def id_of(self, slot: int) -> JSON:
        chosen = self._chosen_by_slot.get(slot)
        if chosen is not None:
            return chosen
        if self._id_kind == "integer":
            return slot + 1
        if self._id_kind == "span":
            return span_id(self._base, slot)
        if self._id_kind == "uuid":
            high = mix(self._seed, self._base, slot) & ((1 << 64) - 1)
            # The slot sits in the low 48 bits, clear of the version and variant bits.
            return str(uuid.UUID(int=high << 64 | slot, version=4))
        return global_id(self._seed, self._prefix, slot + 1, self._scope)

    def lookup(self, identifier: str) -> int | None:
        """The live slot of the item with this ID, or None; O(1)."""
        slot = self._chosen.get(identifier)
        if slot is None:
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
            if self._id_kind == "span":
                return span_slot(self._base, identifier)
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

    def _context(self, slot: int, unknown: bool, epoch: int | None = None) -> Context:
        return Context(
            draw(self._base, slot), slot, unknown, self._epoch if epoch is None else epoch
        )

    def _generated(
        self, slot: int, unknown: bool, gen: Gen | None = None, epoch: int | None = None
    ) -> JSONObject:
        """Item ``slot`` as seeded (from ``gen``, a variant, when created as one; dated from
        ``epoch`` when created now)."""
        gen = gen or self._gen
        ctx = self._context(slot, unknown, epoch)
        item: JSONObject = gen.generate(ctx, 0)
        for name in self._always:
            if name not in item and (value := gen.field(ctx, 0, name, True)) is not MISSING:
                item[name] = value
        if self.collection.id_field is not None:
            item[self.collection.id_field] = self.id_of(slot)
            if self.collection.id_param is not None:
                _point_at(item, self.collection.id_param, item[self.collection.id_field])
        item.update(self.parent_fields)
        if self.collection.name in LIFECYCLES:
            _settle(item)
        if (implied := IMPLIED.get(self.collection.name)) is not None:
            item.update(implied[1].get(str(item.get(implied[0])), {}))
        if self._spans:
            place(item, self._placed(slot))
        self._first_version(item)
        named = NAMES_WHEN.get(self.collection.name)
        if named and item.get(named[0]) == named[1] and not isinstance(item.get(named[2]), str):
            item[named[2]] = self._store.reference_id(named[2], slot)
        return item

    def _placed(self, slot: int) -> JSONObject:
        return seeded_span(self._base, self._epoch, slot, self.size)

    def _first_version(self, item: JSONObject) -> None:
        """A versioned item's one version (dated as it is), or the version it records."""
        versioned = VERSIONED.get(self.collection.name)
        if versioned is not None and self.collection.id_field is not None:
            owner = str(item[self.collection.id_field])
            item[versioned[0]] = [self._store.version(self.collection, owner, 1, item)]
        recorded = VERSION_OF.get(self.collection.name)
        if recorded is not None and recorded[2] in item:
            named = item.get(recorded[0])
            owners = self._store.collection(recorded[1])
            first = self._store.version_id(owners, named, 1) if isinstance(named, str) else None
            item[recorded[2]] = first

    def item(self, slot: int, view: View | None = None) -> JSONObject:
        """The item in the collection's schema, or as ``view`` shows it."""
        item = self._overrides.get(slot)
        if item is None:
            item = self._generated(slot, self._unknown)
        if self._latest is not None:  # a prompt shows its latest version
            child_name, prop = self._latest
            child = self._store.latest(child_name, [*self.parents, str(self.id_of(slot))])
            if child is not None:
                item = {**item, prop: child}
        if view is None:
            return item
        generated = view.gen.generate(self._context(slot, self._unknown), 0)
        return view.project(item, generated)

    def encoded(self, slot: int, view: View | None = None) -> bytes:
        """The item's JSON; seed items' are cached, as most pages are read more than once."""
        if slot in self._overrides or self._latest is not None:
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
        if name in self.parent_fields:
            return self.parent_fields[name]
        if self._spans and name in PLACED:
            return seeded_field(self._base, self._epoch, slot, self.size, name)
        if name in self._derived:  # set by the rules on the seeded item, not by its schema
            return self.item(slot).get(name, MISSING)
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

    @property
    def version(self) -> int:
        """Changes with every write (what is derived from the items is rebuilt then)."""
        return self._version

    def matches(self, filters: Sequence[Filter]) -> Sequence[int]:
        """Live slots whose items pass every filter, in list order (cached per state)."""
        if not filters:
            return self._slots
        return self._cached(
            ("matches", filters),
            lambda: [
                s for s in self._slots if all(f.matches(self.field(s, f.field)) for f in filters)
            ],
        )

    def listed(self, filters: Sequence[Filter]) -> Sequence[int]:
        """``matches(filters)`` in the order the API lists them (``NEWEST_FIRST``), cached."""
        found = self.matches(filters)
        field = self._newest_first
        if field is None:
            return found
        if field == "created_at":  # creation times increase with the slot: no need to read
            return self._cached(("listed", filters), lambda: found[::-1])
        return self._cached(
            ("listed", filters),
            lambda: sorted(
                found, key=lambda s: (_seconds(self.field(s, field)) or 0.0, s), reverse=True
            ),
        )

    def _cached(
        self, what: tuple[str, Sequence[Filter]], compute: Callable[[], Sequence[int]]
    ) -> Sequence[int]:
        """Slots ``compute`` gives for ``what`` in the current state, kept for the next ask."""
        kind, filters = what
        key = (self._version, kind, *((f.field, repr(f.value), f.mode) for f in filters))
        found = self._matches.get(key)
        if found is None:
            found = compute()
            self._matches[key] = found
            if len(self._matches) > _MATCH_CACHE:
                self._matches.popitem(last=False)
        return found

    def conflicting(self, values: Mapping[str, JSON], skip: int = -1) -> bool:
        """Whether a live item other than ``skip`` has all of ``values`` (absent: MISSING).

        An index per set of field names, built on first use and kept up to date by
        every write, so that creating n items costs O(n), not O(n^2).
        """
        names = tuple(values)
        index = self._unique.get(names)
        if index is None:
            index = {}
            for s in self._slots:
                key = _key(self.field(s, n) for n in names)
                index.setdefault(key, set()).add(s)
            self._unique[names] = index
        return any(s != skip for s in index.get(_key(values.values()), ()))

    def _reindex(self, slot: int, before: Mapping[str, JSON] | None) -> None:
        """Move ``slot`` in the uniqueness indexes from its ``before`` values to its current."""
        after = self._overrides.get(slot) if slot not in self._deleted else None
        for names, index in self._unique.items():
            if before is not None:
                index.get(_key(before.get(n, MISSING) for n in names), set()).discard(slot)
            if after is not None:
                index.setdefault(_key(after.get(n, MISSING) for n in names), set()).add(slot)

    # -- writing -----------------------------------------------------------------------

    def _listed(self) -> list[int]:
        """The live slots as a list to change in place (a range until the first write)."""
        if not isinstance(self._slots, list):
            self._slots = list(self._slots)
        return self._slots

    def create(
        self,
        body: Mapping[str, JSON],
        settable: frozenset[str] | None = None,
        identifier: str | None = None,
    ) -> int:
        """Add an item: what ``body`` holds, plus what the server makes; return its slot.

        The server makes the ID (unless the client chose it: ``identifier``), the
        timestamps (now) and whatever else the item schema requires. Optional
        fields the request could have set (``settable``; None: any) but did not
        stay absent.
        """
        slot = self._next_slot
        self._next_slot += 1
        if identifier is not None:
            self._chosen[identifier] = slot
            self._chosen_by_slot[slot] = identifier
        union = self._store.spec.schemas.union(self.collection.item_schema)
        variant: Gen | None = None
        # The request may name the variant otherwise: annotation_config_type for type.
        choice = (
            next(
                (
                    value
                    for name, value in body.items()
                    if name == union.prop or name.endswith(f"_{union.prop}")
                    if isinstance(value, str) and value in union.values
                ),
                None,
            )
            if union is not None
            else None
        )
        if union is not None and choice is not None:
            variant = self._store.compiler.compile(
                union.values[choice],
                owner=self.collection.item_schema_name or "",
                path=f"/{self.collection.name}",
                variant=True,
            )
        # Dated in the ten minutes before now, as the seed items are before the start.
        now = self._store.now()
        item = self._generated(slot, False, variant, int(now) - (slot + 1) * SPACING_S)
        if union is not None and variant is not None:
            item[union.prop] = choice
        required = self._store.item_required(self.collection) | self._always
        if self.collection.id_field is not None:
            required |= {self.collection.id_field}
        for name in list(item):
            if name not in required and (settable is None or name in settable):
                del item[name]
        for name in EMPTY_ON_CREATE.get(self.collection.name, ()):
            if name in item:
                item[name] = []
        for name, schema in self._store.properties_of(self.collection, item).items():
            is_time = self._store.spec.schemas.resolve(schema).get("format") == "date-time"
            if name in item and is_time and name.startswith(("created", "updated")):
                item[name] = iso(now)
        self._overlay(item, body)
        item.update(self.parent_fields)  # the body cannot move the item to another parent
        if self.collection.name in VERSIONED:
            self._first_version(item)  # dated as the item now is
        self._overrides[slot] = item
        self._reindex(slot, None)
        self._listed().append(slot)
        self._version += 1
        if self.collection.name in LIFECYCLES:
            self._live[slot] = self._store.now()
            self._store.live.add(self)
        self._store.created.add(str(self.id_of(slot)))
        return slot

    def update(
        self, slot: int, body: Mapping[str, JSON], replaced: Iterable[str] = ()
    ) -> JSONObject:
        """Merge ``body`` into the item (PATCH); fields in ``replaced`` it omits are dropped (PUT).

        A replace keeps what the client cannot send or the item cannot lack: its
        ID, its parent's ID and the fields the item schema requires.
        """
        item = dict(self.item(slot))
        kept = self._store.item_required(self.collection) | set(self.parent_fields)
        for name in replaced:
            if name not in body and name not in kept and name != self.collection.id_field:
                item.pop(name, None)
        self._overlay(item, body)
        if "updated_at" in item:
            item["updated_at"] = iso(self._store.now())
        before = self.item(slot)
        self._overrides[slot] = item
        self._reindex(slot, before)
        self._version += 1
        return item

    def put(self, slot: int, item: JSONObject) -> None:
        """Store ``item`` as it is (a lifecycle step, a label set)."""
        before = self.item(slot)
        self._overrides[slot] = item
        self._reindex(slot, before)
        self._version += 1

    def delete(self, slot: int) -> None:
        before = self.item(slot)
        self._deleted.add(slot)
        self._reindex(slot, before)
        self._listed().remove(slot)
        self._version += 1
        self._overrides.pop(slot, None)
        self._live.pop(slot, None)

    def copy(self) -> Instance:
        """An instance holding the same items whose writes leave this one as it is (a new
        version of a dataset's examples). Stored items are replaced on write, never changed
        in place, so the copy may share them; indexes and caches are rebuilt on use."""
        twin = copy.copy(self)
        twin._overrides = dict(self._overrides)
        twin._deleted = set(self._deleted)
        twin._chosen, twin._chosen_by_slot = dict(self._chosen), dict(self._chosen_by_slot)
        twin._live = dict(self._live)
        twin._unique = {}
        twin._slots = list(self._slots) if isinstance(self._slots, list) else self._slots
        twin._encoded = OrderedDict()
        twin._matches = OrderedDict()
        return twin

    def _overlay(self, item: JSONObject, body: Mapping[str, JSON]) -> None:
        # Only fields the item has, with a value its schema admits: write-only inputs
        # (secrets, options) stay out, and so does a field the request shapes otherwise
        # (creating an evaluator sends a version request; the evaluator shows a version).
        # An open item schema (examples, runs) keeps any other field as sent.
        # An object the item schema shapes differently (an AGENT config is sent without the
        # has_headers the item shows) is merged into the generated one where that fits.
        properties = self._store.properties_of(self.collection, item)
        extra = self._store.extra_schema(self.collection)
        for name, value in body.items():
            schema = properties.get(name, extra)
            if schema is None or name == self.collection.id_field:
                continue
            current = item.get(name)
            if isinstance(current, dict) and isinstance(value, dict):
                candidates = [value, {**current, **value}]
            else:
                candidates = [value]
            for candidate in candidates:
                if self._store.admits(schema, candidate):
                    item[name] = candidate
                    break

    # -- lifecycles --------------------------------------------------------------------

    def advance(self) -> None:
        """Move lifecycle items along to where the sandbox's clock has got them."""
        if not self._live:
            return
        now = self._store.now()
        run = self._store.config.run_seconds
        for slot, started in list(self._live.items()):
            item = dict(self._overrides[slot])
            elapsed = now - started
            if elapsed < run / 3:
                continue
            item["status"] = "RUNNING"
            item["run_started_at"] = iso(started + run / 3)
            if elapsed >= run:
                failed = mix(self._seed, self._base, slot) % 10 == 0
                item["status"] = "FAILED" if failed else "COMPLETED"
                item["run_finished_at"] = iso(started + run)
                item["num_successes"] = mix(self._seed, slot) % 50
                item["num_errors"] = 1 + mix(self._seed, slot, 1) % 5 if failed else 0
                if failed:
                    item["failure_reason"] = "The evaluator's LLM call timed out (sandbox)."
                else:
                    item = self._store.on_end(self, slot, item)
                del self._live[slot]
            if item != self._overrides[slot]:
                self.put(slot, item)

    def in_progress(self) -> bool:
        """Whether a lifecycle item has not yet ended."""
        self.advance()
        return bool(self._live)

    def cancel(self, slot: int) -> JSONObject:
        """End a lifecycle item as CANCELLED, unless it already ended."""
        self.advance()
        item = self.item(slot)
        if item.get("status") in TERMINAL:
            return item
        item = {**item, "status": "CANCELLED", "run_finished_at": iso(self._store.now())}
        self._live.pop(slot, None)
        self.put(slot, item)
        return item


def _settle(run: JSONObject) -> None:
    """A seeded run's times agree with its status: not started while PENDING, not ended
    before it ends, a failure reason only when FAILED."""
    status = run.get("status")
    if status == "PENDING" and "run_started_at" in run:
        run["run_started_at"] = None
    if status in ("PENDING", "RUNNING") and "run_finished_at" in run:
        run["run_finished_at"] = None
    if status != "FAILED":
        run.pop("failure_reason", None)


def _key(values: Iterable[JSON]) -> tuple[str, ...]:
    """Field values as a hashable index key (MISSING apart from every JSON value)."""
    return tuple("-" if v is MISSING else json.dumps(v, sort_keys=True) for v in values)


def _point_at(node: JSON, name: str, identifier: JSON, depth: int = 0) -> None:
    """Set ``name`` to ``identifier`` in objects nested in ``node`` (its versions' dataset_id)."""
    if isinstance(node, list):
        for element in node:
            _point_at(element, name, identifier, depth)
    elif isinstance(node, dict):
        if depth and name in node:
            node[name] = identifier
        for value in node.values():
            if isinstance(value, dict | list):
                _point_at(value, name, identifier, depth + 1)


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
        self._traces: weakref.WeakKeyDictionary[Instance, Traces] = weakref.WeakKeyDictionary()
        self._by_name = {c.name: c for c in spec.collections.values()}
        #: IDs of items created through the API: their children start with none.
        self.created: set[str] = set()
        # Seed data is dated up to the hour the sandbox starts in (or config.now).
        self._started = (
            config.now if config.now is not None else math.floor(time.time() / 3600) * 3600
        )
        self._clock_start = config.clock()
        self.lock = threading.RLock()
        #: Instances with lifecycle items not yet ended (moved along on every request).
        self.live: set[Instance] = set()
        #: What a lifecycle item's completion does beyond it (a RUN_EXPERIMENT run makes its
        #: experiment): given the item as completed, the item to keep. Set by the writes.
        self.on_end: Callable[[Instance, int, JSONObject], JSONObject] = lambda _i, _s, item: item

    def advance(self) -> None:
        """Move every lifecycle item along to the sandbox's time, so that what ending one
        makes (an experiment) exists from then on, whether or not the run is read."""
        for instance in list(self.live):
            if not instance.in_progress():
                self.live.discard(instance)

    def collection(self, name: str) -> Collection:
        return self._by_name[name]

    def version_id(self, collection: Collection, owner: str, number: int) -> str:
        """The ID of version ``number`` (from 1) of the item ``owner`` of ``collection``."""
        prefix = (collection.item_schema_name or "") + "Version"
        return global_id(self.config.seed, prefix, number, tag_of(owner))

    def version(
        self, collection: Collection, owner: str, number: int, item: Mapping[str, JSON]
    ) -> JSONObject:
        """Version ``number`` of item ``owner``, named v<number>, dated as ``item`` is."""
        return {
            "id": self.version_id(collection, owner, number),
            "name": f"v{number}",
            collection.id_param or "id": owner,
            "created_at": item.get("created_at"),
            "updated_at": item.get("updated_at"),
        }

    def reference_id(self, name: str, slot: int) -> str | None:
        """An ID for a ``<thing>_id`` field of seed item ``slot`` (None: no such things)."""
        pick = self._reference(name)
        return None if pick is None else pick(slot)

    def adopt(self, instance: Instance) -> None:
        """Make ``instance`` the one its collection and parents name (a new latest version)."""
        self._instances[(instance.collection.template, instance.parents)] = instance

    def now(self) -> float:
        """The sandbox's time: ``config.now`` (or start), moved on by ``config.clock``."""
        return self._started + (self.config.clock() - self._clock_start)

    def epoch(self, size: int) -> int:
        """When slot 0 of ``size`` seed items is dated: the last one ends by the start time."""
        return int(self._started) - size * SPACING_S

    def size(self, collection: Collection) -> int:
        return self.config.sizes.get(collection.name, self.config.items)

    def canonical(self, collection: Collection) -> Collection:
        """The collection whose items ``collection`` shows (itself, unless an alias)."""
        target = ALIASES.get(collection.name)
        return collection if target is None else self._by_name.get(target, collection)

    def instance(self, collection: Collection, parents: Sequence[str] = ()) -> Instance:
        collection = self.canonical(collection)
        key = (collection.template, tuple(parents))
        found = self._instances.get(key)
        if found is None:
            fresh = any(p in self.created for p in parents)
            found = Instance(self, collection, key[1], 0 if fresh else self.size(collection))
            self._instances[key] = found
        return found

    def traces(self, collection: Collection, parents: Sequence[str]) -> Traces:
        """The traces of collection ``collection`` (``_rules.TRACES``): its spans', grouped."""
        spans = self.instance(self._by_name[TRACES[collection.name]], parents)
        found = self._traces.get(spans)
        if found is None:
            found = self._traces[spans] = Traces(spans)
        return found

    def latest(self, name: str, parents: Sequence[str]) -> JSONObject | None:
        """The last item of collection ``name`` under ``parents`` (None: none).

        Read without keeping an instance for parents nobody wrote under, so that
        listing prompts does not build one per prompt.
        """
        collection = self._by_name[name]
        key = (collection.template, tuple(parents))
        instance = self._instances.get(key)
        if instance is None:
            fresh = any(p in self.created for p in parents)
            instance = Instance(self, collection, key[1], 0 if fresh else self.size(collection))
        slots = instance.slots()
        return instance.item(slots[-1]) if slots else None

    def locate(
        self, collection: Collection, parents: Sequence[str], identifier: str
    ) -> tuple[Instance, int] | None:
        """The instance and live slot of an item, or None.

        A flat alias (``/v2/task-runs/{id}`` for the runs under every task) names
        no parent: the item is looked for under every parent seen so far, which
        is where any ID a client can know came from.
        """
        target = self.canonical(collection)
        if target.depth == collection.depth:
            instance = self.instance(collection, parents)
            slot = instance.lookup(identifier)
            return None if slot is None else (instance, slot)
        for (template, _), instance in list(self._instances.items()):
            if template == target.template and (slot := instance.lookup(identifier)) is not None:
                return instance, slot
        return None

    def drop_children(
        self, collection: Collection, parents: Sequence[str], identifier: str
    ) -> None:
        """Forget the items nested under a deleted item (its versions, runs, examples)."""
        prefix = (*parents, identifier)
        for key, instance in list(self._instances.items()):
            template, owners = key
            nested = template.startswith(collection.template + "/")
            owned = BODY_PARENTS.get(instance.collection.name, ("", ""))[1] == collection.name
            if (nested and owners[: len(prefix)] == prefix) or (owned and owners[-1:] == prefix):
                self.live.discard(self._instances.pop(key))

    def extra_schema(self, collection: Collection) -> JSON:
        """The schema of fields an item may have beyond its properties (None: none)."""
        flat = self.spec.schemas.flat_object(collection.item_schema)
        if flat.additional is True:
            return {}
        return flat.additional if isinstance(flat.additional, dict) else None

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
                and collection.name not in ALIASES
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
