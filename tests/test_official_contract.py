"""The official SDK (arize 8.61.0) and the sandbox agree on every operation of the spec.

See tests/official_contract.py for what is checked. The sandbox runs on
loopback HTTP, and the official client (urllib3) talks to it as it would to
the live API.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import pytest
import yaml
from normalize import normalize

from aioarize.sandbox import SandboxConfig, create_app, load_default_spec
from aioarize.sandbox._server import serve
from tests.official_contract import (
    SEED_ITEMS,
    Disagreement,
    Report,
    api_class_name,
    check_contract,
    check_round_trips,
    operations,
    sdk,
)
from tests.spec_schemas import SPEC_PATH


@pytest.fixture(scope="module")
def report() -> Report:
    """What the contract check finds between the official SDK and the shipped spec's sandbox."""
    spec = load_default_spec()
    app = create_app(SandboxConfig(items=SEED_ITEMS), spec=spec)
    with serve(app=app) as server:
        return check_contract(spec, server.base_url)


def test_every_spec_operation_is_an_official_sdk_method() -> None:
    """Each operationId of the shipped spec is a method of the SDK's API class for its tag."""
    missing = [
        op.operation_id
        for op in operations(load_default_spec())
        if not hasattr(getattr(sdk, api_class_name(op.tag), None), op.operation_id)
    ]
    assert missing == []


def test_official_sdk_and_sandbox_agree_on_every_operation(report: Report) -> None:
    """Requests the official client builds are accepted; every response parses with its models."""
    assert [str(d) for d in report.disagreements] == []


def test_every_operation_answers_with_a_parsed_response(report: Report) -> None:
    """Every operation's response is parsed: none answers 404 for want of a seed ID."""
    assert report.not_found == []


def test_every_operation_with_a_path_parameter_reaches_an_object(report: Report) -> None:
    """All 114 operations naming an object in their path answer for objects that exist."""
    with_path = [op.operation_id for op in operations(load_default_spec()) if "{" in op.path]
    assert len(with_path) == 114
    assert [name for name in with_path if name in report.not_found] == []


def test_what_the_official_sdk_writes_comes_back() -> None:
    """Objects the SDK creates, inserts into and updates read back as written, by their paths."""
    app = create_app(SandboxConfig(items=SEED_ITEMS))
    with serve(app=app) as server:
        assert check_round_trips(server.base_url) == []


def _renamed(schema: str, old: str, new: str) -> dict[str, Any]:
    """spec/spec.yaml with one required property of ``schema`` renamed, normalized."""
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    changed = copy.deepcopy(document)
    target = changed["components"]["schemas"][schema]
    target["properties"][new] = target["properties"].pop(old)
    target["required"] = [new if name == old else name for name in target["required"]]
    result: dict[str, Any] = normalize(changed)
    return result


def _check_renamed(spec: Mapping[str, Any], only: frozenset[str]) -> list[Disagreement]:
    app = create_app(SandboxConfig(items=SEED_ITEMS), spec=spec)
    with serve(app=app) as server:
        return check_contract(spec, server.base_url, only=only).disagreements


@pytest.mark.parametrize(
    ("schema", "operation", "field"),
    [
        # The sandbox serves `title`, which the SDK's LlmIntegration does not read (it
        # takes the missing `name` as None: the SDK's models are lenient there).
        ("LlmIntegration", "get_integration", "title"),
        # The sandbox requires `title`: it rejects the SDK's body, which has `name`.
        ("CreateLlmIntegrationRequest", "create_integration", "title"),
    ],
)
def test_a_renamed_field_is_reported_with_its_operation(
    schema: str, operation: str, field: str
) -> None:
    """Renaming a required property in a spec copy makes the check name the operation and field."""
    spec = _renamed(schema, "name", "title")
    found = _check_renamed(spec, frozenset({operation}))
    assert [d.operation for d in found] == [operation], [str(d) for d in found]
    assert any(field in name for name in found[0].fields), str(found[0])
