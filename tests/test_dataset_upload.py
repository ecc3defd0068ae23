"""datasets.upload and append_examples on the wire: chunks, concurrency, order, partial failure."""

from __future__ import annotations

import json
import math
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import attrs
import httpx
import pandas as pd
import pytest
from aioarize_facade import datasets
from aioarize_facade.datasets import CREATE_DATASET, INSERT_DATASET_EXAMPLES

from aioarize import (
    AsyncArize,
    ConflictError,
    DatasetUpload,
    DatasetUploadError,
    ResponseValidationError,
    RetryPolicy,
    UnprocessableEntityError,
)
from aioarize._dataset_upload import max_examples
from aioarize._operation import Operation
from tests.fakes import make_client

ROOT = Path(__file__).resolve().parent.parent
NO_RETRY = RetryPolicy(max_retries=0)
STAMP = "2026-02-20T10:00:00Z"


def examples(count: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"i": i, "question": f"q{i}"} for i in range(start, start + count)]


def dataset_json(**extra: Any) -> dict[str, Any]:
    base = {"id": "D1", "name": "qa", "space_id": "S1", "created_at": STAMP, "updated_at": STAMP}
    return {**base, **extra}


def inserted(sent: list[dict[str, Any]]) -> httpx.Response:
    """The API's answer to an insert: one ID per example, here derived from its ``i``."""
    ids = [f"E{example['i']}" for example in sent]
    return httpx.Response(201, json=dataset_json(dataset_version_id="V1", example_ids=ids))


def sent_examples(request: httpx.Request) -> list[dict[str, Any]]:
    examples: list[dict[str, Any]] = json.loads(request.content)["examples"]
    return examples


class Server:
    """Answers create and insert; a test may hold an insert until it opens that chunk's gate.

    Chunks are named by the ``i`` of their first example (its input index).
    """

    def __init__(self, gated: bool = False, failing: frozenset[int] = frozenset()) -> None:
        self.gated = gated
        self.failing = failing
        self.gates: dict[int, anyio.Event] = {}
        self.arrived: list[int] = []
        self.bodies: list[list[dict[str, Any]]] = []
        self.paths: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        sent = sent_examples(request)
        self.paths.append(request.url.path)
        self.bodies.append(sent)
        if request.url.path == "/v2/datasets":
            return httpx.Response(201, json=dataset_json(name=json.loads(request.content)["name"]))
        start = sent[0]["i"]
        self.arrived.append(start)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if self.gated:
                await self.gates.setdefault(start, anyio.Event()).wait()
            else:
                await anyio.lowlevel.checkpoint()
        finally:
            self.in_flight -= 1
        if start in self.failing:
            return httpx.Response(422, json={"status": 422, "title": "Unprocessable"})
        return inserted(sent)

    def open(self, start: int) -> None:
        self.gates.setdefault(start, anyio.Event()).set()


def spec_max_items(schema: str) -> int:
    spec = json.loads((ROOT / "generated" / "aioarize_facade" / "openapi.json").read_text("utf-8"))
    return int(spec["components"]["schemas"][schema]["properties"]["examples"]["maxItems"])


def test_chunk_limits_come_from_the_spec() -> None:
    """The chunk sizes are the request schemas' maxItems in the spec."""
    assert max_examples(INSERT_DATASET_EXAMPLES) == spec_max_items("InsertDatasetExamplesRequest")
    assert max_examples(CREATE_DATASET) == spec_max_items("CreateDatasetRequest")


def with_max_items(operation: Operation, most: int) -> Operation:
    params = tuple(
        attrs.evolve(p, schema={**p.schema, "maxItems": most}) if p.argument == "examples" else p
        for p in operation.params
    )
    return attrs.evolve(operation, params=params)


@pytest.mark.anyio
async def test_chunks_follow_the_operations_max_items(monkeypatch: pytest.MonkeyPatch) -> None:
    """With other maxItems in the operations, upload's chunks follow them: nothing is fixed."""
    monkeypatch.setattr(datasets, "CREATE_DATASET", with_max_items(CREATE_DATASET, 3))
    monkeypatch.setattr(
        datasets, "INSERT_DATASET_EXAMPLES", with_max_items(INSERT_DATASET_EXAMPLES, 7)
    )
    server = Server()
    async with make_client(server) as client:
        await client.datasets.upload(name="qa", space_id="S1", examples=examples(20))
    assert [len(body) for body in server.bodies][:1] == [3]
    assert sorted(len(body) for body in server.bodies[1:]) == [3, 7, 7]


@pytest.mark.anyio
async def test_append_sends_spec_sized_chunks_and_returns_ids_in_input_order() -> None:
    """2.5 chunks' worth of examples go out as full chunks plus the rest, IDs in input order."""
    most = max_examples(INSERT_DATASET_EXAMPLES)
    count = 2 * most + most // 2
    server = Server()
    async with make_client(server) as client:
        ids = await client.datasets.append_examples("D1", examples=examples(count))
    assert ids == [f"E{i}" for i in range(count)]
    assert sorted(len(body) for body in server.bodies) == [most // 2, most, most]
    assert {path for path in server.paths} == {"/v2/datasets/D1/examples"}


@pytest.mark.anyio
async def test_ids_come_back_in_input_order_whatever_order_chunks_finish() -> None:
    """Chunks answered last-first still give their IDs in input order."""
    server = Server(gated=True)
    async with make_client(server) as client, anyio.create_task_group() as group:
        result: list[str] = []

        async def append() -> None:
            result.extend(
                await client.datasets.append_examples(
                    "D1", examples=examples(30), chunk_size=10, concurrency=3
                )
            )

        group.start_soon(append)
        await anyio.wait_all_tasks_blocked()
        assert sorted(server.arrived) == [0, 10, 20]
        for start in (20, 10, 0):
            server.open(start)
            await anyio.wait_all_tasks_blocked()
    assert result == [f"E{i}" for i in range(30)]


@pytest.mark.parametrize("concurrency", [1, 3])
@pytest.mark.anyio
async def test_concurrency_bounds_chunks_in_flight_and_examples_read_ahead(
    concurrency: int,
) -> None:
    """At most `concurrency` chunks are in flight, and the source is read only as they go."""
    size = 7
    read = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal read
        for example in examples(40):
            read += 1
            yield example

    server = Server(gated=True)
    answered = 0
    read_ahead: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal answered
        read_ahead.append(read - answered)
        response = await server(request)
        answered += len(sent_examples(request))
        return response

    ids: list[str] = []
    async with make_client(handler) as client, anyio.create_task_group() as group:

        async def append() -> None:
            ids.extend(
                await client.datasets.append_examples(
                    "D1", examples=source(), chunk_size=size, concurrency=concurrency
                )
            )
            group.cancel_scope.cancel()

        group.start_soon(append)
        while True:  # answer whatever is in flight once nothing else can move
            await anyio.wait_all_tasks_blocked()
            for start in server.arrived:
                server.open(start)
    assert ids == [f"E{i}" for i in range(40)]
    assert len(server.bodies) == math.ceil(40 / size)
    assert server.most_in_flight == concurrency
    assert max(read_ahead) <= concurrency * size


@pytest.mark.anyio
async def test_async_iterables_and_dataframes_are_examples_too() -> None:
    """An async generator and a DataFrame (numpy values, NaN as null) upload like a list."""

    async def source() -> AsyncIterator[dict[str, Any]]:
        for example in examples(25):
            yield example

    frame = pd.DataFrame({"i": range(25), "score": [0.5] * 24 + [float("nan")]})
    server = Server()
    async with make_client(server) as client:
        from_async = await client.datasets.append_examples("D1", examples=source(), chunk_size=10)
        from_frame = await client.datasets.append_examples("D1", examples=frame, chunk_size=10)
    assert from_async == from_frame == [f"E{i}" for i in range(25)]
    frame_rows = [row for body in server.bodies[3:] for row in body]
    assert frame_rows[0] == {"i": 0, "score": 0.5}
    assert frame_rows[24] == {"i": 24, "score": None}
    assert [len(body) for body in server.bodies] == [10, 10, 5, 10, 10, 5]


@pytest.mark.anyio
async def test_a_failed_chunk_says_what_went_in_counting_chunks_in_flight_beside_it() -> None:
    """A chunk failing while others are in flight: those finish, and the error accounts for each.

    Chunks 0, 10, 20 go out; 20 succeeds, freeing a slot for 30; 10 fails, after which no
    chunk is read; 0 and 30 then succeed. Everything before 10 went in, and 20-39 too.
    """
    server = Server(gated=True, failing=frozenset({10}))
    caught: list[DatasetUploadError] = []
    async with make_client(server, retry=NO_RETRY) as client, anyio.create_task_group() as group:

        async def append() -> None:
            with pytest.raises(DatasetUploadError) as error:
                await client.datasets.append_examples(
                    "D1", examples=examples(100), chunk_size=10, concurrency=3
                )
            caught.append(error.value)

        group.start_soon(append)
        await anyio.wait_all_tasks_blocked()
        for start in (20, 10, 0, 30):
            server.open(start)
            await anyio.wait_all_tasks_blocked()
    error = caught[0]
    assert server.arrived == [0, 10, 20, 30]
    assert error.dataset_id == "D1"
    assert error.resume_from == 10
    assert error.inserted_after == (range(20, 30), range(30, 40))
    assert error.inserted == 30
    assert error.example_ids == [f"E{i}" for i in range(10)]
    assert isinstance(error.__cause__, UnprocessableEntityError)
    message = str(error)
    assert "continue from input index 10" in message and "20-29, 30-39" in message


@pytest.mark.anyio
async def test_a_source_failing_mid_way_stops_at_the_chunk_it_was_reading() -> None:
    """An exception from the examples' source is a failure at the chunk being read, chained."""

    def source() -> Iterator[dict[str, Any]]:
        yield from examples(25)
        raise OSError("disk gone")

    server = Server()
    async with make_client(server) as client:
        with pytest.raises(DatasetUploadError) as caught:
            await client.datasets.append_examples("D1", examples=source(), chunk_size=10)
    assert caught.value.resume_from == 20 and caught.value.inserted == 20
    assert caught.value.inserted_after == ()
    assert isinstance(caught.value.__cause__, OSError)
    assert sorted(server.arrived) == [0, 10]


@pytest.mark.anyio
async def test_an_answer_with_the_wrong_number_of_ids_fails_its_chunk() -> None:
    """An insert answer whose IDs do not match the chunk is a ResponseValidationError cause."""

    def short(request: httpx.Request) -> httpx.Response:
        return inserted(sent_examples(request)[:-1])

    async with make_client(short) as client:
        with pytest.raises(DatasetUploadError) as caught:
            await client.datasets.append_examples("D1", examples=examples(5))
    assert caught.value.resume_from == 0 and caught.value.inserted == 0
    assert isinstance(caught.value.__cause__, ResponseValidationError)


@pytest.mark.anyio
async def test_upload_creates_with_the_first_chunk_and_appends_the_rest() -> None:
    """upload: create with a first chunk, the rest appended; no IDs since create lists none."""
    server = Server()
    async with make_client(server) as client:
        upload = await client.datasets.upload(
            name="qa", space_id="S1", examples=examples(25), chunk_size=10
        )
    assert isinstance(upload, DatasetUpload)
    assert upload.dataset.id == "D1" and upload.dataset.name == "qa"
    assert upload.example_count == 25
    assert upload.example_ids is None
    assert server.paths[0] == "/v2/datasets"
    assert [body[0]["i"] for body in server.bodies] == [0, 10, 20]


@pytest.mark.anyio
async def test_upload_lists_every_id_when_the_create_answer_carries_them() -> None:
    """A create answer listing its examples' IDs makes upload return all IDs in input order."""

    async def handler(request: httpx.Request) -> httpx.Response:
        sent = sent_examples(request)
        if request.url.path == "/v2/datasets":
            ids = [f"E{example['i']}" for example in sent]
            return httpx.Response(201, json=dataset_json(example_ids=ids))
        return inserted(sent)

    async with make_client(handler) as client:
        upload = await client.datasets.upload(
            name="qa", space_id="S1", examples=examples(25), chunk_size=10
        )
    assert upload.example_ids == [f"E{i}" for i in range(25)]


@pytest.mark.anyio
async def test_upload_failing_after_create_names_the_dataset_to_continue() -> None:
    """A failed chunk after the create names the new dataset; the first chunk's IDs are unknown."""
    server = Server(failing=frozenset({20}))
    async with make_client(server, retry=NO_RETRY) as client:
        with pytest.raises(DatasetUploadError) as caught:
            await client.datasets.upload(
                name="qa", space_id="S1", examples=examples(25), chunk_size=10, concurrency=1
            )
    assert caught.value.dataset_id == "D1"
    assert caught.value.resume_from == 20 and caught.value.inserted == 20
    assert caught.value.example_ids is None


@pytest.mark.anyio
async def test_upload_whose_create_fails_raises_that_error_and_sends_nothing_more() -> None:
    """A name taken is the create call's ConflictError as is: nothing was created."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(409, json={"status": 409, "title": "Conflict"})

    async with make_client(handler, retry=NO_RETRY) as client:
        with pytest.raises(ConflictError):
            await client.datasets.upload(name="qa", space_id="S1", examples=examples(2500))
    assert len(calls) == 1


Call = Callable[[AsyncArize], Any]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.datasets.upload(name="n", space_id="s", examples=[]), ValueError),
        (
            lambda c: c.datasets.append_examples("D1", examples=[{"a": 1}], concurrency=0),
            ValueError,
        ),
        (lambda c: c.datasets.append_examples("D1", examples=[{"a": 1}], chunk_size=0), ValueError),
        (
            lambda c: c.datasets.append_examples("D1", examples=[{"a": 1}], chunk_size=10**6),
            ValueError,
        ),
        (lambda c: c.datasets.append_examples("D1", examples={"a": 1}), TypeError),
        (lambda c: c.datasets.append_examples("D1", examples="abc"), TypeError),
    ],
)
@pytest.mark.anyio
async def test_bad_arguments_fail_before_any_request(call: Call, error: type[Exception]) -> None:
    """No examples, a bad concurrency or chunk size, or a lone mapping or string send nothing."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500)

    async with make_client(handler) as client:
        with pytest.raises(error):
            await call(client)
    assert calls == []


@pytest.mark.anyio
async def test_no_examples_to_append_sends_nothing() -> None:
    """Appending an empty iterable returns no IDs without a request."""
    server = Server()
    async with make_client(server) as client:
        assert await client.datasets.append_examples("D1", examples=iter([])) == []
    assert server.bodies == []
