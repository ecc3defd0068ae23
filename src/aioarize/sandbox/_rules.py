"""What the spec implies but cannot say: the sandbox's per-resource rules, as data.

The spec gives shapes; how resources relate is in prose. These tables are the
whole of it, and README's sandbox section shows them. Collections are named as
in ``SandboxConfig.sizes`` (the path without version and parameters).
"""

from __future__ import annotations

from typing import NamedTuple

#: One object reached by a second path: the alias collection's items *are* the
#: target's (a flat alias finds them by ID under any parent; a search list
#: shows the same items as the list beside it).
ALIASES: dict[str, str] = {
    "task-runs": "tasks/runs",
    "prompt-versions": "prompts/versions",
    "evaluator-versions": "evaluators/versions",
    "datasets/examples/search": "datasets/examples",
    "experiments/runs/search": "experiments/runs",
}

#: operationId -> (request body array, collection its elements become items of,
#: under the item the operation creates or names).
CHILDREN: dict[str, tuple[str, str]] = {
    "create_dataset": ("examples", "datasets/examples"),
    "insert_dataset_examples": ("examples", "datasets/examples"),
    "create_experiment": ("experiment_runs", "experiments/runs"),
    "insert_experiment_runs": ("experiment_runs", "experiments/runs"),
}

#: Collections whose items show their latest child: collection -> (child collection,
#: property). Creating one with that property in the body creates its first child.
LATEST_CHILD: dict[str, tuple[str, str]] = {
    "prompts": ("prompts/versions", "version"),
    "evaluators": ("evaluators/versions", "version"),
}

#: Fields a created item starts with empty, whatever the seed items show: collection ->
#: field names (a new prompt version has no labels until one is set).
EMPTY_ON_CREATE: dict[str, tuple[str, ...]] = {"prompts/versions": ("labels",)}

#: 409 rules: collection -> fields whose values no two of its live items share
#: (within one parent, for nested collections). Enforced by the operations that
#: document 409; an absent field counts as a value.
UNIQUE: dict[str, tuple[str, ...]] = {
    "ai-integrations": ("name",),
    "annotation-configs": ("space_id", "name"),
    "annotation-queues": ("space_id", "name"),
    "datasets": ("space_id", "name"),
    "evaluators": ("space_id", "name"),
    "experiments": ("dataset_id", "name"),
    "integrations": ("name",),
    "organizations": ("name",),
    "projects": ("space_id", "name"),
    "prompts": ("space_id", "name"),
    "role-bindings": ("user_id", "resource_type", "resource_id"),
    "roles": ("name",),
    "spaces": ("organization_id", "name"),
    "tags": ("space_id", "name"),
    "users": ("email",),
    "webhook-subscriptions": ("webhook_id", "source_type", "source_id", "event"),
    "webhooks": ("organization_id", "name"),
}

#: Collections whose items a client names by a field it sends (adding a member
#: sends its ``user_id``): that field is the item's ID.
CLIENT_IDS = frozenset({"organizations/users", "spaces/users", "resource-restrictions"})

#: Items with a lifecycle (``task runs``): PENDING for the first third of
#: ``run_seconds``, RUNNING until it has passed, then COMPLETED (FAILED for
#: one in ten, chosen by the seed); CANCELLED when cancelled before that.
LIFECYCLES = frozenset({"tasks/runs"})
TERMINAL = frozenset({"COMPLETED", "FAILED", "CANCELLED"})

#: List parameters that bound a half-open time window ``[start_time, end_time)``,
#: with the comparison each makes, on the first of ``WINDOW_FIELDS`` items have.
WINDOWS: dict[str, str] = {"start_time": ">=", "end_time": "<"}
WINDOW_FIELDS = ("start_time", "created_at")

#: Lists whose order the API documents: collection -> the date-time field its list is
#: sorted on, newest first (ties: the later created first). Other lists show their items
#: in creation order, oldest first.
NEWEST_FIRST: dict[str, str] = {
    "audit-logs": "created_at",
    "datasets": "created_at",
    "evaluators": "updated_at",
    "integrations": "created_at",
    "monitors": "created_at",
    "prompts": "updated_at",
    "prompts/versions": "created_at",
    "spans": "start_time",
    "webhooks/delivery-attempts": "created_at",
}

#: Seeded items' fields implied by another field's value: collection -> (field, value ->
#: the fields it sets). A record from a dataset has no granularity (that is for spans).
IMPLIED: dict[str, tuple[str, dict[str, dict[str, str | None]]]] = {
    "annotation-queues/records": ("source_type", {"DATASET": {"granularity": None}}),
}

#: operationId -> collection whose items its body's ``annotations[].record_id`` name,
#: under the item its path names. A record ID naming no item is ignored, as the API
#: documents; ``values`` are upserted onto the item's ``annotations`` by ``name``.
ANNOTATES: dict[str, str] = {
    "annotate_dataset_examples": "datasets/examples",
    "annotate_experiment_runs": "experiments/runs",
}


class RecordSource(NamedTuple):
    """What an annotation-queue record source (by ``record_type``) makes: one record per ID."""

    source_type: str
    granularity: str | None
    #: The body field naming the item the IDs are under, and that item's collection.
    owner_field: str
    owner: str
    #: The body array of IDs, and the collection they name (None: not checked).
    ids_field: str
    items: str | None

    @property
    def id_key(self) -> str:
        """The field of a record's ``data`` holding the ID it is of (``span_id``)."""
        return self.ids_field.removesuffix("s")


RECORD_SOURCES: dict[str, RecordSource] = {
    "EXAMPLE": RecordSource(
        "DATASET", None, "dataset_id", "datasets", "example_ids", "datasets/examples"
    ),
    "SPAN": RecordSource("SPANS", "SPAN", "project_id", "projects", "span_ids", "spans"),
    "TRACE": RecordSource("SPANS", "TRACE", "project_id", "projects", "trace_ids", None),
    "SESSION": RecordSource("SPANS", "SESSION", "project_id", "projects", "session_ids", None),
}

#: Who annotates in the sandbox, when /v2/users has no user (else its first user).
CALLER = {"id": "sandbox-user", "email": "sandbox-user@example.com"}

#: Request fields naming items that an item shows: collection -> body field -> (item field,
#: collection of the items named, their field the request names them by). Each name must
#: name a live item (else 404); the item field holds them in its own schema.
NAMED_ITEMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "annotation-queues": {
        "annotator_emails": ("annotators", "users", "email"),
        "annotation_config_ids": ("annotation_configs", "annotation-configs", "id"),
    },
}
#: Request fields naming stored items: operationId -> body field -> collection of the items
#: named (top level). A dotted field steps into objects, and into each element of an array
#: on the way; an array of IDs names one item each. Each named item must exist, else 404
#: (every operation here documents 404), checked before anything is written. Not
#: ``space_id``/``organization_id``: spaces are named freely in the sandbox ("space-1").
REFERENCES: dict[str, dict[str, str]] = {
    "add_organization_user": {"user_id": "users"},
    "add_space_user": {"user_id": "users"},
    "create_role_binding": {"user_id": "users", "role_id": "roles"},
    "update_role_binding": {"role_id": "roles"},
    "create_task": {
        "project_id": "projects",
        "dataset_id": "datasets",
        "experiment_ids": "experiments",
        "evaluators.evaluator_id": "evaluators",
        "run_configuration.ai_integration_id": "ai-integrations",
    },
    "update_task": {
        "evaluators.evaluator_id": "evaluators",
        "run_configuration.ai_integration_id": "ai-integrations",
    },
    "create_experiment": {"dataset_id": "datasets"},
    "create_evaluator": {"version.template_config.llm_config.ai_integration_id": "ai-integrations"},
    "create_evaluator_version": {"template_config.llm_config.ai_integration_id": "ai-integrations"},
    "create_webhook_subscription": {"webhook_id": "webhooks"},
}
#: Collections whose items belong to an item the request *body* names, not the path:
#: collection -> (body field, owner collection). The owner must exist (else 404); its
#: ID scopes the items as a path parent's would (each project has its own spans, a new
#: project none), and deleting it deletes them.
BODY_PARENTS: dict[str, tuple[str, str]] = {
    "spans": ("project_id", "projects"),
    "traces": ("project_id", "projects"),
}

#: Traces: collection of traces -> collection of their spans, under the same parents.
#: Spans are seeded in traces (a root, then children inside their parent's time, all
#: sharing a trace ID; the ID is ``context.span_id``); a trace is made of its spans
#: that exist, so deleting or annotating spans shows in the traces.
TRACES: dict[str, str] = {"traces": "spans"}

#: Versioned children: collection -> (its field listing the versions, the child collection
#: each version holds a state of). A created item starts with one version (a seed item has
#: one); GET shows the versions newest first (the arize SDK: "sorted by creation time, most
#: recent first"), the list leaves them out (ibid.: "not included in this response").
VERSIONED: dict[str, tuple[str, str]] = {"datasets": ("versions", "datasets/examples")}
#: The request field (query or body) naming the version a child operation reads or writes
#: (absent: the latest, as the API reference says of insert, list and search); an unknown one
#: is 404. The operations writing children write that version in place, except an update
#: sending the field given here: it makes a new latest version of that name from a copy of
#: the named one, which stays unchanged (UpdateDatasetExamplesRequest.new_version, per the
#: API reference and the SDK's update_examples).
VERSION_PARAM = "dataset_version_id"
NEW_VERSION: dict[str, str] = {"update_dataset_examples": "new_version"}
#: Items that record the latest version of the item they name when created (an experiment,
#: its dataset's): collection -> (field naming the item, its collection, version field).
#: A named item that does not exist is 404.
VERSION_OF: dict[str, tuple[str, str, str]] = {
    "experiments": ("dataset_id", "datasets", "dataset_version_id")
}
#: Task types whose runs make an item when they complete (a FAILED or CANCELLED run makes
#: none): type -> the create operation the run calls, on the task's dataset, named by the
#: trigger body's ``experiment_name`` (required for that type: 400 without it).
RUN_CREATES: dict[str, str] = {"RUN_EXPERIMENT": "create_experiment"}
#: What an item of one kind always names, so that seed items are coherent (a RUN_EXPERIMENT
#: task runs on a dataset): collection -> (discriminator, its value, the field naming it).
NAMES_WHEN: dict[str, tuple[str, str, str]] = {"tasks": ("type", "RUN_EXPERIMENT", "dataset_id")}
