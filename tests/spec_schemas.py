"""JSON Schema for the component schemas of spec/spec.yaml, and Hypothesis strategies for them.

An OpenAPI 3.0 schema object is nearly JSON Schema; ``json_schema(name)``
translates one component, handling the differences as follows:

* ``$ref: '#/components/schemas/X'`` is inlined (the spec's schemas are not
  recursive; a cycle raises ``SchemaTranslationError``);
* ``nullable: true`` becomes a type union with ``"null"`` (``None`` joins an
  ``enum``); a nullable schema that is more than a plain ``type`` (it has
  ``allOf`` ...) becomes ``anyOf: [{type: null}, schema]``;
* a ``discriminator`` beside a ``oneOf`` becomes part of each mapped branch
  (``allOf: [branch, {properties: {prop: {enum: [its values]}}}]``): a branch
  whose own discriminator property allows every value (``type: $ref WidgetType``)
  would otherwise match documents of its siblings; ``example`` (OpenAPI only)
  is dropped;
* ``format: date-time`` stays; ``FORMAT_CHECKER`` checks it as RFC 3339 in the
  subset that Python's ``datetime.fromisoformat`` accepts (see ``parse_rfc3339``);
* ``additionalProperties`` is kept as written (absent means "anything goes");
* ``not`` and ``pattern`` mean the same in both; extension keywords (``x-...``,
  such as the normalizer's ``x-aioarize-unknown-variant``) are dropped.

The normalized document (``load_normalized_spec``: the one the facade ships)
adds an ``Unknown<Union>`` variant to each discriminated union, a free-form
object whose discriminator is ``not`` any known value; ``documents(name,
normalized=True)`` generates those too, so a union there yields unknown
variants beside the known ones.

A keyword this module does not know raises ``SchemaTranslationError`` rather
than passing through untranslated.

``documents(name)`` generates documents valid against a translated schema. It
is a small generator for exactly the JSON Schema subset above:
hypothesis-jsonschema 0.23.1 cannot generate objects under the pinned
Hypothesis (its object strategy calls ``many.more()``, which Hypothesis
6.170 removed). ``validator(name)`` (jsonschema, draft 7) is the referee: the
property tests check every generated document against it.
"""

from __future__ import annotations

import datetime
import functools
import importlib.resources
import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st
from jsonschema import Draft7Validator, FormatChecker  # type: ignore[import-untyped]

__all__ = [
    "FORMAT_CHECKER",
    "SPEC_PATH",
    "SchemaTranslationError",
    "documents",
    "json_schema",
    "json_values",
    "load_normalized_spec",
    "load_spec",
    "parse_rfc3339",
    "rfc3339_date_times",
    "validator",
]

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "spec.yaml"

_REF_PREFIX = "#/components/schemas/"
# Keywords whose value is one schema, a list of schemas, or a map of name -> schema.
_SCHEMA_KEYWORDS = frozenset({"items", "not"})
_SCHEMA_LIST_KEYWORDS = frozenset({"allOf", "anyOf", "oneOf"})
_SCHEMA_MAP_KEYWORDS = frozenset({"properties"})
# Keywords copied unchanged: they mean the same in OpenAPI 3.0 and JSON Schema.
_VALUE_KEYWORDS = frozenset(
    {
        "type",
        "enum",
        "required",
        "format",
        "minimum",
        "maximum",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "pattern",
    }
)
# Annotations, kept but never validated or generated from.
_ANNOTATIONS = frozenset({"description", "title", "default"})
# OpenAPI-only annotations with no JSON Schema meaning.
_DROPPED_KEYWORDS = frozenset(
    {"discriminator", "example", "xml", "externalDocs", "deprecated", "readOnly", "writeOnly"}
)
_COMBINATORS = frozenset({"allOf", "anyOf", "oneOf"})


class SchemaTranslationError(ValueError):
    """The spec holds a construct this module does not handle."""


@functools.cache
def load_spec() -> dict[str, Any]:
    """spec/spec.yaml, parsed once (treat the result as read-only)."""
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise SchemaTranslationError(f"{SPEC_PATH}: not an OpenAPI document")
    return document


@functools.cache
def load_normalized_spec() -> dict[str, Any]:
    """The normalized spec the facade ships (aioarize_facade/openapi.json), parsed once."""
    text = (importlib.resources.files("aioarize_facade") / "openapi.json").read_text("utf-8")
    document = json.loads(text)
    if not isinstance(document, dict):
        raise SchemaTranslationError("aioarize_facade/openapi.json: not an OpenAPI document")
    return document


def json_schema(name: str, *, spec: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The component schema ``name`` as a self-contained JSON Schema (draft 7) document."""
    schemas = (spec if spec is not None else load_spec())["components"]["schemas"]
    if name not in schemas:
        raise SchemaTranslationError(f"no component schema named {name!r}")
    return _Translator(schemas).schema(schemas[name], f"{_REF_PREFIX}{name}")


class _Translator:
    def __init__(self, components: Mapping[str, Any]) -> None:
        self.components = components
        self.resolving: list[str] = []

    def schema(self, node: Any, where: str) -> dict[str, Any]:
        if not isinstance(node, dict):
            raise SchemaTranslationError(f"{where}: a schema must be an object, got {node!r}")
        if "$ref" in node:
            return self.ref(node, where)
        result: dict[str, Any] = {}
        for key, value in node.items():
            if key in _DROPPED_KEYWORDS or key == "nullable" or key.startswith("x-"):
                continue
            if key in _SCHEMA_KEYWORDS:
                result[key] = self.schema(value, f"{where}/{key}")
            elif key in _SCHEMA_LIST_KEYWORDS:
                result[key] = [
                    self.schema(item, f"{where}/{key}/{index}") for index, item in enumerate(value)
                ]
                if key == "oneOf" and "discriminator" in node:
                    result[key] = _discriminated(node, result[key], where)
            elif key in _SCHEMA_MAP_KEYWORDS:
                result[key] = {
                    prop: self.schema(sub, f"{where}/{key}/{prop}") for prop, sub in value.items()
                }
            elif key == "additionalProperties":
                result[key] = (
                    value if isinstance(value, bool) else self.schema(value, f"{where}/{key}")
                )
            elif key in _VALUE_KEYWORDS or key in _ANNOTATIONS:
                result[key] = value
            else:
                raise SchemaTranslationError(f"{where}: unsupported keyword {key!r}")
        nullable = node.get("nullable", False)
        if not isinstance(nullable, bool):
            raise SchemaTranslationError(f"{where}/nullable: expected a boolean")
        return _nullable(result) if nullable else result

    def ref(self, node: dict[str, Any], where: str) -> dict[str, Any]:
        ref = node["$ref"]
        siblings = set(node) - {"$ref", "description"}
        if siblings:
            # OpenAPI 3.0 ignores a $ref's siblings; refuse rather than guess.
            raise SchemaTranslationError(f"{where}: keywords beside $ref: {sorted(siblings)}")
        if not isinstance(ref, str) or not ref.startswith(_REF_PREFIX):
            raise SchemaTranslationError(f"{where}: unsupported $ref {ref!r}")
        name = ref.removeprefix(_REF_PREFIX)
        if name not in self.components:
            raise SchemaTranslationError(f"{where}: $ref to a missing schema {ref!r}")
        if name in self.resolving:
            raise SchemaTranslationError(f"{where}: recursive $ref {ref!r} cannot be inlined")
        self.resolving.append(name)
        try:
            return self.schema(self.components[name], ref)
        finally:
            self.resolving.pop()


def _discriminated(
    node: Mapping[str, Any], branches: list[dict[str, Any]], where: str
) -> list[dict[str, Any]]:
    """The translated ``oneOf`` branches of ``node``, each held to its discriminator values."""
    discriminator = node["discriminator"]
    prop = discriminator.get("propertyName")
    mapping = discriminator.get("mapping", {})
    if not isinstance(prop, str) or not isinstance(mapping, dict):
        raise SchemaTranslationError(f"{where}/discriminator: expected propertyName and mapping")
    result = []
    for branch_node, branch in zip(node["oneOf"], branches, strict=True):
        values = [value for value, ref in mapping.items() if ref == branch_node.get("$ref")]
        if values:
            tag = {"properties": {prop: {"enum": values}}, "required": [prop]}
            branch = {"allOf": [branch, tag]}
        result.append(branch)
    return result


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` or null, as JSON Schema."""
    if isinstance(schema.get("type"), str) and not _COMBINATORS & set(schema):
        result = {**schema, "type": [schema["type"], "null"]}
        if "enum" in result and None not in result["enum"]:
            result["enum"] = [*result["enum"], None]
        return result
    annotations = {key: value for key, value in schema.items() if key in _ANNOTATIONS}
    rest = {key: value for key, value in schema.items() if key not in _ANNOTATIONS}
    return {"anyOf": [{"type": "null"}, rest], **annotations}


# --- date-times ---------------------------------------------------------------------------

# RFC 3339 section 5.6 `date-time`, restricted to what datetime.fromisoformat (3.11) accepts:
# no leap second (:60), no year 0000, and an upper-case "Z" (it does accept a lower-case "t").
_RFC3339 = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"[Tt](?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2})(?:\.(?P<fraction>\d+))?"
    r"(?:(?P<utc>Z)|(?P<sign>[+-])(?P<offset_hour>\d{2}):(?P<offset_minute>\d{2}))",
    re.ASCII,
)


def parse_rfc3339(value: str) -> datetime.datetime | None:
    """The moment an RFC 3339 date-time names (fraction truncated to microseconds), or None.

    Written independently of ``datetime.fromisoformat``, so that tests can check
    what the generated models parse against it.
    """
    match = _RFC3339.fullmatch(value)
    if match is None:
        return None
    fields = match.groupdict()
    microseconds = int((fields["fraction"] or "")[:6].ljust(6, "0"))
    offset = datetime.timedelta(0)
    if not fields["utc"]:
        offset = datetime.timedelta(
            hours=int(fields["offset_hour"]), minutes=int(fields["offset_minute"])
        )
        if fields["sign"] == "-":
            offset = -offset
    try:
        return datetime.datetime(
            int(fields["year"]),
            int(fields["month"]),
            int(fields["day"]),
            int(fields["hour"]),
            int(fields["minute"]),
            int(fields["second"]),
            microseconds,
            tzinfo=datetime.timezone(offset),
        )
    except ValueError:  # 31 April, hour 24, an offset of 24 h ...
        return None


@st.composite
def _rfc3339(draw: st.DrawFn) -> str:
    moment = draw(st.datetimes(min_value=datetime.datetime(1, 1, 1)))
    digits = draw(st.integers(min_value=0, max_value=9))
    nanoseconds = draw(st.integers(min_value=0, max_value=999))
    fraction = f"{moment.microsecond:06d}{nanoseconds:03d}"[:digits]
    separator = draw(st.sampled_from("Tt"))
    offset_minutes = draw(st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1))
    if offset_minutes == 0 and draw(st.booleans()):
        offset = "Z"
    else:
        sign = "-" if offset_minutes < 0 else "+"
        hours, minutes = divmod(abs(offset_minutes), 60)
        offset = f"{sign}{hours:02d}:{minutes:02d}"
    dot_fraction = f".{fraction}" if fraction else ""
    # Not strftime: %Y does not zero-pad years before 1000.
    date = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
    time = f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    return f"{date}{separator}{time}{dot_fraction}{offset}"


def rfc3339_date_times() -> st.SearchStrategy[str]:
    """RFC 3339 date-times that ``datetime.fromisoformat`` accepts.

    Fractions of 0 to 9 digits, ``Z`` or any offset under 24 hours, ``T`` or ``t``.
    """
    return _rfc3339()


def _is_rfc3339(value: object) -> bool:
    return not isinstance(value, str) or parse_rfc3339(value) is not None


FORMAT_CHECKER = FormatChecker(formats=())
FORMAT_CHECKER.checks("date-time")(_is_rfc3339)


def _document(normalized: bool) -> dict[str, Any]:
    return load_normalized_spec() if normalized else load_spec()


@functools.cache
def validator(name: str, *, normalized: bool = False) -> Any:
    """A draft-7 validator for the component schema ``name``, date-times checked."""
    schema = json_schema(name, spec=_document(normalized))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema, format_checker=FORMAT_CHECKER)


# --- generating documents -----------------------------------------------------------------

# Generation bounds, to keep documents small; they never exclude a required shape.
MAX_ITEMS = 3
MAX_EXTRA_PROPERTIES = 2

_SCALARS: st.SearchStrategy[Any] = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)


def json_values(max_leaves: int = 6) -> st.SearchStrategy[Any]:
    """Any JSON value (what a schema without constraints allows)."""
    return st.recursive(
        _SCALARS,
        lambda children: (
            st.lists(children, max_size=MAX_ITEMS)
            | st.dictionaries(st.text(max_size=8), children, max_size=MAX_ITEMS)
        ),
        max_leaves=max_leaves,
    )


@functools.cache
def documents(name: str, *, normalized: bool = False) -> st.SearchStrategy[Any]:
    """Hypothesis strategy for JSON documents valid against the component schema ``name``.

    From spec/spec.yaml, or with ``normalized`` from the normalized spec (unknown
    variants included).
    """
    schema = json_schema(name, spec=_document(normalized))
    return _strategy(schema, f"{_REF_PREFIX}{name}")


def _merge(schemas: list[dict[str, Any]], where: str) -> dict[str, Any]:
    """One schema meaning ``allOf: schemas``, with no ``allOf`` at its top.

    Enough for the spec's uses: objects adding properties, and a ``type`` beside a
    ``oneOf``/``anyOf`` (distributed into its branches).
    """
    flat: list[dict[str, Any]] = []
    pending = list(schemas)
    while pending:
        schema = {k: v for k, v in pending.pop(0).items() if k not in _ANNOTATIONS}
        pending[:0] = schema.pop("allOf", [])
        flat.append(schema)
    branches = [s for s in flat if {"oneOf", "anyOf"} & set(s)]
    if branches:
        first = branches[0]
        others = [s for s in flat if s is not first]
        (keyword,) = {"oneOf", "anyOf"} & set(first)
        rest = {k: v for k, v in first.items() if k != keyword}
        return {
            keyword: [
                _merge([*others, rest, branch], f"{where}/{keyword}/{index}")
                for index, branch in enumerate(first[keyword])
            ]
        }
    merged: dict[str, Any] = {}
    for schema in flat:
        for key, value in schema.items():
            if key == "properties":
                properties = merged.setdefault("properties", {})
                for prop, sub in value.items():
                    properties[prop] = (
                        _merge([properties[prop], sub], f"{where}/properties/{prop}")
                        if prop in properties
                        else sub
                    )
            elif key == "required":
                merged["required"] = [*merged.get("required", []), *value]
            elif key == "type":
                merged["type"] = (
                    sorted(_types(merged) & _types(schema)) if "type" in merged else value
                )
            elif key == "enum" and "enum" in merged:
                merged["enum"] = [item for item in merged["enum"] if item in value]
            elif key in merged and merged[key] != value:
                raise SchemaTranslationError(f"{where}: cannot merge conflicting {key!r}")
            else:
                merged[key] = value
    return merged


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    if kind is None:
        return {"null", "boolean", "integer", "number", "string", "array", "object"}
    return {kind} if isinstance(kind, str) else set(kind)


def _strategy(schema: dict[str, Any], where: str) -> st.SearchStrategy[Any]:
    if "not" in schema:
        # Only the unknown variants' discriminators use it: {type: string, not: {enum: [...]}},
        # so filtering rejects few draws.
        excluded = Draft7Validator(schema["not"], format_checker=FORMAT_CHECKER)
        rest = {k: v for k, v in schema.items() if k != "not"}
        return _strategy(rest, where).filter(lambda value: not excluded.is_valid(value))
    if "allOf" in schema:
        return _strategy(_merge([schema], where), where)
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            # The spec's oneOf branches exclude each other (distinct discriminator enums);
            # the validator in the property tests checks it.
            rest = {k: v for k, v in schema.items() if k != keyword}
            return st.one_of(
                [
                    _strategy(_merge([rest, branch], where), f"{where}/{keyword}/{index}")
                    for index, branch in enumerate(schema[keyword])
                ]
            )
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = _types(schema)
    if "type" not in schema:
        return json_values()
    return st.one_of([_typed(kind, schema, where) for kind in sorted(kinds)])


def _typed(kind: str, schema: dict[str, Any], where: str) -> st.SearchStrategy[Any]:
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(
            min_value=None if minimum is None else math.ceil(minimum),
            max_value=None if maximum is None else math.floor(maximum),
        )
    if kind == "number":
        return st.integers(
            min_value=None if minimum is None else math.ceil(minimum),
            max_value=None if maximum is None else math.floor(maximum),
        ) | st.floats(min_value=minimum, max_value=maximum, allow_nan=False, allow_infinity=False)
    if kind == "string":
        if schema.get("format") == "date-time":
            return rfc3339_date_times()
        min_size = schema.get("minLength", 0)
        max_size = schema.get("maxLength", max(min_size, 12))
        if "pattern" in schema:
            return st.from_regex(schema["pattern"]).filter(
                lambda text: min_size <= len(text) <= max_size
            )
        return st.text(min_size=min_size, max_size=max_size)
    if kind == "array":
        min_items = schema.get("minItems", 0)
        items = schema.get("items", {})
        return st.lists(
            _strategy(items, f"{where}/items"),
            min_size=min_items,
            max_size=min(schema.get("maxItems", MAX_ITEMS), max(min_items, MAX_ITEMS)),
        )
    if kind == "object":
        return _object(schema, where)
    raise SchemaTranslationError(f"{where}: unsupported type {kind!r}")


@st.composite
def _object_from(
    draw: st.DrawFn,
    required: list[str],
    optional: list[str],
    properties: dict[str, st.SearchStrategy[Any]],
    extra: st.SearchStrategy[Any] | None,
) -> dict[str, Any]:
    present = [*required, *(name for name in optional if draw(st.booleans()))]
    result = {name: draw(properties[name]) for name in present}
    if extra is not None:
        names = draw(
            st.lists(
                st.text(max_size=10).filter(lambda name: name not in properties),
                max_size=MAX_EXTRA_PROPERTIES,
                unique=True,
            )
        )
        for name in names:
            result[name] = draw(extra)
    return result


def _object(schema: dict[str, Any], where: str) -> st.SearchStrategy[dict[str, Any]]:
    declared = schema.get("properties", {})
    required = list(dict.fromkeys(schema.get("required", [])))
    properties = {
        name: _strategy(declared.get(name, {}), f"{where}/properties/{name}")
        for name in {*declared, *required}
    }
    optional = sorted(set(declared) - set(required))
    additional = schema.get("additionalProperties", True)
    extra: st.SearchStrategy[Any] | None
    if additional is False:
        extra = None
    elif additional is True:
        extra = json_values()
    else:
        extra = _strategy(additional, f"{where}/additionalProperties")
    return _object_from(required, optional, properties, extra)
