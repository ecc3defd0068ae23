"""The ``aioarize`` command: every operation of the spec from a shell, or serve the sandbox.

``aioarize <resource> <method> [args]`` is built from the same generated
operations as ``client.<resource>.<method>``: path parameters are positional
arguments, query parameters and the top-level properties of a JSON body are
``--flags`` (``--space-id``; JSON text for objects and lists; ``--param-<name>``
where a name is one of the command's own flags), and a whole body
comes from ``--body '{...}'``, ``--body @file.json`` or ``--body -`` (stdin).
Arguments are checked against the spec before anything is sent. Jobs made of
several operations (``aioarize datasets upload``) are commands too, listed in
``_commands.JOB_COMMANDS``.

Output: a list streams an aligned table page by page (``--json``: one JSON
object per line, each item exactly as the API sent it); any other answer is
printed as indented JSON. Every failure ends in one ``aioarize: error: ...``
line on stderr and a non-zero exit status: 2 for bad usage (flags,
configuration), 1 for API, network and output errors, 130 for Ctrl-C.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import warnings
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NoReturn, TextIO

import anyio
import attrs
from aioarize_facade import RESOURCES

from ._client import AsyncArize
from ._commands import JOB_COMMANDS, JobCommand, UsageError, whole_number
from ._config import API_KEY_ENV, BASE_URL_ENV, REGION_ENV, REGIONS
from ._errors import ArizeError, ResponseValidationError
from ._operation import Operation, Param, arguments, check
from ._redact import MIN_REDACTED_KEY_LENGTH, REDACTED
from ._retry import RetryEvent, RetryPolicy
from ._version import __version__
from .sandbox import add_sandbox_arguments, run_sandbox

__all__ = ["build_parser", "main"]

PROG = "aioarize"
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader (e.g. `head`) left early
# Columns of a listing: the item's scalar fields, at most this many.
MAX_COLUMNS = 6


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line like every other failure, instead of argparse's usage block.
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


_count = whole_number(0)


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


# Flags of the command itself; an argument of the same name becomes --param-<name>.
RESERVED = frozenset(
    {"api_key", "region", "base_url", "max_retries", "json", "body", "cursor", "max_items"}
)


def _flag(param: Param) -> str:
    prefix = "--param-" if param.argument in RESERVED else "--"
    return prefix + param.argument.replace("_", "-")


@attrs.frozen
class _NotJSON:
    """A flag's text that does not parse: reported with every other problem, not alone."""

    kind: str
    text: str


def _scalar(kind: str) -> Any:
    """The argparse type of a flag: JSON text for anything that is not a plain scalar."""

    def parse(text: str) -> Any:
        if kind == "string":
            return text
        try:
            return json.loads(text)
        except ValueError:
            return _NotJSON(kind, text)

    return parse


def _help(param: Param) -> str:
    """What ``--help`` says of a flag, from its spec fragment: type, allowed values, bounds,
    whether required, default."""
    schema = param.schema
    kind = str(schema.get("type", "JSON"))
    if kind == "array":
        kind = f"JSON array of {schema.get('items', {}).get('type', 'values')}"
    elif kind == "object":
        kind = "JSON object"
    parts = [f"{kind} ({schema['format']})" if "format" in schema else kind]
    if "enum" in schema:
        values = ", ".join(str(value) for value in schema["enum"])
        parts.append(f"one of {values} (or a value the spec does not list yet)")
    parts += _bounds(schema)
    if param.required:
        parts.append("required")
    elif "default" in schema:
        parts.append(f"default: {json.dumps(schema['default'])}")
    else:
        parts.append("default: not sent")
    return "; ".join(parts).replace("%", "%%")  # argparse formats help with %


def _bounds(schema: Mapping[str, Any]) -> list[str]:
    bounds = []
    for low, high, unit in (
        ("minimum", "maximum", ""),
        ("minLength", "maxLength", " characters"),
        ("minItems", "maxItems", " items"),
    ):
        if low in schema and high in schema:
            bounds.append(f"{schema[low]}..{schema[high]}{unit}")
        elif low in schema:
            bounds.append(f"at least {schema[low]}{unit}")
        elif high in schema:
            bounds.append(f"at most {schema[high]}{unit}")
    for keyword, sign in (("exclusiveMinimum", ">"), ("exclusiveMaximum", "<")):
        if not isinstance(schema.get(keyword, False), bool):
            bounds.append(f"{sign} {schema[keyword]}")
    return bounds


def _add_operation(parser: argparse.ArgumentParser, operation: Operation) -> None:
    for param in operation.params:
        kind = str(param.schema.get("type", "JSON"))
        if param.location == "path":
            parser.add_argument(
                param.argument,
                type=_scalar(kind),
                metavar=param.argument.upper(),
                help=_help(param),
            )
            continue
        parser.add_argument(
            _flag(param),
            dest=param.argument,
            type=_scalar(kind),
            metavar=kind.upper(),
            help=_help(param),
        )
    has_body = operation.body is not None or operation.body_required
    if has_body or any(p.location == "body" for p in operation.params):
        parser.add_argument(
            "--body",
            metavar="JSON",
            help="the whole request body: JSON text, @file.json, or - for stdin",
        )
    if operation.items is not None:
        parser.add_argument("--cursor", help="resume after this page's next_cursor")
        parser.add_argument(
            "--max-items", type=_count, metavar="N", help="stop after N items (default: all)"
        )
    parser.add_argument("--json", action="store_true", dest="as_json", help="print JSON (lines)")


def operations() -> Iterator[tuple[str, str, Operation]]:
    """``(resource, method, operation)`` for every operation of the spec."""
    for resource, target in RESOURCES.items():
        module = importlib.import_module(target.partition(":")[0])
        for method, operation in module.OPERATIONS.items():
            yield resource, method, operation


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``aioarize`` command."""
    parser = _Parser(
        prog=PROG,
        description="Call any operation of the Arize AX REST API v2, or serve a local sandbox.",
        epilog="Example: aioarize integrations list --limit 10",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_connection_flags(parser, None)
    commands = parser.add_subparsers(dest="command", required=True, metavar="RESOURCE")
    actions: dict[str, argparse._SubParsersAction[_Parser]] = {}
    for resource, method, operation in operations():
        if resource not in actions:
            group = commands.add_parser(resource, help=f"{resource.replace('_', ' ')} operations")
            actions[resource] = group.add_subparsers(dest="action", required=True, metavar="METHOD")
        route = f"{operation.method} {operation.path}"
        command = actions[resource].add_parser(method, help=route, description=route)
        _add_operation(command, operation)
        _add_connection_flags(command, argparse.SUPPRESS)
        command.set_defaults(operation=operation)
    for job in JOB_COMMANDS:
        command = actions[job.resource].add_parser(job.name, help=job.help, description=job.help)
        job.add_arguments(command)
        command.add_argument("--json", action="store_true", dest="as_json", help="print JSON")
        _add_connection_flags(command, argparse.SUPPRESS)
        command.set_defaults(job=job)
    sandbox = commands.add_parser(
        "sandbox",
        help="serve a local stand-in for the API (Ctrl-C stops it)",
        description="Serve a local, deterministic stand-in for the Arize AX REST API v2.",
    )
    add_sandbox_arguments(sandbox)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; return its exit status (argparse's ``--help`` and errors included)."""
    api_key: str | None = None
    try:
        args = build_parser().parse_args(argv)
        if args.command == "sandbox":
            return run_sandbox(args)
        api_key = args.api_key if args.api_key is not None else os.environ.get(API_KEY_ENV)
        anyio.run(_run, args, api_key)
    except SystemExit as exc:
        return int(exc.code or 0)
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
    except OSError as exc:
        return _fail(f"cannot write the output: {exc.strerror or exc}", EXIT_API_ERROR, api_key)
    return 0


def _describe(error: ArizeError) -> str:
    if isinstance(error, ResponseValidationError):
        return f"the API sent a response aioarize cannot read: {error}"
    return str(error)


def _fail(message: str, status: int, api_key: str | None) -> int:
    if api_key and len(api_key) >= MIN_REDACTED_KEY_LENGTH:
        # Defence in depth: no message is built from the key, but none may ever show it.
        message = message.replace(api_key, REDACTED)
    print(f"{PROG}: error: {_printable(message)}", file=sys.stderr, flush=True)
    return status


def _read_body(text: str | None) -> Any:
    if text is None:
        return None
    try:
        if text == "-":
            text = sys.stdin.read()
        elif text.startswith("@"):
            with open(text[1:], encoding="utf-8") as source:
                text = source.read()
        return json.loads(text)
    except OSError as exc:
        raise UsageError(f"--body: cannot read {text[1:]!r}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise UsageError(f"--body: not JSON: {exc}") from None


async def _run(args: argparse.Namespace, api_key: str | None) -> None:
    if not api_key:
        raise UsageError(f"no API key: pass --api-key or set {API_KEY_ENV}")
    job: JobCommand | None = getattr(args, "job", None)
    given = {} if job is not None else _given(args.operation, args)
    progress = _Progress(sys.stderr)
    try:
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            client = AsyncArize(
                api_key,
                region=args.region,
                base_url=args.base_url,
                retry=None
                if args.max_retries is None
                else RetryPolicy(max_retries=args.max_retries),
                on_retry=progress.retrying,
            )
    except (ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None
    for warning in warned:  # one line each, like every other message of the command
        print(f"{PROG}: warning: {_printable(str(warning.message))}", file=sys.stderr)
    try:
        async with client:
            if job is not None:
                _print_result(await job.run(client, args, progress), args.as_json)
            else:
                await _call(client, args.operation, given, args, progress)
    finally:
        progress.clear()


def _given(operation: Operation, args: argparse.Namespace) -> dict[str, Any]:
    """The operation's arguments as flags gave them: a flag not given is left out."""
    # A query None and a body UNSET both mean "not sent".
    given = {
        p.argument: getattr(args, p.argument)
        for p in operation.params
        if getattr(args, p.argument) is not None
    }
    body = _read_body(getattr(args, "body", None))
    if body is not None:
        if not isinstance(body, dict):
            raise UsageError("--body: expected a JSON object")
        given["body"] = body
    return given


async def _call(
    client: AsyncArize,
    operation: Operation,
    given: dict[str, Any],
    args: argparse.Namespace,
    progress: _Progress,
) -> None:
    # Every problem at once, named as the flags the user typed; then the facade's own checks,
    # before anything is sent.
    if problems := _flag_problems(operation, given):
        raise UsageError("; ".join(problems))
    try:
        arguments(operation, given)
    except (ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None
    # Items are checked with the operation's decoder but printed as the API sent them.
    checked = attrs.evolve(operation, decode=_checked_raw(operation))
    if operation.items is not None:
        await _list(client, checked, given, args, progress)
    else:
        _print_result(await client._call(checked, given), args.as_json)


def _flag_problems(operation: Operation, given: Mapping[str, Any]) -> list[str]:
    """What is wrong with the arguments, each problem naming its flag: missing ones first."""
    body = given.get("body") or {}
    missing, invalid = [], []
    for param in operation.params:
        name = param.argument.upper() if param.location == "path" else _flag(param)
        if param.argument not in given:
            if param.required and not (param.location == "body" and param.name in body):
                missing.append(name)
            continue
        if param.location == "body" and body:
            invalid.append(f"{name}: give it as a flag or inside --body, not both")
            continue
        value = given[param.argument]
        if isinstance(value, _NotJSON):
            invalid.append(f"{name}: expected {value.kind} (JSON), got {value.text!r}")
            continue
        try:
            check(name, value, param.schema)
        except (TypeError, ValueError) as exc:
            invalid.append(str(exc))
    return ([f"missing {', '.join(missing)}"] if missing else []) + invalid


def _checked_raw(operation: Operation) -> Any:
    decode = operation.decode
    if decode is None:
        return None

    def check(raw: Any, path: str) -> Any:
        decode(raw, path)
        return raw

    return check


async def _list(
    client: AsyncArize,
    operation: Operation,
    given: dict[str, Any],
    args: argparse.Namespace,
    progress: _Progress,
) -> None:
    """Print a listing as pages arrive: JSON lines, or a table aligned on its first page."""
    pager = client._paginate(
        operation, given, cursor=args.cursor, max_items=args.max_items, prefetch=0
    )
    count = 0
    table: _Table | None = None
    async for page in pager.pages():
        # pages() ends with the page that reaches max_items, which may overshoot it.
        items = page.items if args.max_items is None else page.items[: args.max_items - count]
        count += len(items)
        progress.clear()
        if args.as_json:
            sys.stdout.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
        elif items:
            table = table or _Table.for_items(items)
            sys.stdout.write(table.rows(items))
        sys.stdout.flush()
        progress.fetched(count)
    if count == 0:
        print(f"{PROG}: nothing found", file=sys.stderr)


def _print_result(result: Any, as_json: bool) -> None:
    if result is None:
        return
    if as_json or not isinstance(result, dict):
        print(json.dumps(result, indent=2, ensure_ascii=False), flush=True)
        return
    lines = list(_flatten(result))
    width = max(len(key) for key, _ in lines)
    print("\n".join(f"{key.ljust(width)}  {_printable(value)}" for key, value in lines), flush=True)


@attrs.frozen
class _Table:
    """Columns chosen from the first page's items; every later page keeps them."""

    columns: tuple[str, ...]
    widths: tuple[int, ...]

    @classmethod
    def for_items(cls, items: Sequence[Any]) -> _Table:
        first = items[0] if isinstance(items[0], dict) else {}
        columns = tuple(key for key, value in first.items() if not isinstance(value, dict | list))[
            :MAX_COLUMNS
        ] or ("value",)
        cells = [_cells(item, columns) for item in items]
        widths = tuple(
            max([len(column), *(len(row[i]) for row in cells)]) for i, column in enumerate(columns)
        )
        table = cls(columns, widths)
        sys.stdout.write(table._line([c.upper() for c in columns]))
        return table

    def rows(self, items: Sequence[Any]) -> str:
        return "".join(self._line(_cells(item, self.columns)) for item in items)

    def _line(self, cells: Sequence[str]) -> str:
        return (
            "  ".join(c.ljust(w) for c, w in zip(cells, self.widths, strict=True)).rstrip() + "\n"
        )


def _cells(item: Any, columns: Sequence[str]) -> list[str]:
    if not isinstance(item, dict):
        return [_printable(json.dumps(item))]
    return [
        _printable(v if isinstance(v := item.get(c), str) else "-" if v is None else json.dumps(v))
        for c in columns
    ]


class _Progress:
    """A status line on stderr ("fetched N items", a job's progress), redrawn in place; only on
    a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._enabled = stream.isatty()
        self._count = 0
        self._width = 0

    def fetched(self, count: int) -> None:
        self._count = count
        self.show(f"fetched {count} items")

    def retrying(self, event: RetryEvent) -> None:
        reason = event.error if event.status is None else str(event.status)
        note = f"{reason}, retrying in {event.wait:.1f}s (attempt {event.attempt})"
        self.show(f"fetched {self._count} items; {note}" if self._count else note)

    def clear(self) -> None:
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0

    def show(self, text: str) -> None:
        if self._enabled:
            self._stream.write("\r" + text.ljust(self._width))
            self._stream.flush()
            self._width = len(text)


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


def _printable(text: str) -> str:
    # Server-supplied text must not move the cursor or break a line in a terminal.
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode() for char in text
    )
