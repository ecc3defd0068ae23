"""Decoding responses: generated models, discriminated unions, and where a body went wrong.

The API adds variants to its polymorphic types without a version bump. Unions
nested inside models dispatch in the generated ``from_dict`` (see
``generator-templates/property_templates/union_property.py.jinja`` and the
``Unknown…`` variants ``spec/normalize.py`` adds); a union that is a whole
response or list item dispatches here, with the tables ``spec/codegen.py`` emits:

* a known discriminator value parses strictly with its model, so a malformed
  known item is an error rather than a silent fallback to another variant;
* any other value parses into the ``Unknown…`` model, which keeps the value
  and the JSON as received (``to_dict()``), so a new variant never fails a page.

Every failure inside a generated ``from_dict`` is reported as
``ResponseValidationError`` naming its JSON path: the generated code checks each
value's type and raises ``SchemaMismatch`` with the path below the item (see
``generator-templates/property_templates/convert.py.jinja``); anything else it
raises (a ``KeyError`` for a key the item lacks ...) is located at the item.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import attrs
from aioarize_api.errors import SchemaMismatch

from ._errors import ResponseValidationError

Decoder = Callable[[Any, str], Any]


@attrs.frozen
class Model:
    """Decodes a JSON object with a generated model's ``from_dict`` (``module:Class``)."""

    target: str

    def __call__(self, raw: Any, path: str) -> Any:
        return strict(model_class(self.target).from_dict, raw, path)


@attrs.frozen
class Union:
    """Decodes a discriminated union: a known value with its model, any other with ``unknown``.

    Unions nested inside models dispatch in the generated ``from_dict`` (see
    ``generator-templates/``); this handles a union that is a whole response or list item.
    """

    discriminator: str
    variants: Mapping[str, str]
    unknown: str
    # The known variants' parsers by value, filled on first use (imports stay lazy): a list
    # item pays one dict lookup instead of resolving its class again.
    _parsers: dict[str, Callable[[Any], Any]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    def __call__(self, raw: Any, path: str) -> Any:
        if not isinstance(raw, dict):
            raise ResponseValidationError(
                f"{path}: expected a JSON object, got {type(raw).__name__}", path=path
            )
        value = raw.get(self.discriminator)
        if not isinstance(value, str):
            where = f"{path}.{self.discriminator}"
            raise ResponseValidationError(f"{where}: expected a string discriminator", path=where)
        parse = self._parsers.get(value)
        if parse is None:
            if value not in self.variants:
                # Not cached: the values a server may invent are unbounded.
                return strict(model_class(self.unknown).from_dict, raw, path)
            parse = self._parsers[value] = model_class(self.variants[value]).from_dict
        return strict(parse, raw, path)


def raw_json(raw: Any, path: str) -> Any:
    """Decodes a body the spec gives no model: the JSON as received."""
    return raw


@cache
def model_class(target: str) -> Any:
    """The generated class ``module:Class``, imported on first use (keeps ``import`` fast)."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def strict(parse: Callable[[Any], Any], raw: Any, path: str) -> Any:
    """Run a generated parser, turning whatever it raises into ResponseValidationError."""
    if not isinstance(raw, dict):
        raise ResponseValidationError(
            f"{path}: expected a JSON object, got {type(raw).__name__}", path=path
        )
    try:
        return parse(raw)
    except SchemaMismatch as exc:
        where = exc.json_path(path)
        raise ResponseValidationError(f"{where}: {exc.args[0]}", path=where) from exc
    except KeyError as exc:
        # Nested parses report their own missing keys as SchemaMismatch: this is the item's.
        where = f"{path}.{exc.args[0] if exc.args else '?'}"
        raise ResponseValidationError(f"{where}: required field missing", path=where) from exc
    except RecursionError as exc:
        raise ResponseValidationError(f"{path}: nested too deeply", path=path) from exc
    except (TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise ResponseValidationError(f"{path}: {exc}", path=path) from exc
