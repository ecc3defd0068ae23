"""The ``aioarize`` command: list and read integrations and tasks, or serve the sandbox.

A thin layer over the facade: flags map onto ``AsyncArize`` calls and results
onto an aligned table, or JSON lines with ``--json`` (one object per item, for
jq). Every failure ends in one ``aioarize: error: ...`` line on stderr and a
non-zero exit status: 2 for bad usage (flags, configuration), 1 for API and
network errors, 130 for Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import Any, NoReturn, TextIO, TypeVar

import anyio
from aioarize_api.models import (
    LlmGenerationRunConfig,
    LlmIntegration,
    Task,
    TemplateEvaluationRunConfig,
)

from ._client import AsyncArize
from ._config import API_KEY_ENV, BASE_URL_ENV, REGION_ENV, REGIONS
from ._dispatch import Integration, UnknownIntegration, UnknownLlmConfig, UnknownRunConfiguration
from ._errors import ArizeError, ResponseValidationError
from ._pagination import AsyncPager
from ._resources import LIMIT_MAX, LIMIT_MIN
from ._retry import RetryEvent, RetryPolicy
from .sandbox import add_sandbox_arguments, run_sandbox

__all__ = ["build_parser", "main"]

T = TypeVar("T")

PROG = "aioarize"
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader (e.g. `head`) left early
# Shorter strings are no real API key, and hiding them would garble ordinary words.
MIN_REDACTED_KEY_LENGTH = 8


class UsageError(Exception):
    """A flag or setting rejected after parsing (by the facade's own validation)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line like every other failure, instead of argparse's usage block.
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def _page_size(text: str) -> int:
    value = _count(text)
    if not LIMIT_MIN <= value <= LIMIT_MAX:
        raise argparse.ArgumentTypeError(
            f"must be between {LIMIT_MIN} and {LIMIT_MAX}, got {value}"
        )
    return value


def _identifier(text: str) -> str:
    if not text:
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def _add_connection_flags(parser: argparse.ArgumentParser, default: Any) -> None:
    # Added to the top-level parser (default None) and again to every API command
    # (default SUPPRESS, so that a flag given before the command is not reset).
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--api-key",
        default=default,
        help=f"API key (default: ${API_KEY_ENV}; prefer the variable, since other"
        " users can see command lines)",
    )
    hosts = group.add_mutually_exclusive_group()
    hosts.add_argument(
        "--region",
        choices=REGIONS,
        metavar="REGION",
        default=default,
        help=f"regional host: {', '.join(REGIONS)} (default: ${REGION_ENV}, else the global host)",
    )
    hosts.add_argument(
        "--base-url",
        metavar="URL",
        default=default,
        help=f"any other host, e.g. a sandbox (default: ${BASE_URL_ENV})",
    )
    group.add_argument(
        "--max-retries",
        type=_count,
        metavar="N",
        default=default,
        help=f"retries after a 429, a 502/503/504 or a network error"
        f" (default: {RetryPolicy().max_retries}; 0 disables)",
    )


def _add_list_flags(parser: argparse.ArgumentParser, filters: Sequence[tuple[str, str]]) -> None:
    for flag, help_text in filters:
        parser.add_argument(flag, help=help_text)
    parser.add_argument(
        "--limit",
        type=_page_size,
        metavar="N",
        help=f"items per request ({LIMIT_MIN}-{LIMIT_MAX}; default: the server's)",
    )
    parser.add_argument(
        "--max-items", type=_count, metavar="N", help="stop after N items (default: all)"
    )
    parser.add_argument("--json", action="store_true", dest="as_json", help="print JSON lines")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``aioarize`` command."""
    parser = _Parser(
        prog=PROG,
        description="Query the Arize AX REST API v2, or serve a local sandbox of it.",
        epilog="Types the installed aioarize does not know yet are shown as '<type> (unknown)'.",
    )
    _add_connection_flags(parser, None)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    integrations = commands.add_parser("integrations", help="LLM provider and other integrations")
    actions = integrations.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list integrations")
    _add_list_flags(
        listing,
        [
            ("--type", "only this integration type, e.g. llm"),
            ("--space-id", "only integrations visible in this space"),
            ("--space-name", "only integrations visible in spaces whose name contains this"),
            ("--name", "only integrations whose name contains this"),
        ],
    )
    _add_connection_flags(listing, argparse.SUPPRESS)
    listing.set_defaults(run=_list_integrations)
    get = actions.add_parser("get", help="show one integration")
    get.add_argument("integration_id", metavar="ID", type=_identifier)
    get.add_argument("--json", action="store_true", dest="as_json", help="print JSON")
    _add_connection_flags(get, argparse.SUPPRESS)
    get.set_defaults(run=_get_integration)

    tasks = commands.add_parser("tasks", help="evaluation and experiment tasks")
    actions = tasks.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list tasks")
    _add_list_flags(
        listing,
        [
            ("--space-id", "only tasks in this space"),
            ("--space-name", "only tasks in spaces whose name contains this"),
            ("--name", "only tasks whose name contains this"),
            ("--project-id", "only tasks on this project"),
            ("--dataset-id", "only tasks on this dataset"),
            ("--type", "only this task type, e.g. run_experiment"),
        ],
    )
    _add_connection_flags(listing, argparse.SUPPRESS)
    listing.set_defaults(run=_list_tasks)

    sandbox = commands.add_parser(
        "sandbox",
        help="serve a local stand-in for the API (Ctrl-C stops it)",
        description="Serve a local, deterministic stand-in for the Arize AX REST API v2.",
    )
    add_sandbox_arguments(sandbox)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; return its exit status (argparse's ``--help`` and errors included)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "sandbox":
        return run_sandbox(args)
    api_key = args.api_key if args.api_key is not None else os.environ.get(API_KEY_ENV)
    try:
        anyio.run(_run, args, api_key)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE, api_key)
    except ArizeError as exc:
        return _fail(_describe(exc), EXIT_API_ERROR, api_key)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED, api_key)
    except BrokenPipeError:
        # Later writes (the interpreter's final flush included) would fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return 0


def _describe(error: ArizeError) -> str:
    if isinstance(error, ResponseValidationError):
        return f"the API sent a response aioarize cannot read: {error}"
    return str(error)


def _fail(message: str, status: int, api_key: str | None) -> int:
    if api_key and len(api_key) >= MIN_REDACTED_KEY_LENGTH:
        # Defence in depth: no message is built from the key, but none may ever show it.
        message = message.replace(api_key, "***")
    print(f"{PROG}: error: {_printable(message)}", file=sys.stderr, flush=True)
    return status


@contextlib.contextmanager
def _usage_errors() -> Iterator[None]:
    """Report the facade's rejection of a setting or argument as a usage error."""
    try:
        yield
    except (ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None


async def _run(args: argparse.Namespace, api_key: str | None) -> None:
    if not api_key:
        raise UsageError(f"no API key: pass --api-key or set {API_KEY_ENV}")
    progress = _Progress(sys.stderr)
    with _usage_errors():
        client = AsyncArize(
            api_key,
            region=args.region,
            base_url=args.base_url,
            retry=None if args.max_retries is None else RetryPolicy(max_retries=args.max_retries),
            on_retry=progress.retrying,
        )
    try:
        async with client:
            await args.run(client, args, progress)
    finally:
        progress.clear()


class _Progress:
    """A "fetched N items" line on stderr, redrawn in place; only on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._enabled = stream.isatty()
        self._count = 0
        self._width = 0

    def fetched(self, count: int) -> None:
        self._count = count
        self._show(f"fetched {count} items")

    def retrying(self, event: RetryEvent) -> None:
        reason = event.error if event.status is None else str(event.status)
        note = f"{reason}, retrying in {event.wait:.1f}s (attempt {event.attempt})"
        self._show(f"fetched {self._count} items; {note}" if self._count else note)

    def clear(self) -> None:
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0

    def _show(self, text: str) -> None:
        if self._enabled:
            self._stream.write("\r" + text.ljust(self._width))
            self._stream.flush()
            self._width = len(text)


async def _list_integrations(
    client: AsyncArize, args: argparse.Namespace, progress: _Progress
) -> None:
    with _usage_errors():
        pager = client.integrations.list(
            type=args.type,
            space_id=args.space_id,
            space_name=args.space_name,
            name=args.name,
            limit=args.limit,
            max_items=args.max_items,
        )
    await _emit(
        pager,
        args,
        progress,
        ("ID", "TYPE", "PROVIDER", "NAME"),
        integration_row,
        item_json,
        "integrations",
    )


async def _list_tasks(client: AsyncArize, args: argparse.Namespace, progress: _Progress) -> None:
    with _usage_errors():
        pager = client.tasks.list(
            space_id=args.space_id,
            space_name=args.space_name,
            name=args.name,
            project_id=args.project_id,
            dataset_id=args.dataset_id,
            type=args.type,
            limit=args.limit,
            max_items=args.max_items,
        )
    await _emit(
        pager,
        args,
        progress,
        ("ID", "TYPE", "EXPERIMENT TYPE", "NAME"),
        task_row,
        item_json,
        "tasks",
    )


async def _get_integration(
    client: AsyncArize, args: argparse.Namespace, progress: _Progress
) -> None:
    item = await client.integrations.get(args.integration_id)
    data = item_json(item)
    if args.as_json:
        print(json.dumps(data), flush=True)
        return
    unknown: set[str] = set()
    if isinstance(item, UnknownIntegration):
        unknown.add("type")
    elif isinstance(_config(item), UnknownLlmConfig):
        unknown.add("config.provider")
    rows = [
        [key, f"{value} (unknown)" if key in unknown else value] for key, value in _flatten(data)
    ]
    print(_table(rows), flush=True)


async def _emit(
    pager: AsyncPager[T],
    args: argparse.Namespace,
    progress: _Progress,
    header: Sequence[str],
    row: Callable[[T], list[str]],
    to_json: Callable[[T], dict[str, Any]],
    noun: str,
) -> None:
    """Print a listing: JSON lines as pages arrive, or one table at the end."""
    rows: list[list[str]] = []
    count = 0
    async for page in pager.pages():
        # pages() ends with the page that reaches max_items, which may overshoot it.
        items = page.items if args.max_items is None else page.items[: args.max_items - count]
        count += len(items)
        if args.as_json:
            progress.clear()
            sys.stdout.writelines(json.dumps(to_json(item)) + "\n" for item in items)
            sys.stdout.flush()
        else:
            rows.extend(row(item) for item in items)
        progress.fetched(count)
    progress.clear()
    if args.as_json:
        return
    if rows:
        print(_table([list(header), *rows]), flush=True)
    else:
        print(f"{PROG}: no {noun} found", file=sys.stderr)


def integration_row(item: Integration) -> list[str]:
    """Table cells: ID, TYPE, PROVIDER, NAME."""
    if isinstance(item, UnknownIntegration):
        return [item.id or "-", f"{item.type} (unknown)", "-", item.name or "-"]
    config = _config(item)
    if isinstance(config, UnknownLlmConfig):
        provider = f"{config.provider} (unknown)"
    else:
        provider = _enum_text(item.config.provider)
    return [item.id, _enum_text(item.type_), provider, item.name]


def task_row(task: Task) -> list[str]:
    """Table cells: ID, TYPE, EXPERIMENT TYPE, NAME."""
    run_configuration: object = task.run_configuration
    match run_configuration:
        case LlmGenerationRunConfig() | TemplateEvaluationRunConfig():
            experiment = _enum_text(run_configuration.experiment_type)
        case UnknownRunConfiguration():
            experiment = f"{run_configuration.experiment_type} (unknown)"
        case _:
            experiment = "-"  # only run_experiment tasks have a run configuration
    return [task.id, _enum_text(task.type_), experiment, task.name]


def item_json(item: Integration | Task) -> dict[str, Any]:
    """The item as JSON: every model, known or ``Unknown*``, has ``to_dict()``."""
    return item.to_dict()


def _config(item: LlmIntegration) -> object:
    # Typed as OpenAiConfig by the generated model, but may hold an UnknownLlmConfig.
    return item.config


def _enum_text(value: StrEnum) -> str:
    # Generated enums turn values the spec lacks into unregistered pseudo-members.
    known = value in list(type(value))
    return value.value if known else f"{value.value} (unknown)"


def _flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """``("config.provider", "openAI")`` pairs: one line per leaf of a JSON value."""
    if isinstance(value, dict) and value:
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list) and value:
        for index, item in enumerate(value):
            yield from _flatten(item, f"{prefix}[{index}]")
    else:
        yield prefix, value if isinstance(value, str) else json.dumps(value)


def _table(rows: Sequence[Sequence[str]]) -> str:
    cells = [[_printable(cell) for cell in row] for row in rows]
    widths = [max(len(row[column]) for row in cells) for column in range(len(cells[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in cells
    )


def _printable(text: str) -> str:
    # Server-supplied text must not move the cursor or break a line in a terminal.
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode() for char in text
    )
