"""Dataset versions in the sandbox, through the aioarize client over loopback: a dataset's
versions are stored, examples are read and written per version, an experiment records its
dataset's version, and a RUN_EXPERIMENT task run makes its experiment when it completes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from aioarize import AsyncArize, BadRequestError, ConflictError, NotFoundError
from aioarize.models import Dataset, DatasetVersion, Task, TaskRun
from aioarize.sandbox import SandboxConfig, SandboxServer, serve
from tests.sandbox_conformance import ManualClock

NOW = 1_800_000_000.0  # 2027-01-15T08:00:00Z
pytestmark = pytest.mark.anyio


@pytest.fixture
def sandbox_clock() -> ManualClock:
    """The sandbox's clock, moved by the tests instead of sleeping."""
    return ManualClock()


@pytest.fixture
def server(sandbox_clock: ManualClock) -> Iterator[SandboxServer]:
    """A sandbox on loopback, dated at NOW, with few seed items and 30-second task runs."""
    config = SandboxConfig(
        items=6, sizes={"datasets/examples": 3}, now=NOW, clock=sandbox_clock, run_seconds=30
    )
    with serve(config) as running:
        yield running


def arize(server: SandboxServer) -> AsyncArize:
    return AsyncArize(server.config.api_key, base_url=server.base_url)


def versions_of(dataset: Dataset) -> list[DatasetVersion]:
    assert isinstance(dataset.versions, list)
    return dataset.versions


async def examples(client: AsyncArize, dataset: str, version: str | None = None) -> list[Any]:
    """The examples of a version (the latest by default) as the fields they were sent with."""
    found = client.datasets.list_examples(dataset, dataset_version_id=version, limit=2)
    return [{"id": e.id, **e.additional_properties} async for e in found]


async def test_a_dataset_starts_with_one_stored_version(server: SandboxServer) -> None:
    """Creating a dataset makes its first version; writes in place keep it; deletes take it."""
    async with arize(server) as client:
        dataset = await client.datasets.create(
            name="math", space_id="s", examples=[{"q": "1+1"}, {"q": "2+2"}]
        )
        [first] = versions_of(dataset)
        assert (first.dataset_id, first.created_at) == (dataset.id, dataset.created_at)
        assert await client.datasets.get(dataset.id) == dataset
        listed = [d async for d in client.datasets.list(name="math")]
        assert [d.id for d in listed] == [dataset.id] and not listed[0].versions
        inserted = await client.datasets.insert_examples(dataset.id, examples=[{"q": "3+3"}])
        assert inserted.dataset_version_id == first.id
        [still] = versions_of(await client.datasets.get(dataset.id))
        assert still.id == first.id
        latest = await examples(client, dataset.id)
        assert [e["q"] for e in latest] == ["1+1", "2+2", "3+3"]
        assert await examples(client, dataset.id, first.id) == latest
        gone = await client.datasets.delete_examples(
            dataset.id, dataset_version_id=first.id, example_ids=[latest[0]["id"]]
        )
        assert gone.deleted_example_ids == [latest[0]["id"]]
        assert await examples(client, dataset.id) == latest[1:]
        with pytest.raises(NotFoundError, match="version"):
            await examples(client, dataset.id, "no-such-version")
        with pytest.raises(NotFoundError):
            await client.datasets.delete_examples(
                dataset.id, dataset_version_id="no-such-version", example_ids=["x"]
            )
        await client.datasets.delete(dataset.id)
        with pytest.raises(NotFoundError):
            await client.datasets.get(dataset.id)
        with pytest.raises(NotFoundError):
            await examples(client, dataset.id, first.id)


async def test_an_update_with_new_version_leaves_the_old_one(server: SandboxServer) -> None:
    """new_version makes a new latest version from the named one; each reads as written."""
    async with arize(server) as client:
        dataset = await client.datasets.create(
            name="d", space_id="s", examples=[{"q": "a"}, {"q": "b"}]
        )
        [v1] = versions_of(dataset)
        before = await examples(client, dataset.id)
        change = {"id": before[0]["id"], "q": "A"}
        updated = await client.datasets.update_examples(
            dataset.id, examples=[change, {"id": "not-in-it", "q": "x"}], new_version="second"
        )
        assert updated.example_ids == [change["id"]]  # an unknown ID is ignored
        v2, old = versions_of(await client.datasets.get(dataset.id))  # newest first
        assert (v2.id, v2.name, old.id) == (updated.dataset_version_id, "second", v1.id)
        assert v2.dataset_id == dataset.id and v2.id != v1.id
        assert await examples(client, dataset.id, v1.id) == before
        after = await examples(client, dataset.id)
        assert after == await examples(client, dataset.id, v2.id)
        assert [e["q"] for e in after] == ["A", "b"] and [e["id"] for e in after] == [
            e["id"] for e in before
        ]
        # Writes name a version: the older one changes alone.
        more = await client.datasets.insert_examples(
            dataset.id, dataset_version_id=v1.id, examples=[{"q": "c"}]
        )
        assert more.dataset_version_id == v1.id
        assert [e["q"] for e in await examples(client, dataset.id, v1.id)] == ["a", "b", "c"]
        assert await examples(client, dataset.id) == after
        searched = client.datasets.search_examples(dataset.id, dataset_version_id=v1.id)
        assert [e.id async for e in searched] == [
            e["id"] for e in await examples(client, dataset.id, v1.id)
        ]
        await client.datasets.delete_examples(
            dataset.id, dataset_version_id=v2.id, example_ids=[after[1]["id"]]
        )
        assert len(await examples(client, dataset.id, v1.id)) == 3
        assert await examples(client, dataset.id) == after[:1]


async def test_an_experiment_records_its_datasets_latest_version(server: SandboxServer) -> None:
    """create_experiment records the dataset's latest version; an unknown dataset is 404."""
    async with arize(server) as client:
        dataset = await client.datasets.create(name="d", space_id="s", examples=[{"q": 1}])
        [v1] = versions_of(dataset)
        runs = [{"example_id": None, "output": "o"}]
        first = await client.experiments.create(
            name="one", dataset_id=dataset.id, experiment_runs=runs
        )
        assert (first.dataset_id, first.dataset_version_id) == (dataset.id, v1.id)
        assert await client.experiments.get(first.id) == first
        example = (await examples(client, dataset.id))[0]["id"]
        await client.datasets.update_examples(
            dataset.id, examples=[{"id": example, "q": 2}], new_version="v2"
        )
        second = await client.experiments.create(
            name="two", dataset_id=dataset.id, experiment_runs=runs
        )
        assert second.dataset_version_id == versions_of(await client.datasets.get(dataset.id))[0].id
        assert second.dataset_version_id != v1.id
        with pytest.raises(NotFoundError, match="dataset"):
            await client.experiments.create(
                name="three", dataset_id="no-such-dataset", experiment_runs=runs
            )


async def _run_experiment_task(client: AsyncArize) -> Task:
    tasks = [t async for t in client.tasks.list()]
    return next(t for t in tasks if t.type_ == "RUN_EXPERIMENT" and isinstance(t.dataset_id, str))


async def test_a_run_experiment_run_makes_its_experiment(
    server: SandboxServer, sandbox_clock: ManualClock
) -> None:
    """The experiment exists once the run completes, on the task's dataset, listed by the task."""
    clock = sandbox_clock
    async with arize(server) as client:
        task = await _run_experiment_task(client)
        assert isinstance(task.dataset_id, str)
        with pytest.raises(BadRequestError, match="experiment_name"):
            await client.tasks.trigger_run(task.id)
        run = await client.tasks.trigger_run(task.id, experiment_name="nightly", max_examples=2)
        assert (run.status, run.experiment_id) == ("PENDING", None)
        clock.now += 10
        assert (await client.tasks.get_run(run.id)).experiment_id is None  # RUNNING
        clock.now += 20
        # The experiment exists before anyone reads the run.
        [made] = [
            e
            async for e in client.experiments.list(dataset_id=task.dataset_id)
            if e.name == "nightly"
        ]
        done = await client.tasks.get_run(run.id)
        assert (done.status, done.experiment_id, done.num_successes) == ("COMPLETED", made.id, 2)
        assert await client.experiments.get(made.id) == made
        dataset = await client.datasets.get(task.dataset_id)
        assert made.dataset_version_id == versions_of(dataset)[0].id
        chosen = [e["id"] for e in await examples(client, task.dataset_id)][:2]
        assert [r.example_id async for r in client.experiments.list_runs(made.id)] == chosen
        assert made.id in (await client.tasks.get(task.id)).experiment_ids
        with pytest.raises(ConflictError):  # its name is taken in that dataset now
            await client.tasks.trigger_run(task.id, experiment_name="nightly")
        again = await client.tasks.trigger_run(task.id, experiment_name="cancelled")
        assert (await client.tasks.cancel_run(again.id)).status == "CANCELLED"
        clock.now += 60
        assert (await client.tasks.get_run(again.id)).experiment_id is None
        assert [e async for e in client.experiments.list(name="cancelled")] == []


async def _outcomes(seed: int) -> list[tuple[str, str | None]]:
    """Every RUN_EXPERIMENT task of a sandbox of ``seed`` run once to its end."""
    config = SandboxConfig(items=40, sizes={"datasets/examples": 2}, seed=seed, run_seconds=0)
    with serve(config) as running:
        async with arize(running) as client:
            ended: list[TaskRun] = []
            async for task in client.tasks.list():
                if task.type_ == "RUN_EXPERIMENT":
                    name = f"run of {task.id}"
                    run = await client.tasks.trigger_run(task.id, experiment_name=name)
                    ended.append(await client.tasks.get_run(run.id))
            made = {e.id: e.name async for e in client.experiments.list()}
    outcomes = []
    for run in ended:  # a run made an experiment exactly when it completed
        experiment = run.experiment_id if isinstance(run.experiment_id, str) else None
        assert (experiment in made) == (run.status == "COMPLETED"), run
        outcomes.append((str(run.status), experiment))
    return outcomes


async def test_run_outcomes_and_their_experiments_are_deterministic() -> None:
    """A seed ends the same runs the same way and makes the same experiments; FAILED makes none."""
    first = await _outcomes(seed=3)
    assert first == await _outcomes(seed=3)
    assert {status for status, _ in first} == {"COMPLETED", "FAILED"}


async def test_a_run_experiment_run_uses_the_version_it_names(
    server: SandboxServer, sandbox_clock: ManualClock
) -> None:
    """dataset_version_id picks the examples the experiment runs on; an unknown one is 404."""
    async with arize(server) as client:
        task = await _run_experiment_task(client)
        assert isinstance(task.dataset_id, str)
        [v1] = versions_of(await client.datasets.get(task.dataset_id))
        old = await examples(client, task.dataset_id)
        await client.datasets.delete_examples(
            task.dataset_id, dataset_version_id=v1.id, example_ids=[old[0]["id"]]
        )
        await client.datasets.update_examples(
            task.dataset_id, examples=[{"id": old[1]["id"], "q": "new"}], new_version="v2"
        )
        with pytest.raises(NotFoundError, match="version"):
            await client.tasks.trigger_run(
                task.id, experiment_name="x", dataset_version_id="no-such-version"
            )
        run = await client.tasks.trigger_run(
            task.id,
            experiment_name="on v1",
            dataset_version_id=v1.id,
            example_ids=[old[2]["id"], old[0]["id"]],
        )
        sandbox_clock.now += 30
        done = await client.tasks.get_run(run.id)
        assert isinstance(done.experiment_id, str), done
        made = await client.experiments.get(done.experiment_id)
        assert (made.name, made.dataset_version_id) == ("on v1", v1.id)
        # Only the IDs the version holds, in the order sent (the deleted one is not held).
        ran = [r.example_id async for r in client.experiments.list_runs(made.id)]
        assert ran == [old[2]["id"]]


async def test_seeded_experiments_name_their_datasets_version(server: SandboxServer) -> None:
    """A seeded experiment's dataset_version_id is a version its seeded dataset lists."""
    async with arize(server) as client:
        checked = 0
        async for experiment in client.experiments.list():
            if isinstance(experiment.dataset_id, str) and experiment.dataset_version_id:
                dataset = await client.datasets.get(experiment.dataset_id)
                assert experiment.dataset_version_id in [v.id for v in versions_of(dataset)]
                checked += 1
        assert checked
