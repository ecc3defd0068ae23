"""``aioarize experiments run`` against the sandbox on loopback (asyncio, as the CLI runs)."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from aioarize._cli import main
from aioarize._commands import progress_line
from aioarize._experiment_runner import ExperimentProgress
from aioarize.sandbox import SandboxConfig, serve
from tests.fakes import CANARY_KEY
from tests.test_cli import Terminal

EXAMPLES = 23
TASKS = """
import asyncio


async def answer(example):
    await asyncio.sleep(0)
    return "answer " + example.id


def exact(example, output):
    return output == "answer " + example.id


def broken(example):
    raise ValueError("nope")
"""


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """A sandbox accepting CANARY_KEY whose datasets have 23 examples each."""
    config = SandboxConfig(api_key=CANARY_KEY, items=2, sizes={"datasets/examples": EXAMPLES})
    with serve(config) as server:
        yield server.base_url


@pytest.fixture
def dataset_id(base_url: str) -> str:
    """The first dataset of the sandbox."""
    response = httpx.get(
        f"{base_url}/v2/datasets",
        params={"limit": 1},
        headers={"Authorization": f"Bearer {CANARY_KEY}"},
    )
    return str(response.json()["datasets"][0]["id"])


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, base_url: str, tmp_path: Path) -> None:
    """The sandbox in the environment, and a tasks module in the working directory."""
    monkeypatch.setenv("ARIZE_API_KEY", CANARY_KEY)
    monkeypatch.setenv("ARIZE_BASE_URL", base_url)
    monkeypatch.delenv("ARIZE_REGION", raising=False)
    (tmp_path / "cli_tasks.py").write_text(TASKS, "utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "cli_tasks", raising=False)


def test_run_prints_a_summary(capsys: pytest.CaptureFixture[str], dataset_id: str) -> None:
    """Off a terminal: no progress line, a JSON summary of what ran and was uploaded."""
    argv = ["experiments", "run", "--dataset-id", dataset_id, "--name", "cli"]
    argv += ["--task", "cli_tasks:answer", "--evaluator", "cli_tasks:exact"]
    assert main([*argv, "--concurrency", "4", "--json"]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert err == ""
    assert summary["experiment_id"]
    assert (summary["runs"], summary["succeeded"], summary["failed"]) == (EXAMPLES, EXAMPLES, 0)
    assert summary["uploaded"] == EXAMPLES


def test_progress_line_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], dataset_id: str
) -> None:
    """On a terminal, a dry run draws done/failed/rate lines, ending at 23/23, then clears."""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    argv = ["experiments", "run", "--dataset-id", dataset_id, "--name", "cli-dry"]
    assert main([*argv, "--task", "cli_tasks:broken", "--dry-run"]) == 0
    lines = [part.strip() for part in terminal.getvalue().split("\r") if part.strip()]
    # The total shows once the listing has ended, which may be before the first run ends.
    assert re.match(rf"done 1(/{EXAMPLES})? \(1 failed\)", lines[0])
    assert lines[-1].startswith(f"done {EXAMPLES}/{EXAMPLES} ({EXAMPLES} failed)")
    assert terminal.getvalue().endswith("\r")
    out, _ = capsys.readouterr()
    assert "experiment_id" in out
    assert re.search(rf"^failed +{EXAMPLES}$", out, re.MULTILINE)


def test_a_task_that_cannot_be_imported_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], dataset_id: str
) -> None:
    """A --task without a colon, or naming nothing, is one usage line and exit status 2."""
    base = ["experiments", "run", "--dataset-id", dataset_id, "--name", "x", "--task"]
    for target, message in [("cli_tasks", "package.module:function"), ("cli_tasks:nope", "nope")]:
        assert main([*base, target]) == 2
        _, err = capsys.readouterr()
        assert err.startswith("aioarize: error: argument --task: ")
        assert message in err
        assert len(err.splitlines()) == 1


def test_progress_line_shows_the_eta_once_the_total_is_known() -> None:
    """The ETA appears with the total: 10 of 40 done in 5 s leaves 15 s."""
    progress = ExperimentProgress(done=10, failed=1, skipped=0, uploaded=0, elapsed=5, total=40)
    assert progress_line(progress) == "done 10/40 (1 failed)  2.0/s  uploaded 0  ETA 0:15"
    unknown = ExperimentProgress(done=3, failed=0, skipped=0, uploaded=0, elapsed=1, total=None)
    assert progress_line(unknown) == "done 3 (0 failed)  3.0/s  uploaded 0"
