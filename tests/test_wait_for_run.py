"""tasks.wait_for_run and trigger_run_and_wait: polling with backoff on the client's clock."""

from __future__ import annotations

import json

import httpx
import pytest

from aioarize import NotFoundError, WaitTimeoutError
from tests.fakes import FakeClock, Script, make_client, problem, task_run_json

pytestmark = pytest.mark.anyio


def answers(*statuses: str) -> Script:
    return Script(httpx.Response(200, json=task_run_json(status=s)) for s in statuses)


async def test_polls_until_a_terminal_state_backing_off(clock: FakeClock) -> None:
    """PENDING, RUNNING, RUNNING, COMPLETED: four polls, waits growing by half, the run returned."""
    script = answers("PENDING", "RUNNING", "RUNNING", "COMPLETED")
    async with make_client(script, clock) as client:
        run = await client.tasks.wait_for_run("UnVuOjE=", poll_interval=2, max_poll_interval=4)
    assert run.status == "COMPLETED"
    assert [r.url.path for r in script.requests] == ["/v2/task-runs/UnVuOjE="] * 4
    assert clock.sleeps == [2, 3, 4]


@pytest.mark.parametrize("terminal", ["FAILED", "CANCELLED"])
async def test_failed_and_cancelled_runs_end_the_wait(clock: FakeClock, terminal: str) -> None:
    """A run that failed or was cancelled is returned as it is, not waited on."""
    async with make_client(answers("RUNNING", terminal), clock) as client:
        run = await client.tasks.wait_for_run("UnVuOjE=")
    assert run.status == terminal


async def test_a_run_that_never_ends_times_out(clock: FakeClock) -> None:
    """Past the timeout: WaitTimeoutError with the last run seen, the last wait cut to fit."""
    script = Script([lambda _: httpx.Response(200, json=task_run_json(status="RUNNING"))] * 100)
    async with make_client(script, clock) as client:
        with pytest.raises(WaitTimeoutError, match="still RUNNING after 10 s") as caught:
            await client.tasks.wait_for_run("UnVuOjE=", poll_interval=3, timeout=10)
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.last.status == "RUNNING"
    assert sum(clock.sleeps) == pytest.approx(10)
    assert clock.sleeps == [3, 4.5, 2.5]
    assert len(script.requests) == 4


async def test_an_unknown_run_is_not_found(clock: FakeClock) -> None:
    """The API's 404 for the run surfaces as NotFoundError, without waiting."""
    async with make_client(Script([problem(404, "Not Found")]), clock) as client:
        with pytest.raises(NotFoundError):
            await client.tasks.wait_for_run("nope")
    assert clock.sleeps == []


@pytest.mark.parametrize("argument", ["poll_interval", "max_poll_interval", "timeout"])
async def test_non_positive_intervals_are_refused(clock: FakeClock, argument: str) -> None:
    """Zero or negative timing arguments raise ValueError before any request."""
    script = Script([])
    async with make_client(script, clock) as client:
        with pytest.raises(ValueError, match=argument):
            await client.tasks.wait_for_run("UnVuOjE=", **{argument: 0})
    assert script.requests == []


async def test_trigger_run_and_wait_triggers_then_polls_the_new_run(clock: FakeClock) -> None:
    """One call: POST the trigger with its body, then poll the run it created."""
    script = Script(
        [
            httpx.Response(201, json=task_run_json(status="PENDING", id="UnVuOjI=")),
            httpx.Response(
                200, json=task_run_json(status="COMPLETED", id="UnVuOjI=", num_successes=7)
            ),
        ]
    )
    async with make_client(script, clock) as client:
        run = await client.tasks.trigger_run_and_wait("VGFzazox", body={"max_spans": 10})
    assert run.num_successes == 7
    trigger, poll = script.requests
    assert (trigger.method, trigger.url.path) == ("POST", "/v2/tasks/VGFzazox/trigger")
    assert json.loads(trigger.content) == {"max_spans": 10}
    assert poll.url.path == "/v2/task-runs/UnVuOjI="
