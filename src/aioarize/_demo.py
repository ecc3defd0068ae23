"""``python -m aioarize._demo`` (``make demo``): aioarize end to end against a local sandbox.

1. Starts the sandbox in a subprocess through the CLI, on a free loopback
   port, rate limited and serving variants the spec does not know yet.
2. Runs the ``aioarize`` CLI against it.
3. Runs an async example in-process: pages streamed with ``async for``,
   unknown variants listed, a burst of concurrent requests whose 429s are
   waited out and retried.
4. Stops the sandbox, also when a step fails.
"""

from __future__ import annotations

import os
import queue
import re
import shlex
import subprocess
import sys
import threading
import time
from collections import Counter
from typing import IO

import anyio

from aioarize import ArizeError, AsyncArize, RetryEvent
from aioarize.models import (
    LlmIntegration,
    UnknownIntegration,
    UnknownLlmConfig,
    UnknownRunConfiguration,
)

API_KEY = "demo-key"
RATE_LIMIT = 5  # requests per second, with a burst allowance of as many
BURST = 8  # concurrent calls: more than the allowance, so some meet a 429
SANDBOX_FLAGS = [
    "--port", "0",
    "--size", "integrations=24",
    "--size", "tasks=24",
    "--unknown-variants",
    "--rate-limit", str(RATE_LIMIT),
    "--api-key", API_KEY,
]  # fmt: skip
STARTUP_TIMEOUT = 15.0
LISTENING = re.compile(r"listening on (http://\S+)")


class DemoError(Exception):
    """A step of the demo failed; the message says which."""


def say(text: str = "") -> None:
    # Flushed at once, so our lines and the subprocesses' stay in order.
    print(text, flush=True)


def section(title: str) -> None:
    say()
    say(f"== {title} ==")


def main() -> int:
    started = time.monotonic()
    section("1. Start the sandbox: a local stand-in for the Arize AX API")
    command = [sys.executable, "-m", "aioarize", "sandbox", *SANDBOX_FLAGS]
    say(f"$ python -m aioarize sandbox {shlex.join(SANDBOX_FLAGS)}")
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        base_url = _wait_until_listening(server)
        _run_cli(base_url)
        section("3. The async API, in-process")
        anyio.run(_async_example, base_url)
    except (DemoError, ArizeError) as exc:
        say(f"demo failed: {exc}")
        return 1
    except KeyboardInterrupt:
        say("demo interrupted")
        return 130
    finally:
        _stop(server)
    say(f"demo finished in {time.monotonic() - started:.1f}s")
    return 0


def _wait_until_listening(server: subprocess.Popen[str]) -> str:
    """The sandbox's base URL, from its "listening on" line."""
    assert server.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    # A reader thread, so that waiting can time out and the pipe never fills up.
    threading.Thread(target=_drain, args=(server.stdout, lines), daemon=True).start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise DemoError(f"the sandbox did not start within {STARTUP_TIMEOUT:g}s") from None
        if line is None:
            raise DemoError(f"the sandbox exited with status {server.wait()} before listening")
        say(line.rstrip())
        match = LISTENING.search(line)
        if match:
            return match.group(1)


def _drain(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _stop(server: subprocess.Popen[str]) -> None:
    section("4. Stop the sandbox")
    server.terminate()
    try:
        status = server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        status = server.wait()
    say(f"sandbox stopped (exit status {status})")


def _run_cli(base_url: str) -> None:
    section("2. The aioarize command line")
    say(f"(with ARIZE_API_KEY={API_KEY} ARIZE_BASE_URL={base_url})")
    env = {key: value for key, value in os.environ.items() if key != "ARIZE_REGION"}
    env.update(ARIZE_API_KEY=API_KEY, ARIZE_BASE_URL=base_url)
    _cli(env, "integrations", "list", "--max-items", "8")
    # A filter on a type the spec does not list yet; JSON lines are for jq.
    output = _cli(env, "integrations", "list", "--type", "AGENT_X", "--max-items", "1", "--json")
    found = re.search(r'"id": "([^"]+)"', output)
    if found is None:
        raise DemoError("`integrations list --type AGENT_X --json` printed no ID")
    _cli(env, "integrations", "get", found.group(1), "--json")
    _cli(env, "tasks", "list", "--type", "RUN_EXPERIMENT", "--max-items", "6")
    # Every operation of the spec is a command; a body comes from --body or property flags.
    output = _cli(env, "spaces", "list", "--max-items", "1", "--json")
    space = re.search(r'"id": "([^"]+)"', output)
    if space is None:
        raise DemoError("`spaces list --json` printed no ID")
    body = f'{{"name": "demo", "space_id": "{space.group(1)}", "examples": [{{"q": "2+2?"}}]}}'
    output = _cli(env, "datasets", "create", "--body", body, "--json")
    dataset = re.search(r'"id": "([^"]+)"', output)
    if dataset is None:
        raise DemoError("`datasets create` printed no ID")
    _cli(env, "datasets", "update", dataset.group(1), "--name", "demo-v2")
    _cli(env, "datasets", "delete", dataset.group(1))


def _cli(env: dict[str, str], *args: str) -> str:
    say()
    say(f"$ aioarize {shlex.join(args)}")
    result = subprocess.run(
        [sys.executable, "-m", "aioarize", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    say(result.stdout.rstrip())
    if result.returncode != 0:
        raise DemoError(f"`aioarize {shlex.join(args)}` failed: {result.stderr.strip()}")
    return result.stdout


async def _async_example(base_url: str) -> None:
    retried: list[RetryEvent] = []

    def on_retry(event: RetryEvent) -> None:
        retried.append(event)
        reason = f"{event.status} received" if event.status else f"{event.error} raised"
        say(f"  {reason}, waiting {event.wait:.1f}s before retrying (attempt {event.attempt})")

    async with AsyncArize(API_KEY, base_url=base_url, on_retry=on_retry) as client:
        say()
        say("-- Integrations, streamed page by page (10 per request):")
        ids: list[str] = []
        kinds: Counter[str] = Counter()
        unknown: list[str] = []
        async for page in client.integrations.list(limit=10).pages():
            say(f"  page of {len(page.items)} integrations, more to come: {page.has_more}")
            for item in page.items:
                if isinstance(item.id, str):  # an unknown variant's fields are all optional
                    ids.append(item.id)
                match item:
                    case UnknownIntegration(type_=kind):
                        unknown.append(f"{item.name}: integration of type {kind!r}")
                    case LlmIntegration(config=UnknownLlmConfig(provider=provider)):
                        unknown.append(f"{item.name}: LLM integration, provider {provider!r}")
                    case LlmIntegration(config=config):
                        kinds[f"LLM/{config.provider}"] += 1
                    case _:
                        kinds[item.type_] += 1
        say("  " + ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items())))
        say(f"  and {len(unknown)} of variants this aioarize does not know yet,")
        say("  listed instead of failing the page:")
        for line in unknown:
            say(f"    {line}")

        say()
        say("-- Tasks, streamed item by item (max_items=20, 10 per request):")
        kinds.clear()
        unknown.clear()
        async for task in client.tasks.list(limit=10, max_items=20):
            kinds[task.type_] += 1
            match task.run_configuration:
                case UnknownRunConfiguration(experiment_type=experiment_type):
                    unknown.append(f"{task.name}: experiment type {experiment_type!r}")
        say("  " + ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items())))
        say("  run configurations this aioarize does not know yet, listed as such:")
        for line in unknown:
            say(f"    {line}")

        say()
        say(
            f"-- {BURST} concurrent integrations.get() calls; the sandbox allows {RATE_LIMIT}"
            f" per second (after a 1 s pause, so that its allowance is whole again):"
        )
        await anyio.sleep(1)
        retried.clear()
        results: list[object] = []

        async def get(integration_id: str) -> None:
            results.append(await client.integrations.get(integration_id))

        async with anyio.create_task_group() as group:
            for integration_id in ids[:BURST]:
                group.start_soon(get, integration_id)
        throttled = len({event.url for event in retried if event.status == 429})
        say(
            f"  {BURST - throttled} answered at once, {throttled} met a 429 first and were retried"
            f" after its Retry-After; {len(results)} of {BURST} calls succeeded"
        )


if __name__ == "__main__":
    sys.exit(main())
