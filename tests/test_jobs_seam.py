"""The seam between generated resources and handwritten jobs (aioarize._jobs, codegen.JOBS)."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import yaml
from aioarize_facade import RESOURCES
from codegen import JOBS, emit
from normalize import normalize

from aioarize._jobs import Job
from aioarize._operation import Resource

ROOT = Path(__file__).resolve().parent.parent


def _load(target: str) -> type[object]:
    module, name = target.split(":")
    loaded: type[object] = getattr(importlib.import_module(module), name)
    return loaded


def test_each_job_mixin_sits_on_its_generated_resource() -> None:
    """Every listed mixin is a Job, and its resource class derives from it."""
    assert JOBS, "the seam lists no job"
    for attribute, target in JOBS.items():
        mixin = _load(target)
        assert issubclass(mixin, Job), target
        assert issubclass(_load(RESOURCES[attribute]), mixin), attribute


def test_no_job_shadows_a_generated_method() -> None:
    """A job's method never takes the name of an operation of its resource."""
    for attribute, target in JOBS.items():
        mixin = _load(target)
        handwritten = [cls for cls in mixin.__mro__ if cls not in (Job, Resource, object)]
        own = {name for cls in handwritten for name in vars(cls)}
        operations = importlib.import_module(f"aioarize_facade.{attribute}").OPERATIONS
        assert not own & set(operations), (attribute, own & set(operations))


def test_generation_leaves_the_handwritten_jobs_alone(tmp_path: Path) -> None:
    """Emitting the facade writes only its own directory: src/aioarize is unchanged."""

    def digest() -> dict[str, str]:
        return {
            str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((ROOT / "src" / "aioarize").rglob("*.py"))
        }

    before = digest()
    document = normalize(yaml.safe_load((ROOT / "spec" / "spec.yaml").read_text("utf-8")))
    emit(document, tmp_path / "facade", ROOT / "generator-config.yaml")
    assert digest() == before
    tasks = (tmp_path / "facade" / "tasks.py").read_text("utf-8")
    assert "class Tasks(TaskJobs):" in tasks
