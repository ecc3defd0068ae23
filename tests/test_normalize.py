"""spec/normalize.py: each repair, its idempotence, and its refusal of unknown constructs."""

from __future__ import annotations

import copy
import functools
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from aioarize_api.models import Task
from normalize import NormalizationError, normalize

from tests.fakes import task_json

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "spec.yaml"


@functools.cache
def _parsed_spec() -> dict[str, Any]:
    document = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert isinstance(document, dict)
    return document


def _spec() -> dict[str, Any]:
    """A fresh copy of the committed spec (parsed once: it is large)."""
    return copy.deepcopy(_parsed_spec())


def _with_ref_object_mappings(document: dict[str, Any]) -> dict[str, Any]:
    """Upstream's 3.0 pages spell mapping targets as ``{$ref: ...}`` objects."""
    for schema in document["components"]["schemas"].values():
        mapping = schema.get("discriminator", {}).get("mapping", {})
        for value, target in mapping.items():
            mapping[value] = {"$ref": target}
    return document


def test_discriminator_mapping_refs_become_strings() -> None:
    """Every discriminator mapping value becomes the plain reference string OpenAPI requires."""
    schemas = normalize(_with_ref_object_mappings(_spec()))["components"]["schemas"]
    assert schemas["Integration"]["discriminator"]["mapping"] == {
        "LLM": "#/components/schemas/LlmIntegration",
        "AGENT": "#/components/schemas/AgentIntegration",
        "EVALUATOR": "#/components/schemas/EvaluatorIntegration",
    }
    assert schemas["RunConfiguration"]["discriminator"]["mapping"] == {
        "LLM_GENERATION": "#/components/schemas/LlmGenerationRunConfig",
        "TEMPLATE_EVALUATION": "#/components/schemas/TemplateEvaluationRunConfig",
        "AGENT_CALL": "#/components/schemas/AgentCallRunConfig",
    }
    assert schemas == normalize(_spec())["components"]["schemas"]


def test_nullable_all_of_becomes_nullable_one_of() -> None:
    """run_configuration's nullable allOf turns into a nullable oneOf the generator honours."""
    prop = normalize(_spec())["components"]["schemas"]["Task"]["properties"]["run_configuration"]
    assert prop["nullable"] is True
    assert prop["oneOf"] == [{"$ref": "#/components/schemas/RunConfiguration"}]
    assert "allOf" not in prop and "type" not in prop


def test_generated_task_accepts_null_run_configuration() -> None:
    """The generated Task.from_dict accepts the null run_configuration the API sends."""
    task = Task.from_dict(task_json(run_configuration=None))
    assert task.run_configuration is None
    assert task.to_dict()["run_configuration"] is None


def test_openapi_31_nullable_all_of_becomes_any_of_null() -> None:
    """The 3.1 spelling of the same defect (type list with null) is repaired too."""
    document = {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "A": {
                    "properties": {
                        "b": {"type": ["object", "null"], "allOf": [{"$ref": "#/x"}]},
                    }
                }
            }
        },
    }
    prop = normalize(document)["components"]["schemas"]["A"]["properties"]["b"]
    assert prop == {"anyOf": [{"$ref": "#/x"}, {"type": "null"}]}


def test_normalize_is_idempotent_and_does_not_mutate_input() -> None:
    """Normalizing twice equals normalizing once, and the input document is left alone."""
    original = _spec()
    pristine = copy.deepcopy(original)
    once = normalize(original)
    assert normalize(once) == once
    assert original == pristine


def test_larger_document_with_more_unions_is_normalized() -> None:
    """A document with more paths and another discriminated union is handled the same way."""
    document = _spec()
    document["paths"]["/v2/things"] = copy.deepcopy(document["paths"]["/v2/tasks"])
    document["components"]["schemas"]["Thing"] = {
        "oneOf": [{"$ref": "#/components/schemas/Task"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"TASK": {"$ref": "#/components/schemas/Task"}},
        },
    }
    result = normalize(document)
    mapping = result["components"]["schemas"]["Thing"]["discriminator"]["mapping"]
    assert mapping == {"TASK": "#/components/schemas/Task"}
    assert "/v2/things" in result["paths"]


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (lambda d: d.update(openapi="2.0"), "unsupported OpenAPI version"),
        (
            lambda d: d["components"]["schemas"]["Integration"]["discriminator"]["mapping"].update(
                LLM={"$ref": "#/a", "extra": 1}
            ),
            "unrecognised target",
        ),
        (
            lambda d: d["components"]["schemas"]["Integration"]["discriminator"].pop(
                "propertyName"
            ),
            "without a propertyName",
        ),
        (
            lambda d: d["components"]["schemas"]["Task"]["properties"]["run_configuration"][
                "allOf"
            ].append({"type": "object"}),
            "exactly one $ref",
        ),
    ],
)
def test_unrecognised_constructs_fail_loudly(patch: Any, message: str) -> None:
    """A construct the normalizer cannot repair raises instead of passing through."""
    document = _spec()
    patch(document)
    with pytest.raises(NormalizationError, match=message.replace("$", r"\$")):
        normalize(document)


def test_cli_writes_the_normalized_document(tmp_path: Path) -> None:
    """The command-line entry point writes a document equal to normalize()'s result."""
    target = tmp_path / "out.yaml"
    subprocess.run(
        [sys.executable, "spec/normalize.py", str(SPEC), str(target)], check=True, cwd=ROOT
    )
    assert yaml.safe_load(target.read_text(encoding="utf-8")) == normalize(_spec())


def test_generator_refuses_the_unrepaired_spec(tmp_path: Path) -> None:
    """Without the mapping repair the pinned generator rejects upstream's ref-object mappings."""
    unrepaired = tmp_path / "unrepaired.yaml"
    unrepaired.write_text(yaml.safe_dump(_with_ref_object_mappings(_spec())), encoding="utf-8")
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(unrepaired),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / "out"),
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert "discriminator.mapping" in result.stdout + result.stderr


def _trigger_body(document: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = document["paths"]["/v2/tasks/{task_id}/trigger"]["post"]["requestBody"]
    return body


def test_optional_union_body_becomes_required() -> None:
    """An optional body whose schema is a oneOf/anyOf is made required; others stay optional."""
    document = _spec()
    assert _trigger_body(document)["required"] is False
    document["paths"]["/v2/things"] = {
        "post": {
            "requestBody": {
                "required": False,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}},
            },
            "responses": {"204": {"description": "No Content"}},
        }
    }
    result = normalize(document)
    assert _trigger_body(result)["required"] is True
    assert result["paths"]["/v2/things"]["post"]["requestBody"]["required"] is False


def test_openapi_31_document_of_full_size_is_normalized() -> None:
    """The whole API, labelled 3.1.1 as the published document is, normalizes the same way."""
    document = _spec()
    document["openapi"] = "3.1.1"
    result = normalize(document)
    assert result["openapi"] == "3.1.1"
    assert len(result["paths"]) == len(document["paths"])
    assert _trigger_body(result)["required"] is True


def _union_document(discriminator: dict[str, Any]) -> dict[str, Any]:
    pinned: dict[str, Any] = {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["A"]}},
    }
    free = {"type": "object", "properties": {"kind": {"type": "string"}, "id": {"type": "string"}}}
    return {
        "openapi": "3.0.3",
        "components": {
            "schemas": {
                "Pinned": {
                    **pinned,
                    "properties": {**pinned["properties"], "id": {"type": "string"}},
                },
                "Free": free,
                "U": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Pinned"},
                        {"$ref": "#/components/schemas/Free"},
                    ],
                    "discriminator": discriminator,
                },
            }
        },
    }


def test_union_mappings_given_implied_or_plain_become_explicit() -> None:
    """Plain names become refs; an absent value is the variant's one-value enum, else its name."""
    for discriminator in (
        {"propertyName": "kind"},
        {"propertyName": "kind", "mapping": {"A": "Pinned"}},
        {"propertyName": "kind", "mapping": {"A": {"$ref": "#/components/schemas/Pinned"}}},
    ):
        schemas = normalize(_union_document(discriminator))["components"]["schemas"]
        assert schemas["U"]["discriminator"]["mapping"] == {
            "A": "#/components/schemas/Pinned",
            "Free": "#/components/schemas/Free",
        }
        unknown = schemas["UnknownU"]
        assert schemas["U"]["oneOf"][-1] == {"$ref": "#/components/schemas/UnknownU"}
        assert unknown["properties"]["kind"]["not"] == {"enum": ["A", "Free"]}
        assert unknown["properties"]["id"] == {"type": "string"}  # shared by every variant
        assert schemas["Pinned"]["x-aioarize-discriminator"] == {
            "property": "kind",
            "values": ["A"],
        }
        assert normalize(normalize(_union_document(discriminator))) == normalize(
            _union_document(discriminator)
        )


def test_unknown_variant_requires_what_every_known_variant_requires() -> None:
    """A shared field all known variants require is required (typed present) in Unknown<U>."""
    document = _union_document({"propertyName": "kind"})
    schemas = document["components"]["schemas"]
    schemas["Pinned"]["required"] = ["kind", "id"]
    schemas["Free"]["required"] = ["kind"]
    assert normalize(document)["components"]["schemas"]["UnknownU"]["required"] == ["kind"]
    schemas["Free"]["required"] = ["id", "kind"]
    assert normalize(document)["components"]["schemas"]["UnknownU"]["required"] == ["kind", "id"]


def test_a_mapping_to_a_schema_outside_the_union_is_refused() -> None:
    """A discriminator value that names no oneOf variant is a NormalizationError."""
    document = _union_document({"propertyName": "kind", "mapping": {"B": "Elsewhere"}})
    with pytest.raises(NormalizationError, match="names no oneOf variant"):
        normalize(document)
