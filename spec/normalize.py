"""Repair the upstream OpenAPI document so that openapi-python-client can read it.

``spec/spec.yaml`` stays exactly as upstream publishes it; this script writes
the document the generator reads. Each repair fixes one known upstream defect
and is covered by ``tests/test_normalize.py``:

* ``discriminator.mapping`` values written as ``{$ref: ...}`` objects become
  the plain reference strings OpenAPI requires (the generator otherwise refuses
  the whole document).
* A nullable property written as ``allOf: [$ref]`` beside ``nullable: true``
  (3.0) or ``type: [..., "null"]`` (3.1) becomes a nullable ``oneOf``/``anyOf``;
  the generator drops the nullability of the ``allOf`` form, so the generated
  ``from_dict`` rejects ``null``.
* An optional request body whose schema is a oneOf/anyOf union becomes
  required: for that case the generator emits ``body.to_dict()`` even when the
  body is unset (a mypy error, and an AttributeError at run time). Callers
  send an empty member (e.g. ``TriggerEvaluationTaskRunRequest()`` -> ``{}``)
  where the API accepts an empty body.

The transformation is deterministic and idempotent. A construct it does not
recognise inside the parts it repairs raises ``NormalizationError`` rather
than passing through silently.

Usage: ``python spec/normalize.py IN.yaml OUT.yaml``
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

SUPPORTED_VERSIONS = ("3.0.", "3.1.")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class NormalizationError(ValueError):
    """The document holds a construct the normalizer does not know how to repair."""


def normalize(document: dict[str, Any]) -> dict[str, Any]:
    """Return a repaired deep copy of ``document``."""
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith(SUPPORTED_VERSIONS):
        raise NormalizationError(f"unsupported OpenAPI version: {version!r}")
    result = copy.deepcopy(document)
    _walk(result, "#")
    _require_union_bodies(result)
    return result


def _require_union_bodies(document: dict[str, Any]) -> None:
    schemas = document.get("components", {}).get("schemas", {})
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            if not isinstance(body, dict) or body.get("required") is True:
                continue
            for media in body.get("content", {}).values():
                schema = media.get("schema", {})
                ref = schema.get("$ref", "")
                target = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref else schema
                if "oneOf" in target or "anyOf" in target:
                    body["required"] = True


def _walk(node: Any, path: str) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("discriminator"), dict):
            _repair_discriminator(node["discriminator"], f"{path}/discriminator")
        if "allOf" in node:
            _repair_nullable_all_of(node, path)
        for key, value in node.items():
            _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _walk(value, f"{path}/{index}")


def _repair_discriminator(discriminator: dict[str, Any], path: str) -> None:
    if not isinstance(discriminator.get("propertyName"), str):
        raise NormalizationError(f"{path}: discriminator without a propertyName")
    mapping = discriminator.get("mapping", {})
    if not isinstance(mapping, dict):
        raise NormalizationError(f"{path}/mapping: expected an object")
    for value, target in mapping.items():
        if isinstance(target, str):
            continue
        if isinstance(target, dict) and set(target) == {"$ref"} and isinstance(target["$ref"], str):
            mapping[value] = target["$ref"]
            continue
        raise NormalizationError(f"{path}/mapping/{value}: unrecognised target {target!r}")


def _is_null_type(schema: dict[str, Any]) -> bool:
    schema_type = schema.get("type")
    return isinstance(schema_type, list) and "null" in schema_type


def _repair_nullable_all_of(schema: dict[str, Any], path: str) -> None:
    nullable_30 = schema.get("nullable") is True
    nullable_31 = _is_null_type(schema)
    if not (nullable_30 or nullable_31):
        return
    all_of = schema["allOf"]
    if not (
        isinstance(all_of, list)
        and len(all_of) == 1
        and isinstance(all_of[0], dict)
        and set(all_of[0]) == {"$ref"}
    ):
        raise NormalizationError(f"{path}: nullable allOf must wrap exactly one $ref")
    ref = all_of[0]
    # The wrapper's own `type` only restates the referenced schema's type.
    del schema["allOf"]
    schema.pop("type", None)
    if nullable_30:
        schema["oneOf"] = [ref]
    else:
        schema["anyOf"] = [ref, {"type": "null"}]


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, target = Path(argv[1]), Path(argv[2])
    # libyaml when present: the whole API is ~14k lines of YAML.
    document = yaml.load(source.read_text(encoding="utf-8"), Loader=_LOADER)
    if not isinstance(document, dict):
        print(f"{source}: not an OpenAPI document", file=sys.stderr)
        return 1
    try:
        normalized = normalize(document)
    except NormalizationError as exc:
        print(f"{source}: {exc}", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        yaml.dump(normalized, Dumper=_DUMPER, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
