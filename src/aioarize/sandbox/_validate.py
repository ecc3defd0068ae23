"""Request validation against the spec's schemas (the subset of JSON Schema OpenAPI uses).

The first violation found is reported, as a sentence naming where it is. Unknown
discriminator values are refused here (the server decides what it accepts);
the normalizer's catch-all ``Unknown*`` variants are for responses only.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

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


class Invalid(ValueError):
    """A request part does not match its schema; the message says where and why."""


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


class Validator:
    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas

    def check(self, schema: JSON, value: JSON, where: str) -> None:
        """Raise :class:`Invalid` unless ``value`` matches ``schema`` as a request part."""
        node = self.schemas.resolve(schema)
        if value is None:
            if self.schemas.nullable(node) or not node:
                return
            raise Invalid(f"{where} must not be null")
        for part in node.get("allOf", []):
            self.check(part, value, where)
        union = self.schemas.union(node)
        if union is not None:
            self._check_union(union.prop, union.values, value, where)
        elif "oneOf" in node or "anyOf" in node:
            branches = [
                b
                for b in node.get("oneOf") or node.get("anyOf")
                if not self.schemas.is_unknown_variant(b)
            ]
            errors = []
            for branch in branches:
                try:
                    self.check(branch, value, where)
                    break
                except Invalid as exc:
                    errors.append(str(exc))
            else:
                raise Invalid(
                    errors[0] if len(errors) == 1 else f"{where} matches no allowed shape"
                )
        if "not" in node:
            try:
                self.check(node["not"], value, where)
            except Invalid:
                pass
            else:
                raise Invalid(f"{where} has a value that is not allowed")
        self._check_node(node, value, where)

    def _check_union(
        self, prop: str, variants: Mapping[str, JSON], value: JSON, where: str
    ) -> None:
        if not isinstance(value, dict):
            raise Invalid(f"{where} must be an object")
        tag = value.get(prop)
        if not isinstance(tag, str) or tag not in variants:
            allowed = ", ".join(map(repr, variants))
            raise Invalid(f"{where}.{prop} must be one of {allowed}, got {tag!r}")
        self.check(variants[tag], value, where)

    def _check_node(self, node: Mapping[str, Any], value: JSON, where: str) -> None:
        kind = node.get("type")
        if kind is not None:
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(_type_ok(value, k) for k in kinds):
                raise Invalid(f"{where} must be of type {' or '.join(kinds)}")
        if "enum" in node and value not in node["enum"]:
            allowed = ", ".join(map(repr, node["enum"]))
            raise Invalid(f"{where} must be one of {allowed}, got {value!r}")
        if "const" in node and value != node["const"]:
            raise Invalid(f"{where} must be {node['const']!r}")
        if isinstance(value, str):
            self._check_string(node, value, where)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self._check_number(node, value, where)
        elif isinstance(value, list):
            self._check_array(node, value, where)
        elif isinstance(value, dict):
            self._check_object(node, value, where)

    @staticmethod
    def _check_string(node: Mapping[str, Any], value: str, where: str) -> None:
        if "maxLength" in node and len(value) > node["maxLength"]:
            raise Invalid(f"{where} must be at most {node['maxLength']} characters")
        if "minLength" in node and len(value) < node["minLength"]:
            raise Invalid(f"{where} must be at least {node['minLength']} characters")
        if "pattern" in node and not _pattern(node["pattern"]).search(value):
            raise Invalid(f"{where} must match {node['pattern']!r}")
        if node.get("format") == "date-time":
            try:
                datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise Invalid(f"{where} must be an RFC 3339 date-time") from None

    @staticmethod
    def _check_number(node: Mapping[str, Any], value: float, where: str) -> None:
        if isinstance(value, float) and not math.isfinite(value):
            raise Invalid(f"{where} must be a finite number")
        low, high = node.get("minimum"), node.get("maximum")
        exclusive_low: Any = node.get("exclusiveMinimum")
        exclusive_high: Any = node.get("exclusiveMaximum")
        # OpenAPI 3.1 bounds are numbers; 3.0 ones are booleans beside minimum/maximum.
        if _is_number(exclusive_low) and value <= exclusive_low:
            raise Invalid(f"{where} must be greater than {exclusive_low}")
        if _is_number(exclusive_high) and value >= exclusive_high:
            raise Invalid(f"{where} must be less than {exclusive_high}")
        if low is not None and (value < low or (exclusive_low is True and value == low)):
            raise Invalid(
                f"{where} must be at least {low}" + (" (exclusive)" * (exclusive_low is True))
            )
        if high is not None and (value > high or (exclusive_high is True and value == high)):
            raise Invalid(
                f"{where} must be at most {high}" + (" (exclusive)" * (exclusive_high is True))
            )

    def _check_array(self, node: Mapping[str, Any], value: list[JSON], where: str) -> None:
        if "minItems" in node and len(value) < node["minItems"]:
            raise Invalid(f"{where} must have at least {node['minItems']} items")
        if "maxItems" in node and len(value) > node["maxItems"]:
            raise Invalid(f"{where} must have at most {node['maxItems']} items")
        if "items" in node:
            for k, item in enumerate(value):
                self.check(node["items"], item, f"{where}[{k}]")

    def _check_object(self, node: Mapping[str, Any], value: dict[str, JSON], where: str) -> None:
        if "minProperties" in node and len(value) < node["minProperties"]:
            raise Invalid(f"{where} must have at least {node['minProperties']} fields")
        properties: Mapping[str, JSON] = node.get("properties", {})
        for name in node.get("required", []):
            if name not in value and not self.schemas.resolve(properties.get(name, {})).get(
                "readOnly"
            ):
                raise Invalid(f"{where}.{name} is required")
        extra = node.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                self.check(properties[name], item, f"{where}.{name}")
            elif extra is False and not self._declared_elsewhere(node, name):
                raise Invalid(f"{where}.{name} is not a known field")
            elif isinstance(extra, dict):
                self.check(extra, item, f"{where}.{name}")

    def _declared_elsewhere(self, node: Mapping[str, Any], name: str) -> bool:
        # additionalProperties: false beside allOf means "nothing beyond the parts'
        # properties" in every spec written that way, though JSON Schema reads it stricter.
        return any(
            name in self.schemas.flat_object(part).properties for part in node.get("allOf", [])
        )

    def query_value(self, param: Parameter, raw: list[str]) -> JSON:
        """Parse and check a query or path parameter given as strings (repeated for arrays)."""
        schema = self.schemas.resolve(param.schema)
        where = f"'{param.name}'"
        kind = schema.get("type")
        if kind == "array":
            item = self.schemas.resolve(schema.get("items", {}))
            values = [self._scalar(item, text, where) for text in raw]
            self.check(schema, values, where)
            return values
        if len(raw) > 1:
            raise Invalid(f"query parameter {where} may be given only once")
        value = self._scalar(schema, raw[0], where)
        self.check(schema, value, where)
        return value

    def _scalar(self, schema: Mapping[str, Any], text: str, where: str) -> JSON:
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "integer":
            if not _INTEGER.fullmatch(text):
                raise Invalid(f"{where} must be an integer, got {text!r}")
            return int(text)
        if kind == "number":
            try:
                number = float(text)
            except ValueError:
                raise Invalid(f"{where} must be a number, got {text!r}") from None
            if not math.isfinite(number):
                raise Invalid(f"{where} must be a finite number")
            return number
        if kind == "boolean":
            if text not in ("true", "false"):
                raise Invalid(f"{where} must be true or false, got {text!r}")
            return text == "true"
        return text
