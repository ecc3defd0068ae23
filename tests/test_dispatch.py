"""Polymorphic parsing: known variants strictly, unknown ones kept with their raw JSON."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from normalize import UNKNOWN_MARK, normalize

from aioarize import ResponseValidationError
from aioarize.models import (
    AgentIntegration,
    EvaluatorIntegration,
    LlmGenerationRunConfig,
    LlmIntegration,
    OpenAiConfig,
    Task,
    TaskType,
    TemplateEvaluationRunConfig,
    UnknownIntegration,
    UnknownLlmConfig,
    UnknownRunConfiguration,
)
from tests.fakes import (
    LLM_GENERATION,
    Integration,
    Script,
    integration_json,
    make_client,
    parse_integration,
    parse_task,
    task_json,
)

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "spec/spec.yaml").read_text())
RESPONSES = SPEC["components"]["responses"]


def _integration() -> dict[str, Any]:
    return integration_json()


def _task() -> dict[str, Any]:
    return task_json()


TEMPLATE_EVALUATION = {
    "experiment_type": "TEMPLATE_EVALUATION",
    "ai_integration_id": "AI1",
    "template": "Is {{output}} correct?",
    "provide_explanation": True,
}


def test_spec_integration_example_parses() -> None:
    """The spec's integration example becomes a typed LlmIntegration with an OpenAiConfig."""
    integration = parse_integration(_integration())
    assert isinstance(integration, LlmIntegration)
    assert isinstance(integration.config, OpenAiConfig)
    assert integration.config.has_api_key is True
    assert integration.created_at == datetime.datetime(
        2026, 2, 13, 21, 27, 19, 55000, tzinfo=datetime.UTC
    )
    assert integration.to_dict()["config"] == _integration()["config"]


def test_unknown_integration_type_keeps_raw_json() -> None:
    """An integration type the spec does not know becomes UnknownIntegration with its raw JSON."""
    raw = {"id": "A1", "type": "WORKFLOW", "name": "My agent", "config": {"endpoint": "x"}}
    integration = parse_integration(copy.deepcopy(raw))
    assert isinstance(integration, UnknownIntegration)
    assert integration.type_ == "WORKFLOW"
    assert (integration.id, integration.name) == ("A1", "My agent")
    assert integration.to_dict() == raw


def test_unknown_provider_keeps_common_fields_typed() -> None:
    """An llm integration with a new provider keeps typed common fields and the raw config."""
    raw = _integration()
    raw["config"] = {"provider": "MISTRAL", "has_api_key": True, "region": "us"}
    integration = parse_integration(raw)
    assert isinstance(integration, LlmIntegration)
    assert integration.id == raw["id"] and integration.name == raw["name"]
    assert isinstance(integration.created_at, datetime.datetime)
    assert integration.scopings[0].organization_id is None
    config = integration.config
    assert isinstance(config, UnknownLlmConfig)
    assert config.provider == "MISTRAL"
    assert config.to_dict() == raw["config"]


def test_run_configuration_variants_dispatch_on_experiment_type() -> None:
    """run_configuration parses to the variant its experiment_type names, or None, or Unknown."""
    cases: list[tuple[object, type | None]] = [
        (LLM_GENERATION, LlmGenerationRunConfig),
        (TEMPLATE_EVALUATION, TemplateEvaluationRunConfig),
        ({"experiment_type": "BATCH_RUN", "agent": "a"}, UnknownRunConfiguration),
        (None, None),
    ]
    for run_configuration, expected in cases:
        raw = _task()
        raw["type"] = "run_experiment"
        raw["run_configuration"] = copy.deepcopy(run_configuration)
        task = parse_task(raw)
        if expected is None:
            assert task.run_configuration is None
        else:
            assert type(task.run_configuration) is expected
    assert parse_task(raw).to_dict()["run_configuration"] is None


def test_unknown_run_configuration_keeps_raw() -> None:
    """The unknown run configuration carries its experiment_type and the JSON as sent."""
    raw = _task()
    raw["run_configuration"] = {"experiment_type": "BATCH_RUN", "steps": [1, 2]}
    run_configuration = parse_task(raw).run_configuration
    assert isinstance(run_configuration, UnknownRunConfiguration)
    assert run_configuration.experiment_type == "BATCH_RUN"
    assert run_configuration.to_dict() == {"experiment_type": "BATCH_RUN", "steps": [1, 2]}


def test_unknown_plain_enum_value_does_not_fail() -> None:
    """A task type the spec does not list parses, keeping the value as sent."""
    raw = _task()
    raw["type"] = "AGENT_EVALUATION"
    task = parse_task(raw)
    assert task.type_ == "AGENT_EVALUATION"
    assert isinstance(task.type_, TaskType)
    assert task.to_dict()["type"] == "AGENT_EVALUATION"


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d.pop("id"), "$.id"),
        (lambda d: d.update(created_at="yesterday"), "$.created_at"),
        # Nested objects are parsed inside the generated from_dict, which reports the nested path.
        (lambda d: d["config"].pop("has_api_key"), "$.config.has_api_key"),
        (lambda d: d.update(config="OPEN_AI"), "$.config"),
        (lambda d: d.update(type=None), "$.type"),
        (lambda d: d.update(scopings=[7]), "$.scopings[0]"),
    ],
)
def test_malformed_known_integration_is_an_error(mutate: Any, path: str) -> None:
    """A known variant that does not match its schema raises, naming the JSON path."""
    raw = _integration()
    mutate(raw)
    with pytest.raises(ResponseValidationError) as caught:
        parse_integration(raw)
    assert caught.value.path == path
    assert path in str(caught.value)


def test_malformed_known_run_configuration_is_an_error() -> None:
    """A known experiment_type with missing fields raises instead of falling back."""
    raw = _task()
    raw["run_configuration"] = {"experiment_type": "LLM_GENERATION"}
    with pytest.raises(ResponseValidationError) as caught:
        parse_task(raw)
    assert caught.value.path == "$.run_configuration.ai_integration_id"


@pytest.mark.parametrize("item", [None, 3, "llm", [], {"type": 5}])
def test_non_object_items_are_errors(item: object) -> None:
    """Items that are not objects, or lack a string discriminator, raise ResponseValidationError."""
    with pytest.raises(ResponseValidationError):
        parse_integration(item)
    with pytest.raises(ResponseValidationError):
        parse_task(item)


@pytest.mark.anyio
async def test_unknown_variants_do_not_fail_the_page() -> None:
    """A page mixing known and unknown variants yields every item, known ones typed."""
    agent = {"id": "A1", "type": "WORKFLOW", "name": "agent"}
    other_provider = _integration()
    other_provider["config"] = {"provider": "MISTRAL"}
    body = {
        "integrations": [_integration(), agent, other_provider],
        "pagination": {"has_more": False},
    }
    script = Script([httpx.Response(200, json=body)])
    async with make_client(script) as client:
        items = [item async for item in client.integrations.list()]
    assert [type(item) for item in items] == [LlmIntegration, UnknownIntegration, LlmIntegration]
    assert [_describe(item) for item in items] == ["OPEN_AI", "unknown type WORKFLOW", "MISTRAL"]


def _describe(integration: Integration) -> str:
    """The README's match example, kept honest by running it."""
    match integration:
        case LlmIntegration(config=OpenAiConfig()):
            return "OPEN_AI"
        case LlmIntegration(config=UnknownLlmConfig(provider=provider)):
            return str(provider)
        case UnknownIntegration(type_=kind):
            return f"unknown type {kind}"
        case AgentIntegration() | EvaluatorIntegration():
            return str(integration.type_)
    raise AssertionError(integration)


def test_every_discriminated_union_gets_an_unknown_variant() -> None:
    """Each discriminated union of the spec gains an Unknown<Union> model, and only those do."""
    schemas = normalize(SPEC)["components"]["schemas"]
    unions = {
        name for name, schema in SPEC["components"]["schemas"].items() if "discriminator" in schema
    }
    unknown = {
        schema[UNKNOWN_MARK]["union"] for schema in schemas.values() if UNKNOWN_MARK in schema
    }
    assert unions and unknown == unions
    for union in unions:
        assert schemas[union]["oneOf"][-1] == {"$ref": f"#/components/schemas/Unknown{union}"}


def test_unknown_variants_serialise_back_to_their_json() -> None:
    """to_dict() of items with unknown variants gives back the JSON as received."""
    integration = _integration()
    integration["config"] = {"provider": "MISTRAL", "region": "us"}
    task = _task()
    task["type"] = "run_experiment"
    task["run_configuration"] = {"experiment_type": "BATCH_RUN", "steps": [1]}
    agent = {"id": "A1", "type": "WORKFLOW", "name": "a"}
    for raw, parsed in [
        (integration, parse_integration(copy.deepcopy(integration))),
        (task, parse_task(copy.deepcopy(task))),
        (agent, parse_integration(copy.deepcopy(agent))),
    ]:
        data = parsed.to_dict()
        assert json.loads(json.dumps(data)) == data
        assert (
            data["config" if "config" in raw else "id"]
            == raw["config" if "config" in raw else "id"]
        )
    assert (
        parse_task(copy.deepcopy(task)).to_dict()["run_configuration"] == task["run_configuration"]
    )
    assert isinstance(parse_task(copy.deepcopy(task)), Task)
