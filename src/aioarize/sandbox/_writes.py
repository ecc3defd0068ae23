"""What writes do to the store, beyond storing one item: the rules of ``_rules`` applied.

Generic creates, updates and deletes go through :class:`Writes` so that every
one of them checks uniqueness (409), creates the children its body carries and
takes a deleted item's children with it. The operations whose effect no shape
implies (bulk inserts, task runs, prompt labels, API keys) are the methods
named in ``Writes.actions``, by operationId.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from ._generate import MISSING, Context, iso, mix, words
from ._rules import (
    CHILDREN,
    CLIENT_IDS,
    LATEST_CHILD,
    NEW_VERSION,
    REFERENCES,
    RUN_CREATES,
    UNIQUE,
    VERSION_OF,
    VERSION_PARAM,
    VERSIONED,
    WINDOWS,
)
from ._spec import JSON, Collection, Operation, Spec
from ._store import Filter, Instance, JSONObject, Store, View
from ._versions import Versions

Located = tuple[Instance, int]


class Refused(Exception):
    """The request is refused with ``status`` (404, 409) and ``detail``."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


class Call(NamedTuple):
    op: Operation
    #: Path parameter values, in template order, then the owner the body names where
    #: ``_rules.BODY_PARENTS`` says so (a span's project).
    values: list[str]
    body: JSONObject
    #: The item the path names last (``/v2/tasks/{id}/trigger``: the task), if any.
    located: Located | None
    query: Mapping[str, JSON] = {}


#: What an action answers: the item (instance, slot, view) or a JSON value, or None.
Answer = tuple[Instance, int, View | None] | JSON


def not_found(collection: Collection, identifier: str) -> Refused:
    what = words(collection.item_schema_name or collection.name).lower()
    return Refused(404, f"The {what} with ID '{identifier}' was not found.")


class Writes:
    def __init__(self, spec: Spec, store: Store) -> None:
        self.spec = spec
        self.store = store
        self._collections = {c.name: c for c in spec.collections.values()}
        #: API key ID -> times refreshed (each refresh makes a new secret).
        self._refreshed: dict[str, int] = {}
        self.versions = Versions(store)
        #: Run ID -> the create call its completion makes (RUN_CREATES), as triggered.
        self._on_completion: dict[str, Call] = {}
        store.on_end = self._run_ended
        self.actions: dict[str, Callable[[Call], Answer]] = {
            "insert_dataset_examples": self._insert_examples,
            "insert_experiment_runs": self._insert_children,
            "update_dataset_examples": self._update_examples,
            "delete_dataset_examples": self._delete_examples,
            "trigger_task_run": self._trigger_run,
            "cancel_task_run": self._cancel_run,
            "set_prompt_version_label": self._set_labels,
            "delete_prompt_version_label": self._delete_label,
            "get_prompt_label": self._labelled_version,
            "create_api_key": self._create_key,
            "refresh_api_key": self._refresh_key,
            "revoke_api_key": self._revoke_key,
            "delete_evaluator_versions": self._delete_versions,
            "delete_spans": self._delete_spans,
            "test_webhook": self._test_webhook,
        }
        # A resource's tags (/v2/datasets/{id}/tags) are tags made with create_tag,
        # attached by POST and detached by DELETE.
        for op in spec.operations:
            nested = len(op.segments) > 2 and op.segments[-2] is None
            if nested and op.segments[-1] == "tags" and op.method in ("post", "delete"):
                attach = op.method == "post"
                self.actions[op.operation_id] = self._attach_tags if attach else self._detach_tags

    # -- the generic writes ----------------------------------------------------------------

    def check_references(self, call: Call) -> None:
        """404 for the first item the body names (REFERENCES) that does not exist."""
        for field, name in REFERENCES.get(call.op.operation_id, {}).items():
            collection = self._collections[name]
            for identifier in _named_by(call.body, field.split(".")):
                self._owner(collection, identifier)

    def settable(self, schema: JSON) -> frozenset[str] | None:
        """Fields a request body of ``schema`` can set; None where it is open (any)."""
        if schema is None or not self.spec.schemas.object_like(schema):
            return frozenset()
        resolved = self.spec.schemas.resolve(schema)
        if self.spec.schemas.flat_object(resolved).additional not in (None, False):
            return None
        return frozenset(self.spec.item_properties(schema))

    def _check_unique(
        self, op: Operation, instance: Instance, item: Mapping[str, JSON], skip: int = -1
    ) -> None:
        fields = UNIQUE.get(instance.collection.name)
        if fields is None or 409 not in op.declared:
            return
        values = {name: item.get(name, MISSING) for name in fields}
        if instance.conflicting(values, skip):
            shown = ", ".join(f"{k}={v!r}" for k, v in values.items() if v is not MISSING)
            what = words(instance.collection.item_schema_name or instance.collection.name)
            raise Refused(409, f"{what} with {shown} already exists.")

    def create(self, call: Call) -> Located:
        op = call.op
        assert op.collection is not None
        instance = self.store.instance(op.collection, call.values)
        collection = instance.collection
        identifier = None
        if collection.name in CLIENT_IDS and collection.id_field is not None:
            identifier = str(call.body.get(collection.id_field, ""))
            if not identifier:  # it names the item in paths, where an empty one names nothing
                raise Refused(404, f"Nothing has the empty {collection.id_field} ''.")
            existing = instance.lookup(identifier)
            if existing is not None:  # adding a member again updates the membership
                instance.update(existing, call.body)
                return instance, existing
        recorded = self._recorded_version(collection, call.body)
        self._check_unique(op, instance, {**instance.parent_fields, **call.body})
        slot = instance.create(call.body, self.settable(op.body_schema), identifier)
        if recorded is not None:
            instance.put(slot, {**instance.item(slot), **recorded})
        new_id = str(instance.id_of(slot))
        if op.operation_id in CHILDREN:
            self._children(op, [*call.values, new_id], call.body)
        latest = LATEST_CHILD.get(collection.name)
        if latest is not None and isinstance(call.body.get(latest[1]), dict):
            child = self.store.instance(self._collections[latest[0]], [*call.values, new_id])
            request = self.spec.schemas.flat_object(op.body_schema).properties[latest[1]]
            child.create(call.body[latest[1]], self.settable(request))
        return instance, slot

    def _recorded_version(self, collection: Collection, body: JSONObject) -> JSONObject | None:
        """The version field an item of ``collection`` created from ``body`` records
        (VERSION_OF: an experiment, its dataset's latest version); 404 for no such dataset."""
        rule = VERSION_OF.get(collection.name)
        if rule is None:
            return None
        field, owners, version_field = rule
        named = body.get(field)
        if not isinstance(named, str):
            return {version_field: None}
        owner = self._owner(self._collections[owners], named)
        version = body.get(version_field)
        selected = self.versions.select(owner, version)
        if selected is None:
            raise Refused(404, f"The dataset version with ID '{version}' was not found.")
        return {version_field: selected[0]["id"]}

    def _owner(self, collection: Collection, identifier: str) -> Located:
        instance = self.store.instance(collection)
        slot = instance.lookup(identifier)
        if slot is None:
            raise not_found(collection, identifier)
        return instance, slot

    def update(
        self, op: Operation, located: Located, body: JSONObject, replaced: Sequence[str]
    ) -> None:
        instance, slot = located
        self._check_unique(op, instance, {**instance.item(slot), **body}, slot)
        instance.update(slot, body, replaced)

    def delete(self, located: Located) -> None:
        instance, slot = located
        identifier = str(instance.id_of(slot))
        if instance.collection.name in VERSIONED:
            self.versions.drop(located)
        instance.delete(slot)
        self.store.drop_children(instance.collection, instance.parents, identifier)

    def _children(
        self, op: Operation, parents: list[str], body: JSONObject, into: Instance | None = None
    ) -> list[str]:
        """Create the items of the body's array as children under ``parents`` (in ``into``,
        a version's children, where given); their IDs."""
        field, name = CHILDREN[op.operation_id]
        instance = into or self.store.instance(self._collections[name], parents)
        array = self.spec.schemas.resolve(
            self.spec.schemas.flat_object(op.body_schema).properties[field]
        )
        settable = self.settable(array.get("items"))
        slots = [instance.create(element, settable) for element in body.get(field, [])]
        return [str(instance.id_of(s)) for s in slots]

    # -- actions ---------------------------------------------------------------------------

    def _shaped(self, schema: JSON, item: JSONObject, slot: int) -> JSONObject:
        """``item`` in a response schema of its own (a created key shows its secret once):
        each property as stored where the schema admits it, else generated from it."""
        schemas = self.spec.schemas
        union = schemas.union(schema)
        if union is not None:
            schema = union.values.get(str(item.get(union.prop)), schema)
        gen = self.store.compiler.compile(schema, path="/answer")
        generated = gen.generate(Context(mix(self.store.config.seed, slot), slot, False), 0)
        shaped: JSONObject = {}
        for name, prop in schemas.flat_object(schema).properties.items():
            if name in item and self.store.admits(prop, item[name]):
                shaped[name] = item[name]
            elif name in generated:
                shaped[name] = generated[name]
        return shaped

    def _parent(self, call: Call) -> Located:
        assert call.located is not None  # every action's path names an item
        return call.located

    def _with_ids(self, call: Call, ids: list[str]) -> Answer:
        """The parent item in the response's schema, with the new children's IDs."""
        parent, slot = self._parent(call)
        view = self.store.view(parent.collection, call.op.success_schema)
        item = parent.item(slot, view)
        for name, schema in self.spec.schemas.flat_object(
            call.op.success_schema
        ).properties.items():
            if name.endswith("_ids") and self.spec.schemas.resolve(schema).get("type") == "array":
                item[name] = ids
        return item

    def _insert_children(self, call: Call) -> Answer:
        return self._with_ids(call, self._children(call.op, call.values, call.body))

    def listed(self, call: Call) -> Instance:
        """The items a list operation shows: its instance, or the named version's children."""
        assert call.op.collection is not None
        instance = self.store.instance(call.op.collection, call.values)
        if self.versions.owner_of(instance.collection) is None:
            return instance
        return self._version(call)[1]

    def _version(self, call: Call) -> tuple[JSONObject, Instance]:
        """The version of the path's item the call names (VERSION_PARAM; else the latest)."""
        owner = self._parent(call)
        named = call.query.get(VERSION_PARAM, call.body.get(VERSION_PARAM))
        selected = self.versions.select(owner, named)
        if selected is None:
            raise Refused(404, f"The dataset version with ID '{named}' was not found.")
        return selected

    def _written(self, call: Call, version: JSONObject, ids: list[str]) -> Answer:
        """The parent with the new children's IDs and the version they were written to."""
        answer = self._with_ids(call, ids)
        assert isinstance(answer, dict)
        properties = self.spec.schemas.flat_object(call.op.success_schema).properties
        if VERSION_PARAM in properties:
            answer[VERSION_PARAM] = version["id"]
        return answer

    def _insert_examples(self, call: Call) -> Answer:
        version, examples = self._version(call)
        ids = self._children(call.op, call.values, call.body, examples)
        return self._written(call, self.versions.touch(self._parent(call), version), ids)

    def _update_examples(self, call: Call) -> Answer:
        version, examples = self._version(call)
        name = call.body.get(NEW_VERSION.get(call.op.operation_id, ""))
        if name:
            version, examples = self.versions.branch(self._parent(call), examples, str(name))
        else:
            version = self.versions.touch(self._parent(call), version)
        # An ID the version does not hold is ignored (API reference: "it will be ignored").
        updated = []
        for change in call.body.get("examples", []):
            slot = examples.lookup(str(change.get("id")))
            if slot is not None:
                examples.update(slot, change)
                updated.append(str(change["id"]))
        return self._written(call, version, updated)

    def _delete_examples(self, call: Call) -> Answer:
        version, examples = self._version(call)
        deleted, kept = _delete_each(examples, call.body.get("example_ids", []))
        self.versions.touch(self._parent(call), version)
        return {"completed": True, "deleted_example_ids": deleted, "not_deleted_example_ids": kept}

    def _runs(self, task_id: str) -> Instance:
        return self.store.instance(self._collections["tasks/runs"], [task_id])

    def _trigger_run(self, call: Call) -> Answer:
        runs = self._runs(call.values[0])
        if runs.in_progress():
            raise Refused(409, f"Task '{call.values[0]}' already has a run in progress.")
        tasks, task = self._parent(call)
        task_type = str(tasks.item(task).get("type"))
        creation = None
        if task_type in RUN_CREATES:
            creation = self._run_creation(call, tasks.item(task), RUN_CREATES[task_type])
        body = {
            **{k: v for k, v in call.body.items() if k in ("data_start_time", "data_end_time")},
            "status": "PENDING",
            "run_started_at": None,
            "run_finished_at": None,
            "num_successes": 0,
            "num_errors": 0,
            "num_skipped": 0,
            "experiment_id": None,
        }
        for name in ("data_start_time", "data_end_time"):
            body.setdefault(name, None)
        slot = runs.create(body, None)
        if creation is not None:
            self._on_completion[str(runs.id_of(slot))] = creation
        return runs, slot, None

    def _run_creation(self, call: Call, task: JSONObject, operation_id: str) -> Call:
        """The experiment a RUN_EXPERIMENT run will make: checked now (400, 404, 409), made
        when it completes, with one run per selected example of the dataset version."""
        name = call.body.get("experiment_name")
        if not isinstance(name, str) or not name:
            raise Refused(400, f"A {task.get('type')} task's run needs an 'experiment_name'.")
        dataset = task.get("dataset_id")
        owner = self._owner(self._collections["datasets"], str(dataset))
        version, examples = self._version(call._replace(located=owner))
        chosen = [str(examples.id_of(s)) for s in examples.slots()]
        if "example_ids" in call.body:
            held = set(chosen)
            chosen = [str(e) for e in call.body["example_ids"] if str(e) in held]
        chosen = chosen[: call.body.get("max_examples", len(chosen))]
        op = next(op for op in self.spec.operations if op.operation_id == operation_id)
        runs = [{"example_id": e, "output": f"Sandbox output for example {e}."} for e in chosen]
        body = {"name": name, "dataset_id": dataset, VERSION_PARAM: version["id"]}
        creation = Call(op, [], {**body, "experiment_runs": runs}, None)
        experiments = self.store.instance(self._collections["experiments"])
        self._check_unique(op, experiments, creation.body)
        return creation

    def _run_ended(self, runs: Instance, slot: int, run: JSONObject) -> JSONObject:
        """A completed run with what it made (its experiment, listed by its task); FAILED,
        with the reason, where that can no longer be made (its dataset was deleted...)."""
        creation = self._on_completion.pop(str(runs.id_of(slot)), None)
        if creation is None:
            return run
        made = len(creation.body["experiment_runs"])
        try:
            if not made:
                raise Refused(400, "No example of the dataset version was selected.")
            experiments, created = self.create(creation)
        except Refused as exc:
            return {
                **run,
                "status": "FAILED",
                "num_successes": 0,
                "num_errors": 1,
                "failure_reason": exc.detail,
            }
        experiment_id = str(experiments.id_of(created))
        tasks = self.store.instance(self._collections["tasks"])
        task = tasks.lookup(runs.parents[0])
        if task is not None:
            item = tasks.item(task)
            listed = [*item.get("experiment_ids", []), experiment_id]
            tasks.put(task, {**item, "experiment_ids": listed})
        return {**run, "experiment_id": experiment_id, "num_successes": made}

    def _cancel_run(self, call: Call) -> Answer:
        runs, slot = self._parent(call)
        runs.cancel(slot)
        return runs, slot, None

    def _set_labels(self, call: Call) -> Answer:
        versions, slot = self._parent(call)
        labels = list(dict.fromkeys(call.body.get("labels", [])))
        # A label names one version of a prompt: setting it here moves it from the others.
        for other in versions.matches([]):
            current = versions.field(other, "labels")
            if other != slot and isinstance(current, list) and set(current) & set(labels):
                item = versions.item(other)
                versions.put(other, {**item, "labels": [x for x in current if x not in labels]})
        versions.put(slot, {**versions.item(slot), "labels": labels})
        return versions, slot, None

    def _delete_label(self, call: Call) -> Answer:
        versions, slot = self._parent(call)
        label = call.values[-1]
        labels = versions.field(slot, "labels")
        if not isinstance(labels, list) or label not in labels:
            raise Refused(404, f"The version has no label '{label}'.")
        versions.put(slot, {**versions.item(slot), "labels": [x for x in labels if x != label]})
        return None

    def _labelled_version(self, call: Call) -> Answer:
        versions = self.store.instance(self._collections["prompts/versions"], call.values[:1])
        for slot in versions.matches([Filter("labels", call.values[1], "equal")]):
            return versions, slot, None
        raise Refused(404, f"No version of prompt '{call.values[0]}' has label '{call.values[1]}'.")

    def _keys(self) -> Instance:
        return self.store.instance(self._collections["api-keys"])

    def _secret(self, instance: Instance, slot: int, generation: int) -> str:
        digest = hashlib.sha256(
            f"{self.store.config.seed}:{instance.id_of(slot)}:{generation}".encode()
        )
        return "ak-" + digest.hexdigest()[:40]

    def _create_key(self, call: Call) -> Answer:
        keys = self._keys()
        slot = keys.create({**call.body, "status": "ACTIVE"}, self.settable(call.op.body_schema))
        secret = self._secret(keys, slot, 0)
        keys.put(slot, {**keys.item(slot), "redacted_key": secret[:6] + "****"})
        return self._shaped(call.op.success_schema, {**keys.item(slot), "key": secret}, slot)

    def _key(self, call: Call) -> Located:
        keys = self._keys()
        slot = keys.lookup(call.values[0])
        if slot is None:
            raise not_found(keys.collection, call.values[0])
        return keys, slot

    def _refresh_key(self, call: Call) -> Answer:
        keys, slot = self._key(call)
        item = keys.item(slot)
        if item.get("status") not in (None, "ACTIVE"):
            raise Refused(404, f"The API key '{call.values[0]}' is {item['status'].lower()}.")
        identifier = call.values[0]
        self._refreshed[identifier] = self._refreshed.get(identifier, 0) + 1
        secret = self._secret(keys, slot, self._refreshed[identifier])
        changed = {**item, "redacted_key": secret[:6] + "****"}
        if "expires_at" in call.body:
            changed["expires_at"] = call.body["expires_at"]
        keys.put(slot, changed)
        return self._shaped(call.op.success_schema, {**changed, "key": secret}, slot)

    def _revoke_key(self, call: Call) -> Answer:
        keys, slot = self._key(call)
        keys.put(
            slot, {**keys.item(slot), "status": "REVOKED", "expires_at": iso(self.store.now())}
        )
        return None

    def _delete_versions(self, call: Call) -> Answer:
        versions = self.store.instance(self._collections["evaluators/versions"], call.values)
        deleted, kept = _delete_each(versions, call.body.get("version_ids", []))
        return {"completed": True, "deleted_version_ids": deleted, "not_deleted_version_ids": kept}

    def spans(self, call: Call) -> tuple[Instance, list[Filter]]:
        """The spans of the body's project, and the window the body bounds their starts by."""
        spans = self.store.instance(self._collections["spans"], call.values)
        window = [
            Filter("start_time", call.body[k], mode)
            for k, mode in WINDOWS.items()
            if k in call.body
        ]
        return spans, window

    def _delete_spans(self, call: Call) -> Answer:
        spans, window = self.spans(call)
        ids = call.body.get("span_ids", [])
        outside = {
            i
            for i in ids
            if (slot := spans.lookup(str(i))) is not None
            and not all(f.matches(spans.field(slot, f.field)) for f in window)
        }
        deleted, kept = _delete_each(spans, [i for i in ids if i not in outside])
        kept += [i for i in ids if i in outside]
        return {"completed": True, "deleted_span_ids": deleted, "not_deleted_span_ids": kept}

    def _test_webhook(self, call: Call) -> Answer:
        """The test event is delivered (the sandbox sends nothing) and listed as an attempt."""
        attempts = self.store.instance(self._collections["webhooks/delivery-attempts"], call.values)
        number = len(attempts.slots())
        event = uuid.uuid5(
            uuid.NAMESPACE_URL, f"{self.store.config.seed}/{call.values[0]}/{number}"
        )
        result: JSONObject = {"status_code": 200, "error_message": None}
        payload = {"event": "webhook.test", "webhook_id": call.values[0]}
        attempt = {"event_id": str(event), "attempt_number": 1, "payload": payload, **result}
        attempts.create({**attempt, "created_at": iso(self.store.now())}, None)
        return result

    def _resource_tags(self, call: Call) -> Instance:
        collection = self.spec.collections[call.op.segments]
        return self.store.instance(collection, call.values)

    def _attach_tags(self, call: Call) -> Answer:
        attached = self._resource_tags(call)
        tags = self.store.instance(self._collections["tags"])
        for identifier in call.body.get("tag_ids", []):
            slot = tags.lookup(str(identifier))
            if slot is None:
                raise not_found(tags.collection, str(identifier))
            if attached.lookup(str(identifier)) is None:
                attached.create(tags.item(slot), None, str(identifier))
        items = [attached.item(s) for s in attached.slots()]
        return {"tags": items, "pagination": {"has_more": False}}

    def _detach_tags(self, call: Call) -> Answer:
        deleted, kept = _delete_each(self._resource_tags(call), call.body.get("tag_ids", []))
        return {"completed": True, "deleted": deleted, "not_deleted": kept}


def _named_by(value: JSON, path: Sequence[str]) -> list[str]:
    """The IDs at ``path`` in ``value``: each element of an array on the way is stepped
    into, and an array at the end gives one ID each (null or absent: none)."""
    if isinstance(value, list):
        return [found for element in value for found in _named_by(element, path)]
    if not path:
        return [] if value is None else [str(value)]
    return _named_by(value.get(path[0]), path[1:]) if isinstance(value, dict) else []


def _delete_each(items: Instance, identifiers: Sequence[JSON]) -> tuple[list[JSON], list[JSON]]:
    """Delete the items of ``identifiers`` that exist: (the IDs deleted, the IDs not found)."""
    deleted: list[JSON] = []
    kept: list[JSON] = []
    for identifier in identifiers:
        slot = items.lookup(str(identifier))
        if slot is None:
            kept.append(identifier)
        else:
            items.delete(slot)
            deleted.append(identifier)
    return deleted, kept
