"""What the spec implies but cannot say: the sandbox's per-resource rules, as data.

The spec gives shapes; how resources relate is in prose. These tables are the
whole of it, and README's sandbox section shows them. Collections are named as
in ``SandboxConfig.sizes`` (the path without version and parameters).
"""

from __future__ import annotations

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
