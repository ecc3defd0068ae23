"""Parsing response items: dispatch on discriminators, open to variants the spec lacks.

The API documents integrations (``type``), LLM configs (``provider``) and task
run configurations (``experiment_type``) as polymorphic and promises to add
variants without a version bump. Each union is a table from discriminator
value to the generated model's parser:

* a known value parses strictly, so a malformed known item is an error rather
  than a silent fallback to another variant;
* an unknown value becomes an ``Unknown*`` object holding the value and the raw
  JSON, so one new variant never fails a whole page.

Every failure inside a generated ``from_dict`` (``KeyError``, ``TypeError`` ...)
is reported as ``ResponseValidationError`` naming the JSON path of the item.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, cast

import attrs
from aioarize_api.models import (
    IntegrationBase,
    LlmGenerationRunConfig,
    LlmIntegration,
    OpenAiConfig,
    Task,
    TemplateEvaluationRunConfig,
)

from ._errors import ResponseValidationError

__all__ = [
    "Integration",
    "LlmConfig",
    "RunConfiguration",
    "UnknownIntegration",
    "UnknownLlmConfig",
    "UnknownRunConfiguration",
]

T = TypeVar("T")


@attrs.frozen
class UnknownIntegration:
    """An integration whose ``type`` this version of aioarize does not know."""

    type: str
    raw: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as received, like the generated models' ``to_dict()``."""
        return copy.deepcopy(self.raw)

    @property
    def id(self) -> str | None:
        value = self.raw.get("id")
        return value if isinstance(value, str) else None

    @property
    def name(self) -> str | None:
        value = self.raw.get("name")
        return value if isinstance(value, str) else None


@attrs.frozen
class UnknownLlmConfig:
    """The ``config`` of an llm integration whose ``provider`` is not known yet."""

    provider: str
    raw: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as received, so ``LlmIntegration.to_dict()`` works with it inside."""
        return copy.deepcopy(self.raw)


@attrs.frozen
class UnknownRunConfiguration:
    """A task ``run_configuration`` whose ``experiment_type`` is not known yet."""

    experiment_type: str
    raw: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as received."""
        return copy.deepcopy(self.raw)


@attrs.define
class _TaskWithUnknownRunConfiguration(Task):
    """A Task holding an UnknownRunConfiguration, which the generated to_dict() cannot serialise."""

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        run_configuration: object = self.run_configuration
        assert isinstance(run_configuration, UnknownRunConfiguration)
        data["run_configuration"] = run_configuration.to_dict()
        return data


Integration = LlmIntegration | UnknownIntegration
LlmConfig = OpenAiConfig | UnknownLlmConfig
RunConfiguration = LlmGenerationRunConfig | TemplateEvaluationRunConfig | UnknownRunConfiguration


def strict(parse: Callable[[dict[str, Any]], T], raw: Any, path: str) -> T:
    """Run a generated parser, turning whatever it raises into ResponseValidationError."""
    if not isinstance(raw, dict):
        raise ResponseValidationError(
            f"{path}: expected a JSON object, got {type(raw).__name__}", path=path
        )
    try:
        return parse(raw)
    except KeyError as exc:
        key = exc.args[0] if exc.args else "?"
        if _raised_in(exc, parse):
            field_path = f"{path}.{key}"
            raise ResponseValidationError(
                f"{field_path}: required field missing", path=field_path
            ) from None
        # The generated parsers do not say which nested object lacked the key.
        raise ResponseValidationError(
            f"{path}: required field {key!r} missing in a nested object", path=path
        ) from None
    except ResponseValidationError:
        raise
    except (TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise ResponseValidationError(f"{path}: {exc}", path=path) from None


def _raised_in(exc: BaseException, function: Callable[..., Any]) -> bool:
    """Whether ``exc`` came from ``function``'s own frame rather than a nested parser's."""
    traceback = exc.__traceback__
    while traceback is not None and traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = getattr(getattr(function, "__func__", function), "__code__", None)
    return traceback is not None and traceback.tb_frame.f_code is code


@attrs.frozen
class DiscriminatedUnion(Generic[T]):
    """A discriminated union: which parser handles which discriminator value."""

    schema: str  # the union's name in spec/spec.yaml, for the consistency test
    discriminator: str
    variants: Mapping[str, Callable[[dict[str, Any], str], T]]
    unknown: Callable[[str, dict[str, Any]], T]

    def parse(self, raw: Any, path: str) -> T:
        if not isinstance(raw, dict):
            raise ResponseValidationError(
                f"{path}: expected a JSON object, got {type(raw).__name__}", path=path
            )
        value = raw.get(self.discriminator)
        if not isinstance(value, str):
            where = f"{path}.{self.discriminator}"
            raise ResponseValidationError(f"{where}: expected a string discriminator", path=where)
        variant = self.variants.get(value)
        if variant is None:
            return self.unknown(value, raw)
        return variant(raw, path)


def _model(parse: Callable[[dict[str, Any]], T]) -> Callable[[dict[str, Any], str], T]:
    return lambda raw, path: strict(parse, raw, path)


LLM_CONFIG: DiscriminatedUnion[LlmConfig] = DiscriminatedUnion(
    schema="LlmConfig",
    discriminator="provider",
    variants={"openAI": _model(OpenAiConfig.from_dict)},
    unknown=lambda value, raw: UnknownLlmConfig(provider=value, raw=raw),
)


def _llm_integration(raw: dict[str, Any], path: str) -> LlmIntegration:
    config = raw.get("config")
    provider = config.get("provider") if isinstance(config, dict) else None
    if isinstance(provider, str) and provider in LLM_CONFIG.variants:
        # The common case in one pass; on failure, parse again part by part below
        # so that the error names the JSON path.
        try:
            return LlmIntegration.from_dict(raw)
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
            pass
    config = LLM_CONFIG.parse(config, f"{path}.config")
    if not isinstance(config, UnknownLlmConfig):
        return strict(LlmIntegration.from_dict, raw, path)
    # The generated model only knows OpenAI configs: parse the common fields
    # through IntegrationBase and keep the unknown config as it came.
    base = strict(IntegrationBase.from_dict, {k: v for k, v in raw.items() if k != "config"}, path)
    integration = LlmIntegration(
        id=base.id,
        type_=base.type_,
        name=base.name,
        scopings=base.scopings,
        created_at=base.created_at,
        updated_at=base.updated_at,
        created_by_user_id=base.created_by_user_id,
        config=cast(OpenAiConfig, config),
    )
    integration.additional_properties = base.additional_properties
    return integration


INTEGRATION: DiscriminatedUnion[Integration] = DiscriminatedUnion(
    schema="Integration",
    discriminator="type",
    variants={"llm": _llm_integration},
    unknown=lambda value, raw: UnknownIntegration(type=value, raw=raw),
)

RUN_CONFIGURATION: DiscriminatedUnion[RunConfiguration] = DiscriminatedUnion(
    schema="RunConfiguration",
    discriminator="experiment_type",
    variants={
        "llm_generation": _model(LlmGenerationRunConfig.from_dict),
        "template_evaluation": _model(TemplateEvaluationRunConfig.from_dict),
    },
    unknown=lambda value, raw: UnknownRunConfiguration(experiment_type=value, raw=raw),
)

UNIONS: tuple[DiscriminatedUnion[Any], ...] = (INTEGRATION, LLM_CONFIG, RUN_CONFIGURATION)


def parse_integration(raw: Any, path: str = "$") -> Integration:
    return INTEGRATION.parse(raw, path)


def parse_task(raw: Any, path: str = "$") -> Task:
    """A task, its ``run_configuration`` dispatched on ``experiment_type``."""
    if not isinstance(raw, dict):
        return strict(Task.from_dict, raw, path)
    # The generated Task tries each variant in turn and silently keeps the raw
    # dict when none fits; dispatch the run configuration here instead.
    if raw.get("run_configuration") is None:
        return strict(Task.from_dict, raw, path)
    run_configuration = RUN_CONFIGURATION.parse(
        raw["run_configuration"], f"{path}.run_configuration"
    )
    rest = {k: v for k, v in raw.items() if k != "run_configuration"}
    if isinstance(run_configuration, UnknownRunConfiguration):
        task: Task = strict(_TaskWithUnknownRunConfiguration.from_dict, rest, path)
    else:
        task = strict(Task.from_dict, rest, path)
    task.run_configuration = cast(LlmGenerationRunConfig, run_configuration)
    return task
