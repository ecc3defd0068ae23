"""Replace spec/spec.yaml with a published copy and summarize what changed.

``make update-spec SPEC=path-or-URL`` runs ``fetch`` (the old document is kept
in ``.build/``), regenerates, then runs ``diff``: operations added, removed or
changed (by operationId, else ``METHOD path``) and schemas added, removed or
changed.

Usage: ``python spec/spec_diff.py fetch SOURCE DEST`` | ``python spec/spec_diff.py diff OLD NEW``
"""

from __future__ import annotations

import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def read_source(source: str) -> str:
    """The text of a local path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=60) as response:
            text: str = response.read().decode("utf-8")
            return text
    return Path(source).read_text(encoding="utf-8")


def load_document(text: str) -> dict[str, Any]:
    """Parse an OpenAPI document, refusing anything that is not one."""
    document = yaml.safe_load(text)
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise ValueError("not an OpenAPI 3 document")
    return document


def operations(document: dict[str, Any]) -> dict[str, tuple[str, Any]]:
    """operationId (or ``METHOD path``) -> (``METHOD path``, operation object)."""
    found: dict[str, tuple[str, Any]] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                where = f"{method.upper()} {path}"
                found[item[method].get("operationId") or where] = (where, item[method])
    return found


@dataclass
class SpecDiff:
    """Names added, removed and changed between two documents."""

    operations_added: list[str]
    operations_removed: list[str]
    operations_changed: list[str]
    schemas_added: list[str]
    schemas_removed: list[str]
    schemas_changed: list[str]

    def summary(self) -> str:
        """A short human-readable report."""
        lines: list[str] = []
        for label, names in (
            ("operations added", self.operations_added),
            ("operations removed", self.operations_removed),
            ("operations changed", self.operations_changed),
            ("schemas added", self.schemas_added),
            ("schemas removed", self.schemas_removed),
            ("schemas changed", self.schemas_changed),
        ):
            lines.append(f"{label}: {len(names)}")
            lines.extend(f"  {name}" for name in names)
        return "\n".join(lines)


def diff(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    """Compare two OpenAPI documents by operation and schema name."""
    old_ops, new_ops = operations(old), operations(new)
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}

    def label(key: str, ops: dict[str, tuple[str, Any]]) -> str:
        where = ops[key][0]
        return key if key == where else f"{key} ({where})"

    return SpecDiff(
        operations_added=[label(k, new_ops) for k in sorted(new_ops.keys() - old_ops.keys())],
        operations_removed=[label(k, old_ops) for k in sorted(old_ops.keys() - new_ops.keys())],
        operations_changed=[
            label(k, new_ops)
            for k in sorted(old_ops.keys() & new_ops.keys())
            if old_ops[k] != new_ops[k]
        ],
        schemas_added=sorted(new_schemas.keys() - old_schemas.keys()),
        schemas_removed=sorted(old_schemas.keys() - new_schemas.keys()),
        schemas_changed=sorted(
            k for k in old_schemas.keys() & new_schemas.keys() if old_schemas[k] != new_schemas[k]
        ),
    )


def main(argv: list[str]) -> int:
    usage = __doc__.strip().splitlines()[-1]
    if len(argv) != 4 or argv[1] not in ("fetch", "diff"):
        print(usage, file=sys.stderr)
        return 2
    try:
        if argv[1] == "fetch":
            text = read_source(argv[2])
            load_document(text)
            Path(argv[3]).write_text(text, encoding="utf-8")
            return 0
        old, new = (load_document(Path(p).read_text(encoding="utf-8")) for p in argv[2:])
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 1
    print(diff(old, new).summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
