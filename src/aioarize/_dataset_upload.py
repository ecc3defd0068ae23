"""``client.datasets.upload`` and ``append_examples``: any number of examples, in chunks.

``datasets.create`` and ``insert_examples`` take at most the spec's ``maxItems``
examples each, so examples are read from their source one chunk at a time and
sent with at most ``concurrency`` chunks in flight: memory holds those chunks,
not the whole input. Each chunk is one call of the generated method (the
client's retries, rate limiting and deadlines apply); the example IDs the API
returns are put back in input order whatever order the chunks finish in.

When a chunk fails, no further chunk is read; the chunks in flight are let
finish, so that every chunk's outcome is known, and ``DatasetUploadError`` says
what went in and where to continue.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import anyio
import attrs

from ._errors import DatasetUploadError, ResponseValidationError
from ._jobs import Job
from ._operation import Operation

if TYPE_CHECKING:
    import pandas
    from aioarize_api.models.dataset import Dataset

Example = Mapping[str, Any]
#: What ``examples=`` takes: mappings from any iterable or async iterable, or a DataFrame.
Examples: TypeAlias = "Iterable[Example] | AsyncIterable[Example] | pandas.DataFrame"
DEFAULT_CONCURRENCY = 4


@attrs.frozen
class DatasetUpload:
    """What ``datasets.upload`` made: the dataset as created, and the examples' IDs.

    ``example_ids`` lists every example's ID in input order, or is None when the
    API's answer to ``datasets.create`` (which carries the first chunk) holds no IDs,
    as the spec's ``Dataset`` does not; ``example_count`` is how many went in.
    """

    dataset: Dataset
    example_count: int
    example_ids: list[str] | None


def max_examples(operation: Operation) -> int:
    """The most examples one call of ``operation`` takes: its ``examples`` maxItems."""
    (param,) = (p for p in operation.params if p.argument == "examples")
    return int(param.schema["maxItems"])


class _Reader:
    """Examples taken from their source ``take(n)`` at a time, as plain JSON objects."""

    def __init__(self, examples: Examples) -> None:
        self._position = 0
        self._frame: pandas.DataFrame | None = None
        self._sync: Iterator[Example] | None = None
        self._async: AsyncIterator[Example] | None = None
        pandas = sys.modules.get("pandas")  # no DataFrame without pandas imported
        if pandas is not None and isinstance(examples, pandas.DataFrame):
            self._frame = examples
        elif isinstance(examples, Mapping | str | bytes):
            # Iterable, but of keys or characters: surely not the examples meant.
            raise TypeError(f"examples must be an iterable of mappings, got {type(examples)}")
        elif isinstance(examples, AsyncIterable):
            self._async = aiter(examples)
        else:
            self._sync = iter(cast("Iterable[Example]", examples))  # not a DataFrame: above

    @property
    def position(self) -> int:
        """How many examples were taken so far: the input index of the next one."""
        return self._position

    async def take(self, count: int) -> list[Example]:
        """Up to ``count`` more examples; an empty list once the source is exhausted."""
        if self._frame is not None:
            rows = self._frame.iloc[self._position : self._position + count]
            # Through pandas' JSON writer: numpy scalars become numbers, NaN null, times ISO.
            chunk: list[Example] = json.loads(rows.to_json(orient="records", date_format="iso"))
        elif self._sync is not None:
            chunk = list(itertools.islice(self._sync, count))
        else:
            assert self._async is not None
            chunk = []
            async for example in self._async:
                chunk.append(example)
                if len(chunk) == count:
                    break
        self._position += len(chunk)
        return chunk


@attrs.define
class _Chunks:
    """The outcome of each chunk sent, keyed by the input index of its first example."""

    dataset_id: str
    ids: dict[int, list[str] | None] = attrs.field(factory=dict)
    sizes: dict[int, int] = attrs.field(factory=dict)
    failures: dict[int, Exception] = attrs.field(factory=dict)

    def failed(self) -> bool:
        return bool(self.failures)

    def example_ids(self, before: int | None = None) -> list[str] | None:
        """The IDs of the chunks starting before input index ``before`` (default: all), in
        input order; None if one of them came back without its IDs."""
        ordered = [self.ids[s] for s in sorted(self.ids) if before is None or s < before]
        if any(ids is None for ids in ordered):
            return None
        return [example_id for ids in ordered for example_id in ids or ()]

    def error(self) -> DatasetUploadError:
        """The error for the earliest failed chunk: everything before it went in."""
        resume_from = min(self.failures)
        after = tuple(
            range(start, start + self.sizes[start])
            for start in sorted(self.ids)
            if start > resume_from
        )
        cause = self.failures[resume_from]
        message = (
            f"uploading examples to dataset {self.dataset_id!r} failed at input index"
            f" {resume_from} ({type(cause).__name__}: {cause}); the {resume_from} examples before"
            f" it went in"
        )
        if after:
            spans = ", ".join(f"{span.start}-{span.stop - 1}" for span in after)
            message += f", and so did input indices {spans} (in flight beside it: skip them)"
        message += f"; continue from input index {resume_from}"
        return DatasetUploadError(
            message,
            dataset_id=self.dataset_id,
            resume_from=resume_from,
            inserted_after=after,
            example_ids=self.example_ids(before=resume_from),
        )


def _limits(chunk_size: int | None, concurrency: int, most: int) -> int:
    """The chunk size to use, after checking both arguments."""
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive int, got {concurrency!r}")
    if chunk_size is None:
        return most
    if (
        not isinstance(chunk_size, int)
        or isinstance(chunk_size, bool)
        or not 1 <= chunk_size <= most
    ):
        raise ValueError(f"chunk_size must be an int from 1 to {most}, got {chunk_size!r}")
    return chunk_size


class DatasetJobs(Job):
    """The jobs on ``client.datasets``: uploading examples in chunks."""

    async def upload(
        self,
        *,
        name: str,
        space_id: str,
        examples: Examples,
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int | None = None,
    ) -> DatasetUpload:
        """Create dataset ``name`` in space ``space_id`` holding ``examples``, however many.

        The first chunk creates the dataset (``datasets.create``); the rest are
        appended as ``append_examples`` does.

        Args:
            name: the dataset's name, unique within the space.
            space_id: the space to create it in.
            examples: mappings (each one example's fields) from any iterable or async
                iterable, read lazily, or a pandas DataFrame (a row per example).
            concurrency: chunks in flight at once after the first.
            chunk_size: examples per request; default and maximum the spec's ``maxItems``.

        Raises:
            ValueError: no examples, or a bad ``concurrency`` or ``chunk_size``.
            ArizeError: the create call's own error (``ConflictError`` for a name taken):
                nothing was created.
            DatasetUploadError: a later chunk failed (the dataset exists; see its
                attributes to continue with ``append_examples``).
        """
        # Imported here: the generated module imports this one (its class derives from ours).
        from aioarize_facade.datasets import CREATE_DATASET, INSERT_DATASET_EXAMPLES

        size = _limits(chunk_size, concurrency, max_examples(INSERT_DATASET_EXAMPLES))
        reader = _Reader(examples)
        first = await reader.take(min(size, max_examples(CREATE_DATASET)))
        if not first:
            raise ValueError("examples is empty: the API does not create an empty dataset")
        dataset = await self._api.datasets.create(name=name, space_id=space_id, examples=first)
        chunks = _Chunks(dataset.id, {0: _listed_ids(dataset, len(first))}, {0: len(first)})
        await self._insert(chunks, reader, size, concurrency, None)
        return DatasetUpload(
            dataset=dataset, example_count=reader.position, example_ids=chunks.example_ids()
        )

    async def append_examples(
        self,
        dataset_id: str,
        *,
        examples: Examples,
        dataset_version_id: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int | None = None,
    ) -> list[str]:
        """Add ``examples`` to dataset ``dataset_id``, however many; their IDs in input order.

        Args:
            dataset_id: the dataset to add to.
            examples: as for ``upload``; none at all sends nothing and returns ``[]``.
            dataset_version_id: the version to add to (default: the latest).
            concurrency: chunks in flight at once.
            chunk_size: examples per request; default and maximum the spec's ``maxItems``.

        Raises:
            ValueError: a bad ``concurrency`` or ``chunk_size``.
            DatasetUploadError: a chunk failed; what went in and where to continue.
        """
        from aioarize_facade.datasets import INSERT_DATASET_EXAMPLES  # see upload

        size = _limits(chunk_size, concurrency, max_examples(INSERT_DATASET_EXAMPLES))
        chunks = _Chunks(dataset_id)
        await self._insert(chunks, _Reader(examples), size, concurrency, dataset_version_id)
        ids = chunks.example_ids()
        assert ids is not None  # every insert answer lists its IDs (checked in _send)
        return ids

    async def _insert(
        self, chunks: _Chunks, reader: _Reader, size: int, concurrency: int, version: str | None
    ) -> None:
        """Send the rest of ``reader`` in chunks, ``concurrency`` at a time, into ``chunks``."""
        slots = anyio.Semaphore(concurrency)

        async def send(start: int, examples: list[Example]) -> None:
            try:
                answer = await self._api.datasets.insert_examples(
                    chunks.dataset_id, examples=examples, dataset_version_id=version
                )
                if len(answer.example_ids) != len(examples):
                    raise ResponseValidationError(
                        f"$.example_ids: {len(answer.example_ids)} IDs for {len(examples)}"
                        " examples",
                        path="$.example_ids",
                    )
                chunks.ids[start] = answer.example_ids
            except Exception as exc:  # recorded: the chunks in flight beside it finish
                chunks.failures[start] = exc
            finally:
                slots.release()

        async with anyio.create_task_group() as group:
            while True:
                await slots.acquire()  # read a chunk only once it can be sent
                start = reader.position
                if chunks.failed():
                    break
                try:
                    examples = await reader.take(size)
                except Exception as exc:  # the source itself failed: nothing of it was sent
                    chunks.failures[start] = exc
                    break
                if not examples:
                    break
                chunks.sizes[start] = len(examples)
                group.start_soon(send, start, examples)
        if chunks.failed():
            raise chunks.error() from chunks.failures[min(chunks.failures)]


def _listed_ids(dataset: Dataset, count: int) -> list[str] | None:
    """The IDs of the examples a create call carried, where its answer lists them."""
    ids = dataset.additional_properties.get("example_ids")
    if isinstance(ids, list) and len(ids) == count and all(isinstance(i, str) for i in ids):
        return ids
    return None
