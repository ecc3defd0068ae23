"""Schemathesis against the sandbox over loopback: every check, every phase, a fixed seed.

``make check`` runs a bounded budget (tests/test_sandbox_fuzz.py); ``make fuzz``
runs a longer one (``python -m tests.sandbox_fuzz``). The CLI runs in a child
process, exactly as a user would run it against spec/spec.yaml, with the spec
quirks of tests/sandbox_fuzz_quirks.py as its only excuses.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from aioarize.sandbox import SandboxConfig, serve
from tests.sandbox_conformance import PROBLEM_ERRORS
from tests.sandbox_fuzz_quirks import patch_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "spec.yaml"
QUIRKS = Path(__file__).resolve().parent / "sandbox_fuzz_quirks.py"
SEED = 1


@dataclass(frozen=True)
class Budget:
    #: Cases per operation in the fuzzing phase (the coverage phase makes all it defines).
    max_examples: int
    #: Steps per stateful scenario.
    max_steps: int
    phases: str = "examples,coverage,fuzzing,stateful"


CHECK = Budget(max_examples=1, max_steps=5)
FUZZ = Budget(max_examples=100, max_steps=20)


@dataclass(frozen=True)
class Outcome:
    report: dict[str, Any]
    #: The CLI's own account of the run: every failure, with a curl line to replay it.
    output: str
    seconds: float
    #: CPU time of Schemathesis and of the sandbox together: the wall time on idle cores.
    cpu_seconds: float

    @property
    def failures(self) -> list[dict[str, Any]]:
        """Failure groups no quirk excused (code, title, count, operations)."""
        found: list[dict[str, Any]] = self.report["failures"]
        return found

    def summary(self) -> str:
        cases = self.report["test_cases"]
        failed = sum(group["count"] for group in self.failures)
        return (
            f"{cases['generated']} cases over {self.report['operations']['tested']} operations "
            f"in {self.seconds:.0f} s ({self.cpu_seconds:.0f} s CPU): {failed} failures, "
            f"{len(self.report['errors'])} errors, "
            f"{self.report['filtered']} excused as spec quirks"
        )


def run(budget: Budget, seed: int = SEED) -> Outcome:
    """Serve a sandbox on loopback and run the Schemathesis CLI against it."""
    config = SandboxConfig(items=20, seed=seed)
    with tempfile.TemporaryDirectory() as work, serve(config) as server:
        report = Path(work) / "report.json"
        spec = Path(work) / "spec.json"
        with SPEC.open(encoding="utf-8") as stream:
            spec.write_text(json.dumps(patch_spec(yaml.safe_load(stream), PROBLEM_ERRORS)))
        # Stateful scenario length has no flag; the config file sets it.
        settings = Path(work) / "schemathesis.toml"
        settings.write_text(f"[phases.stateful]\nmax-steps = {budget.max_steps}\n")
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            f"--config-file={settings}",
            "run",
            str(spec),
            f"--url={server.base_url}",
            f"--header=Authorization: Bearer {config.api_key}",
            "--checks=all",
            f"--phases={budget.phases}",
            f"--seed={seed}",
            f"--max-examples={budget.max_examples}",
            # One worker: the order of requests, and so the stateful runs, follow the seed.
            "--workers=1",
            "--generation-database=none",
            "--no-color",
            "--report=json",
            f"--report-json-path={report}",
        ]
        environment = {**os.environ, "SCHEMATHESIS_HOOKS": str(QUIRKS)}
        started = time.monotonic()
        cpu_started = time.process_time() + _children_cpu()
        completed = subprocess.run(
            command,
            cwd=work,  # Schemathesis keeps a cache directory where it runs
            env=environment,
            capture_output=True,
            text=True,
            check=False,
            timeout=3600,
        )
        seconds = time.monotonic() - started
        cpu_seconds = time.process_time() + _children_cpu() - cpu_started
        if not report.exists():
            raise RuntimeError(f"Schemathesis did not run:\n{completed.stdout}{completed.stderr}")
        document: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return Outcome(document, completed.stdout + completed.stderr, seconds, cpu_seconds)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--max-examples", type=int, default=FUZZ.max_examples)
    parser.add_argument("--max-steps", type=int, default=FUZZ.max_steps)
    args = parser.parse_args(argv)
    outcome = run(Budget(args.max_examples, args.max_steps), args.seed)
    print(outcome.output)
    print(outcome.summary())
    return 1 if outcome.failures or outcome.report["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
