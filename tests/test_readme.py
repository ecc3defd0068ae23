"""README.md stays true: its usage example and every example of its Jobs section run against the
sandbox and type-check, and its table of resources is the generated one."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest
from aioarize_facade import RESOURCES

from aioarize.sandbox import SandboxConfig, SandboxServer, serve
from tests.fakes import run_python, user_mypy

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _example(tmp_path: Path, heading: str, name: str) -> Path:
    """The first Python block after ``heading``, as a file."""
    section = README[README.index(heading) :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None
    path = tmp_path / name
    path.write_text(match.group(1), encoding="utf-8")
    return path


def _usage_example(tmp_path: Path) -> Path:
    return _example(tmp_path, "## Usage", "usage.py")


def _sandbox_env(server: SandboxServer) -> dict[str, str]:
    """This environment pointing at ``server`` the way the examples read it."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("ARIZE_")},
        "ARIZE_API_KEY": server.config.api_key,
        "ARIZE_BASE_URL": server.base_url,
    }


def test_usage_example_runs_against_the_sandbox(tmp_path: Path) -> None:
    """The usage example, as written, lists, creates, updates and deletes on a sandbox."""
    example = _usage_example(tmp_path)
    with serve(SandboxConfig()) as server:
        result = run_python(example, env=_sandbox_env(server))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5 + 2  # five integrations, the updated dataset, the 404
    assert lines[-2].startswith("golden-questions-v2 ")
    assert lines[-1] == "deleted: 404"


def test_usage_example_passes_mypy_strict(tmp_path: Path) -> None:
    """A user's mypy --strict --warn-unreachable accepts the usage example."""
    assert "Success" in user_mypy(_usage_example(tmp_path), cwd=tmp_path)


def test_typing_idioms_pass_mypy_strict(tmp_path: Path) -> None:
    """The Types section's idioms (UNSET narrowing, returned IDs passed on) type-check."""
    assert "Success" in user_mypy(_example(tmp_path, "### Types", "types_idioms.py"), cwd=tmp_path)


def test_resource_table_lists_every_generated_method() -> None:
    """The README's table of resources is exactly what the spec generates."""
    rows = dict(re.findall(r"^\| `(\w+)` \| ([\w, ]+) \|$", README, re.M))
    generated = {
        attribute: ", ".join(sorted(importlib.import_module(target.partition(":")[0]).OPERATIONS))
        for attribute, target in RESOURCES.items()
    }
    assert rows == generated


def test_install_lines_need_no_package_index() -> None:
    """Every `pip install` of aioarize the README shows takes the checkout or a wheel built from it
    (other packages, such as pandas, come from the user's index)."""
    targets = re.findall(r"pip install ([^\s`]+)", README)
    assert any(t.startswith(".") for t in targets)
    for target in targets:
        if target.startswith(("aioarize", "'aioarize", '"aioarize')):
            raise AssertionError(f"no index has aioarize: pip install {target}")


def test_limit_bounds_stated_per_operation_are_the_specs() -> None:
    """Each `limit` range the README gives for named methods is the one the spec gives them."""
    claims = re.findall(r"1\.\.(\d+) for ((?:`\w+\.\w+`(?:,\s*|\s+and\s+)?)+)", README)
    assert claims
    for maximum, methods in claims:
        for method in re.findall(r"`(\w+)\.(\w+)`", methods):
            module = importlib.import_module(RESOURCES[method[0]].partition(":")[0])
            (limit,) = [p for p in module.OPERATIONS[method[1]].params if p.name == "limit"]
            assert (limit.schema["minimum"], limit.schema["maximum"]) == (1, int(maximum)), method


def _jobs_examples() -> dict[str, str]:
    """Every python block of the Jobs section, by the heading it stands under."""
    start = README.index("## Jobs\n")
    section = README[start : README.index("\n## ", start)]
    found = re.findall(r"^### (.+?)\n.*?```python\n(.*?)```", section, re.S | re.M)
    return dict(found)


JOBS_EXAMPLES = _jobs_examples()
#: What each example prints, as a regular expression; an example not listed need only succeed.
JOBS_OUTPUT = {
    "Waiting for a task run": r"(COMPLETED|FAILED) \S+ \S+\n",
    "Datasets of any size": r"\S+ 1500\n500 IDs, in input order\n2000 examples\n",
}


def test_the_jobs_section_has_its_examples() -> None:
    """The Jobs section shows each job in an example (a heading per job)."""
    assert set(JOBS_OUTPUT) <= set(JOBS_EXAMPLES)


@pytest.mark.parametrize("heading", sorted(JOBS_EXAMPLES))
def test_jobs_example_runs_against_the_sandbox(heading: str, tmp_path: Path) -> None:
    """Each Jobs example, as written, runs against a sandbox and prints what it should."""
    example = tmp_path / "example.py"
    example.write_text(JOBS_EXAMPLES[heading], encoding="utf-8")
    # Task runs end at once: the example polls on the wall clock, which a test must not wait for.
    with serve(SandboxConfig(items=3, run_seconds=0)) as server:
        result = run_python(example, env=_sandbox_env(server))
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(JOBS_OUTPUT.get(heading, "(?s).*"), result.stdout), result.stdout


def test_jobs_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """A user's mypy --strict --warn-unreachable accepts every Jobs example."""
    paths = []
    for number, code in enumerate(JOBS_EXAMPLES.values()):
        paths.append(tmp_path / f"jobs_example_{number}.py")
        paths[-1].write_text(code, encoding="utf-8")
    assert "Success" in user_mypy(*paths, cwd=tmp_path)
