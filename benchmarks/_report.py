"""BENCHMARKS.md: the figures of one ``make bench`` run, with the method behind them."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

METHOD = """\
## Method

**One sandbox process per comparison.** Each comparison starts the sandbox once, in a child
process (`benchmarks/_sandbox_server.py`: `aioarize.sandbox.serve()` serving
`create_app(config)`, the same as `python -m aioarize.sandbox` with the flags shown), and every
variant of that comparison talks to it over loopback HTTP. In its own process the server shares
neither the client's GIL nor its CPU-time account nor its allocations, so "client CPU" and
tracemalloc figures are the client's alone. The child adds only counters: uvicorn's h11 protocol
is wrapped to count connections as the server accepts and loses them, and an ASGI middleware
counts response statuses; `GET /__bench__/stats` reads and resets them between runs.

**Interleaved repetitions.** After one untimed warm-up round the variants run a, b, c, a, b, c,
..., each run in a fresh event loop with a fresh client created inside the timing, so a change
in machine load hits every variant alike. Tables give the median; details give the median with
the min-max range and the number of runs. Ratios are ratios of medians.

**The workloads** (benchmarks/_workloads.py):

1. *Throughput*: 10,000 integrations in pages of 100, counted one by one, by (a) an
   `httpx.AsyncClient` loop doing `json.loads` and following `next_cursor` by hand, no models:
   the floor; (b) the generated `aioarize_api.api.integrations.list_integrations.asyncio_detailed`
   driven by hand, with its parsed `ListIntegrationsResponse`; (c) `async for` over
   `client.integrations.list(limit=100)`. Client CPU is `time.process_time()` of this process.
2. *Prefetch*: 30 pages of 100 from a sandbox adding 20 ms to every request; the consumer
   walks `pager.pages()` and spends 20 ms (`await anyio.sleep(0.02)`) on each page, with
   `prefetch=0` and `prefetch=1`. A raw httpx loop over the same pages, with no work, gives the
   fetch floor. "Best possible" is what fetching exactly one page ahead allows given the
   measured fetch and work times: `(f + (n-1)·max(f, w) + w) / (n·(f + w))`.
3. *Memory*: `tracemalloc` peak of this process while `async for` streams 30,000 and then
   300,000 items (one sandbox of 300,000; `max_items` bounds the smaller run), peak reset and
   baseline taken at the start of each run, before the client exists. Why tracemalloc and why a
   separate server process: peak RSS cannot be reset between runs and is dominated by the
   interpreter and its imports, so it could not show a stream's growth; and with the server in
   the same process, filtering allocations by file could not separate the two, since client and
   server allocate through the same modules (json, h11, asyncio). tracemalloc sees allocations
   made through Python's allocators, which is where every object a stream holds lives. The
   snapshot diff names the lines whose allocations the larger run still holds at its end.
4. *Concurrency*: 200 `integrations.get` calls started at once against a sandbox adding 20 ms
   to every request, through one `AsyncArize` on asyncio (its default transport: aiohttp's
   pool) and on trio (httpx's pool), one raw `httpx.AsyncClient`, one raw
   `aiohttp.ClientSession` (100 connections, as httpx) and the official SDK's generated
   client (`arize` 8.61.0, `IntegrationsApi.get_integration`, one `ApiClient` with a
   64-connection urllib3 pool, called from 64 threads). Calls/s and this process's CPU time
   per call (the SDK's threads included). While the SDK's pydantic models reject the
   sandbox's responses (it expects the API's new schema), it is measured with
   `get_integration_without_preload_content` + `json.loads`: its request path without models,
   labelled "raw".
5. *Rate limiting*: 50 workers, each making 4 sequential `integrations.get` calls through one
   client, against a sandbox allowing 50 requests/s per key (token bucket, burst 50). The
   stock client (shared cooldown, adaptive pacing) against a baseline with neither:
   `RetryPolicy(adaptive_rate_limit=False)` and `Sender._wait_for_cooldown` made a no-op,
   i.e. per-request retrying, each request honouring only its own 429's Retry-After. Two
   shapes: workers that spend a random 0-100 ms (seeded, the same in every run) before each
   call (5a), and a tight loop (5b). The server counts 429s; "sent while the client had a 429
   in hand" counts the 429s whose request left after another 429 had arrived and before its
   Retry-After had passed. Runs start 1.5 s apart, so each starts with a full bucket.
6. *Import cost*: the cumulative time of the top-level `aioarize` line of
   `python -X importtime -c "import aioarize"` in a fresh interpreter, median of the runs, also
   with httpx's optional command-line dependencies made unimportable. The interpreters run
   with bytecode caching on even where `PYTHONDONTWRITEBYTECODE` is set, after one untimed
   run that writes the caches: an installed package has its `.pyc` files.
7. *Bursts*: 1,000 `integrations.get` calls started at once in one task group through one
   stock `AsyncArize`, on asyncio and on trio, against a sandbox without a limit (7) and one
   allowing 50 requests/s (8; the ideal time is 1,000 / 50 = 20 s). Failed calls by error
   type, wall time, and the 429s the server sent.
9. *Parsing*: one page of 100 integrations and one of 100 tasks, fetched once from the
   sandbox, then in this process: `json.loads` of the bytes; the facade's parse of the decoded
   page (`parse_page(...).parse()`, what `AsyncPager` runs: envelope checks, then each item
   through its discriminated-union dispatch); the generated `ListIntegrationsResponse` /
   `ListTasksResponse.from_dict` of the decoded page. Each run parses the page 50 times; the
   figures are microseconds per page, and the ratios divide by `json.loads`.

**Caveats.** The machine is small and shared (see its load average below), so absolute
figures move from run to run by tens of percent; the interleaved ratios are much steadier, and
the ranges in the details show the spread. The sandbox is not the Arize API: its latency is
loopback plus what it is told to add, and its per-request cost is a single uvicorn worker's.
"""


def render(
    *,
    outcomes: Sequence[tuple[str, str, str, str]],
    details: Sequence[str],
    machine: Mapping[str, str],
    command: str,
    elapsed: float,
    quick: bool,
) -> str:
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    table = ["| Benchmark | Result | Target | Status |", "| --- | --- | --- | --- |"]
    table += [
        f"| {name} | {figure} | {target} | {status} |" for name, figure, target, status in outcomes
    ]
    machine_rows = ["| | |", "| --- | --- |"]
    machine_rows += [f"| {key} | {value} |" for key, value in machine.items()]
    quick_note = (
        "\n**This was a `--quick` run (fewer repetitions): a smoke test, not a measurement.**\n"
        if quick
        else ""
    )
    return f"""\
# Benchmarks

How close aioarize comes to the limits it is built against and to its peers: a hand-written raw
httpx loop, raw aiohttp, the generated client driven by hand, the official SDK, the pool's
connection limit, the server's rate limit. This file
is written by `make bench` (`benchmarks/run.py`, not part of `make check`); every figure below
comes from the run described at the end.
{quick_note}
## Results

{chr(10).join(table)}

## Details

{chr(10).join(details)}
{METHOD}
## Machine and command

{chr(10).join(machine_rows)}
| Run | {when}, {elapsed:.0f} s in total |

```
{command}
```
"""
