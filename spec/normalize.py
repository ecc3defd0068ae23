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
* Every discriminated ``oneOf`` in ``components/schemas`` gets an explicit
  ``mapping`` (implied values resolved: the variant's one-value ``enum`` or
  ``const`` for the discriminator property, else the schema name), each
  variant is marked ``x-aioarize-discriminator: {property, values}``, and one
  more variant ``Unknown<Union>`` is added: an open object whose discriminator
  is any string the mapping lacks. The generated ``from_dict`` then dispatches
  on the discriminator (``generator-templates/property_templates/
  union_property.py.jinja``) and a value the API adds later parses into the
  ``Unknown…`` model instead of failing; its ``to_dict()`` is the JSON received.

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
    _open_discriminated_unions(result)
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
                    # What the API itself accepts, for the sandbox: no body at all.
                    body["x-aioarize-optional"] = True


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


DISCRIMINATOR_MARK = "x-aioarize-discriminator"
UNKNOWN_MARK = "x-aioarize-unknown-variant"
_SCHEMAS = "#/components/schemas/"


def _open_discriminated_unions(document: dict[str, Any]) -> None:
    schemas = document.get("components", {}).get("schemas", {})
    for name in list(schemas):
        schema = schemas[name]
        if not (isinstance(schema, dict) and isinstance(schema.get("discriminator"), dict)):
            continue
        if "oneOf" not in schema:
            raise NormalizationError(f"{_SCHEMAS}{name}: a discriminator needs a oneOf")
        _open_union(schemas, name, schema)


def _open_union(schemas: dict[str, Any], name: str, union: dict[str, Any]) -> None:
    path = f"{_SCHEMAS}{name}"
    prop = union["discriminator"]["propertyName"]
    unknown_name = f"Unknown{name}"
    unknown_ref = f"{_SCHEMAS}{unknown_name}"
    variants = [v for v in union["oneOf"] if v != {"$ref": unknown_ref}]
    refs: list[str] = []
    for index, variant in enumerate(variants):
        if not (isinstance(variant, dict) and set(variant) == {"$ref"}):
            raise NormalizationError(f"{path}/oneOf/{index}: discriminated variants must be $refs")
        refs.append(_component_ref(variant["$ref"], f"{path}/oneOf/{index}"))
    mapping: dict[str, str] = {}
    for value, target in union["discriminator"].get("mapping", {}).items():
        mapping[value] = _component_ref(target, f"{path}/discriminator/mapping/{value}")
    for ref in refs:
        if ref not in mapping.values():
            mapping[_implied_value(schemas, ref, prop)] = ref
    for value, ref in mapping.items():
        if ref not in refs:
            raise NormalizationError(f"{path}: mapping value {value!r} names no oneOf variant")
    union["discriminator"]["mapping"] = mapping
    for ref in refs:
        values = sorted(value for value, target in mapping.items() if target == ref)
        _mark(schemas[ref.removeprefix(_SCHEMAS)], {"property": prop, "values": values}, ref)
    existing = schemas.get(unknown_name)
    if existing is not None and UNKNOWN_MARK not in existing:
        raise NormalizationError(f"{path}: {unknown_name} already names another schema")
    shared = _shared_scalars(schemas, refs, prop)
    schemas[unknown_name] = {
        "type": "object",
        "description": (
            f"A {name} whose `{prop}` this version of the client does not know;"
            " `to_dict()` returns the JSON object as received."
        ),
        "required": [prop],
        "properties": {prop: {"type": "string", "not": {"enum": sorted(mapping)}}, **shared},
        "additionalProperties": True,
        DISCRIMINATOR_MARK: {"property": prop, "values": [], "unknown": True},
        UNKNOWN_MARK: {"union": name, "discriminator": prop},
    }
    union["oneOf"] = [*variants, {"$ref": unknown_ref}]


def _shared_scalars(schemas: dict[str, Any], refs: list[str], prop: str) -> dict[str, Any]:
    """Optional scalar properties every known variant declares alike (``id``, ``name`` ...).

    The unknown variant offers them too, so that code reading them needs no case
    for variants it does not know.
    """
    declared = []
    for ref in refs:
        properties: dict[str, Any] = {}
        for part in reversed(_flattened(schemas, {"$ref": ref})):
            properties.update(part.get("properties", {}))
        declared.append(properties)
    if not declared:
        return {}
    shared = {}
    for key, schema in declared[0].items():
        # Enums and formats would be parsed, and a variant not known yet may break them.
        plain = isinstance(schema, dict) and not {"enum", "format"} & set(schema)
        scalar = plain and schema.get("type") in ("string", "integer", "number", "boolean")
        if key != prop and scalar and all(d.get(key) == schema for d in declared):
            shared[key] = copy.deepcopy(schema)
    return dict(sorted(shared.items()))


def _component_ref(target: object, path: str) -> str:
    """A mapping target or ``$ref`` as ``#/components/schemas/Name`` (bare names allowed)."""
    if isinstance(target, str) and target.startswith(_SCHEMAS):
        return target
    if isinstance(target, str) and "/" not in target and target:
        return f"{_SCHEMAS}{target}"
    raise NormalizationError(f"{path}: expected a reference to a component schema, got {target!r}")


def _implied_value(schemas: dict[str, Any], ref: str, prop: str) -> str:
    """The discriminator value a variant implies: its one-value enum/const, else its name."""
    name = ref.removeprefix(_SCHEMAS)
    for schema in _flattened(schemas, schemas.get(name)):
        declared = schema.get("properties", {}).get(prop)
        if isinstance(declared, dict):
            if isinstance(declared.get("const"), str):
                return str(declared["const"])
            enum = declared.get("enum")
            if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
                return enum[0]
    return name


def _flattened(schemas: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """``schema`` and the parts of its ``allOf`` (references followed), outermost first."""
    if not isinstance(schema, dict):
        return []
    if "$ref" in schema:
        return _flattened(schemas, schemas.get(str(schema["$ref"]).removeprefix(_SCHEMAS)))
    parts = [schema]
    for part in schema.get("allOf", []):
        parts.extend(_flattened(schemas, part))
    return parts


def _mark(variant: Any, mark: dict[str, Any], ref: str) -> None:
    if not isinstance(variant, dict):
        raise NormalizationError(f"{ref}: discriminated variant not found")
    previous = variant.get(DISCRIMINATOR_MARK)
    if previous is None or previous == mark:
        variant[DISCRIMINATOR_MARK] = mark
    elif previous.get("property") == mark["property"]:
        # One schema in two unions on the same property: it answers to the values of both.
        values = sorted(set(previous["values"]) | set(mark["values"]))
        variant[DISCRIMINATOR_MARK] = {"property": mark["property"], "values": values}
    else:
        raise NormalizationError(f"{ref}: variant of unions with different discriminators")


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
