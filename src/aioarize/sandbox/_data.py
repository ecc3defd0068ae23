"""Deterministic seed data, materialised lazily.

Every item is a pure function of ``(seed, index)``: serving an unfiltered page
builds only the items on that page, so 100k-item sandboxes start instantly.
Filtering needs a pass over all items; the per-filter indexes it builds are
made on first use and cached, so paging through a filtered list stays cheap.
"""

from __future__ import annotations

import base64
import binascii
import heapq
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from ._config import SandboxConfig

JSONObject = dict[str, Any]

_MASK64 = (1 << 64) - 1
_SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# 2024-01-01T00:00:00Z: items are created ten minutes apart from here on.
_EPOCH = 1_704_067_200
_ITEM_SPACING_S = 600

# Independent hash streams, so that e.g. task #5 and integration #5 are unrelated.
_S_INTEGRATION = 1
_S_TASK = 2
_S_ID = 3
_S_TASK_DETAIL = 4
_S_EMPTY_PAGE = 5

INTEGRATION_TYPES_KNOWN = ("llm",)
INTEGRATION_TYPES_UNKNOWN = ("agent",)
TASK_TYPES = ("template_evaluation", "code_evaluation", "run_experiment")

_ORGANIZATIONS = 3
_SPACE_NAMES = (
    "Production",
    "production-eu",
    "Staging",
    "Research Lab",
    "Customer Support Bots",
    "eval-playground",
    "Marketing GenAI",
    "Finance Copilot",
)
_PROJECT_NAMES = ("chatbot", "rag-search", "summarizer", "agent-router", "classifier")
_DATASET_NAMES = (
    "golden-qa",
    "regression-set",
    "adversarial-prompts",
    "support-tickets",
    "holdout",
)
_USERS = 6
_TEMPLATE_EVALUATORS = (
    "Hallucination Eval",
    "Toxicity Eval",
    "QA Correctness",
    "Relevance",
    "Summarization Quality",
)
_CODE_EVALUATORS = ("JSON Validity", "Regex Match", "Latency Budget")
_INTEGRATION_PREFIXES = ("Production", "Staging", "Research", "Eval Judge", "Fallback", "Shared")
_TASK_PREFIXES = ("Production", "Staging", "Nightly", "Canary", "Regression")
_TASK_KINDS = {
    "template_evaluation": ("Hallucination Check", "Relevance Check", "Toxicity Check"),
    "code_evaluation": ("JSON Validity Check", "Regex Guard", "Latency Budget"),
    "run_experiment": ("Prompt Experiment", "Model Comparison", "Judge Calibration"),
}
_QUERY_FILTERS = (
    "attributes.llm.model_name = 'gpt-4o'",
    "status_code = 'OK'",
    "attributes.session.id IS NOT NULL",
)
_MODELS = ("gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini")

# Integration kinds; the last two exist only with unknown_variants.
_OPENAI = 0
_UNKNOWN_PROVIDER = 1
_UNKNOWN_TYPE = 2
# Positions (index mod 8) taken by unknown variants, so even small sandboxes have some.
_UNKNOWN_TYPE_SLOT = 5
_UNKNOWN_PROVIDER_SLOT = 6
_UNKNOWN_EXPERIMENT_SLOT = 7

# Integration scopings.
_SCOPE_ACCOUNT_EMPTY = 0
_SCOPE_ACCOUNT_EXPLICIT = 1
_SCOPE_ORG = 2
_SCOPE_SPACE = 3
_SCOPE_TWO_SPACES = 4
_SCOPE_BY_DRAW = (
    _SCOPE_ACCOUNT_EMPTY,
    _SCOPE_ACCOUNT_EXPLICIT,
    _SCOPE_ORG,
    _SCOPE_SPACE,
    _SCOPE_SPACE,
    _SCOPE_TWO_SPACES,
)

# Run configurations of run_experiment tasks.
_RUN_NONE = 0
_RUN_LLM_GENERATION = 1
_RUN_TEMPLATE_EVALUATION = 2
_RUN_UNKNOWN = 3


def mix(*parts: int) -> int:
    """Hash integers to 64 well-mixed bits (splitmix64 finaliser), stable across runs."""
    z = 0x632BE59BD9B4E019
    for part in parts:
        z = (z ^ (part & _MASK64)) * 0x9E3779B97F4A7C15 & _MASK64
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 & _MASK64
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB & _MASK64
        z ^= z >> 31
    return z


def _draw(stream: int, i: int) -> int:
    """64 bits for item ``i`` of a stream: one splitmix64 step, the hot path of filtering."""
    z = (stream + i * 0x9E3779B97F4A7C15) & _MASK64
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 & _MASK64
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB & _MASK64
    return z ^ (z >> 31)


def _timestamp(seconds: int, millis: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}Z"


@dataclass(frozen=True)
class Space:
    """A space of the sandbox account, usable in ``space_id`` / ``space_name`` filters."""

    id: str
    name: str
    organization_id: str


@dataclass(frozen=True)
class Project:
    """A project that project-based tasks point at (``project_id``)."""

    id: str
    name: str
    space_id: str


@dataclass(frozen=True)
class Dataset:
    """A dataset that dataset-based tasks point at (``dataset_id``)."""

    id: str
    name: str
    space_id: str


@dataclass(frozen=True)
class Catalog:
    """The fixed resources the seed items refer to, for building filters in tests."""

    organization_ids: tuple[str, ...]
    spaces: tuple[Space, ...]
    projects: tuple[Project, ...]
    datasets: tuple[Dataset, ...]
    user_ids: tuple[str, ...]


class _IntegrationCore(NamedTuple):
    kind: int
    type: str
    name: str
    scope: int
    org: int
    spaces: tuple[int, ...]
    h: int


class _TaskCore(NamedTuple):
    type: str
    name: str
    space: int
    project: int  # -1 for dataset-based tasks
    dataset: int  # -1 for project-based tasks
    run: int
    h: int


@dataclass
class _IntegrationIndex:
    types: dict[str, list[int]]
    account: list[int]
    by_org: dict[int, list[int]]
    by_space: dict[int, list[int]]
    names: list[str]


@dataclass
class _TaskIndex:
    types: dict[str, list[int]]
    by_space: dict[int, list[int]]
    by_project: dict[int, list[int]]
    by_dataset: dict[int, list[int]]
    names: list[str]


def _intersect(lists: list[Sequence[int]]) -> list[int]:
    lists = sorted(lists, key=len)
    others = [set(other) for other in lists[1:]]
    return [i for i in lists[0] if all(i in other for other in others)]


class SeedData:
    """The sandbox's integrations and tasks, addressed by index in creation order."""

    _CACHE_SIZE = 256

    def __init__(self, config: SandboxConfig) -> None:
        self.seed = config.seed
        self.integration_count = config.integrations
        self.task_count = config.tasks
        self.unknown_variants = config.unknown_variants
        # Per-stream bases hashed once: items then cost a single mixing round.
        self._integration_stream = mix(self.seed, _S_INTEGRATION)
        self._task_stream = mix(self.seed, _S_TASK)
        self._task_detail_stream = mix(self.seed, _S_TASK_DETAIL)
        self.catalog = self._build_catalog()
        self._space_index = {space.id: k for k, space in enumerate(self.catalog.spaces)}
        self._space_org = [
            self.catalog.organization_ids.index(space.organization_id)
            for space in self.catalog.spaces
        ]
        self._project_index = {p.id: k for k, p in enumerate(self.catalog.projects)}
        self._dataset_index = {d.id: k for k, d in enumerate(self.catalog.datasets)}
        self._evaluator_ids = {
            name: self.gid("Evaluator", k + 1)
            for k, name in enumerate(_TEMPLATE_EVALUATORS + _CODE_EVALUATORS)
        }
        self._matches: OrderedDict[tuple[str, tuple[tuple[str, str], ...]], Sequence[int]] = (
            OrderedDict()
        )
        self._visible: dict[int, list[int]] = {}
        # The ASGI app may be driven from several threads (e.g. several in-process
        # clients); index building and the LRU must not interleave.
        self._lock = threading.RLock()

    # -- identifiers ---------------------------------------------------------

    def gid(self, prefix: str, number: int) -> str:
        """Return the opaque global ID ``base64("Prefix:number:suffix")`` like the live API's.

        The suffix is re-drawn until the encoding has no ``+`` or ``/``, so IDs
        need no escaping in paths or query strings (callers must still escape).
        """
        tag = zlib.crc32(prefix.encode())
        encoded = ""
        for attempt in range(64):
            h = mix(self.seed, _S_ID, tag, number, attempt)
            suffix = "".join(_SUFFIX_ALPHABET[(h >> (6 * k)) % 62] for k in range(4))
            encoded = base64.b64encode(f"{prefix}:{number}:{suffix}".encode()).decode()
            if "+" not in encoded and "/" not in encoded:
                break
        return encoded

    def _build_catalog(self) -> Catalog:
        orgs = tuple(self.gid("Organization", k + 1) for k in range(_ORGANIZATIONS))
        spaces = tuple(
            Space(self.gid("Space", k + 1), name, orgs[k % _ORGANIZATIONS])
            for k, name in enumerate(_SPACE_NAMES)
        )
        projects = tuple(
            Project(self.gid("Project", s * len(_PROJECT_NAMES) + k + 1), name, space.id)
            for s, space in enumerate(spaces)
            for k, name in enumerate(_PROJECT_NAMES)
        )
        datasets = tuple(
            Dataset(self.gid("Dataset", s * len(_DATASET_NAMES) + k + 1), name, space.id)
            for s, space in enumerate(spaces)
            for k, name in enumerate(_DATASET_NAMES)
        )
        users = tuple(self.gid("User", k + 1) for k in range(_USERS))
        return Catalog(orgs, spaces, projects, datasets, users)

    # -- integrations --------------------------------------------------------

    def _integration_core(self, i: int) -> _IntegrationCore:
        h = _draw(self._integration_stream, i)
        kind = _OPENAI
        if self.unknown_variants:
            if i % 8 == _UNKNOWN_TYPE_SLOT:
                kind = _UNKNOWN_TYPE
            elif i % 8 == _UNKNOWN_PROVIDER_SLOT:
                kind = _UNKNOWN_PROVIDER
        n_spaces = len(self.catalog.spaces)
        scope = _SCOPE_BY_DRAW[(h >> 16) % len(_SCOPE_BY_DRAW)]
        first = (h >> 20) % n_spaces
        spaces: tuple[int, ...] = ()
        org = (h >> 28) % _ORGANIZATIONS
        if scope == _SCOPE_SPACE:
            spaces = (first,)
        elif scope == _SCOPE_TWO_SPACES:
            spaces = (first, (first + 1 + (h >> 24) % (n_spaces - 1)) % n_spaces)
        label = ("OpenAI", "Anthropic", "Agent")[kind]
        prefix = _INTEGRATION_PREFIXES[(h >> 8) % len(_INTEGRATION_PREFIXES)]
        return _IntegrationCore(
            kind=kind,
            type="agent" if kind == _UNKNOWN_TYPE else "llm",
            name=f"{prefix} {label} {i + 1}",
            scope=scope,
            org=org,
            spaces=spaces,
            h=h,
        )

    def integration_id(self, i: int) -> str:
        kind = self._integration_core(i).kind
        return self.gid("AgentIntegration" if kind == _UNKNOWN_TYPE else "LlmIntegration", i + 1)

    def integration_lookup(self, integration_id: str) -> int | None:
        """Return the index of the integration with this ID, or None; O(1)."""
        try:
            text = base64.b64decode(integration_id, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        parts = text.split(":")
        if len(parts) != 3 or not parts[1].isdigit():
            return None
        i = int(parts[1]) - 1
        if not 0 <= i < self.integration_count:
            return None
        return i if self.integration_id(i) == integration_id else None

    def integration(self, i: int) -> JSONObject:
        core = self._integration_core(i)
        h = core.h
        orgs = self.catalog.organization_ids
        spaces = self.catalog.spaces
        scopings: list[JSONObject]
        if core.scope == _SCOPE_ACCOUNT_EMPTY:
            scopings = []
        elif core.scope == _SCOPE_ACCOUNT_EXPLICIT:
            scopings = [{"organization_id": None, "space_id": None}]
        elif core.scope == _SCOPE_ORG:
            scopings = [{"organization_id": orgs[core.org], "space_id": None}]
        else:
            scopings = [
                {"organization_id": spaces[s].organization_id, "space_id": spaces[s].id}
                for s in core.spaces
            ]
        created = _EPOCH + i * _ITEM_SPACING_S + (h >> 32) % _ITEM_SPACING_S
        updated = created + 1 + (h >> 40) % (30 * 86_400)
        config: JSONObject
        if core.kind == _UNKNOWN_TYPE:
            config = {
                "endpoint_url": f"https://agents.example.com/v1/agents/{i + 1}",
                "auth_scheme": "bearer",
                "timeout_seconds": 30,
            }
        else:
            config = {
                "provider": "anthropic" if core.kind == _UNKNOWN_PROVIDER else "openAI",
                "has_api_key": bool(h & 1 << 3),
                "is_default_models_enabled": bool(h & 1 << 4),
                "is_function_calling_enabled": bool(h & 1 << 5),
            }
        return {
            "id": self.integration_id(i),
            "type": core.type,
            "name": core.name,
            "scopings": scopings,
            "created_at": _timestamp(created, (h >> 50) % 1000),
            "updated_at": _timestamp(updated, (h >> 54) % 1000),
            "created_by_user_id": self.catalog.user_ids[(h >> 60) % _USERS],
            "config": config,
        }

    @cached_property
    def _integration_index(self) -> _IntegrationIndex:
        index = _IntegrationIndex({}, [], {}, {}, [])
        for i in range(self.integration_count):
            core = self._integration_core(i)
            index.types.setdefault(core.type, []).append(i)
            index.names.append(core.name.casefold())
            if core.scope in (_SCOPE_ACCOUNT_EMPTY, _SCOPE_ACCOUNT_EXPLICIT):
                index.account.append(i)
            elif core.scope == _SCOPE_ORG:
                index.by_org.setdefault(core.org, []).append(i)
            else:
                for s in core.spaces:
                    index.by_space.setdefault(s, []).append(i)
        return index

    def _visible_in_space(self, space: int) -> list[int]:
        # An integration is visible in a space when scoped to the whole account,
        # to the space's organization, or to the space itself.
        visible = self._visible.get(space)
        if visible is None:
            index = self._integration_index
            visible = list(
                heapq.merge(
                    index.account,
                    index.by_org.get(self._space_org[space], []),
                    index.by_space.get(space, []),
                )
            )
            self._visible[space] = visible
        return visible

    def _match_integrations(self, filters: Mapping[str, str]) -> Sequence[int]:
        index = self._integration_index
        lists: list[Sequence[int]] = []
        if "type" in filters:
            lists.append(index.types.get(filters["type"], []))
        if "space_id" in filters:
            space = self._space_index.get(filters["space_id"])
            lists.append([] if space is None else self._visible_in_space(space))
        if "space_name" in filters:
            lists.append(
                sorted(
                    {
                        i
                        for s in self._spaces_named(filters["space_name"])
                        for i in self._visible_in_space(s)
                    }
                )
            )
        candidates = _intersect(lists) if lists else range(self.integration_count)
        if "name" in filters:
            needle = filters["name"].casefold()
            return [i for i in candidates if needle in index.names[i]]
        return candidates

    # -- tasks ---------------------------------------------------------------

    def _task_core(self, i: int) -> _TaskCore:
        h = _draw(self._task_stream, i)
        if self.unknown_variants and i % 8 == _UNKNOWN_EXPERIMENT_SLOT:
            task_type, run = "run_experiment", _RUN_UNKNOWN
        else:
            task_type = TASK_TYPES[h % 3]
            run = 1 + (h >> 2) % 2 if task_type == "run_experiment" else _RUN_NONE
        # Experiments run on datasets; evaluations mostly watch projects.
        dataset_based = task_type == "run_experiment" or (h >> 3) % 10 >= 7
        space = (h >> 8) % len(self.catalog.spaces)
        project = -1 if dataset_based else space * len(_PROJECT_NAMES) + (h >> 12) % 5
        dataset = space * len(_DATASET_NAMES) + (h >> 16) % 5 if dataset_based else -1
        kinds = _TASK_KINDS[task_type]
        name = (
            f"{_TASK_PREFIXES[(h >> 20) % len(_TASK_PREFIXES)]} "
            f"{kinds[(h >> 24) % len(kinds)]} {i + 1}"
        )
        return _TaskCore(task_type, name, space, project, dataset, run, h)

    def task(self, i: int) -> JSONObject:
        core = self._task_core(i)
        h = core.h
        d = _draw(self._task_detail_stream, i)
        created = _EPOCH + i * _ITEM_SPACING_S + (h >> 28) % _ITEM_SPACING_S
        updated = created + 1 + (h >> 38) % (14 * 86_400)
        last_run = None
        if d % 5:
            last_run = _timestamp(updated + 1 + (d >> 8) % 86_400, (d >> 24) % 1000)
        project_based = core.project >= 0
        evaluators: list[JSONObject] = []
        if core.type != "run_experiment":
            pool = _TEMPLATE_EVALUATORS if core.type == "template_evaluation" else _CODE_EVALUATORS
            for k in range(1 + (d >> 34) % 3):
                name = pool[((d >> 36) + k) % len(pool)]
                evaluators.append(
                    {
                        "evaluator_id": self._evaluator_ids[name],
                        "evaluator_name": name,
                        "query_filter": None if (d >> (40 + k)) & 1 else _QUERY_FILTERS[k],
                        "column_mappings": (
                            None
                            if (d >> (44 + k)) & 1
                            else {
                                "input": "attributes.input.value",
                                "output": "attributes.output.value",
                            }
                        ),
                    }
                )
        experiment_ids: list[str] = []
        if not project_based:
            experiment_ids = [self.gid("Experiment", i * 4 + k + 1) for k in range((d >> 48) % 4)]
        users = self.catalog.user_ids
        return {
            "id": self.gid("OnlineTask", i + 1),
            "name": core.name,
            "type": core.type,
            "project_id": self.catalog.projects[core.project].id if project_based else None,
            "dataset_id": None if project_based else self.catalog.datasets[core.dataset].id,
            "sampling_rate": (1, 0.5, 0.25, 0.1)[(d >> 50) % 4] if project_based else None,
            "is_continuous": project_based and bool((d >> 52) & 1),
            "query_filter": None if (d >> 53) & 1 else _QUERY_FILTERS[(d >> 54) % 3],
            "evaluators": evaluators,
            "experiment_ids": experiment_ids,
            "run_configuration": self._run_configuration(core, d),
            "last_run_at": last_run,
            "created_at": _timestamp(created, (h >> 48) % 1000),
            "updated_at": _timestamp(updated, (d >> 12) % 1000),
            "created_by_user_id": None if d % 10 == 3 else users[(d >> 56) % _USERS],
        }

    def _ai_integration_id(self, d: int) -> str:
        # Point at an OpenAI integration: indexes divisible by 8 never hold an
        # unknown variant. With no integrations at all the ID simply dangles.
        j = (d >> 4) % max(1, self.integration_count)
        return self.gid("LlmIntegration", j - j % 8 + 1)

    def _run_configuration(self, core: _TaskCore, d: int) -> JSONObject | None:
        full = bool((d >> 60) & 1)
        if core.run == _RUN_NONE:
            return None
        if core.run == _RUN_UNKNOWN:
            return {
                "experiment_type": "agent_run",
                "agent_integration_id": self.gid("AgentIntegration", 6),
                "max_steps": 10,
            }
        model = _MODELS[(d >> 2) % len(_MODELS)]
        if core.run == _RUN_LLM_GENERATION:
            config: JSONObject = {
                "experiment_type": "llm_generation",
                "ai_integration_id": self._ai_integration_id(d),
                "messages": [
                    {"role": "system", "content": "You are a concise assistant."},
                    {"role": "user", "content": "Answer: {question}"},
                ],
                "input_variable_format": ("f_string", "mustache", "none")[(d >> 61) % 3],
            }
            if full:
                config["messages"] += [
                    {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": "lookup", "arguments": '{"q": "x"}'},
                            }
                        ],
                    },
                    {"role": "tool", "content": "42", "tool_call_id": "call_1"},
                ]
                config.update(
                    model_name=model,
                    invocation_parameters={
                        "temperature": 0.2,
                        "max_tokens": 512,
                        "top_p": 0.9,
                        "stop": ["\n\n"],
                        "response_format": {
                            "type": "json_schema",
                            "json_schema": {
                                "name": "answer",
                                "schema": {"type": "object"},
                                "strict": True,
                            },
                        },
                    },
                    provider_parameters={},
                    tool_config={
                        "tools": [{"type": "function", "function": {"name": "lookup"}}],
                        "tool_choice": "auto",
                    },
                    prompt_version_id=(
                        None if (d >> 62) & 1 else self.gid("PromptVersion", core.h % 997 + 1)
                    ),
                )
            return config
        config = {
            "experiment_type": "template_evaluation",
            "ai_integration_id": self._ai_integration_id(d),
            "template": "Is {{output}} a relevant answer to {{input}}? Say relevant or irrelevant.",
            "provide_explanation": bool((d >> 61) & 1),
        }
        if full:
            config.update(
                model_name=model,
                classification_choices={"relevant": 1, "irrelevant": 0},
                column_mapping={"input": "question", "output": "answer"},
                evaluator_version_id=(
                    None if (d >> 62) & 1 else self.gid("EvaluatorVersion", core.h % 997 + 1)
                ),
                invocation_parameters={"temperature": 0.0},
                provider_parameters={},
            )
        return config

    @cached_property
    def _task_index(self) -> _TaskIndex:
        index = _TaskIndex({}, {}, {}, {}, [])
        for i in range(self.task_count):
            core = self._task_core(i)
            index.types.setdefault(core.type, []).append(i)
            index.by_space.setdefault(core.space, []).append(i)
            if core.project >= 0:
                index.by_project.setdefault(core.project, []).append(i)
            else:
                index.by_dataset.setdefault(core.dataset, []).append(i)
            index.names.append(core.name.casefold())
        return index

    def _match_tasks(self, filters: Mapping[str, str]) -> Sequence[int]:
        index = self._task_index
        lists: list[Sequence[int]] = []
        if "type" in filters:
            lists.append(index.types.get(filters["type"], []))
        for key, by_key, lookup in (
            ("space_id", index.by_space, self._space_index),
            ("project_id", index.by_project, self._project_index),
            ("dataset_id", index.by_dataset, self._dataset_index),
        ):
            if key in filters:
                bucket = lookup.get(filters[key])
                lists.append([] if bucket is None else by_key.get(bucket, []))
        if "space_name" in filters:
            spaces = self._spaces_named(filters["space_name"])
            lists.append(list(heapq.merge(*(index.by_space.get(s, []) for s in spaces))))
        candidates = _intersect(lists) if lists else range(self.task_count)
        if "name" in filters:
            needle = filters["name"].casefold()
            return [i for i in candidates if needle in index.names[i]]
        return candidates

    # -- shared --------------------------------------------------------------

    def _spaces_named(self, needle: str) -> list[int]:
        folded = needle.casefold()
        return [k for k, space in enumerate(self.catalog.spaces) if folded in space.name.casefold()]

    def match(self, resource: str, filters: Mapping[str, str]) -> Sequence[int]:
        """Indexes of the items of ``resource`` passing ``filters``, in list order.

        Unfiltered lists are a ``range``: slicing a page costs O(page size).
        """
        if not filters:
            return range(self.integration_count if resource == "integrations" else self.task_count)
        key = (resource, tuple(sorted(filters.items())))
        with self._lock:
            cached = self._matches.get(key)
            if cached is not None:
                self._matches.move_to_end(key)
                return cached
            if resource == "integrations":
                result = self._match_integrations(filters)
            else:
                result = self._match_tasks(filters)
            self._matches[key] = result
            if len(self._matches) > self._CACHE_SIZE:
                self._matches.popitem(last=False)
            return result

    def item(self, resource: str, i: int) -> JSONObject:
        return self.integration(i) if resource == "integrations" else self.task(i)

    def empty_page_here(self, scope: str, offset: int) -> bool:
        """Whether the page at ``offset`` is served empty in ``empty_pages`` mode."""
        return mix(self.seed, _S_EMPTY_PAGE, int(scope, 16), offset) % 3 == 0
