"""The generated models' from_dict (generator-templates/model.py.jinja) and lazy models package."""

from __future__ import annotations

import copy
import importlib
import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import aioarize_api.models
import pytest
from aioarize_api.errors import SchemaMismatch
from aioarize_api.models import (
    LlmIntegration,
    LLMMessage,
    Task,
    TemplateEvaluationRunConfigClassificationChoices,
)
from aioarize_api.types import UNSET, Unset

from tests.fakes import task_json

ROOT = Path(__file__).resolve().parent.parent

INTEGRATION: dict[str, Any] = {
    "id": "SW50ZWdyYXRpb246MQ==",
    "type": "llm",
    "name": "OpenAI",
    "scopings": [{"organization_id": None, "space_id": None}],
    # In the form isoformat() writes, so that to_dict() gives back the same strings.
    "created_at": "2026-02-20T10:00:00+00:00",
    "updated_at": "2026-02-20T10:00:00.123000+02:00",
    "created_by_user_id": "VXNlcjox",
    "config": {
        "provider": "openAI",
        "has_api_key": True,
        "is_default_models_enabled": False,
        "is_function_calling_enabled": True,
    },
}


def test_unknown_keys_become_additional_properties_and_serialise_back() -> None:
    """Keys the spec lacks, at any depth, go to additional_properties and back out of to_dict()."""
    raw = copy.deepcopy(INTEGRATION)
    raw["owner"] = {"team": "ml"}
    raw["scopings"][0]["region"] = "eu"
    integration = LlmIntegration.from_dict(raw)
    assert integration.additional_properties == {"owner": {"team": "ml"}}
    assert integration.scopings[0].additional_properties == {"region": "eu"}
    assert integration.to_dict() == raw


def test_known_keys_are_never_additional_properties() -> None:
    """Optional keys present or absent, with or without an extra key, are counted exactly."""
    bare = LLMMessage.from_dict({"role": "user"})
    assert bare.content is UNSET and bare.additional_properties == {}
    full = LLMMessage.from_dict(
        {"role": "tool", "content": None, "tool_call_id": "call_1", "tool_calls": []}
    )
    assert (full.content, full.tool_call_id, full.tool_calls) == (None, "call_1", [])
    assert full.additional_properties == {}
    # As many keys as the model has, but one of them unknown.
    odd = LLMMessage.from_dict({"role": "user", "content": "hi", "tool_call_ids": "x", "name": 1})
    assert odd.tool_call_id is UNSET
    assert odd.additional_properties == {"tool_call_ids": "x", "name": 1}


def test_from_dict_neither_changes_nor_shares_its_input() -> None:
    """The input dict is left as it was, and editing the model's extra keys does not touch it."""
    raw = {**copy.deepcopy(INTEGRATION), "owner": "me"}
    before = copy.deepcopy(raw)
    integration = LlmIntegration.from_dict(raw)
    integration.additional_properties["owner"] = "you"
    assert raw == before


def test_from_dict_builds_what_init_builds_and_a_subclass_keeps_its_init() -> None:
    """from_dict skips attrs' __init__ for the class itself, with the same result; a
    subclass's own __init__ still runs."""
    parsed = LlmIntegration.from_dict(INTEGRATION)
    rebuilt = LlmIntegration(
        id=parsed.id,
        type_=parsed.type_,
        name=parsed.name,
        scopings=parsed.scopings,
        created_at=parsed.created_at,
        updated_at=parsed.updated_at,
        created_by_user_id=parsed.created_by_user_id,
        config=parsed.config,
    )
    assert parsed == rebuilt and parsed.additional_properties == {}
    assert (
        parsed.additional_properties
        is not LlmIntegration.from_dict(INTEGRATION).additional_properties
    )

    class Tagged(LlmIntegration):
        def __init__(self, **fields: Any) -> None:
            super().__init__(**fields)
            self.additional_properties["via"] = "init"

    tagged = Tagged.from_dict(INTEGRATION)
    assert type(tagged) is Tagged and tagged.additional_properties == {"via": "init"}
    assert tagged.config == parsed.config


def test_a_map_model_copies_every_key_and_rejects_what_is_not_a_mapping() -> None:
    """A schema of additionalProperties only keeps all keys in a copy; pairs or strings fail."""
    raw = {"relevant": 1, "irrelevant": 0}
    choices = TemplateEvaluationRunConfigClassificationChoices.from_dict(raw)
    assert choices.additional_properties == raw
    assert choices.additional_properties is not raw
    for not_a_mapping in ([["relevant", 1]], "ab"):
        with pytest.raises((TypeError, AttributeError)):
            TemplateEvaluationRunConfigClassificationChoices.from_dict(not_a_mapping)  # type: ignore[arg-type]


def test_a_missing_required_key_raises_key_error_naming_it() -> None:
    """from_dict raises KeyError with the key's name, which the facade turns into a JSON path."""
    raw = task_json()
    del raw["created_at"]
    with pytest.raises(KeyError) as caught:
        Task.from_dict(raw)
    assert caught.value.args == ("created_at",)


def test_nested_objects_must_be_mappings() -> None:
    """A nested object sent as [key, value] pairs is an error, no longer read through dict()."""
    raw = copy.deepcopy(INTEGRATION)
    raw["scopings"] = [[["space_id", "U3BhY2U6MQ=="]]]
    with pytest.raises(SchemaMismatch) as caught:
        LlmIntegration.from_dict(raw)
    assert caught.value.path == ["scopings", 0]


def test_every_exported_model_name_resolves() -> None:
    """Each name in aioarize_api.models.__all__ resolves; any other raises AttributeError."""
    package = aioarize_api.models
    for name in package.__all__:
        model = getattr(package, name)
        assert model.__name__ == name
        assert model.__module__.startswith("aioarize_api.models.")
    assert set(package.__all__) <= set(dir(package))
    with pytest.raises(AttributeError, match="NotAModel"):
        getattr(package, "NotAModel")  # noqa: B009 - the name is deliberately unknown


def test_models_are_imported_on_first_use() -> None:
    """Importing the package or one model module imports no other model until it is needed."""
    script = textwrap.dedent(
        """
        import sys

        def loaded():
            return sorted(m for m in sys.modules if m.startswith("aioarize_api.models."))

        import aioarize_api.models
        print(loaded())
        from aioarize_api.models import ListTasksResponse
        print(loaded())
        ListTasksResponse.from_dict({"tasks": [], "pagination": {"has_more": False}})
        print(loaded())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    empty, one, parsed = (eval(line) for line in result.stdout.splitlines())
    assert empty == []
    assert one == ["aioarize_api.models.list_tasks_response"]
    assert {"aioarize_api.models.task", "aioarize_api.models.pagination_metadata"} <= set(parsed)


def test_to_dict_resolves_the_models_it_refers_to() -> None:
    """In a fresh interpreter, to_dict() of a model built by hand, never parsed, works."""
    script = textwrap.dedent(
        """
        import json
        from aioarize_api.models import Task, TaskEvaluator, TaskType
        from aioarize_api.models import TemplateEvaluationRunConfig as Config
        from aioarize_api.models import TemplateEvaluationRunConfigExperimentType as Kind
        moment = __import__("datetime").datetime(2026, 2, 20)
        task = Task(
            id="T1", name="t", type_=TaskType.RUN_EXPERIMENT, is_continuous=False,
            query_filter=None, experiment_ids=[], last_run_at=None, created_at=moment,
            updated_at=moment, created_by_user_id=None,
            evaluators=[TaskEvaluator("E1", "relevance", "V1", None, None, None)],
            run_configuration=Config(Kind.TEMPLATE_EVALUATION, "AI1", "{{x}}", True),
        )
        print(json.dumps(task.to_dict()))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    data = json.loads(result.stdout)
    assert data["run_configuration"]["experiment_type"] == "TEMPLATE_EVALUATION"
    assert data["evaluators"][0]["evaluator_id"] == "E1"


CYCLIC_SPEC = """
openapi: 3.0.3
info: {title: cyclic, version: "1"}
paths:
  /nodes:
    get:
      operationId: getNode
      responses:
        "200":
          description: A node.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Node"}
components:
  schemas:
    Node:
      type: object
      required: [name, children]
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: "#/components/schemas/Node"}}
        owner: {$ref: "#/components/schemas/Owner"}
    Owner:
      type: object
      required: [id]
      properties:
        id: {type: string}
        favourite: {$ref: "#/components/schemas/Node"}
"""


def test_recursive_and_cyclic_schemas_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the project's templates, a self-recursive schema and a two-model cycle round-trip."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(CYCLIC_SPEC)
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [
            bin_dir / "openapi-python-client",
            "generate",
            "--path",
            spec,
            "--config",
            ROOT / "generator-config.yaml",
            "--custom-template-path",
            ROOT / "generator-templates",
            "--meta",
            "none",
            "--output-path",
            tmp_path / "cyclic_api",
            "--fail-on-warning",
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    node_module = importlib.import_module("cyclic_api.models.node")
    raw = {
        "name": "root",
        "children": [
            {"name": "leaf", "children": [], "owner": {"id": "o2"}},
        ],
        "owner": {"id": "o1", "favourite": {"name": "fav", "children": [], "colour": "red"}},
    }
    node = node_module.Node.from_dict(raw)
    assert node.children[0].owner.id == "o2"
    assert node.owner.favourite.name == "fav"
    assert node.owner.favourite.additional_properties == {"colour": "red"}
    assert type(node.owner.favourite) is node_module.Node
    assert node.to_dict() == raw
    for name in [m for m in sys.modules if m.split(".")[0] == "cyclic_api"]:
        monkeypatch.delitem(sys.modules, name)


def test_unset_is_one_falsy_member_that_pickle_and_copy_keep() -> None:
    """UNSET is the only Unset, falsy, and the same object after pickle, copy and deepcopy."""
    assert list(Unset) == [UNSET] and isinstance(UNSET, Unset)
    assert not UNSET and repr(UNSET) == "UNSET"
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy({"x": UNSET})["x"] is UNSET
