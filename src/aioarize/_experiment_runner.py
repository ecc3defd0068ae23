"""``client.experiments.run``: a task over every example of a dataset, scored and uploaded.

Three parts run at once in one task group:

- ``concurrency`` workers stream the dataset's examples page by page through the
  generated pager, each taking the next example when it is free (one of them fetches
  the next page when the current one is used up), so memory holds at most
  ``concurrency`` examples and one page;
- each worker runs the task (an ``async def`` on the event loop, a plain function in
  a worker thread), with its timeout and retries, then the evaluators, and hands the
  finished run to the uploader;
- the uploader gathers runs into batches of the size the spec allows (``maxItems``
  of ``experiment_runs``) and sends each as soon as it is full: the first creates the
  experiment, the others go to ``insert_runs``. Its channel is one batch deep, so a
  slow upload holds the workers back instead of piling runs up in memory.

A failing upload stops the experiment and raises ``ExperimentUploadError`` with what
was stored; ``resume=True`` then runs only the examples that have no run yet.
Timeouts and retry waits use the client's sleep, so tests drive them with fakes.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import math
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from ._errors import ArizeError, ConflictError, ExperimentUploadError
from ._jobs import Job
from ._operation import Operation

if TYPE_CHECKING:
    import pandas
    from aioarize_api.models.dataset_example import DatasetExample
    from anyio import CapacityLimiter
    from anyio.abc import TaskGroup
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
    from opentelemetry.trace import Span, Tracer, TracerProvider

Task = Callable[["DatasetExample"], Any]
Evaluator = Callable[["DatasetExample", Any], Any]
Evaluators = Mapping[str, Evaluator] | Sequence[Evaluator]


def _schema_limit(operation: Operation, argument: str, keyword: str) -> int:
    """A size limit the spec sets on an argument (``maxItems`` of a list, ``maximum`` of a page)."""
    for param in operation.params:
        if param.argument == argument:
            return int(param.schema[keyword])
    raise LookupError(f"{operation.operation_id} has no argument {argument!r}")


@attrs.frozen
class Limits:
    """The sizes the spec allows: runs per upload, examples and runs per listed page."""

    batch: int
    examples_page: int
    runs_page: int

    @classmethod
    @functools.cache
    def from_spec(cls) -> Limits:
        # Imported here: the generated experiments module derives from this one.
        from aioarize_facade.datasets import LIST_DATASET_EXAMPLES
        from aioarize_facade.experiments import (
            CREATE_EXPERIMENT,
            INSERT_EXPERIMENT_RUNS,
            LIST_EXPERIMENT_RUNS,
        )

        return cls(
            batch=min(
                _schema_limit(CREATE_EXPERIMENT, "experiment_runs", "maxItems"),
                _schema_limit(INSERT_EXPERIMENT_RUNS, "experiment_runs", "maxItems"),
            ),
            examples_page=_schema_limit(LIST_DATASET_EXAMPLES, "limit", "maximum"),
            runs_page=_schema_limit(LIST_EXPERIMENT_RUNS, "limit", "maximum"),
        )


# Column prefix of an evaluation on an uploaded run, as the official SDK writes it.
EVAL_PREFIX = "eval."


@attrs.frozen
class EvaluationResult:
    """What an evaluator found: a score, a label, or both, and why.

    An evaluator may also return a number (the score), a bool (score 1.0 or 0.0 and
    label ``"True"``/``"False"``), a string (the label), a ``(score, explanation)``
    pair, or any object with ``score``/``label``/``explanation`` attributes.
    """

    score: float | None = None
    label: str | None = None
    explanation: str | None = None

    @classmethod
    def of(cls, value: Any) -> EvaluationResult:
        """``value``, as an evaluator returned it, read the way the official SDK reads it."""
        if isinstance(value, EvaluationResult):
            return value
        if isinstance(value, bool):
            return cls(score=float(value), label=str(value))
        if isinstance(value, str):
            return cls(label=value)
        if isinstance(value, tuple) and len(value) == 2:
            return cls(score=float(value[0]), explanation=str(value[1]))
        if hasattr(value, "__float__"):  # int, float, Decimal, numpy scalars
            return cls(score=float(value))
        fields = {name: getattr(value, name, None) for name in ("score", "label", "explanation")}
        if isinstance(value, Mapping):
            fields = {name: value.get(name) for name in fields}
        if fields["score"] is None and fields["label"] is None:
            raise TypeError(
                f"an evaluator returned {type(value).__name__}; expected a number, bool, label"
                " string, (score, explanation) or an object with score/label/explanation"
            )
        return cls(
            score=None if fields["score"] is None else float(fields["score"]),
            label=None if fields["label"] is None else str(fields["label"]),
            explanation=None if fields["explanation"] is None else str(fields["explanation"]),
        )


@attrs.frozen
class ExperimentRunResult:
    """One example's run: the task's output or its error, and the evaluations of the output."""

    example_id: str
    output: Any = None
    error: str | None = None  # "TypeName: message" of the task's last failure
    evaluations: Mapping[str, EvaluationResult] = attrs.field(factory=dict)
    evaluation_errors: Mapping[str, str] = attrs.field(factory=dict)
    latency: float = 0.0  # seconds the task took, retries included
    attempts: int = 1
    trace_id: str | None = None  # of the task's span, when OpenTelemetry records one

    def record(self) -> dict[str, Any]:
        """The run as the API stores it (``ExperimentRunInput``), in the official SDK's columns."""
        record: dict[str, Any] = {
            "example_id": self.example_id,
            # The API takes text; anything else is sent as JSON, a failed run as "".
            "output": "" if self.error is not None else _text(self.output),
            "execution_status": "FAILED" if self.error is not None else "COMPLETED",
            "latency": self.latency * 1000,  # milliseconds, as the official SDK sends it
        }
        if self.error is not None:
            record["error"] = self.error
        if self.trace_id is not None:
            record["result.trace.id"] = self.trace_id
        for name, evaluation in self.evaluations.items():
            for field in ("score", "label", "explanation"):
                value = getattr(evaluation, field)
                if value is not None:
                    record[f"{EVAL_PREFIX}{name}.{field}"] = value
        return record

    def row(self) -> dict[str, Any]:
        """The run as a table row: its fields, with evaluations under ``eval.<name>``."""
        return {
            "example_id": self.example_id,
            "output": self.output,
            "error": self.error,
            "latency": self.latency,
            "attempts": self.attempts,
            "eval": {
                name: {**attrs.asdict(e), "error": self.evaluation_errors.get(name)}
                for name, e in self.evaluations.items()
            }
            | {
                name: {"error": error}
                for name, error in self.evaluation_errors.items()
                if name not in self.evaluations
            },
        }


def _text(output: Any) -> str:
    if isinstance(output, str):
        return output
    if hasattr(output, "to_dict") and not isinstance(output, type):
        output = output.to_dict()
    return json.dumps(output, ensure_ascii=False, default=str)


@attrs.frozen
class ExperimentProgress:
    """Where a running experiment stands, as ``on_progress`` receives it."""

    done: int  # runs finished, failed ones included
    failed: int  # runs whose task failed
    skipped: int  # examples skipped because they already had a run (resume=True)
    uploaded: int  # runs stored by the API
    elapsed: float  # seconds since the run started
    total: int | None  # examples to run; known once the whole dataset has been listed

    @property
    def rate(self) -> float:
        """Runs finished per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds until every example has run, at the rate so far; None while unknown."""
        if self.total is None or self.rate == 0:
            return None
        return max(self.total - self.done, 0) / self.rate


@attrs.frozen
class ExperimentResult:
    """What ``experiments.run`` did: the experiment, its runs and counts."""

    experiment_id: str | None  # None on a dry run, or when no example was run
    name: str
    dataset_id: str
    runs: Sequence[ExperimentRunResult]  # in finishing order; empty with collect=False
    succeeded: int
    failed: int  # runs whose task failed (their ``error`` is set)
    skipped: int  # examples that already had a run (resume=True)
    evaluation_errors: int  # evaluator calls that raised
    uploaded: int  # runs stored by the API (0 on a dry run)
    elapsed: float  # seconds
    dry_run: bool

    @property
    def total(self) -> int:
        """Runs made by this call: succeeded plus failed."""
        return self.succeeded + self.failed

    def to_pandas(self) -> pandas.DataFrame:
        """The collected runs as a DataFrame, with ``eval.<name>.score``-style columns."""
        from ._tables import to_frame

        return to_frame((run.row() for run in self.runs), feature="ExperimentResult.to_pandas()")


class _Telemetry:
    """Spans around task and evaluator calls, when the application set up OpenTelemetry.

    ``opentelemetry`` is imported here, on the first run, so ``import aioarize`` never
    pays for it; without it, or with no tracer provider configured, nothing is recorded.
    """

    def __init__(self, provider: TracerProvider | None) -> None:
        self._tracer: Tracer | None = None
        try:
            from opentelemetry import trace
        except ImportError:
            return
        if provider is None:
            provider = trace.get_tracer_provider()
            if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
                return
        self._tracer = provider.get_tracer("aioarize")

    def span(self, name: str, example_id: str) -> contextlib.AbstractContextManager[Span | None]:
        # Without a tracer, one shared no-op context: no generator per call.
        if self._tracer is None:
            return _NO_SPAN
        return self._span(name, example_id)

    @contextlib.contextmanager
    def _span(self, name: str, example_id: str) -> Iterator[Span | None]:
        assert self._tracer is not None
        from opentelemetry.trace import StatusCode

        with self._tracer.start_as_current_span(
            name,
            attributes={"aioarize.example_id": example_id},
            record_exception=True,
            set_status_on_exception=False,
        ) as span:
            try:
                yield span
            except BaseException as exc:
                span.set_status(StatusCode.ERROR, f"{type(exc).__name__}: {exc}")
                raise

    @staticmethod
    def trace_id(span: Span | None) -> str | None:
        if span is None or not span.get_span_context().is_valid:
            return None
        return format(span.get_span_context().trace_id, "032x")


_NO_SPAN: contextlib.nullcontext[None] = contextlib.nullcontext()


class _TaskFailed(Exception):
    """A task's or evaluator's exception, carried out of its worker for ``exit_on_error``."""


def _awaitable(
    function: Callable[..., Any], limiter: CapacityLimiter
) -> Callable[..., Awaitable[Any]]:
    """``function`` as an async function: itself if it is async, else run in a worker thread."""
    if inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(
        getattr(function, "__call__", None)  # noqa: B004 - an object with an async __call__
    ):
        return function

    async def in_thread(*args: Any) -> Any:
        # A timed-out thread is abandoned, left to finish alone.
        return await anyio.to_thread.run_sync(
            function, *args, abandon_on_cancel=True, limiter=limiter
        )

    return in_thread


def _name(function: Callable[..., Any]) -> str:
    return str(getattr(function, "__name__", None) or type(function).__name__)


def _evaluators_by_name(evaluators: Evaluators) -> dict[str, Evaluator]:
    if isinstance(evaluators, Mapping):
        return dict(evaluators)
    named: dict[str, Evaluator] = {}
    for evaluator in evaluators:
        name = _name(evaluator)
        if name in named:
            raise ValueError(f"two evaluators are named {name!r}: pass a mapping of names")
        named[name] = evaluator
    return named


@attrs.frozen
class _Options:
    """The arguments of ``experiments.run`` (documented there)."""

    dataset_id: str
    name: str
    task: Task
    evaluators: Evaluators
    concurrency: int
    task_timeout: float | None
    task_retries: int
    retry_on: type[BaseException] | tuple[type[BaseException], ...]
    retry_backoff: float
    dry_run: bool
    resume: bool
    exit_on_error: bool
    max_examples: int | None
    collect: bool
    on_progress: Callable[[ExperimentProgress], None] | None
    tracer_provider: TracerProvider | None


class _Runner:
    """The state of one ``experiments.run`` call (see the module docstring)."""

    def __init__(self, job: ExperimentJobs, options: _Options) -> None:
        self.api = job._api
        self.o = options
        self.limits = Limits.from_spec()
        self.telemetry = _Telemetry(options.tracer_provider)
        self.clock, self.sleep = job._clock, job._sleep
        threads = anyio.CapacityLimiter(options.concurrency)
        # Decided once, not per example: how to call each function, its span's name.
        self.task = _awaitable(options.task, threads)
        self.task_span = f"task {_name(options.task)}"
        self.evaluator_calls = [
            (name, f"evaluator {name}", _awaitable(evaluator, threads))
            for name, evaluator in _evaluators_by_name(options.evaluators).items()
        ]
        self.listing = anyio.Lock()
        self.pages = self.api.datasets.list_examples(
            options.dataset_id, limit=self.limits.examples_page, max_items=options.max_examples
        ).pages()
        self.examples: Iterator[DatasetExample] = iter(())
        self.remaining = options.max_examples
        self.listed = 0
        self.started = self.clock()
        self.experiment_id: str | None = None
        self.done_ids: set[str] = set()
        self.runs: list[ExperimentRunResult] = []
        self.succeeded = self.failed = self.skipped = self.eval_errors = self.uploaded = 0
        self.total: int | None = None  # known once every page was listed
        self.failure: BaseException | None = None

    # -- the experiment on the API ------------------------------------------------

    async def find_existing(self) -> None:
        """Take over the experiment of that name (resume) or refuse to run over it."""
        existing = None
        async for experiment in self.api.experiments.list(
            dataset_id=self.o.dataset_id, name=self.o.name
        ):
            if experiment.name == self.o.name:
                existing = experiment
                break
        if existing is None:
            return
        if not self.o.resume:
            raise ConflictError(
                f"409 Conflict: dataset {self.o.dataset_id!r} already has an experiment named"
                f" {self.o.name!r} ({existing.id}); pass resume=True to continue it, or another"
                " name",
                status=409,
                title="Conflict",
            )
        self.experiment_id = existing.id
        async for run in self.api.experiments.list_runs(existing.id, limit=self.limits.runs_page):
            if isinstance(run.example_id, str):
                self.done_ids.add(run.example_id)

    # -- producing and running ------------------------------------------------------

    async def produce(self, send: MemoryObjectSendStream[ExperimentRunResult]) -> None:
        # ``concurrency`` long-lived workers, each taking the next example when it is
        # free: cheaper than a task per example, and the same bound on examples in hand.
        async with send, anyio.create_task_group() as workers:
            for _ in range(self.o.concurrency):
                workers.start_soon(self.work, send, workers)

    async def next_example(self) -> DatasetExample | None:
        """The next example to run, None once the dataset is used up; pages are fetched
        by one worker at a time, and the previous page is dropped when the next comes."""
        while True:
            example = next(self.examples, None)
            if example is not None:
                return example
            async with self.listing:
                example = next(self.examples, None)
                if example is not None:
                    return example
                if self.total is not None:
                    return None
                try:
                    page = None if self.remaining == 0 else await anext(self.pages, None)
                except BaseException:
                    self.total = self.listed - self.skipped  # the other workers list no more
                    raise
                if page is None:
                    self.total = self.listed - self.skipped
                    return None
                items = page.items
                if self.remaining is not None:
                    items = items[: self.remaining]
                    self.remaining -= len(items)
                self.listed += len(items)
                todo = [example for example in items if example.id not in self.done_ids]
                self.skipped += len(items) - len(todo)
                self.examples = iter(todo)

    async def work(
        self, send: MemoryObjectSendStream[ExperimentRunResult], workers: TaskGroup
    ) -> None:
        # A run waiting for an upload holds its worker, so runs waiting for an upload
        # count against the concurrency and cannot pile up. The producer closes ``send``
        # once every worker is done.
        try:
            while (example := await self.next_example()) is not None:
                await send.send(await self.run_one(example))
        except _TaskFailed as failed:
            self.failure = failed.__cause__
            workers.cancel_scope.cancel()

    async def run_one(self, example: DatasetExample) -> ExperimentRunResult:
        output: Any = None
        error: str | None = None
        attempts = 0
        start = self.clock()
        with self.telemetry.span(self.task_span, example.id) as span:
            while True:
                attempts += 1
                try:
                    output = await self.timed(self.task, example)
                    break
                except Exception as exc:
                    if attempts <= self.o.task_retries and isinstance(exc, self.o.retry_on):
                        await self.sleep(self.o.retry_backoff * 2 ** (attempts - 1))
                        continue
                    if self.o.exit_on_error:
                        raise _TaskFailed from exc
                    error = f"{type(exc).__name__}: {exc}"
                    if span is not None:
                        from opentelemetry.trace import StatusCode

                        span.record_exception(exc)
                        span.set_status(StatusCode.ERROR, error)
                    break
            trace_id = self.telemetry.trace_id(span)
        latency = self.clock() - start
        evaluations: dict[str, EvaluationResult] = {}
        errors: dict[str, str] = {}
        if error is None:
            for name, span_name, evaluator in self.evaluator_calls:
                try:
                    with self.telemetry.span(span_name, example.id):
                        value = await self.timed(evaluator, example, output)
                        evaluations[name] = EvaluationResult.of(value)
                except Exception as exc:
                    if self.o.exit_on_error:
                        raise _TaskFailed from exc
                    errors[name] = f"{type(exc).__name__}: {exc}"
        return ExperimentRunResult(
            example_id=example.id,
            output=output,
            error=error,
            evaluations=evaluations,
            evaluation_errors=errors,
            latency=latency,
            attempts=attempts,
            trace_id=trace_id,
        )

    async def timed(self, function: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        """``await function(*args)``, cut off after ``task_timeout`` seconds on the client's
        sleep."""
        if self.o.task_timeout is None:
            return await function(*args)
        timeout = self.o.task_timeout
        result: list[Any] = []
        raised: list[Exception] = []
        async with anyio.create_task_group() as group:

            async def watchdog() -> None:
                await self.sleep(timeout)
                group.cancel_scope.cancel()

            async def target() -> None:
                try:
                    result.append(await function(*args))
                except Exception as exc:  # raised below, not wrapped in an ExceptionGroup
                    raised.append(exc)
                finally:
                    group.cancel_scope.cancel()

            group.start_soon(watchdog)
            group.start_soon(target)
        if raised:
            raise raised[0]
        if not result:
            raise TimeoutError(f"no result within task_timeout={timeout:g} s")
        return result[0]

    # -- collecting and uploading ---------------------------------------------------

    async def collect_and_upload(
        self, receive: MemoryObjectReceiveStream[ExperimentRunResult], group: TaskGroup
    ) -> None:
        batch: list[ExperimentRunResult] = []
        while True:
            try:
                # Runs already waiting are taken without a trip through the event loop.
                run = receive.receive_nowait()
            except anyio.WouldBlock:
                if (waited := await anext(receive, None)) is None:
                    break
                run = waited
            except anyio.EndOfStream:
                break
            self.count(run)
            batch.append(run)
            if len(batch) == self.limits.batch:
                if not await self.upload(batch, group):
                    return
                batch = []
        if batch:
            await self.upload(batch, group)

    def count(self, run: ExperimentRunResult) -> None:
        if run.error is None:
            self.succeeded += 1
        else:
            self.failed += 1
        self.eval_errors += len(run.evaluation_errors)
        if self.o.collect:
            self.runs.append(run)
        self.report()

    async def upload(self, batch: list[ExperimentRunResult], group: TaskGroup) -> bool:
        """Store ``batch``; on failure record an ``ExperimentUploadError`` and stop the run."""
        if self.o.dry_run:
            return True
        try:
            # Never while a page of examples is fetched and parsed: the two are the
            # largest allocations of a run, and together they set its peak memory.
            async with self.listing:
                records = [run.record() for run in batch]
                if self.experiment_id is None:
                    experiment = await self.api.experiments.create(
                        name=self.o.name, dataset_id=self.o.dataset_id, experiment_runs=records
                    )
                    self.experiment_id = experiment.id
                else:
                    await self.api.experiments.insert_runs(
                        self.experiment_id, experiment_runs=records
                    )
        except ArizeError as exc:
            self.failure = ExperimentUploadError(
                f"uploading {len(batch)} runs to experiment {self.o.name!r} failed ({exc});"
                f" {self.uploaded} runs were stored before. Call experiments.run again with"
                " resume=True to run only the examples without a run",
                experiment_id=self.experiment_id,
                uploaded=self.uploaded,
                unsaved=tuple(batch),
            )
            self.failure.__cause__ = exc
            group.cancel_scope.cancel()
            return False
        self.uploaded += len(batch)
        self.report()
        return True

    def report(self) -> None:
        if self.o.on_progress is not None:
            self.o.on_progress(self.progress())

    def progress(self) -> ExperimentProgress:
        return ExperimentProgress(
            done=self.succeeded + self.failed,
            failed=self.failed,
            skipped=self.skipped,
            uploaded=self.uploaded,
            elapsed=self.clock() - self.started,
            total=self.total,
        )

    async def run(self) -> ExperimentResult:
        if not self.o.dry_run:
            await self.find_existing()
        # One batch of finished runs may wait while the previous one uploads.
        send, receive = anyio.create_memory_object_stream[ExperimentRunResult](self.limits.batch)
        sole: BaseException | None = None
        try:
            with receive:
                async with anyio.create_task_group() as group:
                    group.start_soon(self.collect_and_upload, receive, group)
                    await self.produce(send)
        except BaseExceptionGroup as errors:
            # One failure (listing the examples: NotFoundError for an unknown dataset) is
            # raised as itself, not two task groups deep; several stay a group.
            sole = _sole(errors)
            if sole is None:
                raise
        if sole is not None:
            raise sole
        if self.failure is not None:
            if not isinstance(self.failure, ExperimentUploadError):
                self.failure.add_note(
                    f"experiments.run stopped at this error (exit_on_error=True);"
                    f" {self.uploaded} runs were stored in experiment {self.experiment_id!r}:"
                    " resume=True runs the rest"
                )
            raise self.failure
        return ExperimentResult(
            experiment_id=None if self.o.dry_run else self.experiment_id,
            name=self.o.name,
            dataset_id=self.o.dataset_id,
            runs=tuple(self.runs),
            succeeded=self.succeeded,
            failed=self.failed,
            skipped=self.skipped,
            evaluation_errors=self.eval_errors,
            uploaded=self.uploaded,
            elapsed=self.clock() - self.started,
            dry_run=self.o.dry_run,
        )


def _sole(errors: BaseExceptionGroup[BaseException]) -> BaseException | None:
    """The one exception inside ``errors`` and its nested groups, or None if there are more."""
    leaves: list[BaseException] = []
    pending: list[BaseException] = [errors]
    while pending:
        error = pending.pop()
        if isinstance(error, BaseExceptionGroup):
            pending.extend(error.exceptions)
        else:
            leaves.append(error)
    return leaves[0] if len(leaves) == 1 else None


class ExperimentJobs(Job):
    """The jobs on ``client.experiments``: running an experiment over a dataset."""

    async def run(
        self,
        *,
        dataset_id: str,
        name: str,
        task: Task,
        evaluators: Evaluators = (),
        concurrency: int = 10,
        task_timeout: float | None = None,
        task_retries: int = 0,
        retry_on: type[BaseException] | tuple[type[BaseException], ...] = Exception,
        retry_backoff: float = 1.0,
        dry_run: bool = False,
        resume: bool = False,
        exit_on_error: bool = False,
        max_examples: int | None = None,
        collect: bool = True,
        on_progress: Callable[[ExperimentProgress], None] | None = None,
        tracer_provider: TracerProvider | None = None,
    ) -> ExperimentResult:
        """Run ``task`` on every example of dataset ``dataset_id`` and upload the runs.

        Args:
            dataset_id: the dataset whose examples are streamed, page by page.
            name: the experiment's name, unique on the dataset.
            task: called with each example (a ``DatasetExample``; its columns are
                ``example["column"]``); ``async def`` runs on the event loop, a plain
                function in a worker thread. Its return value is the run's output.
            evaluators: functions called with ``(example, output)`` after a task
                succeeded, as a mapping of names or a sequence (named by ``__name__``);
                each returns a number, bool, label, ``(score, explanation)`` or
                ``EvaluationResult``, stored as ``eval.<name>.score/label/explanation``.
            concurrency: most examples in progress at once (threads included).
            task_timeout: seconds one task or evaluator call may take; past it the
                call fails with ``TimeoutError`` (a thread is abandoned, not stopped).
            task_retries: retries of a task that raised one of ``retry_on``, waiting
                ``retry_backoff`` seconds, then twice as long each time.
            dry_run: run tasks and evaluators but upload nothing.
            resume: continue the experiment of that name if it exists, running only
                the examples that have no run in it yet.
            exit_on_error: stop at the first failing task or evaluator and raise its
                exception (after the finished runs were uploaded).
            max_examples: run at most this many examples (e.g. a first dry run).
            collect: keep every run in ``result.runs``; False keeps memory bounded by
                ``concurrency`` and the batch size whatever the dataset's size.
            on_progress: called with an ``ExperimentProgress`` after every finished
                run and every upload.
            tracer_provider: OpenTelemetry provider for the task and evaluator spans;
                default: the application's global one, if it configured one.

        Raises:
            ConflictError: the dataset already has an experiment of that name and
                ``resume`` is False.
            ExperimentUploadError: a batch of runs could not be stored; its message
                tells how many were, and resume=True continues.
            ArizeError: listing the examples failed (e.g. ``NotFoundError``).
        """
        options = _Options(**{key: value for key, value in locals().items() if key != "self"})
        if not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be a positive int, got {concurrency!r}")
        for option, value in (("task_timeout", task_timeout), ("retry_backoff", retry_backoff)):
            if value is not None and not (value >= 0 and math.isfinite(value)):
                raise ValueError(f"{option} must be a non-negative number, got {value!r}")
        if task_retries < 0:
            raise ValueError(f"task_retries must be >= 0, got {task_retries!r}")
        if not callable(task):
            raise TypeError(f"task must be callable, got {type(task).__name__}")
        return await _Runner(self, options).run()
