"""experiments.run end to end: the sandbox on loopback HTTP stores the runs and lists them back."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from aioarize import AsyncArize, ConflictError, ExperimentProgress
from aioarize._experiment_runner import Limits
from aioarize.models import DatasetExample, ExperimentRun
from aioarize.sandbox import SandboxServer

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.parametrize(
        "sandbox_config", [{"items": 3, "sizes": {"datasets/examples": 23}}], indirect=True
    ),
]
EXAMPLES = 23


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Batches of 5 runs and pages of 6, so 23 examples cross every boundary over HTTP."""
    limits = Limits(batch=5, examples_page=6, runs_page=4)
    monkeypatch.setattr(Limits, "from_spec", classmethod(lambda cls: limits))
    yield


def _client(server: SandboxServer) -> AsyncArize:
    return AsyncArize(server.config.api_key, base_url=server.base_url)


async def _dataset(client: AsyncArize) -> str:
    datasets = [d.id async for d in client.datasets.list(max_items=1)]
    return datasets[0]


async def _runs(client: AsyncArize, experiment_id: str | None) -> list[ExperimentRun]:
    assert experiment_id is not None
    return [run async for run in client.experiments.list_runs(experiment_id)]


async def _example_ids(client: AsyncArize, dataset_id: str) -> list[str]:
    return [example.id async for example in client.datasets.list_examples(dataset_id)]


async def test_runs_are_stored_with_errors_and_eval_columns(sandbox_server: SandboxServer) -> None:
    """Concurrency stays within its limit; a failing task and a raising evaluator are recorded."""
    running = peak = 0

    async def task(example: DatasetExample) -> str:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        for _ in range(20):  # long enough for the producer to start the others
            await anyio.lowlevel.checkpoint()
        running -= 1
        if example.id == failing:
            raise ValueError("cannot answer")
        return f"answer {example.id}"

    def exact(example: DatasetExample, output: Any) -> bool:
        return str(output) == f"answer {example.id}"

    async def flaky_judge(example: DatasetExample, output: Any) -> float:
        if example.id == judged_badly:
            raise RuntimeError("judge down")
        return 0.5

    async with _client(sandbox_server) as client:
        dataset_id = await _dataset(client)
        ids = await _example_ids(client, dataset_id)
        failing, judged_badly = ids[3], ids[7]
        result = await client.experiments.run(
            dataset_id=dataset_id,
            name="e2e",
            task=task,
            evaluators=[exact, flaky_judge],
            concurrency=4,
        )
        stored = await _runs(client, result.experiment_id)
    assert peak == 4
    assert (result.succeeded, result.failed, result.evaluation_errors) == (EXAMPLES - 1, 1, 1)
    assert sorted(run.example_id or "" for run in stored) == sorted(ids)
    by_example = {run.example_id: run.to_dict() for run in stored}
    assert by_example[failing]["error"] == "ValueError: cannot answer"
    assert "eval.exact.score" not in by_example[failing]
    assert by_example[ids[0]]["output"] == f"answer {ids[0]}"
    assert by_example[ids[0]]["eval.exact.score"] == 1.0
    assert by_example[ids[0]]["eval.exact.label"] == "True"
    assert by_example[ids[0]]["eval.flaky_judge.score"] == 0.5
    assert "eval.flaky_judge.score" not in by_example[judged_badly]
    assert by_example[judged_badly]["eval.exact.score"] == 1.0


async def test_a_blocking_task_runs_in_threads(sandbox_server: SandboxServer) -> None:
    """A plain function blocks worker threads, never the loop, and every example gets its run."""
    loop_thread = threading.get_ident()
    threads: set[int] = set()

    def task(example: DatasetExample) -> str:
        threads.add(threading.get_ident())
        time.sleep(0.001)  # the blocking work the thread exists for (not a test wait)
        return "done"

    async with _client(sandbox_server) as client:
        dataset_id = await _dataset(client)
        result = await client.experiments.run(
            dataset_id=dataset_id, name="threads", task=task, concurrency=3
        )
        stored = await _runs(client, result.experiment_id)
    assert loop_thread not in threads
    assert len(stored) == EXAMPLES
    assert {run.output for run in stored} == {"done"}


async def test_a_cancelled_run_resumes_to_one_run_per_example(
    sandbox_server: SandboxServer,
) -> None:
    """Cancelled after two batches, then resumed: every example has exactly one run."""
    uploaded = anyio.Event()

    def watch(progress: ExperimentProgress) -> None:
        if progress.uploaded >= 10:
            uploaded.set()

    async def task(example: DatasetExample) -> str:
        if uploaded.is_set():
            await anyio.sleep_forever()
        await anyio.lowlevel.checkpoint()
        return "first"

    async with _client(sandbox_server) as client:
        dataset_id = await _dataset(client)
        async with anyio.create_task_group() as group:

            async def first_attempt() -> None:
                await client.experiments.run(
                    dataset_id=dataset_id, name="resumable", task=task, on_progress=watch
                )

            group.start_soon(first_attempt)
            await uploaded.wait()
            group.cancel_scope.cancel()
        with pytest.raises(ConflictError, match="resume=True"):
            await client.experiments.run(dataset_id=dataset_id, name="resumable", task=task)

        async def second(example: DatasetExample) -> str:
            return "second"

        result = await client.experiments.run(
            dataset_id=dataset_id, name="resumable", task=second, resume=True
        )
        stored = await _runs(client, result.experiment_id)
        ids = await _example_ids(client, dataset_id)
    assert result.skipped >= 10
    assert result.skipped + result.succeeded == EXAMPLES
    counts = Counter(str(run.example_id) for run in stored)
    assert sorted(counts) == sorted(ids)
    assert set(counts.values()) == {1}
    assert Counter(run.output for run in stored) == {
        "first": result.skipped,
        "second": result.succeeded,
    }


async def test_a_dry_run_uploads_nothing(sandbox_server: SandboxServer) -> None:
    """dry_run: every example runs locally, no experiment of that name appears."""
    async with _client(sandbox_server) as client:
        dataset_id = await _dataset(client)
        before = [e.id async for e in client.experiments.list(dataset_id=dataset_id)]
        result = await client.experiments.run(
            dataset_id=dataset_id, name="dry", task=lambda example: "x", dry_run=True
        )
        after = [e.id async for e in client.experiments.list(dataset_id=dataset_id)]
    assert result.experiment_id is None
    assert (result.succeeded, result.uploaded) == (EXAMPLES, 0)
    assert after == before
