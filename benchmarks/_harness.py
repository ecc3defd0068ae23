"""Benchmark plumbing: sandbox processes, interleaved repetitions, statistics, machine info."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import anyio

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
API_KEY = "bench-key"
_LISTENING = re.compile(r"listening on (http://\S+)")

T = TypeVar("T")


# --- the sandbox, in its own process ---------------------------------------------------


@dataclass(frozen=True)
class ServerStats:
    """What the server saw since the last reset."""

    opened: int  # TCP connections accepted
    peak_open: int  # most connections open at once
    requests: int
    statuses: Mapping[int, int]
    peak_in_flight: int

    def count(self, status: int) -> int:
        return self.statuses.get(status, 0)


@dataclass(frozen=True)
class Sandbox:
    base_url: str
    api_key: str
    flags: tuple[str, ...]

    def stats(self, *, reset: bool = False) -> ServerStats:
        """Server-side counters (``_sandbox_server.CountingApp``); optionally reset them."""
        url = f"{self.base_url}/__bench__/stats" + ("?reset=1" if reset else "")
        with urllib.request.urlopen(url, timeout=10) as response:
            raw = json.loads(response.read())
        return ServerStats(
            opened=raw["opened"],
            peak_open=raw["peak_open"],
            requests=raw["requests"],
            statuses={int(k): v for k, v in raw["statuses"].items()},
            peak_in_flight=raw["peak_in_flight"],
        )

    def reset(self) -> None:
        self.stats(reset=True)

    @property
    def flags_text(self) -> str:
        """The flags this sandbox was started with (those of ``python -m aioarize.sandbox``)."""
        return " ".join(self.flags)


@contextlib.contextmanager
def sandbox(**options: object) -> Iterator[Sandbox]:
    """Serve a sandbox in a child process for the ``with`` block.

    ``options`` are ``python -m aioarize.sandbox`` flags: ``latency_ms=20`` is
    ``--latency-ms 20``. The child has its own interpreter, so the server's work
    neither shares the client's GIL nor shows up in the client's allocations.
    """
    flags = ["--api-key", API_KEY]
    for name, value in options.items():
        flags += [f"--{name.replace('_', '-')}", str(value)]
    process = subprocess.Popen(
        [sys.executable, str(HERE / "_sandbox_server.py"), *flags],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # the child prints one line once it accepts
        match = _LISTENING.search(line)
        if match is None:
            raise RuntimeError(f"the sandbox did not start: {line!r}")
        yield Sandbox(match.group(1), API_KEY, tuple(flags[2:]))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


# --- measuring ------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One timed run: wall and client CPU seconds, plus what the workload returned."""

    wall: float
    cpu: float
    value: object = None
    extra: Mapping[str, float] = field(default_factory=dict)


async def timed(work: Callable[[], Awaitable[T]]) -> tuple[float, float, T]:
    """Wall and CPU seconds of ``work()``, measured inside the event loop."""
    cpu = time.process_time()
    wall = time.perf_counter()
    value = await work()
    return time.perf_counter() - wall, time.process_time() - cpu, value


def interleave(
    variants: Mapping[str, Callable[[], Sample]],
    repetitions: int,
    *,
    warmup: bool = True,
    between: Callable[[], None] | None = None,
) -> dict[str, list[Sample]]:
    """Run the variants a, b, c, a, b, c, ... and collect their samples by name.

    One untimed warm-up round first (imports, connection setup code paths,
    CPU caches); ``between`` runs before every run, outside the timing.
    """
    samples: dict[str, list[Sample]] = {name: [] for name in variants}
    rounds = [False] * warmup + [True] * repetitions
    for keep in rounds:
        for name, run in variants.items():
            if between is not None:
                between()
            gc.collect()
            sample = run()
            if keep:
                samples[name].append(sample)
    return samples


def run_async(work: Callable[[], Awaitable[T]], backend: str = "asyncio") -> T:
    """Run one workload in a fresh event loop of ``backend`` (asyncio or trio)."""
    return anyio.run(work, backend=backend)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float], fmt: str = "{:.3g}") -> str:
    """``median (min-max, n=...)`` for a details table."""
    return (
        f"{fmt.format(median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))},"
        f" n={len(values)})"
    )


# --- import time ----------------------------------------------------------------------

_IMPORTTIME = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")


# Import timings run with bytecode caching on even where PYTHONDONTWRITEBYTECODE is set
# (CI machines, containers): installed packages come with their .pyc files, so compiling
# every module on each import is a cost no user pays.
_BYTECODE_CACHED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass(frozen=True)
class ImportProfile:
    total_us: int  # cumulative time of the top-level `aioarize` line
    self_by_package: Mapping[str, int]  # self time summed per top-level package


def import_profile(module: str = "aioarize", *, blocked: Sequence[str] = ()) -> ImportProfile:
    """``python -X importtime -c "import <module>"`` in a fresh interpreter, parsed.

    ``blocked`` modules are made unimportable first, as if not installed.
    """
    prelude = f"import sys; sys.modules.update(dict.fromkeys({tuple(blocked)!r})); "
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            (prelude if blocked else "") + f"import {module}",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=_BYTECODE_CACHED,
    )
    total: int | None = None
    by_package: dict[str, int] = {}
    # Lines come out children first; a top-level line closes its subtree, so what
    # was seen since the previous top-level line is what that import pulled in.
    for line in result.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match is None:
            continue
        self_us, cumulative_us, indent, name = match.groups()
        package = name.split(".")[0]
        by_package[package] = by_package.get(package, 0) + int(self_us)
        if len(indent) == 1:  # top level
            if name == module:
                total = int(cumulative_us)
                break
            by_package.clear()  # site, encodings, ...: not imported by `module`
    if total is None:
        raise RuntimeError(f"no top-level `{module}` line in -X importtime output")
    return ImportProfile(total, by_package)


def interpreter_start_seconds(code: str) -> float:
    """Wall time of ``python -c code`` in a fresh interpreter."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_BYTECODE_CACHED)
    return time.perf_counter() - started


# --- where it ran ---------------------------------------------------------------------


def machine_info() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    info = {
        "CPU": cpu,
        "Cores": f"{os.cpu_count()} logical"
        + (f", {len(os.sched_getaffinity(0))} usable" if hasattr(os, "sched_getaffinity") else ""),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "OS": platform.platform(),
    }
    info["Load average at start"] = load_average()
    info["Versions"] = ", ".join(
        f"{name} {_version(name)}"
        for name in ("httpx", "httpx-aiohttp", "aiohttp", "anyio", "trio", "uvicorn")
    )
    info["Code"] = _git_describe()
    return info


def load_average() -> str:
    """The 1, 5 and 15 minute load averages: how busy the machine was besides us."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


def _git_describe() -> str:
    try:
        result = subprocess.run(
            ["git", "describe", "--always", "--dirty", "--abbrev=12"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"git {result.stdout.strip()}"
