"""``client.tasks.wait_for_run`` and ``trigger_run_and_wait``: a task run polled to its end.

Polling starts every ``poll_interval`` seconds and backs off by half again each
time up to ``max_poll_interval``, so a short run is seen ending soon while a long
one costs few requests; the last sleep is cut to the time left. Each poll is one
``tasks.get_run`` call (the client's retries and deadline apply to it); the
overall ``timeout`` is measured on the client's clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._errors import WaitTimeoutError
from ._jobs import Job

if TYPE_CHECKING:
    from aioarize_api.models.task_run import TaskRun
    from aioarize_api.models.trigger_evaluation_task_run_request import (
        TriggerEvaluationTaskRunRequest,
    )
    from aioarize_api.models.trigger_run_experiment_task_run_request import (
        TriggerRunExperimentTaskRunRequest,
    )

#: The states a task run never leaves (the API's ``TaskRunStatus``).
TERMINAL_STATUSES = frozenset({"COMPLETED", "FAILED", "CANCELLED"})
BACKOFF = 1.5


class TaskJobs(Job):
    """The jobs on ``client.tasks``: waiting for a run to end."""

    async def wait_for_run(
        self,
        run_id: str,
        *,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        timeout: float = 600.0,  # noqa: ASYNC109 - the official SDK's name; on the client's clock
    ) -> TaskRun:
        """Poll task run ``run_id`` until it is COMPLETED, FAILED or CANCELLED, and return it.

        Args:
            run_id: the task run, as ``tasks.trigger_run`` or ``tasks.list_runs`` gave it.
            poll_interval: seconds before the second poll; each wait after it is half
                again as long, up to ``max_poll_interval``.
            max_poll_interval: the longest wait between two polls, in seconds.
            timeout: seconds after which ``WaitTimeoutError`` is raised (its ``last`` is
                the run as last seen).

        Raises:
            ValueError: a non-positive ``poll_interval``, ``max_poll_interval`` or ``timeout``.
            WaitTimeoutError: the run was still going when ``timeout`` ran out.
            ArizeError: any error of ``tasks.get_run`` (``NotFoundError`` for an unknown run).
        """
        for name, value in (
            ("poll_interval", poll_interval),
            ("max_poll_interval", max_poll_interval),
            ("timeout", timeout),
        ):
            if not value > 0:
                raise ValueError(f"{name} must be positive, got {value!r}")
        deadline = self._clock() + timeout
        interval = min(poll_interval, max_poll_interval)
        while True:
            run = await self._api.tasks.get_run(run_id)
            if str(run.status) in TERMINAL_STATUSES:
                return run
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise WaitTimeoutError(
                    f"task run {run_id!r} was still {run.status} after {timeout:g} s",
                    last=run,
                )
            await self._sleep(min(interval, remaining))
            interval = min(interval * BACKOFF, max_poll_interval)

    async def trigger_run_and_wait(
        self,
        task_id: str,
        *,
        body: TriggerEvaluationTaskRunRequest
        | TriggerRunExperimentTaskRunRequest
        | Mapping[str, Any]
        | None = None,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        timeout: float = 600.0,  # noqa: ASYNC109 - the official SDK's name; on the client's clock
    ) -> TaskRun:
        """``tasks.trigger_run(task_id, body=body)``, then ``wait_for_run`` on the new run."""
        run = await self._api.tasks.trigger_run(task_id, body=body)
        return await self.wait_for_run(
            run.id,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timeout=timeout,
        )
