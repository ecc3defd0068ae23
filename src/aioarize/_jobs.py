"""The seam between the generated resources and the handwritten jobs.

A job (``client.experiments.run``, ``client.datasets.upload``,
``client.tasks.wait_for_run`` ...) is a mechanism built from several operations,
so it is written by hand, one module per job, as a mixin class deriving from
``Job``. ``spec/codegen.py`` lists the mixins in its ``JOBS`` table and makes the
generated resource class of that tag derive from it, so the job's methods sit
beside the generated ones and regeneration never touches them.

A job reaches the API only through ``self._api``: the client's generated
resources, hence its one request path (retries, rate limiting, deadlines, typed
errors) and its pager; it tells time and waits with the client's clock and sleep,
so tests drive it with fakes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ._operation import Resource
from ._retry import Clock, Sleep

if TYPE_CHECKING:
    from ._client import AsyncArize


class Job(Resource):
    """Base of the job mixins: the client and its clock, for methods written by hand."""

    @property
    def _api(self) -> AsyncArize:
        return cast("AsyncArize", self._client)

    @property
    def _sleep(self) -> Sleep:
        return self._api._sender.sleep

    @property
    def _clock(self) -> Clock:
        return self._api._sender.clock
