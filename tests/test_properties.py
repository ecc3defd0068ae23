"""Property-based parsing tests, driven by the schemas of the 200 responses in spec/spec.yaml.

For the operations whose responses hold discriminated unions, nested ones
included (``OPERATIONS``: integrations, tasks; checked against the spec):

* every document the schema allows parses, and ``to_dict()`` gives the input
  back (date-times compared as moments; see ``assert_round_trip``);
* discriminator values the spec does not list give ``UnknownIntegration`` /
  ``UnknownLlmConfig`` / ``UnknownRunConfiguration`` holding the raw JSON
  exactly, while the known items beside them parse as usual (unknown variants
  are drawn from the normalizer's ``Unknown<Union>`` schemas);
* a document broken by random mutations either parses or raises
  ``ResponseValidationError``, never anything else; when one mutation makes it
  invalid yet it parses, each violation must be one of the documented
  ``Leniency`` members (where the generated models are lenient);
* list pages served over HTTP come out of ``async for`` item by item, in order.

Documents come from ``tests/spec_schemas.py``. Every test is derandomized
(same examples on every run, no example database) and small enough for
``make check``: under 25 s in all on two cores.

"""

from __future__ import annotations

import contextlib
import copy
import datetime
import enum
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import attrs
import httpx
import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from aioarize import UNSET, ResponseValidationError
from aioarize._pagination import Page, parse_page
from aioarize.models import (
    AgentIntegration,
    EvaluatorIntegration,
    LlmIntegration,
    Task,
    UnknownIntegration,
    UnknownLlmConfig,
    UnknownRunConfiguration,
)
from tests.fakes import (
    LLM_GENERATION,
    integration_json,
    make_client,
    parse_integration,
    parse_task,
    task_json,
)
from tests.spec_schemas import (
    documents,
    json_values,
    load_normalized_spec,
    load_spec,
    parse_rfc3339,
    rfc3339_date_times,
    validator,
)

JSON = Any

# Derandomized: CI sees the same examples on every run, and no example database is kept.
PROPERTY = settings(
    max_examples=50,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# --- the operations under test -------------------------------------------------------------


@attrs.frozen
class Operation:
    """The 200 response of one operation, and how the facade parses its body."""

    method_path: str
    schema: str
    parse: Callable[[JSON], object]
    items_key: str | None  # the array of a list response; None for a single object


def _integration_page(body: JSON) -> Page[Any]:
    return parse_page(body, "integrations", parse_integration).parse()


def _task_page(body: JSON) -> Page[Any]:
    return parse_page(body, "tasks", parse_task).parse()


LIST_INTEGRATIONS = Operation(
    "GET /v2/integrations", "ListIntegrationsResponse", _integration_page, "integrations"
)
GET_INTEGRATION = Operation(
    "GET /v2/integrations/{integration_id}", "Integration", parse_integration, None
)
LIST_TASKS = Operation("GET /v2/tasks", "ListTasksResponse", _task_page, "tasks")
OPERATIONS = (LIST_INTEGRATIONS, GET_INTEGRATION, LIST_TASKS)

# Date-time properties, by the schema of the object holding them, of every schema the
# OPERATIONS' responses reach (checked against the spec). Round trips compare these keys
# as moments, at any depth (AgentConfig.request_presets[i] has its own).
DATE_TIME_FIELDS = {
    "AgentIntegration": frozenset({"created_at", "updated_at"}),
    "AgentRequestPreset": frozenset({"created_at", "updated_at"}),
    "EvaluatorIntegration": frozenset({"created_at", "updated_at"}),
    "LlmIntegration": frozenset({"created_at", "updated_at"}),
    "Task": frozenset({"created_at", "updated_at", "last_run_at"}),
}
DATE_TIMES = frozenset().union(*DATE_TIME_FIELDS.values())
TASK_DATE_TIMES = DATE_TIME_FIELDS["Task"]
# The integration class for each known `type`.
INTEGRATION_CLASSES = {
    "LLM": LlmIntegration,
    "AGENT": AgentIntegration,
    "EVALUATOR": EvaluatorIntegration,
}


def _discriminator_values(schema: str) -> frozenset[str]:
    return frozenset(load_spec()["components"]["schemas"][schema]["discriminator"]["mapping"])


KNOWN_TYPES = _discriminator_values("Integration")
KNOWN_PROVIDERS = _discriminator_values("LlmConfig")
KNOWN_EXPERIMENT_TYPES = _discriminator_values("RunConfiguration")


def test_operations_match_the_spec() -> None:
    """Each of OPERATIONS is an operation of the spec whose 200 response has that schema."""
    paths = load_spec()["paths"]
    for operation in OPERATIONS:
        method, path = operation.method_path.split(" ")
        content = paths[path][method.lower()]["responses"]["200"]["content"]
        assert content["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{operation.schema}"
        }


def test_integration_classes_cover_every_known_type() -> None:
    """INTEGRATION_CLASSES maps exactly the spec's integration types."""
    assert set(INTEGRATION_CLASSES) == KNOWN_TYPES


def _reachable(name: str, found: set[str] | None = None) -> set[str]:
    """``name`` and every component schema its ``$ref``s lead to."""
    found = set() if found is None else found
    found.add(name)
    pending: list[Any] = [load_spec()["components"]["schemas"][name]]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.rsplit("/", 1)[1] not in found:
                _reachable(ref.rsplit("/", 1)[1], found)
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def test_date_time_fields_match_the_spec() -> None:
    """DATE_TIME_FIELDS names every `format: date-time` property the tested responses reach."""
    schemas = load_spec()["components"]["schemas"]
    found: dict[str, set[str]] = {}
    for operation in OPERATIONS:
        for name in _reachable(operation.schema):
            for prop, sub in _all_properties(schemas[name]):
                if sub.get("format") == "date-time":
                    found.setdefault(name, set()).add(prop)
    assert found == DATE_TIME_FIELDS


def test_unknown_variant_schemas_exclude_exactly_the_known_values() -> None:
    """The normalizer's Unknown<Union> schemas exclude the union's known discriminator values."""
    schemas = load_normalized_spec()["components"]["schemas"]
    for union, known in [
        ("Integration", KNOWN_TYPES),
        ("LlmConfig", KNOWN_PROVIDERS),
        ("RunConfiguration", KNOWN_EXPERIMENT_TYPES),
    ]:
        unknown_schema = schemas[f"Unknown{union}"]
        marker = unknown_schema["x-aioarize-unknown-variant"]
        assert marker["union"] == union
        tag = unknown_schema["properties"][marker["discriminator"]]
        assert set(tag["not"]["enum"]) == known


def _all_properties(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for prop, sub in schema.get("properties", {}).items():
        yield prop, sub
        yield from _all_properties(sub)
    for keyword in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(keyword, []):
            yield from _all_properties(sub)
    if isinstance(schema.get("items"), dict):
        yield from _all_properties(schema["items"])


def _page(items_key: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {items_key: items, "pagination": {"has_more": False}}


def _fixture_documents() -> dict[str, JSON]:
    """The test fixtures of tests/fakes.py, as the response bodies they stand for."""
    run_experiment = task_json(type="RUN_EXPERIMENT", run_configuration=LLM_GENERATION)
    return {
        "ListIntegrationsResponse": _page("integrations", [integration_json()]),
        "Integration": integration_json(),
        "ListTasksResponse": _page("tasks", [task_json(), run_experiment]),
    }


def test_fixtures_are_valid_documents() -> None:
    """The fixtures of tests/fakes.py validate against the translated schemas."""
    for schema, doc in _fixture_documents().items():
        errors = list(validator(schema).iter_errors(doc))
        assert errors == [], [error.message for error in errors]


def test_discriminator_selects_one_branch_of_overlapping_variants() -> None:
    """Widget variants all allow every `type`; the translated oneOf picks the mapped one only."""
    assert validator("Widget").is_valid({"type": "TEXT", "id": "V2lkZ2V0OjE="})
    assert not validator("Widget").is_valid({"type": "PIE", "id": "V2lkZ2V0OjE="})


# --- comparing JSON --------------------------------------------------------------------------


def same_json(a: JSON, b: JSON) -> bool:
    """Deep equality that also tells JSON types apart (``1``, ``1.0`` and ``true`` differ)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_json(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def same_moment(parsed: object, expected: datetime.datetime | None) -> bool:
    """``parsed`` is the moment ``expected`` names, with the same UTC offset."""
    return (
        isinstance(parsed, datetime.datetime)
        and expected is not None
        and parsed == expected
        and parsed.utcoffset() == expected.utcoffset()
    )


def assert_round_trip(output: JSON, raw: JSON, path: str = "$") -> None:
    """``output`` (a ``to_dict()``) is ``raw``, except that date-times may be re-serialised.

    Documented normalisation: a date-time (a property named in ``DATE_TIMES``, at
    any depth) comes back as ``datetime.isoformat()`` ("Z" becomes "+00:00", a
    fraction becomes 6 digits, digits past microseconds are dropped), naming the
    same moment with the same offset.
    """
    if isinstance(raw, dict) and isinstance(output, dict):
        assert output.keys() == raw.keys(), path
        for key, value in raw.items():
            where = f"{path}.{key}"
            if key in DATE_TIMES and isinstance(value, str):
                moment = datetime.datetime.fromisoformat(output[key])
                assert same_moment(moment, parse_rfc3339(value)), where
            else:
                assert_round_trip(output[key], value, where)
    elif isinstance(raw, list) and isinstance(output, list):
        assert len(output) == len(raw), path
        for index, (out, value) in enumerate(zip(output, raw, strict=True)):
            assert_round_trip(out, value, f"{path}[{index}]")
    else:
        assert same_json(output, raw), path


def check_known_integration(parsed: object, raw: dict[str, Any]) -> None:
    """``parsed`` is the integration of the variant ``raw`` describes, all of it."""
    assert isinstance(parsed, LlmIntegration | AgentIntegration | EvaluatorIntegration)
    assert type(parsed) is INTEGRATION_CLASSES[raw["type"]]
    for key in ("created_at", "updated_at"):
        if key in raw:  # an EVALUATOR integration requires only its type
            assert same_moment(getattr(parsed, key), parse_rfc3339(raw[key])), key
    assert_round_trip(parsed.to_dict(), raw)


def check_known_task(parsed: object, raw: dict[str, Any]) -> None:
    """``parsed`` is the Task ``raw`` describes; an absent run_configuration stays absent."""
    assert isinstance(parsed, Task)
    assert same_moment(parsed.created_at, parse_rfc3339(raw["created_at"]))
    if raw["last_run_at"] is None:
        assert parsed.last_run_at is None
    else:
        assert same_moment(parsed.last_run_at, parse_rfc3339(raw["last_run_at"]))
    assert_round_trip(parsed.to_dict(), raw)


def check_page(page: object, raw: dict[str, Any], items_key: str) -> list[object]:
    """The page's metadata is the raw pagination; returns its items."""
    assert isinstance(page, Page)
    assert len(page.items) == len(raw[items_key])
    assert page.has_more is raw["pagination"]["has_more"]
    # Documented normalisation: an empty cursor cannot be sent back, so it reads as None.
    assert page.next_cursor == (raw["pagination"].get("next_cursor") or None)
    return list(page.items)


# --- valid documents -------------------------------------------------------------------------


def _parse_valid(operation: Operation, doc: JSON) -> object:
    errors = list(validator(operation.schema).iter_errors(doc))
    assert errors == [], [f"{error.json_path}: {error.message}" for error in errors]
    snapshot = copy.deepcopy(doc)
    parsed = operation.parse(doc)
    assert same_json(doc, snapshot), "the parser changed its input"
    return parsed


@PROPERTY
@given(documents("ListIntegrationsResponse"))
def test_valid_integration_pages_parse_and_round_trip(doc: dict[str, Any]) -> None:
    """Every valid GET /v2/integrations body parses, each item round-tripping through to_dict()."""
    page = _parse_valid(LIST_INTEGRATIONS, doc)
    for parsed, raw in zip(check_page(page, doc, "integrations"), doc["integrations"], strict=True):
        check_known_integration(parsed, raw)


@PROPERTY
@given(documents("Integration"))
def test_valid_integrations_parse_and_round_trip(doc: dict[str, Any]) -> None:
    """Every valid GET /v2/integrations/{id} body parses and round-trips through to_dict()."""
    check_known_integration(_parse_valid(GET_INTEGRATION, doc), doc)


@PROPERTY
@given(documents("ListTasksResponse"))
def test_valid_task_pages_parse_and_round_trip(doc: dict[str, Any]) -> None:
    """Every valid GET /v2/tasks body parses, each task round-tripping through to_dict()."""
    page = _parse_valid(LIST_TASKS, doc)
    for parsed, raw in zip(check_page(page, doc, "tasks"), doc["tasks"], strict=True):
        check_known_task(parsed, raw)


# --- unknown discriminator values ------------------------------------------------------------


JSON_OBJECTS = st.dictionaries(st.text(max_size=10), json_values(), max_size=4)
# Likely future values, beside the arbitrary strings the Unknown<Union> schemas allow.
FUTURE_VALUES = ["WEBHOOK", "AZURE_OPEN_AI", "CODE_GENERATION", "agent", "llm", ""]


@st.composite
def unknown_variant(draw: st.DrawFn, union: str, like: dict[str, Any] | None) -> dict[str, Any]:
    """An object of an unknown variant of ``union``, from the normalizer's Unknown<Union> schema.

    Maybe built over the fields of a known variant ``like``, maybe with a
    plausible future discriminator value.
    """
    schema = load_normalized_spec()["components"]["schemas"][f"Unknown{union}"]
    discriminator = schema["x-aioarize-unknown-variant"]["discriminator"]
    doc: dict[str, Any] = draw(documents(f"Unknown{union}", normalized=True))
    if like is not None and draw(st.booleans()):
        doc = {**like, **doc}
    future = [value for value in FUTURE_VALUES if value not in _discriminator_values(union)]
    if draw(st.booleans()):
        doc[discriminator] = draw(st.sampled_from(future))
    errors = list(validator(f"Unknown{union}", normalized=True).iter_errors(doc))
    assert errors == [], [error.message for error in errors]
    return doc


class Kind(enum.Enum):
    KNOWN = "known"
    UNKNOWN = "unknown"  # unknown integration type / run configuration experiment_type
    UNKNOWN_CONFIG = "unknown config"  # llm integration with an unknown config.provider


@st.composite
def integration_pages_with_unknowns(draw: st.DrawFn) -> tuple[dict[str, Any], list[Kind]]:
    """A valid integrations page, some configs given unknown providers, unknown types inserted."""
    doc = draw(documents("ListIntegrationsResponse"))
    items: list[tuple[Kind, dict[str, Any]]] = []
    for item in doc["integrations"]:
        if item["type"] == "LLM" and draw(st.booleans()):
            config = draw(unknown_variant("LlmConfig", item["config"]))
            items.append((Kind.UNKNOWN_CONFIG, {**item, "config": config}))
        else:
            items.append((Kind.KNOWN, item))
    has_unknown = any(kind is not Kind.KNOWN for kind, _ in items)
    like = doc["integrations"][0] if doc["integrations"] else None
    for new in draw(
        st.lists(unknown_variant("Integration", like), min_size=0 if has_unknown else 1, max_size=3)
    ):
        items.insert(draw(st.integers(0, len(items))), (Kind.UNKNOWN, new))
    doc["integrations"] = [item for _, item in items]
    return doc, [kind for kind, _ in items]


def check_unknown_integration(parsed: object, raw: dict[str, Any]) -> None:
    """An unknown integration type: its type and raw JSON, exactly as sent."""
    assert isinstance(parsed, UnknownIntegration)
    assert parsed.type_ == raw["type"]
    # The fields every known variant shares are offered as attributes, the rest kept raw.
    assert parsed.id == raw.get("id", UNSET)
    assert parsed.name == raw.get("name", UNSET)
    assert same_json(parsed.to_dict(), raw)


def check_unknown_config(parsed: object, raw: dict[str, Any]) -> None:
    """An llm integration with an unknown provider: the config kept raw, the rest parsed."""
    assert isinstance(parsed, LlmIntegration)
    assert isinstance(parsed.config, UnknownLlmConfig)
    assert parsed.config.provider == raw["config"]["provider"]
    assert same_json(parsed.config.to_dict(), raw["config"])
    # to_dict() gives the config back as received, beside the re-serialised known fields.
    assert_round_trip(parsed.to_dict(), raw)


@PROPERTY
@given(integration_pages_with_unknowns())
def test_unknown_integration_variants_keep_their_raw_json(
    case: tuple[dict[str, Any], list[Kind]],
) -> None:
    """Unknown integration types and llm providers are kept raw; known items beside them parse."""
    doc, kinds = case
    snapshot = copy.deepcopy(doc)
    page = _integration_page(doc)
    items = check_page(page, snapshot, "integrations")
    for parsed, raw, kind in zip(items, snapshot["integrations"], kinds, strict=True):
        if kind is Kind.UNKNOWN:
            check_unknown_integration(parsed, raw)
        elif kind is Kind.UNKNOWN_CONFIG:
            check_unknown_config(parsed, raw)
        else:
            check_known_integration(parsed, raw)


@PROPERTY
@given(documents("Integration"), st.booleans(), st.data())
def test_unknown_single_integration_variants_keep_their_raw_json(
    doc: dict[str, Any], unknown_type: bool, data: st.DataObject
) -> None:
    """GET /v2/integrations/{id} keeps an unknown type or llm provider with its raw JSON."""
    unknown_type = unknown_type or doc["type"] != "LLM"  # only LLM configs are a union
    if unknown_type:
        doc = data.draw(unknown_variant("Integration", doc))
    else:
        doc = {**doc, "config": data.draw(unknown_variant("LlmConfig", doc["config"]))}
    snapshot = copy.deepcopy(doc)
    parsed = parse_integration(doc)
    if unknown_type:
        check_unknown_integration(parsed, snapshot)
    else:
        check_unknown_config(parsed, snapshot)


@st.composite
def task_pages_with_unknowns(draw: st.DrawFn) -> tuple[dict[str, Any], list[Kind]]:
    """A valid tasks page (at least one task) where some run configurations have unknown types."""
    doc = draw(documents("ListTasksResponse"))
    if not doc["tasks"]:
        doc["tasks"] = [draw(documents("Task"))]
    flips = draw(st.lists(st.booleans(), min_size=len(doc["tasks"]), max_size=len(doc["tasks"])))
    if not any(flips):
        flips[draw(st.integers(0, len(flips) - 1))] = True
    kinds = []
    for index, flip in enumerate(flips):
        if flip:
            task = doc["tasks"][index]
            like = task.get("run_configuration")
            like = like if isinstance(like, dict) else None
            task["run_configuration"] = draw(unknown_variant("RunConfiguration", like))
        kinds.append(Kind.UNKNOWN if flip else Kind.KNOWN)
    return doc, kinds


@PROPERTY
@given(task_pages_with_unknowns())
def test_unknown_run_configurations_keep_their_raw_json(
    case: tuple[dict[str, Any], list[Kind]],
) -> None:
    """Unknown experiment types are kept raw; the rest of the task and its neighbours parse."""
    doc, kinds = case
    snapshot = copy.deepcopy(doc)
    items = check_page(_task_page(doc), snapshot, "tasks")
    for parsed, raw, kind in zip(items, snapshot["tasks"], kinds, strict=True):
        if kind is Kind.KNOWN:
            check_known_task(parsed, raw)
            continue
        assert isinstance(parsed, Task)
        config = parsed.run_configuration
        assert isinstance(config, UnknownRunConfiguration)
        assert config.experiment_type == raw["run_configuration"]["experiment_type"]
        assert same_json(config.to_dict(), raw["run_configuration"])
        # The whole task round-trips, the unknown configuration as received, as JSON.
        assert_round_trip(json.loads(json.dumps(parsed.to_dict())), raw)


# --- documents that violate the schema -------------------------------------------------------

Path = tuple[str | int, ...]


def json_type(value: JSON) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


_VALUES_BY_TYPE: dict[str, st.SearchStrategy[JSON]] = {
    "null": st.none(),
    "boolean": st.booleans(),
    "number": st.integers() | st.floats(allow_nan=False, allow_infinity=False),
    "string": st.just("") | st.text(max_size=6),
    # Arrays of [key, value] pairs and of 2-character strings are what dict() accepts.
    "array": st.just([])
    | st.lists(json_values(), max_size=3)
    | st.lists(st.tuples(st.text(max_size=3), json_values()).map(list), max_size=3)
    | st.lists(st.text(min_size=2, max_size=2), max_size=3),
    "object": st.just({}) | JSON_OBJECTS,
}


def other_type(value: JSON) -> st.SearchStrategy[JSON]:
    """JSON values of any JSON type but ``value``'s."""
    return st.one_of([s for kind, s in _VALUES_BY_TYPE.items() if kind != json_type(value)])


@st.composite
def _near_miss(draw: st.DrawFn) -> str:
    """A valid date-time with one character deleted, replaced or inserted."""
    value = draw(rfc3339_date_times())
    index = draw(st.integers(0, len(value) - 1))
    char = draw(st.characters(codec="ascii"))
    edit = draw(st.sampled_from(["delete", "replace", "insert"]))
    if edit == "delete":
        return value[:index] + value[index + 1 :]
    if edit == "replace":
        return value[:index] + char + value[index + 1 :]
    return value[:index] + char + value[index:]


BAD_DATE_TIMES = st.one_of(
    st.sampled_from(
        [
            "",
            "yesterday",
            "2026-02-13",  # ISO 8601 but not RFC 3339: datetime.fromisoformat accepts these
            "20260213T101010Z",
            "2026-W07-5T10:10",
            "2026-02-13 10:10:10",
            "2026-02-13T10",
            "2026-02-13T10:10:10",  # no offset: a naive datetime
            "2026-02-13T10:10:10+0530",
            "2026-02-13T10:10:10.Z",
            "2026-02-30T00:00:00Z",  # well formed but impossible
            "2026-02-13T24:00:00Z",
            "2026-02-13T23:59:60Z",  # a leap second: RFC 3339, but Python has none
            "2026-02-13T00:00:00+24:00",
            "2026-02-13T00:00:00z",
            "0000-01-01T00:00:00Z",
            "\uff12\uff10\uff12\uff16-02-13T00:00:00Z",  # full-width digits
            "\ud800",  # a lone surrogate, which JSON "\ud800" decodes to
        ]
    ),
    _near_miss(),
    st.text(max_size=30),
    st.text(st.characters(categories=["Cs", "Nd", "Zs"]), max_size=8),
)


class Edit(enum.Enum):
    DELETE = "delete the key"
    RETYPE = "replace with a value of another JSON type"
    BAD_STRING = "replace a string with a bad date-time"
    ADD_KEY = "add an undeclared key"


@attrs.frozen
class Mutation:
    path: Path
    edit: Edit
    value: JSON = None


def json_paths(doc: JSON, prefix: Path = ()) -> Iterator[Path]:
    """The path of every value in ``doc``, ``doc`` itself first."""
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from json_paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from json_paths(value, (*prefix, index))


def _at(doc: JSON, path: Path) -> JSON:
    for step in path:
        doc = doc[step]
    return doc


def apply(doc: JSON, mutation: Mutation) -> JSON:
    """``doc`` with ``mutation`` applied (in place where possible)."""
    if not mutation.path:
        return mutation.value
    parent, last = _at(doc, mutation.path[:-1]), mutation.path[-1]
    if mutation.edit is Edit.DELETE:
        del parent[last]
    else:
        parent[last] = mutation.value
    return doc


@st.composite
def mutations(draw: st.DrawFn, doc: JSON) -> Mutation:
    """One random edit at a random path of ``doc``.

    A quarter of the edits go to the page's structure (items, pagination) and a
    quarter to date-times; the rest anywhere.
    """
    paths = list(json_paths(doc))
    date_times = [
        p for p in paths if p and p[-1] in TASK_DATE_TIMES and isinstance(_at(doc, p), str)
    ]
    focus = draw(st.sampled_from(["anywhere", "anywhere", "structure", "date-time"]))
    if focus == "date-time" and date_times:
        return Mutation(draw(st.sampled_from(date_times)), Edit.BAD_STRING, draw(BAD_DATE_TIMES))
    if focus == "structure":
        paths = [path for path in paths if len(path) <= 2]
    path = draw(st.sampled_from(paths))
    target = _at(doc, path)
    edits = [Edit.RETYPE]
    if path and isinstance(_at(doc, path[:-1]), dict):
        edits.append(Edit.DELETE)
    if isinstance(target, str):
        edits.append(Edit.BAD_STRING)
    if isinstance(target, dict):
        edits.append(Edit.ADD_KEY)
    edit = draw(st.sampled_from(edits))
    if edit is Edit.DELETE:
        return Mutation(path, edit)
    if edit is Edit.ADD_KEY:
        key = draw(st.text(max_size=8).filter(lambda key: key not in target))
        return Mutation((*path, key), edit, draw(json_values()))
    value = draw(BAD_DATE_TIMES if edit is Edit.BAD_STRING else other_type(target))
    return Mutation(path, edit, value)


@st.composite
def broken_documents(draw: st.DrawFn, operation: Operation) -> tuple[JSON, list[Mutation]]:
    """A valid document with one (mostly) to three random mutations applied in turn."""
    doc = draw(documents(operation.schema))
    applied = []
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3]))):
        mutation = draw(mutations(doc))
        doc = apply(doc, mutation)
        applied.append(mutation)
    return doc, applied


_PATH_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def error_path(exc: ResponseValidationError) -> Path:
    """``exc.path`` ("$.tasks[0].name") as steps (("tasks", 0, "name"))."""
    assert exc.path.startswith("$"), exc.path
    steps: list[str | int] = []
    position = 1
    while position < len(exc.path):
        match = _PATH_STEP.match(exc.path, position)
        assert match is not None, exc.path
        steps.append(match[1] if match[1] is not None else int(match[2]))
        position = match.end()
    return tuple(steps)


# Where the generated models accept a document the schema forbids. A document
# that one mutation made invalid may parse only if every violation jsonschema
# reports (in the variant the document was meant to be) is one of these.
class Leniency(enum.Enum):
    # Enums are open: an unknown discriminator string gives an Unknown* object
    # (by design, see _dispatch.py) and any other enum field a pseudo-member
    # (generator-templates/str_enum.py.jinja), e.g. {"role": "critic"}.
    OPEN_ENUM = "unknown enum strings are accepted"
    # additionalProperties: false (only PaginationMetadata says it, among these
    # responses) is not enforced: parse_page drops unknown pagination keys.
    EXTRA_KEYS_DROPPED = "unknown keys are dropped"
    # minItems (messages), minLength (template), minimum/maximum (sampling_rate)
    # are not checked.
    BOUNDS_UNCHECKED = "size and range bounds are not checked"
    # date-times are read by datetime.fromisoformat, which accepts ISO 8601
    # forms RFC 3339 does not: "2026-02-13", "20260213T101010Z", week dates,
    # a space separator, "+0530", and no offset at all (a naive datetime).
    ISO_8601_DATE_TIME = "date-times accept any ISO 8601 form fromisoformat reads"
    # pagination.next_cursor: null reads as an absent cursor.
    NULL_CURSOR = "a null next_cursor means no cursor"


def _leaves(error: Any) -> list[Any]:
    """The errors behind ``error``, inside the oneOf/anyOf branch the instance was meant for.

    That branch is the one whose innermost errors start deepest, then the one
    with the fewest: a branch rejecting the whole instance, like {type: null},
    or with another discriminator value, loses.
    """
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        return [error]
    branches: dict[int, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).extend(_leaves(sub))
    return max(
        branches.values(),
        key=lambda leaves: (min(len(leaf.absolute_path) for leaf in leaves), -len(leaves)),
    )


def leniency(error: Any) -> Leniency | None:
    """Which documented leniency explains this jsonschema error, if any."""
    path = tuple(error.absolute_path)
    keyword, instance = error.validator, error.instance
    if path[-2:] == ("pagination", "next_cursor") and instance is None:
        return Leniency.NULL_CURSOR
    if keyword == "additionalProperties":
        return Leniency.EXTRA_KEYS_DROPPED
    if keyword in ("minItems", "minLength", "minimum", "maximum"):
        return Leniency.BOUNDS_UNCHECKED
    if keyword == "enum" and isinstance(instance, str):
        return Leniency.OPEN_ENUM
    if keyword == "format" and isinstance(instance, str):
        try:
            datetime.datetime.fromisoformat(instance)
        except ValueError:
            return None
        return Leniency.ISO_8601_DATE_TIME
    return None


def check_broken(operation: Operation, case: tuple[JSON, list[Mutation]]) -> None:
    """Parse a broken document: it parses (leniently) or raises ResponseValidationError."""
    doc, applied = case
    snapshot = copy.deepcopy(doc)
    try:
        operation.parse(doc)
    except ResponseValidationError as exc:
        event("rejected")
        assert str(exc).startswith(f"{exc.path}:"), (exc.path, str(exc))
        if len(applied) == 1:
            # The error names the value the mutation broke, or a sibling it made
            # missing (e.g. an edited discriminator selects a variant lacking keys).
            parent = applied[0].path[:-1]
            assert error_path(exc)[: len(parent)] == parent, (exc.path, applied[0].path)
        return
    # Any other exception fails the test. It parsed: fine if still valid or lenient.
    if len(applied) > 1:
        event("parsed after several edits")
        return  # they may interact (e.g. an unknown type hides the other edits)
    leaves = [
        leaf
        for error in validator(operation.schema).iter_errors(snapshot)
        for leaf in _leaves(error)
    ]
    for leaf in leaves:
        explained = leniency(leaf)
        assert explained is not None, (
            f"an invalid document parsed for an undocumented reason:"
            f" {leaf.json_path}: {leaf.validator}: {leaf.message}"
        )
        event(f"parsed leniently: {explained.name}")
    if not leaves:
        event("parsed: the edit kept it valid")


# No shrinking: the recorded mutations already say what broke, and shrinking
# these nested documents can take minutes.
BROKEN = settings(PROPERTY, max_examples=100, phases=[Phase.explicit, Phase.reuse, Phase.generate])


@BROKEN
@given(broken_documents(LIST_INTEGRATIONS))
def test_broken_integration_pages_parse_or_raise_response_validation_error(
    case: tuple[JSON, list[Mutation]],
) -> None:
    """A mutated GET /v2/integrations body parses or raises ResponseValidationError only."""
    check_broken(LIST_INTEGRATIONS, case)


@BROKEN
@given(broken_documents(GET_INTEGRATION))
def test_broken_integrations_parse_or_raise_response_validation_error(
    case: tuple[JSON, list[Mutation]],
) -> None:
    """A mutated GET /v2/integrations/{id} body parses or raises ResponseValidationError."""
    check_broken(GET_INTEGRATION, case)


@BROKEN
@given(broken_documents(LIST_TASKS))
def test_broken_task_pages_parse_or_raise_response_validation_error(
    case: tuple[JSON, list[Mutation]],
) -> None:
    """A mutated GET /v2/tasks body parses or raises ResponseValidationError, nothing else."""
    check_broken(LIST_TASKS, case)


@PROPERTY
@given(json_values(max_leaves=12), st.sampled_from(OPERATIONS))
def test_arbitrary_json_parses_or_raises_response_validation_error(
    body: JSON, operation: Operation
) -> None:
    """Any JSON body at all, for any operation, parses or raises ResponseValidationError."""
    with contextlib.suppress(ResponseValidationError):
        operation.parse(body)


def _fixture(schema: str) -> dict[str, Any]:
    doc: dict[str, Any] = _fixture_documents()[schema]
    return doc


# One example of each leniency: a fixture, one edit, and the document still parses.
LENIENCY_EXAMPLES = {
    Leniency.OPEN_ENUM: (LIST_TASKS, Mutation(("tasks", 0, "type"), Edit.BAD_STRING, "later")),
    Leniency.EXTRA_KEYS_DROPPED: (
        LIST_INTEGRATIONS,
        Mutation(("pagination", "total"), Edit.RETYPE, 1),
    ),
    Leniency.BOUNDS_UNCHECKED: (
        LIST_TASKS,
        Mutation(("tasks", 0, "sampling_rate"), Edit.RETYPE, 2),
    ),
    Leniency.ISO_8601_DATE_TIME: (
        GET_INTEGRATION,
        Mutation(("created_at",), Edit.BAD_STRING, "2026-02-13"),
    ),
    Leniency.NULL_CURSOR: (
        LIST_INTEGRATIONS,
        Mutation(("pagination", "next_cursor"), Edit.RETYPE, None),
    ),
}


@pytest.mark.parametrize("documented", list(Leniency), ids=lambda leniency: leniency.name)
def test_each_documented_leniency_is_real(documented: Leniency) -> None:
    """Each documented leniency has an invalid document that parses and is classified as it."""
    operation, mutation = LENIENCY_EXAMPLES[documented]
    doc = apply(_fixture(operation.schema), mutation)
    errors = list(validator(operation.schema).iter_errors(doc))
    assert errors, "the edit should make the document invalid"
    operation.parse(doc)
    assert {leniency(leaf) for error in errors for leaf in _leaves(error)} == {documented}


# --- end to end: pages over HTTP -------------------------------------------------------------


@st.composite
def page_sequences(draw: st.DrawFn, operation: Operation) -> list[dict[str, Any]]:
    """One to four valid pages chained by cursors; the last one ends the listing."""
    pages = draw(st.lists(documents(operation.schema), min_size=1, max_size=4))
    for index, page in enumerate(pages):
        if index < len(pages) - 1:
            page["pagination"] = {"has_more": True, "next_cursor": f"cursor-{index + 1}"}
        else:
            page["pagination"]["has_more"] = False
    return pages


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@settings(PROPERTY, max_examples=15)
@given(st.sampled_from([LIST_INTEGRATIONS, LIST_TASKS]), st.integers(0, 2), st.data())
def test_pages_over_http_stream_every_item_in_order(
    backend: str, operation: Operation, prefetch: int, data: st.DataObject
) -> None:
    """Valid pages served over a mock transport come out of `async for` item by item, in order."""
    pages = data.draw(page_sequences(operation))
    requested: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        requested.append(cursor)
        index = 0 if cursor is None else int(cursor.removeprefix("cursor-"))
        return httpx.Response(200, json=pages[index])

    async def collect() -> list[object]:
        async with make_client(handler) as client:
            resource = client.integrations if operation is LIST_INTEGRATIONS else client.tasks
            async with resource.list(prefetch=prefetch) as pager:
                return [item async for item in pager]

    items = anyio.run(collect, backend=backend)
    assert requested == [None, *(f"cursor-{index}" for index in range(1, len(pages)))]
    assert operation.items_key is not None
    raws = [raw for page in pages for raw in page[operation.items_key]]
    assert len(items) == len(raws)
    check = check_known_integration if operation is LIST_INTEGRATIONS else check_known_task
    for item, raw in zip(items, raws, strict=True):
        check(item, raw)


# --- regressions these properties found ---------------------------------------------------------


def _task_with_run_configuration(run_configuration: dict[str, Any]) -> dict[str, Any]:
    doc = _fixture("ListTasksResponse")
    evaluator = {
        "evaluator_id": "RXZhbHVhdG9yOjE=",
        "evaluator_name": "correctness",
        "evaluator_version_id": None,
        "query_filter": None,
        "column_mappings": None,
    }
    doc["tasks"][0].update(
        type="RUN_EXPERIMENT", run_configuration=run_configuration, evaluators=[evaluator]
    )
    return doc


@pytest.mark.parametrize(
    "missing",
    [
        ("tasks", 0, "evaluators", 0, "evaluator_id"),
        ("tasks", 0, "run_configuration", "messages", 0, "role"),
    ],
    ids=["evaluator_id", "message_role"],
)
def test_missing_nested_field_is_reported_where_it_is_missing(missing: Path) -> None:
    """The error path of a missing nested field leads to the object that lacks it."""
    doc = _task_with_run_configuration(copy.deepcopy(LLM_GENERATION))
    apply(doc, Mutation(missing, Edit.DELETE))
    with pytest.raises(ResponseValidationError) as caught:
        _task_page(doc)
    where = error_path(caught.value)
    assert missing[: len(where)] == where, f"{caught.value.path} is not on the way to {missing}"
