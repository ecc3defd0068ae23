"""Operations: what a generated resource method hands to the client, and its argument checks.

``spec/codegen.py`` turns each operation of the spec into an ``Operation``: its
method and path, one ``Param`` per path, query and body argument (with the
JSON-schema fragment the spec gives it), and how to decode the 2xx body. The
generated resource methods only collect their arguments; ``AsyncArize._call``
and ``AsyncArize._paginate`` do the rest through ``arguments()`` below, so an
operation added to the spec costs no handwritten line.

Arguments are checked against the spec before any request is sent: types,
``minimum``/``maximum``, ``minLength``/``maxLength``, ``minItems``/``maxItems``
and required properties. Enumerations stay open: the API adds values without a
version bump, so any string passes where the spec lists an enum.
"""

from __future__ import annotations

import datetime
import enum
import math
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Protocol
from urllib.parse import quote

import attrs
from aioarize_api.types import UNSET, Unset

from ._dispatch import Decoder

Location = Literal["path", "query", "body"]
Schema = Mapping[str, Any]


@attrs.frozen
class Param:
    """One argument of an operation: where it goes on the wire and what the spec allows."""

    name: str  # as the API spells it
    argument: str  # the Python keyword
    location: Location
    schema: Schema
    required: bool = False


@attrs.frozen
class Operation:
    """One operation of the spec, as the generated resources describe it to the client."""

    operation_id: str
    method: str
    path: str  # with {placeholders} for path parameters
    params: tuple[Param, ...] = ()
    body: str | None = None  # the generated request-body model, ``module:Class``
    body_required: bool = False
    decode: Decoder | None = None  # None: the operation answers without a body
    items: str | None = None  # the array property of a cursor-paginated response
    cursor_in: Location | None = None  # where the cursor travels for a paginated operation


class Caller(Protocol):
    """What a resource needs from the client: the one request path and the pager."""

    async def _call(self, operation: Operation, arguments: Mapping[str, Any]) -> Any: ...

    def _paginate(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        *,
        cursor: str | None,
        max_items: int | None,
        prefetch: int,
    ) -> Any: ...


class Resource:
    """Base of the generated resources (``client.datasets`` ...)."""

    def __init__(self, client: Caller) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"


@attrs.frozen
class Request:
    """The wire form of a call: path with parameters filled in, query and JSON body."""

    path: str
    query: dict[str, Any]
    body: dict[str, Any] | None


def arguments(operation: Operation, given: Mapping[str, Any]) -> Request:
    """Check the arguments of a call against the spec and lay them out for the wire.

    ``given`` maps Python keywords to values; a query argument of ``None`` (or a
    list's body argument of ``None``) and a body argument of ``UNSET`` are left out, and
    ``body`` is a whole request body, whose properties count as given.
    """
    path = operation.path
    query: dict[str, Any] = {}
    explicit = given.get("body")
    body = None if explicit is None else _body_model(operation, explicit)
    for param in operation.params:
        value = given.get(param.argument, UNSET)
        if param.location == "path":
            path = path.replace("{" + param.name + "}", _path_segment(param, value))
            continue
        if isinstance(value, Unset) or (value is None and _unsent_none(operation, param)):
            if param.required and not (param.location == "body" and body and param.name in body):
                raise TypeError(f"{operation.operation_id}: missing argument {param.argument!r}")
            continue
        if param.location == "body" and explicit is not None:
            raise TypeError(f"pass {param.argument}= or body=, not both")
        encoded = check(param.argument, value, param.schema)
        if param.location == "query":
            query[param.name] = encoded
        else:
            body = {} if body is None else body
            body[param.name] = encoded
    if body is None and operation.body_required:
        body = {}
    return Request(path=path, query=query, body=body)


def _unsent_none(operation: Operation, param: Param) -> bool:
    """``None`` means "not sent" for a query parameter, and for a list's body property
    that cannot be null (a list's filters take ``None`` wherever they travel)."""
    if param.location == "query":
        return True
    listing = operation.items is not None and param.location == "body"
    return listing and not param.schema.get("nullable")


def _body_model(operation: Operation, value: Any) -> dict[str, Any]:
    """A whole request body: a mapping, or a generated model (any variant of a union body)."""
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        result: dict[str, Any] = to_dict()
        return result
    raise TypeError(
        f"{operation.operation_id}: body must be a model or a mapping, got {type(value).__name__}"
    )


def _path_segment(param: Param, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{param.argument} must be a string, got {type(value).__name__}")
    text = str(value)
    # An empty, "." or ".." segment would address another endpoint once URLs are normalised.
    if text in ("", ".", ".."):
        raise ValueError(f"{param.argument} must be a non-empty ID other than '.' and '..'")
    check(param.argument, value, param.schema)
    return quote(text, safe="")


def check(name: str, value: Any, schema: Schema) -> Any:
    """``value`` as JSON for ``schema``, or ``TypeError``/``ValueError`` naming ``name``."""
    if value is None:
        if schema.get("nullable") or "null" in _types(schema):
            return None
        raise TypeError(f"{name} must not be None")
    if isinstance(value, enum.Enum):
        value = value.value
    if hasattr(value, "to_dict") and not isinstance(value, type):
        return value.to_dict()
    kinds = _types(schema) - {"null"}
    if not kinds:
        return value  # an unconstrained schema (or a union): the server decides
    if "string" in kinds and isinstance(value, str):
        _check_length(name, len(value), schema, "characters", "Length")
        return value
    if "string" in kinds and isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if "boolean" in kinds and isinstance(value, bool):
        return value
    if (
        kinds & {"integer", "number"}
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    ):
        if "number" not in kinds and not isinstance(value, int):
            raise TypeError(f"{name} must be an int, got {type(value).__name__}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number, got {value!r}")
        _check_bounds(name, value, schema)
        return value
    if "array" in kinds and isinstance(value, Sequence) and not isinstance(value, str | bytes):
        _check_length(name, len(value), schema, "items", "Items")
        items = schema.get("items", {})
        return [check(f"{name}[{i}]", item, items) for i, item in enumerate(value)]
    if "object" in kinds and isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{name} must be {' or '.join(sorted(kinds))}, got {type(value).__name__}")


def _types(schema: Schema) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(t) for t in declared}
    if "enum" in schema:
        return {"string"}
    return set()


def _check_length(name: str, length: int, schema: Schema, unit: str, suffix: str) -> None:
    low, high = schema.get("min" + suffix), schema.get("max" + suffix)
    if low is not None and length < low:
        raise ValueError(f"{name} must have at least {low} {unit}, got {length}")
    if high is not None and length > high:
        raise ValueError(f"{name} must have at most {high} {unit}, got {length}")


def _check_bounds(name: str, value: float, schema: Schema) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    # OpenAPI 3.0 spells exclusive bounds as booleans beside minimum/maximum, 3.1 as numbers.
    if isinstance(exclusive_low, bool):
        exclusive_low, low = (low, None) if exclusive_low else (None, low)
    if isinstance(exclusive_high, bool):
        exclusive_high, high = (high, None) if exclusive_high else (None, high)
    if low is not None and value < low:
        raise ValueError(f"{name} must be >= {low}, got {value}")
    if high is not None and value > high:
        raise ValueError(f"{name} must be <= {high}, got {value}")
    if exclusive_low is not None and value <= exclusive_low:
        raise ValueError(f"{name} must be > {exclusive_low}, got {value}")
    if exclusive_high is not None and value >= exclusive_high:
        raise ValueError(f"{name} must be < {exclusive_high}, got {value}")
