"""The job commands of the ``aioarize`` CLI: ``aioarize <resource> <job>`` beside the operations.

A job command is a ``JobCommand`` listed in ``JOB_COMMANDS``. The CLI adds it under
its resource with the connection flags and ``--json``, builds the client as for any
command, awaits ``run(client, args, status)`` and prints what it returns (a JSON
object: a ``key  value`` line per field, or JSON with ``--json``). A command reports
bad input (an unreadable file) by raising ``UsageError``.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Protocol, TextIO, cast

import attrs

from ._client import AsyncArize
from ._dataset_upload import DEFAULT_CONCURRENCY, Example
from ._errors import ArizeError
from ._experiment_runner import ExperimentProgress


class UsageError(Exception):
    """A flag or setting rejected after parsing (by the facade's own validation)."""


class Status(Protocol):
    """The command's one status line on stderr (drawn only on a terminal)."""

    def show(self, text: str) -> None: ...


@attrs.frozen
class JobCommand:
    """``aioarize <resource> <name>``: its flags, and what it does with a client."""

    resource: str
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[AsyncArize, argparse.Namespace, Status], Awaitable[dict[str, Any]]]


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be >= {minimum}, got {value}")
        return value

    return parse


_positive = whole_number(1)


def _upload_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", required=True, help="the new dataset's name")
    parser.add_argument("--space-id", required=True, help="the space to create it in")
    parser.add_argument(
        "--file",
        required=True,
        type=Path,
        help="the examples: .jsonl (a JSON object per line) or .csv (a header row; values"
        " are strings)",
    )
    parser.add_argument(
        "--concurrency",
        type=_positive,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"chunks in flight at once (default: {DEFAULT_CONCURRENCY})",
    )


def _json_lines(source: TextIO, name: str) -> Iterator[Example]:
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            example = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"{name} line {number}: not JSON ({exc})") from None
        if not isinstance(example, dict):
            raise ValueError(f"{name} line {number}: expected a JSON object")
        yield example


def open_examples(path: Path, stack: ExitStack) -> Iterator[Example]:
    """The examples of a .jsonl or .csv file, read lazily; the file closes with ``stack``."""
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".csv"):
        raise UsageError(f"--file: expected a .jsonl or .csv file, got {str(path)!r}")
    try:
        source = stack.enter_context(path.open(encoding="utf-8", newline=""))
    except OSError as exc:
        raise UsageError(f"--file: cannot read {str(path)!r}: {exc.strerror or exc}") from None
    if suffix == ".csv":
        return iter(csv.DictReader(source))
    return _json_lines(source, path.name)


async def _upload(client: AsyncArize, args: argparse.Namespace, status: Status) -> dict[str, Any]:
    with ExitStack() as stack:
        examples = open_examples(args.file, stack)
        try:
            upload = await client.datasets.upload(
                name=args.name,
                space_id=args.space_id,
                examples=examples,
                concurrency=args.concurrency,
            )
        except ValueError as exc:  # no examples, or a malformed first chunk
            if isinstance(exc, ArizeError):
                raise
            raise UsageError(f"--file: {exc}") from None
    return {
        "dataset_id": upload.dataset.id,
        "name": upload.dataset.name,
        "examples": upload.example_count,
    }


def _function(target: str) -> Callable[..., Any]:
    """``package.module:function`` as a callable; the working directory is importable."""
    module_name, _, name = target.partition(":")
    if not module_name or not name:
        raise argparse.ArgumentTypeError(f"expected package.module:function, got {target!r}")
    if "" not in sys.path:
        sys.path.insert(0, "")  # like `python -m`: modules next to the user are found
    try:
        function = importlib.import_module(module_name)
        for part in name.split("."):
            function = getattr(function, part)
    except (ImportError, AttributeError) as exc:
        raise argparse.ArgumentTypeError(f"cannot import {target!r}: {exc}") from None
    if not callable(function):
        raise argparse.ArgumentTypeError(f"{target!r} is not callable")
    return cast("Callable[..., Any]", function)


def _experiment_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dataset-id", required=True, help="the dataset whose examples are run")
    parser.add_argument("--name", required=True, help="the experiment's name")
    parser.add_argument(
        "--task",
        required=True,
        type=_function,
        metavar="MODULE:FUNCTION",
        help="called with each example; async def or a plain function (run in threads)",
    )
    parser.add_argument(
        "--evaluator",
        action="append",
        default=[],
        type=_function,
        dest="evaluators",
        metavar="MODULE:FUNCTION",
        help="called with the example and the output, stored as eval.<function name>.*;"
        " repeat for more",
    )
    parser.add_argument(
        "--concurrency", type=_positive, default=10, metavar="N", help="tasks at once (default: 10)"
    )
    parser.add_argument(
        "--task-timeout", type=float, metavar="SECONDS", help="fail a task call after this long"
    )
    parser.add_argument(
        "--task-retries", type=int, default=0, metavar="N", help="retries of a failing task"
    )
    parser.add_argument(
        "--max-examples", type=_positive, metavar="N", help="run at most N examples"
    )
    parser.add_argument("--dry-run", action="store_true", help="run locally, upload nothing")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue the experiment of that name, running only examples without a run",
    )


def progress_line(progress: ExperimentProgress) -> str:
    """``done 120 (3 failed)  41.2/s  ETA 0:12`` for a terminal's status line."""
    text = f"done {progress.done}"
    if progress.total is not None:
        text += f"/{progress.total}"
    text += f" ({progress.failed} failed)  {progress.rate:.1f}/s  uploaded {progress.uploaded}"
    eta = progress.eta
    if eta is not None:
        minutes, seconds = divmod(round(eta), 60)
        text += f"  ETA {minutes}:{seconds:02d}"
    return text


async def _run_experiment(
    client: AsyncArize, args: argparse.Namespace, status: Status
) -> dict[str, Any]:
    result = await client.experiments.run(
        dataset_id=args.dataset_id,
        name=args.name,
        task=args.task,
        evaluators=args.evaluators,
        concurrency=args.concurrency,
        task_timeout=args.task_timeout,
        task_retries=args.task_retries,
        max_examples=args.max_examples,
        dry_run=args.dry_run,
        resume=args.resume,
        collect=False,  # the summary needs counts only; memory stays flat
        on_progress=lambda progress: status.show(progress_line(progress)),
    )
    return {
        "experiment_id": result.experiment_id,
        "name": result.name,
        "runs": result.total,
        "succeeded": result.succeeded,
        "failed": result.failed,
        "skipped": result.skipped,
        "evaluation_errors": result.evaluation_errors,
        "uploaded": result.uploaded,
        "seconds": round(result.elapsed, 3),
    }


JOB_COMMANDS: tuple[JobCommand, ...] = (
    JobCommand(
        "datasets",
        "upload",
        "create a dataset from a .jsonl or .csv file of examples, any number of them",
        _upload_arguments,
        _upload,
    ),
    JobCommand(
        "experiments",
        "run",
        "run a task over every example of a dataset, evaluate and upload the runs",
        _experiment_arguments,
        _run_experiment,
    ),
)
