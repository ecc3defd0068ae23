"""Annotations and annotation-queue records: what their operations store.

Annotating upserts by ``name``: an annotation already stored under that name
keeps the fields the request omits and takes the ones it sends (as the API
documents: omitted fields are left unchanged); each written annotation gets
``updated_at`` (the sandbox's now) and its ``annotator``, the caller (the first
user of ``/v2/users``). :func:`upsert_annotations` is the whole mechanism, for
records, dataset examples, experiment runs and spans alike.

A queue's records are made from record sources (:data:`RECORD_SOURCES`), one per
ID they name, and live under their queue like any nested item: listed in
creation order, gone with their queue.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ._generate import iso, words
from ._rules import ANNOTATES, CALLER, NAMED_ITEMS, RECORD_SOURCES
from ._spec import JSON, Spec
from ._store import Filter, Instance, JSONObject, Store
from ._writes import Answer, Call, Refused, Writes, _delete_each, not_found


def upsert_annotations(
    stored: JSON, values: Sequence[JSONObject], now: str, annotator: JSONObject
) -> list[JSONObject]:
    """``stored`` (an item's ``annotations``) with ``values`` written by name, in order."""
    merged: dict[str, JSONObject] = {}
    for annotation in stored if isinstance(stored, list) else []:
        if isinstance(annotation, dict):
            merged[str(annotation.get("name"))] = annotation
    for value in values:
        name = str(value["name"])
        merged[name] = {**merged.get(name, {}), **value, "updated_at": now, "annotator": annotator}
    return list(merged.values())


def annotate_items(
    items: Instance, entries: Sequence[JSONObject], now: str, annotator: JSONObject
) -> list[str]:
    """Write each entry's ``values`` onto the item its ``record_id`` names; the IDs naming none.

    Every ID is looked up before anything is written.
    """
    found: list[tuple[int, JSONObject]] = []
    unknown: list[str] = []
    for entry in entries:
        slot = items.lookup(str(entry["record_id"]))
        if slot is None:
            unknown.append(str(entry["record_id"]))
        else:
            found.append((slot, entry))
    for slot, entry in found:
        item = items.item(slot)
        annotations = upsert_annotations(item.get("annotations"), entry["values"], now, annotator)
        items.put(slot, {**item, "annotations": annotations})
    return unknown


class Annotations:
    """The annotation operations' handlers, by operationId (merged into ``Writes.actions``)."""

    def __init__(self, spec: Spec, store: Store, writes: Writes) -> None:
        self.spec = spec
        self.store = store
        self._writes = writes
        self._collections = {c.name: c for c in spec.collections.values()}
        self.actions: dict[str, Callable[[Call], Answer]] = {
            "create_annotation_queue": self._create_queue,
            "update_annotation_queue": self._update_queue,
            "create_annotation_queue_record": self._create_records,
            "delete_annotation_queue_record": self._delete_records,
            "assign_annotation_queue_record": self._assign,
            "annotate_annotation_queue_record": self._annotate_record,
            **{operation_id: self._annotate_items for operation_id in ANNOTATES},
            "annotate_spans": self._annotate_spans,
        }

    def _instance(self, name: str, parents: Sequence[str] = ()) -> Instance:
        return self.store.instance(self._collections[name], parents)

    def caller(self) -> JSONObject:
        """Who annotates: the first user of /v2/users (a fixed one while there is none)."""
        users = self._instance("users")
        for slot in users.slots()[:1]:
            user = users.item(slot)
            return {"id": user["id"], "email": user["email"]}
        return dict(CALLER)

    def _now(self) -> str:
        return iso(self.store.now())

    # -- annotating items by record ID ---------------------------------------------------

    def _annotate_items(self, call: Call) -> Answer:
        items = self._instance(ANNOTATES[call.op.operation_id], call.values)
        annotate_items(items, call.body.get("annotations", []), self._now(), self.caller())
        return None

    def _annotate_spans(self, call: Call) -> Answer:
        """Every record's span (or, by TRACE, every span of its trace) gets its values.

        Each record is found before anything is written: one that is not (in the
        window) fails the whole request with 404, as the API does.
        """
        spans, window = self._writes.spans(call)
        granularity = str(call.body.get("granularity", "SPAN"))
        by_trace = granularity == "TRACE"
        field = "trace_annotations" if by_trace else "annotations"
        records = call.body.get("annotations", [])
        traces = self.store.traces(self._collections["traces"], call.values)
        found: list[tuple[list[int], list[JSONObject]]] = []
        for record in records:
            record_id = str(record.get("record_id"))
            if by_trace:
                slots = traces.spans_of(record_id)
            elif granularity == "SPAN":
                slots = [s for s in [spans.lookup(record_id)] if s is not None]
            else:
                slots = []  # the sandbox's spans belong to no session
            if not slots or not all(f.matches(spans.field(slots[0], f.field)) for f in window):
                what = granularity.lower()
                raise Refused(404, f"No {what} '{record_id}' in the project within the window.")
            found.append((slots, record.get("values", [])))
        ids = [str(record.get("record_id")) for record in records]
        if len(set(ids)) < len(ids):
            raise Refused(400, "Each record_id may appear only once in a request.")
        for _, values in found:
            names = [value.get("name") for value in values]
            if len(set(names)) < len(names):
                raise Refused(400, "A record's values may name each annotation only once.")
        now, caller = self._now(), self.caller()
        for slots, values in found:
            for slot in slots:
                item = spans.item(slot)
                annotations = upsert_annotations(item.get(field), values, now, caller)
                spans.put(slot, {**item, field: annotations})
        return None

    # -- queue records ---------------------------------------------------------------------

    def _records(self, queue_id: str) -> Instance:
        return self._instance("annotation-queues/records", [queue_id])

    def _record_bodies(self, sources: Sequence[JSONObject]) -> list[JSONObject]:
        """The records ``sources`` make, all checked before any is stored (404: unknown)."""
        bodies: list[JSONObject] = []
        for source in sources:
            rule = RECORD_SOURCES[str(source["record_type"])]
            owner_id = str(source[rule.owner_field])
            _live(self._instance(rule.owner), [owner_id])
            ids = [str(i) for i in source.get(rule.ids_field, [])]
            # A record's data: what it is of, and that item's fields where the sandbox has it.
            data: list[JSONObject] = [{} for _ in ids]
            if rule.items is not None:
                items = self._instance(rule.items, [owner_id])
                slots = _live(items, ids) if ids else items.slots()  # none: all of them
                ids = [str(items.id_of(s)) for s in slots]
                data = [items.item(s) for s in slots]
            for identifier, fields in zip(ids, data, strict=True):
                shown = {k: v for k, v in fields.items() if k not in ("id", "annotations")}
                bodies.append(
                    {
                        "source_type": rule.source_type,
                        "granularity": rule.granularity,
                        "data": {rule.owner_field: owner_id, rule.id_key: identifier, **shown},
                    }
                )
        return bodies

    def _store_records(self, queue: Instance, slot: int, bodies: list[JSONObject]) -> list[JSON]:
        """Store the records under the queue, assigned to its annotators; them as stored."""
        annotators = queue.item(slot).get("annotators") or []
        assigned = [{"user": user, "completion_status": "PENDING"} for user in annotators]
        records = self._records(str(queue.id_of(slot)))
        empty: JSONObject = {"annotations": [], "trace_annotations": [], "evaluations": []}
        stored: list[JSON] = []
        for body in bodies:
            made = records.create({**body, **empty, "assigned_users": assigned}, None)
            stored.append(records.item(made))
        return stored

    # -- queues ----------------------------------------------------------------------------

    def _named(self, name: str, by: str, values: Sequence[JSON], schema: JSON) -> list[JSON]:
        """The live items of collection ``name`` whose ``by`` is each of ``values`` (404 where
        none is), shown in ``schema``: its properties, for an object; whole, for a union."""
        items = self._instance(name)
        schemas = self.spec.schemas
        shown = None if schemas.union(schema) else set(schemas.flat_object(schema).properties)
        found: list[JSON] = []
        for slot in _live(items, [str(v) for v in dict.fromkeys(values)], by):
            item = items.item(slot)
            found.append(item if shown is None else {k: v for k, v in item.items() if k in shown})
        return found

    def _element_schema(self, collection: str, field: str) -> JSON:
        """The schema of the elements of an array field of ``collection``'s items."""
        item_schema = self._collections[collection].item_schema
        array = self.spec.schemas.resolve(self.spec.item_properties(item_schema)[field])
        return array.get("items")

    def _with_named(self, collection: str, body: JSONObject) -> JSONObject:
        """``body`` with the items its fields name (NAMED_ITEMS) in the fields showing them."""
        named = dict(body)
        for field, (shown, name, by) in NAMED_ITEMS.get(collection, {}).items():
            if isinstance(body.get(field), list):
                schema = self._element_schema(collection, shown)
                named[shown] = self._named(name, by, body[field], schema)
        return named

    def _create_queue(self, call: Call) -> Answer:
        body = self._with_named("annotation-queues", call.body)
        bodies = self._record_bodies(call.body.get("record_sources", []))
        queue, slot = self._writes.create(call._replace(body=body))
        self._store_records(queue, slot, bodies)
        return queue, slot, self.store.view(queue.collection, call.op.success_schema)

    def _update_queue(self, call: Call) -> Answer:
        queue, slot = self._located(call)
        self._writes.update(
            call.op, (queue, slot), self._with_named(queue.collection.name, call.body), ()
        )
        return queue, slot, self.store.view(queue.collection, call.op.success_schema)

    def _create_records(self, call: Call) -> Answer:
        queue, slot = self._located(call)
        bodies = self._record_bodies(call.body.get("record_sources", []))
        return {"record_sources": self._store_records(queue, slot, bodies)}

    def _located(self, call: Call) -> tuple[Instance, int]:
        assert call.located is not None  # the path names the queue (or record)
        return call.located

    def _delete_records(self, call: Call) -> Answer:
        # Record IDs naming no record of the queue are ignored, as the API documents.
        _delete_each(self._records(call.values[0]), call.body.get("record_ids", []))
        return None

    def _annotate_source(
        self, record: JSONObject, values: list[JSONObject], by: JSONObject
    ) -> None:
        """Write a record's annotations onto the item it is of, where the sandbox keeps it
        (an example): the API upserts them into the record's data source."""
        data = record.get("data")
        if not isinstance(data, dict):
            return
        for rule in RECORD_SOURCES.values():
            if rule.items is None or rule.source_type != record.get("source_type"):
                continue
            owner_id, identifier = data.get(rule.owner_field), data.get(rule.id_key)
            if owner_id is None or self._instance(rule.owner).lookup(str(owner_id)) is None:
                continue  # a seeded record, or its dataset is gone
            items = self._instance(rule.items, [str(owner_id)])
            entry = {"record_id": identifier, "values": values}
            annotate_items(items, [entry], self._now(), by)

    def _snapshot(self, call: Call, **fields: JSON) -> Answer:
        """The record in the response's schema (its identity), with ``fields``."""
        records, slot = self._located(call)
        view = self.store.view(records.collection, call.op.success_schema)
        return {**records.item(slot, view), **fields}

    def _assign(self, call: Call) -> Answer:
        emails = call.body.get("assigned_user_emails", [])
        schema = self._element_schema("annotation-queues", "annotators")
        users = self._named("users", "email", emails, schema)  # all before any is stored
        assigned = [{"user": user, "completion_status": "PENDING"} for user in users]
        records, slot = self._located(call)
        records.put(slot, {**records.item(slot), "assigned_users": assigned})
        return self._snapshot(call, assigned_users=assigned)

    def _annotate_record(self, call: Call) -> Answer:
        records, slot = self._located(call)
        record = records.item(slot)
        values: list[JSONObject] = call.body.get("annotations", [])
        caller = self.caller()
        annotations = upsert_annotations(record.get("annotations"), values, self._now(), caller)
        # The caller's assignment is complete once they annotate.
        assigned = [
            {**a, "completion_status": "COMPLETED"} if _is(a, caller) else a
            for a in record.get("assigned_users") or []
        ]
        records.put(slot, {**record, "annotations": annotations, "assigned_users": assigned})
        self._annotate_source(record, values, caller)
        names = {str(v["name"]) for v in values}
        return self._snapshot(call, annotations=[a for a in annotations if a["name"] in names])


def _is(assigned: Mapping[str, JSON], user: JSONObject) -> bool:
    who = assigned.get("user")
    return isinstance(who, dict) and who.get("id") == user["id"]


def _live(items: Instance, values: Sequence[str], by: str | None = None) -> list[int]:
    """The live slots of the items whose ``by`` (default: ID) is each of ``values``, in order;
    404 for the first value no item has."""
    slots: list[int] = []
    for value in values:
        if by is None or by == items.collection.id_field:
            slot = items.lookup(value)
            if slot is None:
                raise not_found(items.collection, value)
        else:
            slot = next(iter(items.matches([Filter(by, value, "equal")])), None)
            if slot is None:
                what = words(items.collection.item_schema_name or items.collection.name).lower()
                raise Refused(404, f"No {what} has the {by} {value!r}.")
        slots.append(slot)
    return slots
