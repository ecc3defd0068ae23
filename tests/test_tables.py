"""Tables: pager.to_list() and to_pandas(), dotted columns, and the missing-pandas error."""

from __future__ import annotations

import sys
from typing import Any

import httpx
import pandas as pd
import pytest

from aioarize import ArizeError, MissingDependencyError
from aioarize._tables import flatten, to_frame
from tests.fakes import Script, make_client, task_json


def tasks_page(tasks: list[dict[str, Any]], cursor: str | None) -> httpx.Response:
    pagination: dict[str, Any] = {"has_more": cursor is not None}
    if cursor is not None:
        pagination["next_cursor"] = cursor
    return httpx.Response(200, json={"tasks": tasks, "pagination": pagination})


def test_flatten_spreads_nested_mappings_into_dotted_keys_and_keeps_lists() -> None:
    """Nested mappings become dotted keys at any depth; lists and scalars stay as they are."""
    record = {
        "id": "T1",
        "config": {"provider": "openai", "model": {"name": "gpt", "temperature": 0.2}},
        "tags": ["a", "b"],
        "messages": [{"role": "USER"}],
        "empty": {},
    }
    assert flatten(record) == {
        "id": "T1",
        "config.provider": "openai",
        "config.model.name": "gpt",
        "config.model.temperature": 0.2,
        "tags": ["a", "b"],
        "messages": [{"role": "USER"}],
    }


def test_to_frame_keeps_first_seen_column_order_and_marks_missing_fields() -> None:
    """Columns come in order of first appearance; a field a record lacks is missing in its row."""
    frame = to_frame([{"a": 1, "n": {"x": 2}}, {"b": "y", "a": 3}], feature="test")
    assert list(frame.columns) == ["a", "n.x", "b"]
    assert frame["a"].tolist() == [1, 3]
    assert frame["n.x"].isna().tolist() == [False, True]
    assert frame["b"].isna().tolist() == [True, False]


@pytest.mark.anyio
async def test_to_list_collects_every_page_up_to_max_items() -> None:
    """to_list() follows cursors across pages and stops at max_items."""
    script = Script(
        [
            tasks_page([task_json(id="T1"), task_json(id="T2")], "c1"),
            tasks_page([task_json(id="T3"), task_json(id="T4")], None),
        ]
    )
    async with make_client(script) as client:
        tasks = await client.tasks.list(max_items=3).to_list()
    assert [t.id for t in tasks] == ["T1", "T2", "T3"]
    assert len(script.requests) == 2


@pytest.mark.anyio
async def test_to_list_with_prefetch_enters_the_pager_itself() -> None:
    """A prefetching pager needs no `async with` around to_list(), and works inside one too."""
    pages = [tasks_page([task_json(id="T1")], "c1"), tasks_page([task_json(id="T2")], None)]
    async with make_client(Script(pages)) as client:
        assert [t.id for t in await client.tasks.list(prefetch=2).to_list()] == ["T1", "T2"]
    pages = [tasks_page([task_json(id="T1")], "c1"), tasks_page([task_json(id="T2")], None)]
    async with make_client(Script(pages)) as client, client.tasks.list(prefetch=2) as pager:
        assert [t.id for t in await pager.to_list()] == ["T1", "T2"]


@pytest.mark.anyio
async def test_to_pandas_has_a_row_per_item_with_dotted_columns() -> None:
    """Each item is a row; nested fields (also unknown ones) are dotted columns, lists kept."""
    nested = {"provider": "openai", "model": {"name": "gpt"}}
    script = Script(
        [
            tasks_page([task_json(id="T1", config=nested, evaluators=[])], "c1"),
            tasks_page([task_json(id="T2", experiment_ids=["E1", "E2"])], None),
        ]
    )
    async with make_client(script) as client:
        frame = await client.tasks.list().to_pandas()
    assert frame["id"].tolist() == ["T1", "T2"]
    assert frame.loc[0, "config.provider"] == "openai"
    assert frame.loc[0, "config.model.name"] == "gpt"
    assert frame["config.provider"].isna().tolist() == [False, True]
    assert frame.loc[1, "experiment_ids"] == ["E1", "E2"]
    assert "config" not in frame.columns


@pytest.mark.anyio
async def test_to_pandas_of_an_empty_listing_is_an_empty_frame() -> None:
    """No items give a DataFrame with no rows and no columns."""
    async with make_client(Script([tasks_page([], None)])) as client:
        frame = await client.tasks.list().to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert frame.shape == (0, 0)


@pytest.mark.anyio
async def test_to_pandas_without_pandas_names_the_extra_before_any_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With pandas not importable, to_pandas() raises MissingDependencyError naming the extra."""
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    script = Script([])
    async with make_client(script) as client:
        with pytest.raises(MissingDependencyError) as caught:
            await client.tasks.list().to_pandas()
    assert "pip install pandas" in str(caught.value)
    assert isinstance(caught.value, ArizeError) and isinstance(caught.value, ImportError)
    assert isinstance(caught.value.__cause__, ImportError)
    assert script.requests == []
