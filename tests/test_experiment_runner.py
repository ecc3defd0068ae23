"""experiments.run over httpx.MockTransport: streaming, concurrency, failures, uploads, resume."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import anyio
import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from aioarize import (
    ConflictError,
    EvaluationResult,
    ExperimentProgress,
    ExperimentUploadError,
    NotFoundError,
    ServerError,
)
from aioarize._experiment_runner import Limits
from aioarize.models import DatasetExample
from tests.fakes import ROOT, FakeClock, make_client, problem, run_python

pytestmark = pytest.mark.anyio

STAMP = "2026-12-01T10:00:00Z"


class FakeAPI:
    """Datasets, experiments and runs in memory, answering the paths experiments.run uses."""

    def __init__(self, examples: int, fail_uploads: int = 0) -> None:
        self.examples = [
            {"id": f"ex{i}", "created_at": STAMP, "updated_at": STAMP, "question": f"q{i}"}
            for i in range(examples)
        ]
        self.experiments: dict[str, dict[str, Any]] = {}
        self.runs: dict[str, list[dict[str, Any]]] = {}
        self.uploads: list[tuple[str, int]] = []  # (operation, runs) per upload call
        self.fail_uploads = fail_uploads  # answer this many later uploads with a 500 ...
        self.fail_after = 0  # ... after this many succeeded
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path, query = request.url.path, request.url.params
        if request.method == "GET" and path == "/v2/datasets/D1/examples":
            return self.page("examples", self.examples, query)
        if request.method == "GET" and path == "/v2/experiments":
            found = [e for e in self.experiments.values() if e["name"] == query.get("name")]
            return self.page("experiments", found, query)
        if request.method == "GET" and path.endswith("/runs"):
            return self.page("experiment_runs", self.runs[path.split("/")[3]], query)
        if request.method == "POST":
            body = json.loads(request.content)
            runs = body["experiment_runs"]
            if self.fail_uploads and len(self.uploads) >= self.fail_after:
                self.fail_uploads -= 1
                return problem(500, "Boom")
            if path == "/v2/experiments":
                self.uploads.append(("create", len(runs)))
                experiment = self.add_experiment(body["name"])
                self.store(experiment["id"], runs)
                return httpx.Response(201, json=experiment)
            experiment_id = path.split("/")[3]
            self.uploads.append(("insert", len(runs)))
            ids = self.store(experiment_id, runs)
            return httpx.Response(200, json={**self.experiments[experiment_id], "run_ids": ids})
        raise AssertionError(f"unexpected {request.method} {request.url}")

    def add_experiment(self, name: str) -> dict[str, Any]:
        experiment = {"id": f"E{len(self.experiments)}", "name": name, "space_id": "S1"}
        experiment |= {"created_at": STAMP, "updated_at": STAMP}
        self.experiments[experiment["id"]] = experiment
        self.runs[experiment["id"]] = []
        return experiment

    def store(self, experiment_id: str, runs: list[dict[str, Any]]) -> list[str]:
        stored = self.runs[experiment_id]
        ids = [f"R{len(stored) + i}" for i in range(len(runs))]
        stored.extend({"id": i, **run} for i, run in zip(ids, runs, strict=True))
        return ids

    @staticmethod
    def page(key: str, items: list[dict[str, Any]], query: Any) -> httpx.Response:
        start = int(query.get("cursor", 0))
        end = start + int(query.get("limit", 100))
        more = end < len(items)
        pagination: dict[str, Any] = {"has_more": more} | (
            {"next_cursor": str(end)} if more else {}
        )
        return httpx.Response(200, json={key: items[start:end], "pagination": pagination})

    def stored(self, experiment_id: str = "E0") -> list[dict[str, Any]]:
        return self.runs[experiment_id]


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> Iterator[Limits]:
    """Batches of 3 runs and pages of 2, so a few examples cross every boundary."""
    limits = Limits(batch=3, examples_page=2, runs_page=2)
    monkeypatch.setattr(Limits, "from_spec", classmethod(lambda cls: limits))
    yield limits


async def echo(example: DatasetExample) -> str:
    await anyio.lowlevel.checkpoint()
    return f"answer to {example['question']}"


def is_answer(example: DatasetExample, output: Any) -> bool:
    return str(output).endswith(str(example["question"]))


def test_limits_come_from_the_spec() -> None:
    """Batch and page sizes are the spec's maxItems and maximum, not numbers of the runner."""
    spec = json.loads((ROOT / "generated" / "aioarize_facade" / "openapi.json").read_bytes())
    schemas = spec["components"]["schemas"]
    create = schemas["CreateExperimentRequest"]["properties"]["experiment_runs"]["maxItems"]
    insert = schemas["InsertExperimentRunsRequest"]["properties"]["experiment_runs"]["maxItems"]
    examples = next(
        p["schema"]["maximum"]
        for p in spec["paths"]["/v2/datasets/{dataset_id}/examples"]["get"]["parameters"]
        if p["name"] == "limit"
    )
    limits = Limits.from_spec()
    assert limits.batch == min(create, insert)
    assert limits.examples_page == examples


async def test_runs_every_example_and_uploads_in_batches(small_limits: Limits) -> None:
    """8 examples over 4 pages: created with 3 runs, then inserts of 3 and 2; eval columns sent."""
    api = FakeAPI(8)
    async with make_client(api) as client:
        result = await client.experiments.run(
            dataset_id="D1", name="exp", task=echo, evaluators=[is_answer], concurrency=3
        )
    assert api.uploads == [("create", 3), ("insert", 3), ("insert", 2)]
    assert result.experiment_id == "E0"
    assert (result.succeeded, result.failed, result.uploaded, result.total) == (8, 0, 8, 8)
    stored = api.stored()
    assert sorted(r["example_id"] for r in stored) == [f"ex{i}" for i in range(8)]
    run = next(r for r in stored if r["example_id"] == "ex5")
    assert run["output"] == "answer to q5"
    assert run["execution_status"] == "COMPLETED"
    assert run["eval.is_answer.score"] == 1.0
    assert run["eval.is_answer.label"] == "True"
    assert "result.trace.id" not in run  # no tracer provider configured: no spans
    assert {r.trace_id for r in result.runs} == {None}
    pages = [r for r in api.requests if r.url.path.endswith("/examples")]
    assert [r.url.params["limit"] for r in pages] == ["2"] * 4


async def test_concurrency_never_exceeds_the_limit(small_limits: Limits) -> None:
    """At most `concurrency` tasks run at once, and that many do run together."""
    running = peak = 0

    async def task(example: DatasetExample) -> str:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        for _ in range(5):
            await anyio.lowlevel.checkpoint()
        running -= 1
        return "ok"

    async with make_client(FakeAPI(20)) as client:
        result = await client.experiments.run(dataset_id="D1", name="exp", task=task, concurrency=4)
    assert result.succeeded == 20
    assert peak == 4


async def test_uploads_and_page_fetches_never_overlap(small_limits: Limits) -> None:
    """A batch is uploaded only while no page of examples is in flight, and the other way round
    (the two largest allocations of a run never add up)."""
    api = FakeAPI(20)
    in_flight: set[str] = set()
    overlaps: list[set[str]] = []

    async def slow(request: httpx.Request) -> httpx.Response:
        kind = "upload" if request.method == "POST" else request.url.path.rsplit("/", 1)[-1]
        if kind in ("upload", "examples"):
            in_flight.add(kind)
            if len(in_flight) > 1:
                overlaps.append(set(in_flight))
        try:
            for _ in range(3):
                await anyio.lowlevel.checkpoint()
            return api(request)
        finally:
            in_flight.discard(kind)

    async with make_client(slow) as client:
        result = await client.experiments.run(dataset_id="D1", name="exp", task=echo, concurrency=4)
    assert (result.succeeded, result.uploaded) == (20, 20)
    assert len(api.uploads) == 7
    assert overlaps == []


async def test_a_failing_task_becomes_the_runs_error(small_limits: Limits) -> None:
    """A task that raises gives a FAILED run with its error; the other examples still run."""

    async def task(example: DatasetExample) -> str:
        if example.id == "ex2":
            raise ValueError("no answer")
        return "ok"

    api = FakeAPI(5)
    async with make_client(api) as client:
        result = await client.experiments.run(
            dataset_id="D1", name="exp", task=task, evaluators=[is_answer]
        )
    assert (result.succeeded, result.failed) == (4, 1)
    failed = next(r for r in result.runs if r.example_id == "ex2")
    assert failed.error == "ValueError: no answer"
    assert failed.evaluations == {}
    wire = next(r for r in api.stored() if r["example_id"] == "ex2")
    assert wire["error"] == "ValueError: no answer"
    assert wire["execution_status"] == "FAILED"
    assert wire["output"] == ""
    assert not any(key.startswith("eval.") for key in wire)


async def test_exit_on_error_stops_and_raises_after_uploading(small_limits: Limits) -> None:
    """exit_on_error: the task's own exception, noting how many runs were stored."""
    done: list[str] = []

    async def task(example: DatasetExample) -> str:
        if example.id == "ex4":
            raise KeyError("boom")
        done.append(example.id)
        return "ok"

    api = FakeAPI(10)
    async with make_client(api) as client:
        with pytest.raises(KeyError) as caught:
            await client.experiments.run(
                dataset_id="D1", name="exp", task=task, concurrency=1, exit_on_error=True
            )
    assert done == ["ex0", "ex1", "ex2", "ex3"]
    assert [r["example_id"] for r in api.stored()] == done
    assert "4 runs were stored" in " ".join(caught.value.__notes__)


async def test_a_blocking_task_runs_in_worker_threads(small_limits: Limits) -> None:
    """A plain function runs off the event loop's thread, several at once."""
    loop_thread = threading.get_ident()
    threads: set[int] = set()
    running = peak = 0
    lock = threading.Lock()

    def task(example: DatasetExample) -> str:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
            threads.add(threading.get_ident())
        time.sleep(0.002)  # the blocking call the thread exists for (not a test wait)
        with lock:
            running -= 1
        return example.id

    async with make_client(FakeAPI(12)) as client:
        result = await client.experiments.run(dataset_id="D1", name="exp", task=task, concurrency=3)
    assert result.succeeded == 12
    assert loop_thread not in threads
    assert 1 < peak <= 3


async def test_an_evaluator_that_raises_is_recorded_and_the_run_kept(small_limits: Limits) -> None:
    """The failing evaluator's error is on the run; the other evaluator's columns are sent."""

    def broken(example: DatasetExample, output: Any) -> float:
        raise RuntimeError("judge down")

    async def length(example: DatasetExample, output: Any) -> EvaluationResult:
        return EvaluationResult(score=len(output), label="long", explanation="counted")

    api = FakeAPI(3)
    async with make_client(api) as client:
        result = await client.experiments.run(
            dataset_id="D1", name="exp", task=echo, evaluators={"broken": broken, "len": length}
        )
    assert result.evaluation_errors == 3
    assert result.runs[0].evaluation_errors == {"broken": "RuntimeError: judge down"}
    wire = api.stored()[0]
    assert wire["eval.len.score"] == len("answer to q0")
    assert wire["eval.len.label"] == "long"
    assert wire["eval.len.explanation"] == "counted"
    assert not any(key.startswith("eval.broken") for key in wire)


async def test_a_task_past_its_timeout_fails(small_limits: Limits, clock: FakeClock) -> None:
    """A task that never returns fails with TimeoutError after task_timeout (client clock)."""

    async def stuck(example: DatasetExample) -> str:
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    async with make_client(FakeAPI(2), clock) as client:
        result = await client.experiments.run(
            dataset_id="D1", name="exp", task=stuck, task_timeout=7
        )
    assert result.failed == 2
    assert result.runs[0].error == "TimeoutError: no result within task_timeout=7 s"
    assert clock.sleeps == [7, 7]


async def test_retries_back_off_then_succeed(small_limits: Limits, clock: FakeClock) -> None:
    """Two failures of a retryable kind, then success: 3 attempts, waits of 0.5 s and 1 s."""
    calls = 0

    async def flaky(example: DatasetExample) -> str:
        nonlocal calls
        calls += 1
        if calls < 3:
            raise ConnectionError("reset")
        return "ok"

    async with make_client(FakeAPI(1), clock) as client:
        result = await client.experiments.run(
            dataset_id="D1",
            name="exp",
            task=flaky,
            task_retries=3,
            retry_on=ConnectionError,
            retry_backoff=0.5,
        )
    assert result.runs[0].attempts == 3
    assert result.runs[0].error is None
    assert clock.sleeps == [0.5, 1.0]


async def test_errors_outside_retry_on_are_not_retried(small_limits: Limits) -> None:
    """An exception not listed in retry_on fails the run at once."""
    calls = 0

    async def wrong(example: DatasetExample) -> str:
        nonlocal calls
        calls += 1
        raise TypeError("bug")

    async with make_client(FakeAPI(1)) as client:
        result = await client.experiments.run(
            dataset_id="D1", name="exp", task=wrong, task_retries=3, retry_on=ConnectionError
        )
    assert calls == 1
    assert result.runs[0].error == "TypeError: bug"


async def test_dry_run_uploads_nothing(small_limits: Limits) -> None:
    """dry_run: tasks and evaluators run, only GETs are sent, experiment_id is None."""
    api = FakeAPI(5)
    async with make_client(api) as client:
        result = await client.experiments.run(
            dataset_id="D1", name="exp", task=echo, evaluators=[is_answer], dry_run=True
        )
    assert {r.method for r in api.requests} == {"GET"}
    assert result.experiment_id is None
    assert (result.succeeded, result.uploaded) == (5, 0)
    assert result.runs[0].evaluations["is_answer"].score == 1.0


async def test_an_existing_name_is_a_conflict(small_limits: Limits) -> None:
    """Without resume, a name the dataset already has is ConflictError before any task runs."""
    api = FakeAPI(3)
    api.add_experiment("exp")
    ran: list[str] = []

    async def task(example: DatasetExample) -> str:
        ran.append(example.id)
        return "ok"

    async with make_client(api) as client:
        with pytest.raises(ConflictError, match="resume=True"):
            await client.experiments.run(dataset_id="D1", name="exp", task=task)
    assert ran == []


async def test_an_unknown_dataset_is_not_found_not_an_exception_group(
    small_limits: Limits,
) -> None:
    """Listing an unknown dataset's examples raises the API's NotFoundError as itself."""
    api = FakeAPI(3)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v2/datasets/"):
            return problem(404, "Not Found")
        return api(request)

    async def task(example: DatasetExample) -> str:
        return "ok"

    async with make_client(handler) as client:
        with pytest.raises(NotFoundError):
            await client.experiments.run(dataset_id="D9", name="exp", task=task)
    assert api.uploads == []


async def test_resume_runs_only_the_examples_without_a_run(small_limits: Limits) -> None:
    """resume: examples with a stored run are skipped; the rest go to insert_runs, none twice."""
    api = FakeAPI(7)
    api.add_experiment("exp")
    api.store("E0", [{"example_id": f"ex{i}", "output": "old"} for i in (0, 1, 2, 5)])
    async with make_client(api) as client:
        result = await client.experiments.run(dataset_id="D1", name="exp", task=echo, resume=True)
    assert result.experiment_id == "E0"
    assert result.skipped == 4
    assert sorted(r.example_id for r in result.runs) == ["ex3", "ex4", "ex6"]
    assert [op for op, _ in api.uploads] == ["insert"]
    assert sorted(r["example_id"] for r in api.stored()) == [f"ex{i}" for i in range(7)]


async def test_a_failed_upload_raises_with_how_to_resume(small_limits: Limits) -> None:
    """The second batch fails: ExperimentUploadError counts the stored runs and holds the rest."""
    api = FakeAPI(9, fail_uploads=1)
    api.fail_after = 1
    async with make_client(api, retry=None) as client:
        with pytest.raises(ExperimentUploadError, match="resume=True") as caught:
            await client.experiments.run(dataset_id="D1", name="exp", task=echo, concurrency=2)
    error = caught.value
    assert (error.experiment_id, error.uploaded, len(error.unsaved)) == ("E0", 3, 3)
    assert isinstance(error.__cause__, ServerError)
    assert len(api.stored()) == 3
    stored = {r["example_id"] for r in api.stored()}
    assert stored.isdisjoint(r.example_id for r in error.unsaved)


async def test_collect_false_keeps_no_runs(small_limits: Limits) -> None:
    """collect=False: counts and uploads as usual, runs not kept."""
    api = FakeAPI(7)
    async with make_client(api) as client:
        result = await client.experiments.run(dataset_id="D1", name="exp", task=echo, collect=False)
    assert result.runs == ()
    assert (result.succeeded, result.uploaded, len(api.stored())) == (7, 7, 7)


async def test_max_examples_and_progress(small_limits: Limits) -> None:
    """max_examples stops the listing; progress ends with every run done, uploaded, total known."""
    seen: list[ExperimentProgress] = []
    async with make_client(FakeAPI(9)) as client:
        result = await client.experiments.run(
            dataset_id="D1", name="exp", task=echo, max_examples=5, on_progress=seen.append
        )
    assert result.total == 5
    last = seen[-1]
    assert (last.done, last.uploaded, last.total, last.failed) == (5, 5, 5, 0)
    assert [p.done for p in seen if p.uploaded == 0] == [1, 2, 3]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, EvaluationResult(score=1.0, label="True")),
        (0.25, EvaluationResult(score=0.25)),
        (3, EvaluationResult(score=3.0)),
        (Decimal("0.75"), EvaluationResult(score=0.75)),
        ("correct", EvaluationResult(label="correct")),
        ((0.5, "half"), EvaluationResult(score=0.5, explanation="half")),
        ({"label": "ok", "explanation": "why"}, EvaluationResult(label="ok", explanation="why")),
    ],
)
def test_evaluation_values_read_like_the_official_sdk(value: Any, expected: Any) -> None:
    """Numbers, bools, labels, pairs and mappings become the SDK's score/label/explanation."""
    assert EvaluationResult.of(value) == expected


def test_an_unreadable_evaluation_is_a_type_error() -> None:
    """A value with neither score nor label is rejected, naming what is accepted."""
    with pytest.raises(TypeError, match="expected a number"):
        EvaluationResult.of(object())


async def test_spans_for_tasks_and_evaluators(small_limits: Limits) -> None:
    """With a tracer provider: one span per task and evaluator call, failures in ERROR status."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))

    async def task(example: DatasetExample) -> str:
        if example.id == "ex1":
            raise ValueError("bad")
        return "ok"

    async with make_client(FakeAPI(2)) as client:
        result = await client.experiments.run(
            dataset_id="D1",
            name="exp",
            task=task,
            evaluators=[is_answer],
            tracer_provider=provider,
        )
    spans = {
        (s.name, (s.attributes or {})["aioarize.example_id"]): s
        for s in exporter.get_finished_spans()
    }
    assert set(spans) == {
        ("task task", "ex0"),
        ("task task", "ex1"),
        ("evaluator is_answer", "ex0"),
    }
    assert spans[("task task", "ex1")].status.status_code is StatusCode.ERROR
    assert spans[("task task", "ex0")].status.status_code is not StatusCode.ERROR
    ok = next(r for r in result.runs if r.example_id == "ex0")
    assert ok.trace_id == format(spans[("task task", "ex0")].context.trace_id, "032x")


async def test_to_pandas_has_the_eval_columns(small_limits: Limits) -> None:
    """to_pandas(): one row per run with eval.<name>.score/label columns."""
    async with make_client(FakeAPI(3)) as client:
        result = await client.experiments.run(
            dataset_id="D1", name="exp", task=echo, evaluators=[is_answer], dry_run=True
        )
    frame = result.to_pandas()
    assert len(frame) == 3
    assert {"example_id", "output", "error", "eval.is_answer.score", "eval.is_answer.label"} <= set(
        frame.columns
    )
    assert frame["eval.is_answer.score"].tolist() == [1.0, 1.0, 1.0]


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("concurrency", 0),
        ("task_timeout", -1.0),
        ("task_retries", -1),
        ("retry_backoff", float("nan")),
    ],
)
async def test_bad_options_are_rejected_before_any_request(option: str, value: Any) -> None:
    """A non-positive concurrency, negative timeout, retries or backoff is a ValueError."""
    api = FakeAPI(1)
    async with make_client(api) as client:
        with pytest.raises(ValueError, match=option):
            await client.experiments.run(dataset_id="D1", name="exp", task=echo, **{option: value})
    assert api.requests == []


def test_import_aioarize_leaves_opentelemetry_unimported() -> None:
    """OpenTelemetry is imported by the first experiment run, never by `import aioarize`."""
    check = "import sys, aioarize; print(any(m.startswith('opentelemetry') for m in sys.modules))"
    result = run_python("-c", check)
    assert result.stdout.strip() == "False", result.stderr
