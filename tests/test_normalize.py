"""spec/normalize.py: each repair, its idempotence, and its refusal of unknown constructs."""

from __future__ import annotations

import copy
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


def _spec() -> dict[str, Any]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_upstream_spec_still_has_ref_object_mappings() -> None:
    """The checked-in spec keeps upstream's defect, so the repair below is still needed."""
    mapping = _spec()["components"]["schemas"]["Integration"]["discriminator"]["mapping"]
    assert mapping["llm"] == {"$ref": "#/components/schemas/LlmIntegration"}


def test_discriminator_mapping_refs_become_strings() -> None:
    """Every discriminator mapping value becomes the plain reference string OpenAPI requires."""
    schemas = normalize(_spec())["components"]["schemas"]
    assert schemas["Integration"]["discriminator"]["mapping"] == {
        "llm": "#/components/schemas/LlmIntegration"
    }
    assert schemas["RunConfiguration"]["discriminator"]["mapping"] == {
        "llm_generation": "#/components/schemas/LlmGenerationRunConfig",
        "template_evaluation": "#/components/schemas/TemplateEvaluationRunConfig",
    }


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
            "mapping": {"task": {"$ref": "#/components/schemas/Task"}},
        },
    }
    result = normalize(document)
    mapping = result["components"]["schemas"]["Thing"]["discriminator"]["mapping"]
    assert mapping == {"task": "#/components/schemas/Task"}
    assert "/v2/things" in result["paths"]


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (lambda d: d.update(openapi="2.0"), "unsupported OpenAPI version"),
        (
            lambda d: d["components"]["schemas"]["Integration"]["discriminator"]["mapping"].update(
                llm={"$ref": "#/a", "extra": 1}
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
    """Without the mapping repair the pinned generator rejects the whole upstream document."""
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
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
