"""spec/codegen.py: names users can predict, collisions refused, and new operations that
work through the client with no handwritten line (tests/widgets_spec.py)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from codegen import CodegenError, argument_name, emit, method_name
from generate import generate

from tests.fakes import run_python, user_mypy
from tests.widgets_spec import widgets_spec

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("list_datasets", "Datasets", "list"),
        ("get_dataset", "Datasets", "get"),
        ("create_dataset", "Datasets", "create"),
        ("list_dataset_examples", "Datasets", "list_examples"),
        ("integrations_list", "Integrations", "list"),
        ("list_annotation_configs", "Annotation Configs", "list"),
        ("get_ai_integration", "AI Integrations", "get"),
        ("refresh_api_key", "API Keys", "refresh"),
        ("list_task_runs", "Tasks", "list_runs"),
        ("list_policies", "Policies", "list"),
        ("trigger_task_run", "Tasks", "trigger_run"),
        ("whoami", "Users", "whoami"),
    ],
)
def test_method_name_drops_the_tag_noun(operation_id: str, tag: str, expected: str) -> None:
    """The method is the snake_case operationId without the tag's noun, singular or plural."""
    assert method_name(operation_id, tag) == expected


def test_argument_names_keep_the_wire_name_where_python_allows() -> None:
    """`type` stays `type`; keywords and names that are no identifier are made usable."""
    assert argument_name("type") == "type"
    assert argument_name("space_id") == "space_id"
    assert argument_name("from") == "from_"
    assert argument_name("x-request-id").isidentifier()


def _spec_with(**paths: Any) -> dict[str, Any]:
    document = widgets_spec()
    document["paths"].update(paths)
    return document


def test_two_operations_with_one_name_are_refused(tmp_path: Path) -> None:
    """A second operation mapping to client.widgets.list is a generation error, not an overwrite."""
    clash = {
        "get": {**widgets_spec()["paths"]["/v2/widgets"]["get"], "operationId": "widgets_list"}
    }
    with pytest.raises(CodegenError, match=r"client\.widgets\.list"):
        emit(_normalized(_spec_with(**{"/v2/widgets/all": clash})), tmp_path, _config())


def test_an_operation_without_a_tag_is_refused(tmp_path: Path) -> None:
    """Every operation needs a tag to be a resource's method."""
    untagged = {"get": {**widgets_spec()["paths"]["/v2/shapes"]["get"], "tags": []}}
    with pytest.raises(CodegenError, match="needs a tag"):
        emit(_normalized(_spec_with(**{"/v2/other": untagged})), tmp_path, _config())


def _normalized(document: dict[str, Any]) -> dict[str, Any]:
    from normalize import normalize

    return normalize(document)


def _config() -> Path:
    return ROOT / "generator-config.yaml"


@pytest.fixture(scope="module")
def widgets_packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """aioarize_api and aioarize_facade generated from the spec with the Widgets operations."""
    root = tmp_path_factory.mktemp("widgets")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(widgets_spec(), sort_keys=False), encoding="utf-8")
    generate(spec, root / "packages")
    return root / "packages"


def _run(packages: Path, script: str) -> subprocess.CompletedProcess[str]:
    """``script`` with the generated ``packages`` ahead of the installed ones."""
    return run_python(script, env={**os.environ, "PYTHONPATH": f"{packages}{os.pathsep}{ROOT}"})


def test_generation_is_byte_reproducible(widgets_packages: Path, tmp_path: Path) -> None:
    """Generating the same spec twice writes identical files."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(widgets_spec(), sort_keys=False), encoding="utf-8")
    generate(spec, tmp_path / "again")
    first = {p.relative_to(widgets_packages): p.read_bytes() for p in widgets_packages.rglob("*.*")}
    second = {
        p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("*.*")
    }
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_new_operations_work_through_the_client(widgets_packages: Path) -> None:
    """Create, get, update, delete (204), both kinds of cursor list and a polymorphic list."""
    result = _run(widgets_packages, str(ROOT / "tests" / "widgets_scenario.py"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "create Widget POST {'name': 'gear', 'shape': {'kind': 'CIRCLE', 'radius': 1.5}}",
        "create body= {'name': 'cog', 'shape': {'kind': 'CIRCLE', 'radius': 2}}",
        "get True {'kind': 'CIRCLE', 'radius': 1.5}",
        "nested ['Square', 'UnknownShape']",
        "round trip True True",
        "update PATCH {'size': 5, 'note': None} 5",
        "delete DELETE True",
        "missing 404",
        "list ['gear', 'gear'] [{'name': 'gear', 'limit': '5'},"
        " {'name': 'gear', 'limit': '5', 'cursor': 'p2'}]",
        "search ['W1', 'W1'] [{'name': 'gear'}, {'name': 'gear', 'cursor': 's2'}]",
        "shapes ['Square', 'UnknownShape'] HEXAGON {'edges': 6, 'kind': 'HEXAGON'}",
        "refused ValueError",
        "refused ValueError",
        "refused TypeError",
        "sent after refusals 0",
    ]


def test_new_signatures_pass_mypy_strict(widgets_packages: Path) -> None:
    """The new operations' signatures, and user code calling them, pass mypy --strict."""
    scenario = ROOT / "tests" / "widgets_scenario.py"
    output = user_mypy(
        widgets_packages / "aioarize_facade",
        scenario,
        cwd=widgets_packages,
        mypypath=widgets_packages,
    )
    assert "Success" in output


def test_request_bodies_are_the_specs_components() -> None:
    """Each operation's request body is the model of the component the spec names."""
    import attrs
    from aioarize_facade import RESOURCES
    from openapi_python_client.strings import ClassName

    from aioarize._dispatch import model_class
    from aioarize._operation import Operation

    spec = yaml.safe_load((ROOT / "spec" / "spec.yaml").read_text(encoding="utf-8"))
    routes = {
        operation["operationId"]: operation
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    checked = 0
    for target in RESOURCES.values():
        module = __import__(target.partition(":")[0], fromlist=["OPERATIONS"])
        operation: Operation
        for operation in module.OPERATIONS.values():
            declared = routes[operation.operation_id]
            schema = declared.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = schema.get("schema", {}).get("$ref", "")
            if operation.body is not None:
                component = spec["components"]["schemas"][ref.rpartition("/")[2]]
                body_class = model_class(operation.body)
                assert body_class.__name__ == str(ClassName(ref.rpartition("/")[2], "")), (
                    operation.operation_id
                )
                fields = [f for f in attrs.fields(body_class) if f.name != "additional_properties"]
                assert len(fields) == len(component.get("properties", {})), operation.operation_id
                checked += 1
    assert checked > 50


def test_new_operations_work_through_the_sandbox_and_the_cli(widgets_packages: Path) -> None:
    """The sandbox serves the new operations from the spec; the client and CLI use them."""
    result = _run(widgets_packages, str(ROOT / "tests" / "widgets_sandbox_scenario.py"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "client create/get gear True",
        "client update 7 7",
        "client lists True True True",
        "client delete 404",
        "client invalid body 400",
        "cli create 0 cog SQUARE",
        "cli get 0",
        "cli delete 0 ''",
        "cli list rows 0 10",
        "cli refused 2 1",
        "shapes ['Circle', 'Square', 'UnknownShape']",
        "unknown shape kept True",
    ]
