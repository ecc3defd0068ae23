"""Values of the wrong JSON type are ResponseValidationError at their path (generated from_dict)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from aioarize_api.errors import SchemaMismatch
from aioarize_api.models import Task, TaskRun

from aioarize import ResponseValidationError
from aioarize._dispatch import Model
from tests.fakes import (
    LLM_GENERATION,
    Script,
    integration_json,
    make_client,
    parse_integration,
    parse_task,
    task_json,
    task_run_json,
)

Edit = Callable[[dict[str, Any]], object]


def parse_task_run(raw: object) -> TaskRun:
    """What client.tasks.get_run returns for a body ``raw``."""
    result: TaskRun = Model("aioarize_api.models.task_run:TaskRun")(raw, "$")
    return result


def _set(path: tuple[str | int, ...], value: object) -> Edit:
    """An edit that puts ``value`` at ``path`` of a document."""

    def edit(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return edit


def _with_run_configuration(configuration: dict[str, Any]) -> Edit:
    return _set(("run_configuration",), configuration)


TASK_CASES: list[tuple[Edit, str, str]] = [
    # Top level: strings, booleans, numbers, enums, date-times.
    (_set(("name",), 123), "$.name", "expected a string, got integer"),
    (_set(("is_continuous",), "yes"), "$.is_continuous", "expected a boolean, got string"),
    (_set(("is_continuous",), 1), "$.is_continuous", "expected a boolean, got integer"),
    (_set(("sampling_rate",), math.nan), "$.sampling_rate", "got a non-finite number"),
    (_set(("sampling_rate",), math.inf), "$.sampling_rate", "got a non-finite number"),
    (_set(("sampling_rate",), True), "$.sampling_rate", "got boolean"),
    (_set(("sampling_rate",), "0.5"), "$.sampling_rate", "got string"),
    (_set(("type",), 5), "$.type", "expected a string, got integer"),
    (_set(("created_at",), "yesterday"), "$.created_at", "ISO 8601 date-time"),
    (_set(("created_at",), 1771581600), "$.created_at", "got integer"),
    # Nullable fields: null is fine, another type is not.
    (_set(("query_filter",), 5), "$.query_filter", "expected a string or null"),
    (_set(("created_by_user_id",), []), "$.created_by_user_id", "got array"),
    (_set(("last_run_at",), "yesterday"), "$.last_run_at", "ISO 8601 date-time"),
    (_set(("last_run_at",), False), "$.last_run_at", "got boolean"),
    # Arrays and their items.
    (_set(("experiment_ids",), "E1"), "$.experiment_ids", "expected an array, got string"),
    (_set(("experiment_ids",), ["E1", 2]), "$.experiment_ids[1]", "expected a string"),
    # Nested objects, in arrays.
    (
        _set(("evaluators",), [{"evaluator_id": "EV1", "evaluator_name": 7}]),
        "$.evaluators[0].evaluator_name",
        "expected a string",
    ),
    (
        _set(("evaluators",), [{"evaluator_id": "EV1"}]),
        "$.evaluators[0].evaluator_name",
        "required field missing",
    ),
    # Unions: a nullable object, and a discriminated union's variant.
    (_set(("query_filters",), "x"), "$.query_filters", "expected an object or null"),
    (
        _with_run_configuration(
            {**LLM_GENERATION, "messages": [{"role": "USER", "content": {"text": "hi"}}]}
        ),
        "$.run_configuration.messages[0].content",
        "expected a string or null, got object",
    ),
    (
        _with_run_configuration({**LLM_GENERATION, "experiment_type": 3}),
        "$.run_configuration.experiment_type",
        "expected a string, got integer",
    ),
    # additionalProperties typed as numbers.
    (
        _with_run_configuration(
            {
                "experiment_type": "TEMPLATE_EVALUATION",
                "ai_integration_id": "AI1",
                "template": "Is {{output}} correct?",
                "provide_explanation": True,
                "classification_choices": {"correct": 1, "wrong": "0"},
            }
        ),
        "$.run_configuration.classification_choices.wrong",
        "expected a finite number, got string",
    ),
]


@pytest.mark.parametrize(("edit", "path", "message"), TASK_CASES)
def test_a_task_value_of_the_wrong_type_is_an_error_at_its_path(
    edit: Edit, path: str, message: str
) -> None:
    """A task with one value of the wrong type raises ResponseValidationError naming it."""
    raw = task_json()
    edit(raw)
    with pytest.raises(ResponseValidationError) as caught:
        parse_task(raw)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("edit", "path"),
    [
        (_set(("name",), None), "$.name"),
        (_set(("config", "has_api_key"), "yes"), "$.config.has_api_key"),
        (_set(("scopings",), [{"organization_id": None, "space_id": 5}]), "$.scopings[0].space_id"),
        (_set(("scopings",), {"space_id": None}), "$.scopings"),
    ],
)
def test_an_integration_value_of_the_wrong_type_is_an_error_at_its_path(
    edit: Edit, path: str
) -> None:
    """A non-nullable field rejects null, and nested values are reported where they are."""
    raw = integration_json()
    edit(raw)
    with pytest.raises(ResponseValidationError) as caught:
        parse_integration(raw)
    assert caught.value.path == path


def test_an_integer_is_a_number_but_a_boolean_is_neither() -> None:
    """A number field takes a JSON integer; an integer field rejects booleans and fractions."""
    assert parse_task(task_json(sampling_rate=1)).sampling_rate == 1
    assert parse_task_run(task_run_json()).num_errors == 0
    for value in (True, 1.5, "1"):
        with pytest.raises(ResponseValidationError) as caught:
            parse_task_run(task_run_json(num_errors=value))
        assert caught.value.path == "$.num_errors"
        assert "expected an integer" in str(caught.value)


def test_the_message_names_types_and_never_the_value() -> None:
    """What a server sent in the wrong place (an echoed secret, say) is not repeated."""
    secret = "sk-not-a-date-0123456789"
    for raw in (task_json(created_at=secret), task_json(is_continuous=secret)):
        with pytest.raises(ResponseValidationError) as caught:
            parse_task(raw)
        assert secret not in str(caught.value)
        assert secret not in repr(caught.value.args)


def test_from_dict_raises_schema_mismatch_with_the_path_as_steps() -> None:
    """Called directly, a generated from_dict raises SchemaMismatch, a ValueError, with the path."""
    evaluator = {
        "evaluator_id": "EV1",
        "evaluator_name": "e",
        "evaluator_version_id": None,
        "column_mappings": None,
        "query_filter": 1,
    }
    raw = task_json(evaluators=[evaluator])
    with pytest.raises(SchemaMismatch) as caught:
        Task.from_dict(raw)
    assert isinstance(caught.value, ValueError)
    assert caught.value.path == ["evaluators", 0, "query_filter"]
    assert caught.value.json_path() == "$.evaluators[0].query_filter"


@pytest.mark.anyio
async def test_nan_in_a_body_is_an_error() -> None:
    """json.loads reads a bare NaN as a float; a number field rejects it over the wire."""
    body = b'{"id": "T1", "name": "task", "type": "TEMPLATE_EVALUATION", "is_continuous": false,'
    body += b' "query_filter": null, "evaluators": [], "experiment_ids": [], "last_run_at": null,'
    body += b' "created_at": "2026-02-20T10:00:00Z", "updated_at": "2026-02-20T10:00:00Z",'
    body += b' "created_by_user_id": null, "sampling_rate": NaN}'
    headers = {"Content-Type": "application/json"}
    script = Script([httpx.Response(200, content=body, headers=headers)])
    async with make_client(script) as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.tasks.get("T1")
    assert caught.value.path == "$.sampling_rate"
