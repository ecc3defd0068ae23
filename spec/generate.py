"""Generate both packages from an OpenAPI document: ``make generate`` and the tests use this.

1. ``normalize.py`` repairs the document (``.build/openapi.normalized.yaml`` beside OUT);
2. the pinned openapi-python-client writes the models, ``OUT/aioarize_api``;
3. ``codegen.py`` writes the facade, ``OUT/aioarize_facade``.

Usage: ``python spec/generate.py SPEC.yaml OUT_DIR``
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import codegen  # noqa: E402
import normalize  # noqa: E402


def generate(spec: Path, out: Path) -> None:
    """Write ``out/aioarize_api`` and ``out/aioarize_facade`` for ``spec``."""
    document = normalize.normalize(yaml.safe_load(spec.read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as scratch:
        normalized = Path(scratch) / "openapi.normalized.yaml"
        normalized.write_text(
            yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        generator = Path(sys.executable).with_name("openapi-python-client")
        subprocess.run(
            [
                str(generator),
                "generate",
                "--path",
                str(normalized),
                "--config",
                str(ROOT / "generator-config.yaml"),
                "--custom-template-path",
                str(ROOT / "generator-templates"),
                "--meta",
                "none",
                "--output-path",
                str(out / "aioarize_api"),
                "--overwrite",
                "--fail-on-warning",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            # The generator's post-hooks call `ruff`: the pinned one beside this Python.
            env={
                **os.environ,
                "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
            },
        )
    (out / "aioarize_api" / "py.typed").touch()
    codegen.emit(document, out / "aioarize_facade", ROOT / "generator-config.yaml")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        generate(Path(argv[1]), Path(argv[2]))
    except (normalize.NormalizationError, codegen.CodegenError) as exc:
        print(f"{argv[1]}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
