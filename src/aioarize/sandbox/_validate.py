"""Request validation against the spec's schemas (the subset of JSON Schema OpenAPI uses).

Every violation is collected, each with where it is (``body.config.endpoint``,
``query.limit``), so one problem response can report them all. Unknown
discriminator values are refused here (the server decides what it accepts);
the normalizer's catch-all ``Unknown*`` variants are for responses only.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from ._spec import JSON, Parameter, Schemas

_INTEGER = re.compile(r"-?[0-9]{1,18}")
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# RFC 3339 section 5.6 (what JSON Schema's date-time means): "T" and an offset are required.
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})"
)
# RFC 3986: the characters a URI may hold, escapes well formed; a URI (unlike a reference)
# starts with a scheme.
_URI_CHARS = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*"
_FORMATS = {
    "uri": re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:" + _URI_CHARS),
    "uri-reference": re.compile(_URI_CHARS),
    # RFC 5321 in the shape every mail system accepts: local@domain.tld, no spaces.
    "email": re.compile(
        r"[^@\s\"(),:;<>\[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-.]*[A-Za-z0-9])?\.[A-Za-z]{2,}"
    ),
}

_FORMAT_NAMES = {
    "date-time": "an RFC 3339 date-time",
    "uri": "an absolute URI",
    "uri-reference": "a URI reference",
    "email": "an email address",
}


class Violation(NamedTuple):
    """One way a request part misses its schema: where (``body.name``) and what."""

    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where} {self.problem}"

    @property
    def json_path(self) -> str:
        """``where`` as a JSON path into the request, e.g. ``$.body.items[0].name``."""
        return f"$.{self.where}"


class Invalid(ValueError):
    """A request part does not match its schema; ``violations`` says where and why."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("; ".join(map(str, violations)))
        self.violations = violations


def member(where: str, name: str) -> str:
    """The path of field ``name`` of the object at ``where``, bracketed when not a plain name."""
    if _NAME.fullmatch(name):
        return f"{where}.{name}"
    return f"{where}[{json.dumps(name)}]"


@lru_cache(maxsize=512)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _type_ok(value: JSON, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(kind, (object,)))


def _format_ok(kind: str, value: str) -> bool:
    if kind == "date-time":
        if not _DATE_TIME.fullmatch(value):
            return False
        try:
            datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        except ValueError:  # e.g. month 13, hour 25
            return False
        return True
    pattern = _FORMATS.get(kind)
    return pattern is None or pattern.fullmatch(value) is not None


class Validator:
    """Checks values against the spec's schemas.

    ``exclusive``: a ``oneOf`` without a discriminator admits a value matching exactly one
    branch, as JSON Schema says (requests: a body that fits two shapes is ambiguous). Off,
    any branch will do: stored items are checked against response schemas whose variants
    may overlap.
    """

    def __init__(self, schemas: Schemas, *, exclusive: bool = False) -> None:
        self.schemas = schemas
        self.exclusive = exclusive

    def check(self, schema: JSON, value: JSON, where: str) -> None:
        """Raise :class:`Invalid` (with every violation) unless ``value`` matches ``schema``."""
        found = self.violations(schema, value, where)
        if found:
            raise Invalid(found)

    def violations(self, schema: JSON, value: JSON, where: str) -> list[Violation]:
        """Every way ``value`` misses ``schema`` as a request part (empty when it matches)."""
        found: list[Violation] = []
        self._collect(schema, value, where, found)
        return found

    def _collect(self, schema: JSON, value: JSON, where: str, found: list[Violation]) -> None:
        node = self.schemas.resolve(schema)
        if value is None:
            if not (self.schemas.nullable(node) or not node):
                found.append(Violation(where, "must not be null"))
            return
        for part in node.get("allOf", []):
            self._collect(part, value, where, found)
        union = self.schemas.union(node)
        if union is not None:
            self._collect_union(union.prop, union.values, value, where, found)
        elif "oneOf" in node:
            self._collect_alternatives(node["oneOf"], value, where, found, self.exclusive)
        elif "anyOf" in node:
            self._collect_alternatives(node["anyOf"], value, where, found, False)
        if "not" in node and not self.violations(node["not"], value, where):
            found.append(Violation(where, "has a value that is not allowed"))
        self._collect_node(node, value, where, found)

    def _collect_alternatives(
        self,
        branches: list[JSON],
        value: JSON,
        where: str,
        found: list[Violation],
        exclusive: bool,
    ) -> None:
        misses = []
        matched = 0
        for branch in branches:
            if self.schemas.is_unknown_variant(branch):
                continue
            miss = self.violations(branch, value, where)
            if not miss:
                matched += 1
                if not exclusive:
                    return
                continue
            misses.append(miss)
        if matched == 1:
            return
        if matched > 1:
            found.append(Violation(where, "matches more than one allowed shape; send one"))
        elif len(misses) == 1:
            found.extend(misses[0])
        else:
            found.append(Violation(where, "matches no allowed shape"))

    def _collect_union(
        self,
        prop: str,
        variants: Mapping[str, JSON],
        value: JSON,
        where: str,
        found: list[Violation],
    ) -> None:
        if not isinstance(value, dict):
            found.append(Violation(where, "must be an object"))
            return
        tag = value.get(prop)
        if not isinstance(tag, str) or tag not in variants:
            allowed = ", ".join(map(repr, variants))
            found.append(Violation(member(where, prop), f"must be one of {allowed}, got {tag!r}"))
            return
        self._collect(variants[tag], value, where, found)

    def _collect_node(
        self, node: Mapping[str, Any], value: JSON, where: str, found: list[Violation]
    ) -> None:
        kind = node.get("type")
        if kind is not None:
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(_type_ok(value, k) for k in kinds):
                found.append(Violation(where, f"must be of type {' or '.join(kinds)}"))
                return  # the other keywords only mislead about a value of the wrong type
        if "enum" in node and value not in node["enum"]:
            allowed = ", ".join(map(repr, node["enum"]))
            found.append(Violation(where, f"must be one of {allowed}, got {value!r}"))
        if "const" in node and value != node["const"]:
            found.append(Violation(where, f"must be {node['const']!r}"))
        if isinstance(value, str):
            found.extend(Violation(where, p) for p in _string_problems(node, value))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            found.extend(Violation(where, p) for p in _number_problems(node, value))
        elif isinstance(value, list):
            self._collect_array(node, value, where, found)
        elif isinstance(value, dict):
            self._collect_object(node, value, where, found)

    def _collect_array(
        self, node: Mapping[str, Any], value: list[JSON], where: str, found: list[Violation]
    ) -> None:
        if "minItems" in node and len(value) < node["minItems"]:
            found.append(Violation(where, f"must have at least {node['minItems']} items"))
        if "maxItems" in node and len(value) > node["maxItems"]:
            found.append(Violation(where, f"must have at most {node['maxItems']} items"))
        if "items" in node:
            for k, item in enumerate(value):
                self._collect(node["items"], item, f"{where}[{k}]", found)

    def _collect_object(
        self, node: Mapping[str, Any], value: dict[str, JSON], where: str, found: list[Violation]
    ) -> None:
        if "minProperties" in node and len(value) < node["minProperties"]:
            found.append(Violation(where, f"must have at least {node['minProperties']} fields"))
        properties: Mapping[str, JSON] = node.get("properties", {})
        for name in node.get("required", []):
            if name not in value and not self.schemas.resolve(properties.get(name, {})).get(
                "readOnly"
            ):
                found.append(Violation(member(where, name), "is required"))
        extra = node.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                self._collect(properties[name], item, member(where, name), found)
            elif extra is False and not self._declared_elsewhere(node, name):
                found.append(Violation(member(where, name), "is not a known field"))
            elif isinstance(extra, dict):
                self._collect(extra, item, member(where, name), found)

    def _declared_elsewhere(self, node: Mapping[str, Any], name: str) -> bool:
        # additionalProperties: false beside allOf means "nothing beyond the parts'
        # properties" in every spec written that way, though JSON Schema reads it stricter.
        return any(
            name in self.schemas.flat_object(part).properties for part in node.get("allOf", [])
        )

    def query_value(self, param: Parameter, raw: list[str]) -> JSON:
        """Parse and check a query or path parameter given as strings (repeated for arrays).

        An empty string is a value like any other: ``limit=`` is not an integer and
        ``start_time=`` not a date-time, so both are refused.
        """
        schema = self.schemas.resolve(param.schema)
        where = f"{param.location}.{param.name}"
        kind = schema.get("type")
        if kind == "array":
            item = self.schemas.resolve(schema.get("items", {}))
            values = [self._scalar(item, text, f"{where}[{k}]") for k, text in enumerate(raw)]
            self.check(schema, values, where)
            return values
        if len(raw) > 1:
            raise Invalid([Violation(where, "may be given only once")])
        value = self._scalar(schema, raw[0], where)
        self.check(schema, value, where)
        return value

    @staticmethod
    def _scalar(schema: Mapping[str, Any], text: str, where: str) -> JSON:
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "integer":
            if not _INTEGER.fullmatch(text):
                raise Invalid([Violation(where, f"must be an integer, got {text!r}")])
            return int(text)
        if kind == "number":
            try:
                number = float(text)
            except ValueError:
                raise Invalid([Violation(where, f"must be a number, got {text!r}")]) from None
            if not math.isfinite(number):
                raise Invalid([Violation(where, "must be a finite number")])
            return number
        if kind == "boolean":
            if text not in ("true", "false"):
                raise Invalid([Violation(where, f"must be true or false, got {text!r}")])
            return text == "true"
        return text


def _string_problems(node: Mapping[str, Any], value: str) -> list[str]:
    problems = []
    if "maxLength" in node and len(value) > node["maxLength"]:
        problems.append(f"must be at most {node['maxLength']} characters")
    if "minLength" in node and len(value) < node["minLength"]:
        problems.append(f"must be at least {node['minLength']} characters")
    if "pattern" in node and not _pattern(node["pattern"]).search(value):
        problems.append(f"must match {node['pattern']!r}")
    kind = node.get("format")
    if isinstance(kind, str) and not _format_ok(kind, value):
        problems.append(f"must be {_FORMAT_NAMES[kind]}")
    return problems


def _number_problems(node: Mapping[str, Any], value: float) -> list[str]:
    if isinstance(value, float) and not math.isfinite(value):
        return ["must be a finite number"]
    problems = []
    low, high = node.get("minimum"), node.get("maximum")
    exclusive_low: Any = node.get("exclusiveMinimum")
    exclusive_high: Any = node.get("exclusiveMaximum")
    # OpenAPI 3.1 bounds are numbers; 3.0 ones are booleans beside minimum/maximum.
    if _is_number(exclusive_low) and value <= exclusive_low:
        problems.append(f"must be greater than {exclusive_low}")
    if _is_number(exclusive_high) and value >= exclusive_high:
        problems.append(f"must be less than {exclusive_high}")
    if low is not None and (value < low or (exclusive_low is True and value == low)):
        problems.append(f"must be at least {low}" + (" (exclusive)" * (exclusive_low is True)))
    if high is not None and (value > high or (exclusive_high is True and value == high)):
        problems.append(f"must be at most {high}" + (" (exclusive)" * (exclusive_high is True)))
    return problems
