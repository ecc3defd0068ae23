"""The generated methods' signatures and docstrings (spec/codegen.py): no ``Any`` hole, union
bodies as keywords, ``body=`` alone enough, ``None`` as "not sent" in every list, and docstrings
that state the spec's facts."""

from __future__ import annotations

import ast
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from aioarize_facade import RESOURCES
from codegen import ERRORS

from aioarize import _errors
from aioarize._operation import Operation
from tests.fakes import Script, make_client, task_json

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.load((ROOT / "spec" / "spec.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
EMPTY_SPANS = {"spans": [], "pagination": {"has_more": False}}


def _methods() -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef, Operation]]:
    """Every generated resource method (overloads included) with its operation."""
    for attribute, target in RESOURCES.items():
        module_name, _, class_name = target.partition(":")
        module = importlib.import_module(module_name)
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name]
        for node in cls.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield f"{attribute}.{node.name}", node, module.OPERATIONS[node.name]


def _is_overload(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(ast.unparse(d) == "overload" for d in node.decorator_list)


def test_no_any_in_generated_signatures() -> None:
    """No parameter or result of a generated method is typed Any, but inside Mapping[str, Any]."""
    holes = []
    count = 0
    for name, node, _ in _methods():
        arguments = [*node.args.args, *node.args.kwonlyargs]
        annotations = [a.annotation for a in arguments] + [node.returns]
        for annotation in annotations:
            text = "" if annotation is None else ast.unparse(annotation)
            if re.search(r"\bAny\b", text.replace("Mapping[str, Any]", "")):
                holes.append(f"{name}: {text}")
            count += 1
    assert count > 1000
    assert holes == []


def _spec_operation(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for operation in item.values():
            if operation["operationId"] == operation_id:
                return dict(operation)
    raise AssertionError(operation_id)


def test_docstrings_state_route_arguments_result_and_errors() -> None:
    """Each method's docstring has its route and stage, every argument, Returns and Raises."""
    checked = 0
    for name, node, operation in _methods():
        if _is_overload(node):
            continue
        doc = ast.get_docstring(node) or ""
        spec = _spec_operation(operation.operation_id)
        route = f"``{operation.method} {operation.path}``"
        assert route + (f", {spec['x-stage']}" if "x-stage" in spec else "") in doc, name
        documented = re.findall(r"^    (\w+) \(", doc.partition("Args:")[2], re.M)
        signature = [a.arg for a in [*node.args.args[1:], *node.args.kwonlyargs]]
        assert documented == signature, name
        assert "\nReturns:\n    " in doc, name
        errors = re.findall(r"^    (\w+): the API answered (\d+)\.$", doc, re.M)
        statuses = sorted(s for s in spec["responses"] if s >= "400")
        assert [status for _, status in errors] == statuses, name
        checked += 1
    assert checked == 160


def test_docstrings_give_enum_values_bounds_and_presence() -> None:
    """Allowed values, bounds, required-ness and "not sent" come from the spec's schemas."""
    from aioarize_facade.spans import Spans
    from aioarize_facade.tasks import Tasks

    tasks_list = Tasks.list.__doc__ or ""
    assert "type (TaskType | str): query parameter, optional; one of ``TEMPLATE_EVALUATION``" in (
        tasks_list
    )
    assert "limit (int): query parameter, optional; >= 1; <= 100; ``None``: not sent." in tasks_list
    spans_list = Spans.list.__doc__ or ""
    assert "limit (int): query parameter, optional; >= 1; <= 500;" in spans_list
    assert "project_id (str): body property, required." in spans_list
    assert "filter (str): body property, optional; ``None``: not sent." in spans_list
    create = Tasks.create.__doc__ or ""
    assert "dataset_id (str): body property, required when type is ``RUN_EXPERIMENT``" in create
    assert "    NotFoundError: the API answered 404." in (Tasks.get.__doc__ or "")


def test_docstring_error_names_are_the_exceptions_raised() -> None:
    """The status -> exception table of the docstrings is the one aioarize raises from."""
    assert {s: c.__name__ for s, c in _errors._STATUS_CLASSES.items()} == ERRORS


@pytest.mark.anyio
async def test_body_alone_satisfies_required_properties() -> None:
    """spans.list(body={...}) with the required project_id inside sends it, no TypeError."""
    script = Script([httpx.Response(200, json=EMPTY_SPANS)])
    async with make_client(script) as client:
        spans = [s async for s in client.spans.list(body={"project_id": "P"})]
    assert spans == []
    assert json.loads(script.requests[0].content) == {"project_id": "P"}


@pytest.mark.anyio
async def test_none_is_not_sent_in_a_post_body_list() -> None:
    """A POST list's filters take None as "not sent", as GET lists' query filters do."""
    script = Script([httpx.Response(200, json=EMPTY_SPANS)])
    async with make_client(script) as client:
        pager = client.spans.list(project_id="P", filter=None, start_time=None, limit=None)
        assert [s async for s in pager] == []
    assert json.loads(script.requests[0].content) == {"project_id": "P"}
    assert script.requests[0].url.params == httpx.QueryParams()


@pytest.mark.anyio
async def test_union_body_properties_are_keywords() -> None:
    """tasks.create takes a variant's properties as keywords and sends them as its body."""
    script = Script([httpx.Response(201, json=task_json(type="RUN_EXPERIMENT"))])
    configuration = {"experiment_type": "AGENT_CALL", "integration_id": "I"}
    async with make_client(script) as client:
        task = await client.tasks.create(
            type="RUN_EXPERIMENT", name="n", dataset_id="D", run_configuration=configuration
        )
    assert task.type_ == "RUN_EXPERIMENT"
    assert json.loads(script.requests[0].content) == {
        "type": "RUN_EXPERIMENT",
        "name": "n",
        "dataset_id": "D",
        "run_configuration": configuration,
    }


@pytest.mark.parametrize(
    ("schema", "facts"),
    [
        ({"type": "integer", "minimum": 1, "maximum": 100}, [">= 1", "<= 100"]),
        (
            {"type": "number", "minimum": 0, "exclusiveMinimum": True, "default": 0.5},
            ["> 0", "the API's default: ``0.5``"],
        ),
        ({"type": "string", "enum": ["A", "B"]}, ["one of ``A``, ``B`` (or a newer value)"]),
        (
            {"type": "array", "minItems": 1, "items": {"type": "string", "maxLength": 9}},
            ["items >= 1", "each item length <= 9"],
        ),
        ({"type": "string", "format": "date-time"}, ["format date-time"]),
    ],
)
def test_schema_facts_in_words(schema: dict[str, Any], facts: list[str]) -> None:
    """Bounds (exclusive ones too), enums, lengths, item facts, formats and defaults in words."""
    from codegen import _schema_facts

    assert _schema_facts(schema) == facts
