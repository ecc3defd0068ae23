"""A contract check against the official SDK (``arize`` 8.61.0) as a peer of the sandbox.

The official generated client (``arize._generated.api_client``) was written by
no one here, from the API's own spec. ``check_contract`` points it at a running
sandbox and calls every operation of the spec through it, by operationId (the
SDK's method names) on the ``<Tag>Api`` class:

* requests: the SDK builds a sample request per operation (its own
  ``_<op>_serialize``, via the public ``<op>_with_http_info``), from minimal
  valid arguments made from the method's own parameter types and models
  (``sample``); path IDs are those of seed items, found by listing. The sandbox
  must not answer 400 or 422 (request validation); 404 for an ID no list gives
  is fine;
* responses: whatever the sandbox answers is deserialized by the SDK itself
  (``ApiClient.response_deserialize`` with the operation's response types),
  and every property the sandbox sent must be one the SDK's models read: a
  declared field of the model at that place (by its JSON name), or kept in
  its ``additional_properties`` where the model is open (``_read``). The
  SDK's models are lenient where the spec requires (LlmIntegration takes a
  missing ``name`` as None), so this is what catches a renamed property.
  Lists are followed page by page, and a GET of one item is made for every
  seed ID, so every known variant and every null the seed data holds is read.

Each disagreement names the operation and the field(s) the SDK or the sandbox
complained about (``Disagreement``).
"""

from __future__ import annotations

import datetime
import enum
import functools
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import httpx
from arize._generated import api_client as sdk
from arize._generated.api_client.exceptions import ApiException
from pydantic import BaseModel, ValidationError

from aioarize.sandbox._rules import REFERENCES

__all__ = [
    "Disagreement",
    "Report",
    "api_class_name",
    "check_contract",
    "operations",
    "sample",
    "sdk",
]

API_KEY = "sandbox-key"
# Seed items per collection: enough for every variant of the largest union (LlmConfig: 10).
SEED_ITEMS = 12
# Statuses that mean "the sandbox refused the request the official client built".
_REJECTED = (400, 422)
_MISSING_ID = "bm8tc3VjaC1pZA=="
#: What a call answered with 404 gives: no response to check.
NOT_FOUND = object()


@attrs.frozen
class Disagreement:
    """One way the official SDK and the sandbox disagree about one operation."""

    operation: str
    fields: tuple[str, ...]  # as the SDK's or the sandbox's error names them
    detail: str

    def __str__(self) -> str:
        return f"{self.operation}: {', '.join(self.fields) or '?'}: {self.detail}"


@attrs.frozen
class Report:
    """What ``check_contract`` found."""

    disagreements: list[Disagreement]
    #: Operations every call of which was answered 404 (no seed ID reaches them):
    #: their requests passed validation, but no response of theirs was parsed.
    not_found: list[str]


@attrs.frozen
class SpecOperation:
    """What the contract check needs of one operation of the spec."""

    operation_id: str
    tag: str
    method: str
    path: str


def operations(spec: Mapping[str, Any]) -> list[SpecOperation]:
    """Every operation of ``spec``, in document order."""
    return [
        SpecOperation(operation["operationId"], operation["tags"][0], method.upper(), path)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    ]


def api_class_name(tag: str) -> str:
    """The SDK's API class for a tag: "AI Integrations" -> "AIIntegrationsApi"."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[\s_-]+", tag)) + "Api"


# --- sample arguments, from the SDK's own types --------------------------------------------


def _constraints(metadata: list[Any]) -> dict[str, Any]:
    """ge/le/min_length/max_length from pydantic Field metadata (annotated_types objects)."""
    found: dict[str, Any] = {}
    for item in metadata:
        for inner in [item, *getattr(item, "metadata", [])]:
            for name in ("ge", "gt", "le", "lt", "min_length", "max_length"):
                value = getattr(inner, name, None)
                if value is not None:
                    found[name] = value
    return found


def sample(annotation: Any, metadata: list[Any] | None = None) -> Any:
    """A minimal valid value of an SDK parameter or field type."""
    metadata = list(metadata or [])
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *extra = typing.get_args(annotation)
        return sample(inner, [*metadata, *extra])
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return sample(options[0], metadata)
    bounds = _constraints(metadata)
    if origin in (list, set, tuple):
        (item,) = typing.get_args(annotation)[:1] or (Any,)
        count = max(bounds.get("min_length", 1), 1)  # one item at least: its type is sampled too
        return [sample(item) for _ in range(count)]
    if origin is dict:
        return {}
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return next(iter(annotation))
        if issubclass(annotation, BaseModel):
            return _sample_model(annotation)
        if issubclass(annotation, bool):
            return True
        if issubclass(annotation, int):
            return int(bounds.get("ge", bounds.get("gt", 0) + 1))
        if issubclass(annotation, float):
            return float(bounds.get("ge", bounds.get("gt", 0) + 1))
        if issubclass(annotation, datetime.datetime):
            return datetime.datetime(2026, 2, 13, 10, 0, tzinfo=datetime.UTC)
        if issubclass(annotation, datetime.date):
            return datetime.date(2026, 2, 13)
        if issubclass(annotation, bytes | bytearray):
            return b"sample"
        if issubclass(annotation, str):
            return "sample"[: bounds.get("max_length", 6)].ljust(bounds.get("min_length", 0), "s")
    return "sample"  # Any, object: a JSON string is a JSON value


# pydantic's message for the SDK's enum field validators: "must be one of enum values ('LLM')".
_ENUM_VALUES = re.compile(r"must be one of enum values \(([^)]*)\)")


@functools.cache
def _sample_model(model: type[BaseModel]) -> BaseModel:
    """A minimal valid instance: required fields only; a oneOf/anyOf wrapper, its first variant."""
    fields = model.model_fields
    if "actual_instance" in fields:
        variants = [
            field.annotation
            for name, field in fields.items()
            if name.startswith(("oneof_schema_", "anyof_schema_"))
        ]
        wrapper: Any = model  # the SDK's wrappers take the variant as their one argument
        instance: BaseModel = wrapper(sample(variants[0]))
        return instance
    values = {
        name: sample(field.annotation, field.metadata)
        for name, field in fields.items()
        if field.is_required()
    }
    # String fields restricted by a validator to an enum (discriminators): its first value.
    for _ in range(len(values) + 1):
        try:
            return model(**values)
        except ValidationError as exc:
            fixed = False
            for error in exc.errors():
                match = _ENUM_VALUES.search(error["msg"])
                if match and len(error["loc"]) == 1 and error["loc"][0] in values:
                    values[str(error["loc"][0])] = match[1].split(",")[0].strip(" '\"")
                    fixed = True
            if not fixed:
                raise
    return model(**values)


# --- talking to the sandbox ------------------------------------------------------------------


def _items(body: Any) -> list[Any] | None:
    """The items array of a list response (the one array beside ``pagination``), if it is one."""
    if not isinstance(body, dict) or "pagination" not in body:
        return None
    arrays = [
        value for key, value in body.items() if key != "pagination" and isinstance(value, list)
    ]
    return arrays[0] if len(arrays) == 1 else None


def _point(model: Any, path: Sequence[str], identifier: str) -> None:
    """Set the field at ``path`` of an SDK model (through arrays and oneOf wrappers), where
    the sample has it, to ``identifier`` (an array of IDs: to that one ID)."""
    model = getattr(model, "actual_instance", None) or model
    if isinstance(model, list):
        for element in model:
            _point(element, path, identifier)
    elif isinstance(model, BaseModel) and getattr(model, path[0], None) is not None:
        if len(path) > 1:
            _point(getattr(model, path[0]), path[1:], identifier)
        else:
            current = getattr(model, path[0])
            setattr(model, path[0], [identifier] if isinstance(current, list) else identifier)


class _Seeds:
    """IDs of seed items for path parameters, found by listing with plain HTTP.

    For ``{name}`` after a prefix, the list at that prefix; else, for a
    collection with no list of its own (``/v2/prompt-versions``), the list it
    is nested in (``/v2/prompts/{prompt_id}/versions``); else the top-level
    list the parameter names (``user_id``: ``/v2/users``).
    """

    def __init__(self, http: httpx.Client, spec: Mapping[str, Any]) -> None:
        self.http = http
        self.lists = {path: item["get"] for path, item in spec["paths"].items() if "get" in item}
        self.schemas = spec["components"]["schemas"]
        self.cache: dict[tuple[str, str], list[str]] = {}
        #: (prefix, parameter) -> IDs of objects no list shows, made before the calls.
        self.made: dict[tuple[str, str], list[str]] = {}

    def prepare(self) -> None:
        """Make what the calls name but no seed list shows: a tag, memberships, a label.

        The SDK's own sample requests (run before the DELETEs) add the first
        user (``adjust`` names it) to an organization and a space and set label
        "sample"; a tag and that label on the first prompt's first version are made here.
        """
        if "/v2/spaces" not in self.lists:  # a spec copy without these resources
            return
        space = self.ids("/v2/spaces", {}, "space_id")[0]
        tag = self.http.post("/v2/tags", json={"name": "contract tag", "space_id": space})
        self.made["/v2/tags", "tag_id"] = [tag.json()["id"]]
        for prefix in ("/v2/organizations/{org_id}/users", "/v2/spaces/{space_id}/users"):
            self.made[prefix, "user_id"] = self.ids("/v2/users", {}, "user_id")[:1]
        prompt = self.ids("/v2/prompts", {}, "prompt_id")[0]
        version = self.ids("/v2/prompts/{prompt_id}/versions", {"prompt_id": prompt}, "id")[0]
        self.http.put(f"/v2/prompt-versions/{version}/labels", json={"labels": ["sample"]})
        for prefix in ("/v2/prompts/{prompt_id}/labels", "/v2/prompt-versions/{version_id}/labels"):
            self.made[prefix, "label_name"] = ["sample"]

    def adjust(self, operation_id: str, arguments: dict[str, Any]) -> None:
        """Point a sample body at existing objects where the operation needs them."""
        for field, collection in REFERENCES.get(operation_id, {}).items():  # items named
            named = self.ids(f"/v2/{collection}", {}, "id")[0]
            for value in arguments.values():
                _point(value, field.split("."), named)
        for value in arguments.values():
            if hasattr(value, "tag_ids"):  # tags are attached and detached by ID
                value.tag_ids = self.made["/v2/tags", "tag_id"]
        for value in arguments.values():
            if getattr(value, "project_id", None) == "sample":  # spans belong to a project
                # The last: delete_project, which runs before delete_spans, takes the first.
                value.project_id = self.ids("/v2/projects", {}, "project_id")[-1]
        if operation_id == "annotate_spans":  # a span of that project
            request = arguments["annotate_spans_request"]
            body = {"project_id": request.project_id}
            span = self.http.post("/v2/spans", json=body).json()["spans"][0]
            request.annotations[0].record_id = span["context"]["span_id"]
        if operation_id == "update_dataset_examples":  # examples are updated by ID
            dataset = {"dataset_id": arguments["dataset_id"]}
            example = self.ids("/v2/datasets/{dataset_id}/examples", dataset, "id")[0]
            arguments["update_dataset_examples_request"].examples[0].id = example
        if operation_id == "delete_dataset_examples":  # from a version the dataset has
            dataset = self.http.get(f"/v2/datasets/{arguments['dataset_id']}").json()
            request = arguments["delete_dataset_examples_request"]
            request.dataset_version_id = dataset["versions"][0]["id"]
        if operation_id == "trigger_task_run":  # a RUN_EXPERIMENT run needs a name
            task = self.http.get(f"/v2/tasks/{arguments['task_id']}").json()
            body = {"experiment_name": "contract run"} if task["type"] == "RUN_EXPERIMENT" else {}
            arguments["trigger_task_run_request"] = sdk.TriggerTaskRunRequest.from_dict(body)
        if operation_id == "create_annotation_queue_record":  # records are of a dataset
            source = arguments["add_annotation_queue_records_request"].record_sources[0]
            source.actual_instance.dataset_id = self.ids("/v2/datasets", {}, "dataset_id")[0]
        if operation_id == "assign_annotation_queue_record":  # users are named by email
            request = arguments["assign_annotation_queue_record_request"]
            request.assigned_user_emails = [self.email()]
        if operation_id == "create_annotation_queue":  # and so are annotators; configs by ID
            request = arguments["create_annotation_queue_request"]
            request.annotator_emails = [self.email()]
            configs = self.ids("/v2/annotation-configs", {}, "annotation_config_id")
            request.annotation_config_ids = configs[:1]

    def email(self) -> str:
        """The email of the first user listed."""
        users = self.http.get("/v2/users", params={"limit": 1}).json()["users"]
        return str(users[0]["email"])

    def ids(self, template: str, chosen: Mapping[str, str], name: str) -> list[str]:
        """IDs of the items listed at ``template`` (their ``id``, or else ``name``)."""
        operation = self.lists.get(template)
        if operation is None:
            return []
        path = template.format(**chosen)
        if (path, name) not in self.cache:
            params: dict[str, Any] = {}
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "query":
                    continue
                if parameter["name"] == "limit":
                    params["limit"] = parameter["schema"].get("maximum", 100)
                elif parameter.get("required"):  # role-bindings needs a resource_type
                    schema = parameter["schema"]
                    if "$ref" in schema:
                        schema = self.schemas[schema["$ref"].rsplit("/", 1)[1]]
                    params[parameter["name"]] = schema.get("enum", ["sample"])[0]
            response = self.http.get(path, params=params)
            items = _items(response.json()) if response.status_code == 200 else None
            self.cache[path, name] = [
                str(item.get("id", item.get(name)))
                for item in items or []
                if isinstance(item, dict) and ("id" in item or name in item)
            ]
        return self.cache[path, name]

    def elsewhere(self, prefix: str, name: str) -> list[str]:
        """IDs for ``{name}`` after ``prefix`` from a nested or a top-level list."""
        owner, _, kind = prefix.rsplit("/", 1)[-1].partition("-")
        candidates = [
            template
            for template in self.lists
            if kind and template.startswith(f"/v2/{owner}") and template.endswith("}/" + kind)
        ]
        candidates.append(f"/v2/{name.removesuffix('_id')}s")
        for template in candidates:
            parent = template.rsplit("/", 1)[0] + "/{_}"
            for params in self.paths(parent, last_only=False) if "{" in template else [{}]:
                params.pop("_", None)
                ids = self.ids(template, params, name)
                if ids:
                    return ids
        return []

    def paths(self, template: str, last_only: bool = True) -> Iterator[dict[str, str]]:
        """Path parameters for ``template``: each seed ID for the last one, the first for others."""
        names = re.findall(r"\{(\w+)\}", template)
        chosen: dict[str, str] = {}
        for index, name in enumerate(names):
            prefix = template.split("{" + name + "}")[0].rstrip("/")
            if index == len(names) - 1 and not last_only:
                yield {**chosen, name: ""}
                return
            ids = (
                self.made.get((prefix, name))
                or self.ids(prefix, chosen, name)
                or self.elsewhere(prefix, name)
                or [_MISSING_ID]
            )
            if index == len(names) - 1:
                for value in ids:
                    yield {**chosen, name: value}
                return
            chosen[name] = ids[0]
        yield chosen


def _fields_in(text: str) -> tuple[str, ...]:
    """Field names an error names: pydantic's "loc\\n  message [type=...]" lines, or "$.a.b"."""
    found = re.findall(r"^([^\s\[][^\n]*)\n  [^\n]*\[type=", text, re.MULTILINE)
    found += re.findall(r"\$(?:\.[\w-]+|\[\d+\])+", text)
    # The sandbox's request validation: "Invalid request: body.title is required."
    found += re.findall(r"\b(?:body|query|path)(?:\.[\w-]+|\[\d+\])+", text)
    # The SDK's unions: "Cannot identify LlmConfig ...: expected a supported provider value".
    found += re.findall(r"expected a supported (\w+) value", text)
    return tuple(dict.fromkeys(found))


def _method(api: Any, operation_id: str) -> Any:
    return getattr(api, f"{operation_id}_with_http_info")


def _arguments(method: Any, path_params: Mapping[str, str]) -> dict[str, Any]:
    """Path IDs, then minimal values for the other required parameters of an SDK method.

    A request body is always sent, even where the SDK makes it optional
    (``trigger_task_run``): the sample shows what the SDK's models produce.
    """
    function = inspect.unwrap(method)
    hints = typing.get_type_hints(function, include_extras=True)
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "self" or name.startswith("_"):
            continue
        if name in path_params:
            arguments[name] = path_params[name]
        elif parameter.default is inspect.Parameter.empty or _is_model(hints[name]):
            arguments[name] = sample(hints[name])
    return arguments


def _is_model(annotation: Any) -> bool:
    """Whether a parameter type is (an optional, annotated) SDK model: a request body."""
    while typing.get_origin(annotation) in (typing.Annotated, typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        annotation = options[0]
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


class _RecordingClient(sdk.ApiClient):
    """The SDK's ApiClient, keeping the body of the last response it deserialized."""

    last_body: bytes = b""

    def response_deserialize(self, response_data: Any, response_types_map: Any = None) -> Any:
        self.last_body = response_data.data
        return super().response_deserialize(response_data, response_types_map)


def _read(data: Any) -> Any:
    """What the SDK read of a body: each model as {JSON name: value} over all its fields.

    Not ``to_dict()``: that leaves out read-only fields (``id``, ``created_at``)
    and unset ones. A oneOf/anyOf wrapper stands for the variant it holds.
    """
    if isinstance(data, list):
        return [_read(item) for item in data]
    if isinstance(data, dict):
        return {key: _read(value) for key, value in data.items()}
    if not isinstance(data, BaseModel):
        return data
    fields = type(data).model_fields
    if "actual_instance" in fields:
        return _read(getattr(data, "actual_instance"))  # noqa: B009 (not a BaseModel attribute)
    result = {
        field.alias or name: _read(getattr(data, name))
        for name, field in fields.items()
        if name != "additional_properties"
    }
    result.update(_read(getattr(data, "additional_properties", None) or {}))
    return result


def _unread(raw: Any, dumped: Any, path: str = "$") -> Iterator[str]:
    """Paths of the non-null properties of ``raw`` that ``dumped`` lacks."""
    if isinstance(raw, dict) and isinstance(dumped, dict):
        for key, value in raw.items():
            if key not in dumped:
                if value is not None:
                    yield f"{path}.{key}"
            else:
                yield from _unread(value, dumped[key], f"{path}.{key}")
    elif isinstance(raw, list) and isinstance(dumped, list) and len(raw) == len(dumped):
        for index, (item, out) in enumerate(zip(raw, dumped, strict=True)):
            yield from _unread(item, out, f"{path}[{index}]")


def _call(
    method: Any, operation_id: str, arguments: dict[str, Any]
) -> tuple[Any, Disagreement | None]:
    """Call one SDK method: its parsed data, or why the SDK and the sandbox disagree."""
    client: _RecordingClient = method.__self__.api_client
    try:
        data = method(**arguments).data
        body = json.loads(client.last_body) if client.last_body else None
        unread = tuple(_unread(body, _read(data)))
        if unread:
            detail = "the SDK's models do not read these properties"
            return None, Disagreement(operation_id, unread, detail)
        return data, None
    except ApiException as exc:
        if exc.status == 404:
            return NOT_FOUND, None
        body = exc.body if isinstance(exc.body, str) else ""
        try:
            detail = str(json.loads(body).get("detail", body))
        except (ValueError, AttributeError):
            detail = body
        what = "request rejected" if exc.status in _REJECTED else "unexpected status"
        return None, Disagreement(
            operation_id, _fields_in(detail), f"{what} {exc.status}: {detail}"
        )
    except (ValidationError, ValueError, TypeError) as exc:
        text = str(exc)
        return None, Disagreement(
            operation_id, _fields_in(text), f"response does not parse: {text}"
        )


def check_contract(
    spec: Mapping[str, Any], base_url: str, only: frozenset[str] | None = None
) -> Report:
    """Every disagreement between the official SDK and the sandbox at ``base_url`` serving ``spec``.

    ``only``: the operationIds to check (default: all). Reads go first, so they
    see the seed data as generated; DELETEs go last, the deepest paths first.
    """
    configuration = sdk.Configuration(host=base_url, access_token=API_KEY)
    client = _RecordingClient(configuration)
    found: list[Disagreement] = []
    not_found: list[str] = []
    chosen = [op for op in operations(spec) if only is None or op.operation_id in only]
    # Deeper DELETEs first: deleting a dataset before its examples would make those 404.
    chosen.sort(key=lambda op: ({"GET": 0, "DELETE": 2}.get(op.method, 1), -op.path.count("/")))
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {API_KEY}"}) as http:
        seeds = _Seeds(http, spec)
        seeds.prepare()
        for op in chosen:
            api = getattr(sdk, api_class_name(op.tag))(client)
            method = _method(api, op.operation_id)
            answered = False
            for path_params in seeds.paths(op.path):
                try:
                    arguments = _arguments(method, path_params)
                    seeds.adjust(op.operation_id, arguments)
                except (ValidationError, ValueError, TypeError) as exc:
                    found.append(Disagreement(op.operation_id, (), f"no sample arguments: {exc}"))
                    break
                data, problem = _call(method, op.operation_id, arguments)
                answered = answered or data is not NOT_FOUND
                if problem is not None:
                    found.append(problem)
                    break
                found.extend(_follow_pages(method, op.operation_id, arguments, data))
                if op.method != "GET":
                    break  # one sample request per mutation
            if not answered:
                not_found.append(op.operation_id)
    return Report(found, not_found)


def _follow_pages(
    method: Any, operation_id: str, arguments: dict[str, Any], data: Any
) -> list[Disagreement]:
    """Parse the remaining pages of a list response with the SDK."""
    seen: set[str] = set()
    while True:
        pagination = getattr(data, "pagination", None)
        cursor = getattr(pagination, "next_cursor", None)
        if not getattr(pagination, "has_more", False) or not cursor or cursor in seen:
            return []
        seen.add(cursor)
        data, problem = _call(method, operation_id, {**arguments, "cursor": cursor})
        if problem is not None:
            return [problem]


def _json(model: Any) -> Any:
    """An SDK model as the JSON the SDK read (all fields, additional properties included)."""
    return _read(model)


def check_round_trips(base_url: str) -> list[str]:
    """What the official SDK writes and reads back differently, as messages (none: all agree).

    The SDK creates a dataset with examples, inserts more, creates an experiment with
    runs and inserts more, creates a prompt with a version and labels it, triggers and
    cancels a task run, creates, refreshes and revokes an API key, renames and deletes a
    tag, and annotates (:func:`_annotation_round_trips`); after each write it reads the
    objects back through their own paths.
    """
    lib: Any = sdk  # the SDK's models type every field optional: read them as plain values
    client = lib.ApiClient(lib.Configuration(host=base_url, access_token=API_KEY))
    datasets, experiments = lib.DatasetsApi(client), lib.ExperimentsApi(client)
    prompts, tasks = lib.PromptsApi(client), lib.TasksApi(client)
    keys, tags = lib.APIKeysApi(client), lib.TagsApi(client)
    wrong: list[str] = []

    def expect(what: str, got: Any, want: Any) -> None:
        if got != want:
            wrong.append(f"{what}: got {got!r}, sent {want!r}")

    def fields(items: list[Any], names: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [{k: _json(i).get(k) for k in names} for i in items]

    examples = [{"question": "2+2", "answer": "4"}, {"question": "3+3", "eval.tone.label": "ok"}]
    dataset = datasets.create_dataset(
        lib.CreateDatasetRequest.from_dict(
            {"name": "contract", "space_id": "space-1", "examples": examples}
        )
    )
    expect("get_dataset", _json(datasets.get_dataset(dataset.id)), _json(dataset))
    listed = datasets.list_dataset_examples(dataset.id).examples
    expect(
        "list_dataset_examples",
        [fields([e], x)[0] for e, x in zip(listed, examples, strict=True)],
        examples,
    )
    more = [{"question": "4+4"}]
    inserted = datasets.insert_dataset_examples(
        dataset.id, lib.InsertDatasetExamplesRequest.from_dict({"examples": more})
    )
    listed = datasets.list_dataset_examples(dataset.id).examples
    expect("insert_dataset_examples", [e.id for e in listed[2:]], inserted.example_ids)

    runs = [{"example_id": listed[0].id, "output": "4", "eval.correct.score": 1.0}]
    experiment = experiments.create_experiment(
        lib.CreateExperimentRequest.from_dict(
            {"name": "contract run", "dataset_id": dataset.id, "experiment_runs": runs}
        )
    )
    expect("get_experiment", _json(experiments.get_experiment(experiment.id)), _json(experiment))
    experiments.insert_experiment_runs(
        experiment.id,
        lib.InsertExperimentRunsRequest.from_dict({"experiment_runs": [{"output": "8"}]}),
    )
    stored = experiments.list_experiment_runs(experiment.id).experiment_runs
    expect("list_experiment_runs", fields(stored, runs[0])[:1], runs)
    expect("insert_experiment_runs", [r.output for r in stored], ["4", "8"])

    version = {
        "commit_message": "first",
        "provider": "OPEN_AI",
        "model": "gpt-4o",
        "messages": [{"role": "USER", "content": "Hello {name}"}],
    }
    prompt = prompts.create_prompt(
        lib.CreatePromptRequest.from_dict({"space_id": "space-1", "name": "p", "version": version})
    )
    versions = prompts.list_prompt_versions(prompt.id).prompt_versions
    expect(
        "list_prompt_versions", [(v.prompt_id, v.model) for v in versions], [(prompt.id, "gpt-4o")]
    )
    expect(
        "get_prompt_version", _json(prompts.get_prompt_version(versions[0].id)), _json(versions[0])
    )
    prompts.set_prompt_version_label(
        versions[0].id, lib.SetPromptVersionLabelsRequest.from_dict({"labels": ["production"]})
    )
    expect("get_prompt_label", prompts.get_prompt_label(prompt.id, "production").id, versions[0].id)

    task = next(t for t in tasks.list_tasks().tasks if t.type != "RUN_EXPERIMENT")
    run = tasks.trigger_task_run(task.id, lib.TriggerTaskRunRequest.from_dict({}))
    expect("trigger_task_run", (run.task_id, run.status), (task.id, "PENDING"))
    expect("get_task_run", _json(tasks.get_task_run(run.id)), _json(run))
    expect("cancel_task_run", tasks.cancel_task_run(run.id).status, "CANCELLED")
    expect("list_task_runs", tasks.list_task_runs(task.id).task_runs[-1].status, "CANCELLED")

    key = keys.create_api_key(
        lib.CreateApiKeyRequest.from_dict({"key_type": "USER", "name": "contract key"})
    )
    created = _json(key)
    refreshed = keys.refresh_api_key(created["id"])
    expect("refresh_api_key", refreshed.id, created["id"])
    keys.revoke_api_key(created["id"])
    revoked = [k for k in keys.list_api_keys(limit=100).api_keys if _json(k)["id"] == created["id"]]
    expect("revoke_api_key", [_json(k)["status"] for k in revoked], ["REVOKED"])

    tag = tags.create_tag(lib.CreateTagRequest.from_dict({"name": "t", "space_id": "space-1"}))
    expect(
        "update_tag",
        tags.update_tag(tag.id, lib.UpdateTagRequest.from_dict({"name": "u"})).name,
        "u",
    )
    tags.delete_tag(tag.id)
    try:
        tags.delete_tag(tag.id)
        wrong.append("delete_tag: a deleted tag was deleted again")
    except ApiException as exc:
        expect("delete_tag twice", exc.status, 404)
    _annotation_round_trips(client, dataset.id, experiment.id, expect)
    return wrong


def _annotation_round_trips(
    client: Any, dataset_id: str, experiment_id: str, expect: Callable[[str, Any, Any], None]
) -> None:
    """A queue with a record per example, assigned and annotated; examples and runs annotated."""
    lib: Any = sdk
    queues, datasets = lib.AnnotationQueuesApi(client), lib.DatasetsApi(client)
    experiments = lib.ExperimentsApi(client)
    email = lib.UsersApi(client).list_users(limit=1).users[0].email
    config = _json(lib.AnnotationConfigsApi(client).list_annotation_configs(limit=1))
    queue = queues.create_annotation_queue(
        lib.CreateAnnotationQueueRequest.from_dict(
            {
                "name": "contract queue",
                "space_id": "space-1",
                "annotation_config_ids": [config["annotation_configs"][0]["id"]],
                "annotator_emails": [email],
                "record_sources": [{"record_type": "EXAMPLE", "dataset_id": dataset_id}],
            }
        )
    )
    expect("create_annotation_queue", [a.email for a in queue.annotators], [email])
    examples = datasets.list_dataset_examples(dataset_id).examples
    records = queues.list_annotation_queue_records(queue.id).records
    expect(
        "create_annotation_queue records",
        [r.data["example_id"] for r in records],
        [e.id for e in examples],
    )
    note = {"name": "tone", "label": "calm"}
    queues.annotate_annotation_queue_record(
        queue.id,
        records[0].id,
        lib.AnnotateAnnotationQueueRecordRequest.from_dict({"annotations": [note]}),
    )
    queues.assign_annotation_queue_record(
        queue.id,
        records[0].id,
        lib.AssignAnnotationQueueRecordRequest.from_dict({"assigned_user_emails": [email]}),
    )
    queues.delete_annotation_queue_record(
        queue.id, lib.DeleteAnnotationQueueRecordsRequest.from_dict({"record_ids": [records[1].id]})
    )
    kept = queues.list_annotation_queue_records(queue.id).records
    expect("delete_annotation_queue_record", len(kept), len(records) - 1)
    expect("annotate_annotation_queue_record", [a.label for a in kept[0].annotations], ["calm"])
    expect(
        "assign_annotation_queue_record", [u.user.email for u in kept[0].assigned_users], [email]
    )
    score = {"name": "quality", "score": 0.5}
    datasets.annotate_dataset_examples(
        dataset_id,
        lib.AnnotateDatasetExamplesRequest.from_dict(
            {"annotations": [{"record_id": examples[1].id, "values": [score]}]}
        ),
    )
    annotated = datasets.list_dataset_examples(dataset_id).examples[1]
    expect("annotate_dataset_examples", [a.score for a in annotated.annotations], [0.5])
    runs = experiments.list_experiment_runs(experiment_id).experiment_runs
    experiments.annotate_experiment_runs(
        experiment_id,
        lib.AnnotateExperimentRunsRequest.from_dict(
            {"annotations": [{"record_id": runs[0].id, "values": [score]}]}
        ),
    )
    annotated = experiments.list_experiment_runs(experiment_id).experiment_runs[0]
    expect("annotate_experiment_runs", [a.score for a in annotated.annotations], [0.5])
