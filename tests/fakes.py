"""Test doubles: a fake clock and scripted HTTP servers."""

from __future__ import annotations

import heapq
import itertools
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable
from pathlib import Path
from typing import Any

import anyio.lowlevel
import httpx
from aioarize_facade.integrations import GET_INTEGRATION

from aioarize import AsyncArize, RetryPolicy
from aioarize._dispatch import Model
from aioarize.models import (
    AgentIntegration,
    EvaluatorIntegration,
    LlmIntegration,
    Task,
    UnknownIntegration,
)

CANARY_KEY = "canary-key-3f9c0d7e-never-print-me"
ROOT = Path(__file__).resolve().parent.parent


def task_json(**overrides: Any) -> dict[str, Any]:
    """A minimal valid task as the API sends it; keyword arguments replace fields."""
    task: dict[str, Any] = {
        "id": "T1",
        "name": "task",
        "type": "TEMPLATE_EVALUATION",
        "is_continuous": False,
        "query_filter": None,
        "evaluators": [],
        "experiment_ids": [],
        "last_run_at": None,
        "created_at": "2026-02-20T10:00:00Z",
        "updated_at": "2026-02-20T10:00:00Z",
        "created_by_user_id": None,
    }
    return {**task, **overrides}


def task_run_json(**overrides: Any) -> dict[str, Any]:
    """A valid task run as the API sends it; keyword arguments replace fields."""
    run: dict[str, Any] = {
        "id": "R1",
        "task_id": "T1",
        "status": "COMPLETED",
        "run_started_at": None,
        "run_finished_at": None,
        "data_start_time": None,
        "data_end_time": None,
        "num_successes": 3,
        "num_errors": 0,
        "num_skipped": 1,
        "created_at": "2026-02-20T10:00:00Z",
        "created_by_user_id": None,
    }
    return {**run, **overrides}


#: A valid run configuration of the LLM_GENERATION variant.
LLM_GENERATION: dict[str, Any] = {
    "experiment_type": "LLM_GENERATION",
    "ai_integration_id": "QUk6MQ==",
    "messages": [{"role": "USER", "content": "{question}"}],
    "input_variable_format": "F_STRING",
}


def integration_json(**overrides: Any) -> dict[str, Any]:
    """A valid LLM integration with an OpenAI config; keyword arguments replace fields."""
    integration: dict[str, Any] = {
        "id": "SW50ZWdyYXRpb246MQ==",
        "type": "LLM",
        "name": "OpenAI production",
        "scopings": [{"organization_id": None, "space_id": None}],
        "created_at": "2026-02-13T21:27:19.055Z",
        "updated_at": "2026-02-13T21:27:19.055Z",
        "created_by_user_id": "VXNlcjox",
        "config": {"provider": "OPEN_AI", "is_function_calling_enabled": True, "has_api_key": True},
    }
    return {**integration, **overrides}


class FakeClock:
    """Monotonic time that only moves when someone sleeps; records every sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()


class VirtualClock:
    """Virtual time for concurrent tests: once every task is blocked, the earliest sleeper wakes.

    Run ``clock.drive`` in the test's task group and cancel it at the end.
    """

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self._sleepers: list[tuple[float, int, anyio.Event]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        woken = anyio.Event()
        heapq.heappush(self._sleepers, (self.now + max(seconds, 0.0), next(self._order), woken))
        await woken.wait()

    async def drive(self) -> None:
        while True:
            await anyio.wait_all_tasks_blocked()
            if self._sleepers:
                wake_at, _, woken = heapq.heappop(self._sleepers)
                self.now = max(self.now, wake_at)
                woken.set()
            else:
                await anyio.lowlevel.checkpoint()


Handler = (
    Callable[[httpx.Request], httpx.Response]
    | Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]
)


#: What a Script answers a request with: a response, an exception to raise, or a function.
Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """A MockTransport handler that answers with the given responses in order and logs requests."""

    def __init__(self, responses: Iterable[Answer]) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.responses:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        answer = self.responses.pop(0)
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        return answer(request)


class RawStream(httpx.AsyncByteStream):
    """A response body handed over chunk by chunk, as it came off the wire (still encoded)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = list(chunks)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


def encoded(status: int, body: bytes, encoding: str, chunk_size: int = 1 << 14) -> httpx.Response:
    """A response whose body ``body`` is already encoded as ``encoding``, streamed in chunks."""
    chunks = [body[i : i + chunk_size] for i in range(0, len(body), chunk_size)]
    return httpx.Response(status, headers={"Content-Encoding": encoding}, stream=RawStream(chunks))


def problem(status: int, title: str = "Problem", **headers: str) -> httpx.Response:
    """An RFC 9457 problem+json response."""
    return httpx.Response(
        status,
        json={"status": status, "title": title, "detail": f"{title} detail"},
        headers={"Content-Type": "application/problem+json", **headers},
    )


def make_client(
    handler: Handler,
    clock: FakeClock | VirtualClock | None = None,
    retry: RetryPolicy | None = None,
    **kwargs: Any,
) -> AsyncArize:
    """An AsyncArize over a MockTransport, waiting on the fake clock."""
    clock = clock or FakeClock()
    return AsyncArize(
        CANARY_KEY,
        transport=httpx.MockTransport(handler),
        sleep=clock.sleep,
        clock=clock,
        retry=retry,
        **kwargs,
    )


Integration = LlmIntegration | AgentIntegration | EvaluatorIntegration | UnknownIntegration


def parse_integration(raw: object, path: str = "$") -> Integration:
    """What client.integrations.get returns for a body ``raw``."""
    assert GET_INTEGRATION.decode is not None
    result: Integration = GET_INTEGRATION.decode(raw, path)
    return result


def parse_task(raw: object, path: str = "$") -> Task:
    """What client.tasks.list yields for an item ``raw``."""
    result: Task = Model("aioarize_api.models.task:Task")(raw, path)
    return result


def run_python(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python args`` in a child process with this interpreter; its output, never raising."""
    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ) if env is None else env,
        timeout=300,
        check=False,
    )


def user_mypy(*paths: Path, cwd: Path, mypypath: Path | None = None) -> str:
    """Run ``mypy --strict --warn-unreachable`` as a user would; its output, asserted clean.

    Against the installed packages it shares ``make typecheck``'s cache (same options, so the
    packages are not checked again); against other packages (``mypypath``) it starts from nothing.
    """
    env = dict(os.environ) if mypypath is None else {**os.environ, "MYPYPATH": str(mypypath)}
    cache = ["--no-incremental"] if mypypath else ["--cache-dir", str(ROOT / ".mypy_cache")]
    result = run_python(
        "-m", "mypy", "--strict", "--warn-unreachable", *cache, *paths, env=env, cwd=cwd
    )
    assert result.returncode == 0, result.stdout
    return result.stdout
