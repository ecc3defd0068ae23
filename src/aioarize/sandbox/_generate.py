"""Deterministic, schema-valid JSON generated from OpenAPI schemas.

A schema is compiled once into a tree of generators. Every value is a pure
function of the item's context (seed, collection, slot) and of the node's place
in the tree, so item #5 is the same on every run and in every process, and one
field of an item can be computed without the rest (``field``), which is what
makes filtering large collections cheap.

Choices that should *cover* the schema cycle with the slot (enum values, union
variants: ``n`` consecutive items show all ``n``); the others are drawn from a
hash (nulls where allowed, optional properties, lengths, numbers).
"""

from __future__ import annotations

import base64
import re
import string
import time
import uuid
import zlib
from collections.abc import Callable
from typing import Any, Final

from ._spec import JSON, Schemas

MASK64: Final = (1 << 64) - 1
#: Item ``slot`` is created ten minutes after item ``slot - 1``.
SPACING_S: Final = 600
_MAX_DEPTH = 8
_SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_NAME_PREFIXES = ("Production", "Staging", "Research", "Nightly", "Canary", "Shared")
_MAP_KEYS = ("input", "output", "context")
_PATTERN_ALPHABET = string.ascii_letters + string.digits + "_-. "
_UNKNOWN_WORDS = ("agent", "quantum", "hologram", "telepathy")
#: The property unknown variants carry beyond their known sibling's, to show raw JSON is kept.
UNKNOWN_EXTRA_FIELD = "experimental_setting"


class _Missing:
    """A property the item does not have (optional and left out)."""


MISSING: Final = _Missing()


def mix(*parts: int) -> int:
    """Hash integers to 64 well-mixed bits (splitmix64 finaliser), stable across runs."""
    z = 0x632BE59BD9B4E019
    for part in parts:
        z = (z ^ (part & MASK64)) * 0x9E3779B97F4A7C15 & MASK64
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 & MASK64
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB & MASK64
        z ^= z >> 31
    return z


def draw(base: int, tag: int) -> int:
    """64 bits for one node of one item: a single splitmix64 step, the hot path."""
    z = (base + tag * 0x9E3779B97F4A7C15) & MASK64
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 & MASK64
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB & MASK64
    return z ^ (z >> 31)


def tag_of(text: str) -> int:
    return zlib.crc32(text.encode())


def global_id(seed: int, prefix: str, number: int, scope: int = 0) -> str:
    """An opaque ID ``base64("Prefix:number:suffix")`` like the live API's.

    The suffix is re-drawn until the encoding has no ``+`` or ``/``, so IDs need
    no escaping in paths or query strings (callers must still escape).
    """
    tag = tag_of(prefix)
    encoded = ""
    for attempt in range(64):
        h = mix(seed, tag, number, scope, attempt)
        suffix = "".join(_SUFFIX_ALPHABET[(h >> (6 * k)) % 62] for k in range(4))
        encoded = base64.b64encode(f"{prefix}:{number}:{suffix}".encode()).decode()
        if "+" not in encoded and "/" not in encoded:
            break
    return encoded


def iso(seconds: float) -> str:
    """RFC 3339 UTC with milliseconds, as the API writes date-times."""
    whole = int(seconds // 1)
    millis = int((seconds - whole) * 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + f".{millis:03d}Z"


#: Where in its ten minutes an item's date-time falls, by the field's name:
#: created, started, ended, updated, then last used, so that ends follow starts.
_PHASES = (
    ("created", 0),
    ("start", 100),
    ("end", 250),
    ("finish", 250),
    ("updated", 400),
    ("last", 500),
)


def timestamp(epoch: int, slot: int, name: str, r: int) -> str:
    """A date-time for an item's field, within ten minutes from ``epoch + slot * SPACING_S``."""
    offset = next((at for word, at in _PHASES if word in name), 0)
    seconds = epoch + slot * SPACING_S + offset + r % 100
    return iso(seconds + ((r >> 20) % 1000) / 1000)


def camel(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.replace("-", "_").split("_"))


def words(name: str) -> str:
    """``LlmIntegration`` -> ``Llm Integration``."""
    out: list[str] = []
    for char in name:
        if char.isupper() and out and out[-1] != " ":
            out.append(" ")
        out.append(char)
    return "".join(out).replace("_", " ").strip()


class Context:
    """What one item's values derive from.

    ``cycle`` drives the choices that cycle (enum values, variants): the slot at
    the top; inside a variant chosen as ``cycle % n``, ``cycle // n``. So a
    union nested in one variant of another still shows all its variants over
    consecutive items, whatever the two sizes.
    """

    __slots__ = ("base", "cycle", "depth", "epoch", "slot", "unknown")

    def __init__(self, base: int, slot: int, unknown: bool, epoch: int = 0) -> None:
        self.base = base
        self.slot = slot
        self.cycle = slot
        self.unknown = unknown
        self.depth = 0
        #: Seconds since 1970 at which slot 0's ten minutes begin.
        self.epoch = epoch


class Gen:
    """A compiled schema node."""

    tag: int = 0

    def generate(self, ctx: Context, salt: int) -> JSON:
        raise NotImplementedError

    def field(self, ctx: Context, salt: int, name: str, force: bool = False) -> JSON:
        """The value ``generate`` gives property ``name`` (``MISSING`` if absent).

        ``force``: the value it would have if present, for an optional property.
        """
        return MISSING


class _Const(Gen):
    def __init__(self, value: JSON) -> None:
        self.value = value

    def generate(self, ctx: Context, salt: int) -> JSON:
        return self.value


class _Enum(Gen):
    def __init__(self, values: list[JSON], tag: int) -> None:
        self.values, self.tag = values, tag

    def generate(self, ctx: Context, salt: int) -> JSON:
        return self.values[(ctx.cycle + self.tag + salt) % len(self.values)]


class _Bool(Gen):
    def __init__(self, tag: int) -> None:
        self.tag = tag

    def generate(self, ctx: Context, salt: int) -> JSON:
        return bool(draw(ctx.base ^ salt, self.tag) & 1)


class _Int(Gen):
    def __init__(self, low: int, high: int, tag: int) -> None:
        self.low, self.span, self.tag = low, max(0, high - low) + 1, tag

    def generate(self, ctx: Context, salt: int) -> JSON:
        return self.low + draw(ctx.base ^ salt, self.tag) % self.span


class _Number(Gen):
    def __init__(self, low: float, high: float, tag: int) -> None:
        self.low, self.high, self.tag = low, high, tag

    def generate(self, ctx: Context, salt: int) -> JSON:
        fraction = (draw(ctx.base ^ salt, self.tag) % 1001) / 1000
        value = round(self.low + fraction * (self.high - self.low), 3)
        return min(max(value, self.low), self.high)


class _String(Gen):
    """Free text: ``name`` fields get readable numbered names, others short phrases.

    Where the schema has a ``pattern`` the text does not match, ``matching``
    gives one that does.
    """

    def __init__(
        self,
        make: Callable[[Context, int], str],
        low: int,
        high: int | None,
        pattern: re.Pattern[str] | None = None,
        matching: Callable[[int], str] | None = None,
        tag: int = 0,
    ) -> None:
        self.make, self.low, self.high = make, low, high
        self.pattern, self.matching, self.tag = pattern, matching, tag

    def generate(self, ctx: Context, salt: int) -> JSON:
        text = self.make(ctx, salt)
        if len(text) < self.low:
            text += "x" * (self.low - len(text))
        if self.high is not None:
            text = text[: self.high]
        if self.matching is not None and self.pattern is not None and not self.pattern.search(text):
            text = self.matching(draw(ctx.base ^ salt, self.tag))
        return text


def _pattern_text(
    pattern: re.Pattern[str], example: JSON, low: int, high: int | None
) -> Callable[[int], str] | None:
    """Texts matching ``pattern``: the spec's example, else a run of one character it admits.

    Patterns in API specs are mostly character classes (``^[A-E]$``,
    ``^[a-z0-9_-]+$``); runs of one character cover those without a regex engine
    of our own. None if no such text is found.
    """
    if isinstance(example, str) and pattern.search(example):
        texts = [example]
    else:
        texts = []
        for length in range(max(1, low), min(high or 8, 8) + 1):
            texts = [c * length for c in _PATTERN_ALPHABET if pattern.search(c * length)]
            if texts:
                break
    if not texts:
        return None

    def pick(r: int) -> str:
        return texts[r % len(texts)]

    return pick


class _Nullable(Gen):
    def __init__(self, inner: Gen, tag: int) -> None:
        self.inner, self.tag = inner, tag

    def generate(self, ctx: Context, salt: int) -> JSON:
        if draw(ctx.base ^ salt, self.tag) & 3 == 0 or ctx.depth > _MAX_DEPTH:
            return None
        return self.inner.generate(ctx, salt)

    def field(self, ctx: Context, salt: int, name: str, force: bool = False) -> JSON:
        return self.inner.field(ctx, salt, name, force)


class _Array(Gen):
    def __init__(self, item: Gen, low: int, high: int, tag: int) -> None:
        self.item, self.low, self.span, self.tag = item, low, high - low + 1, tag

    def generate(self, ctx: Context, salt: int) -> JSON:
        n = self.low + draw(ctx.base ^ salt, self.tag) % self.span
        if ctx.depth > _MAX_DEPTH:
            n = self.low
        item, start = self.item, salt * 0x100000001B3
        return [item.generate(ctx, (start + k + 1) & MASK64) for k in range(n)]


class _Choice(Gen):
    """``oneOf``/``anyOf`` without a discriminator: one branch, cycling with the slot."""

    def __init__(self, options: list[Gen], tag: int) -> None:
        self.options, self.tag = options, tag

    def generate(self, ctx: Context, salt: int) -> JSON:
        outer = ctx.cycle
        ctx.cycle, k = divmod(outer + self.tag + salt, len(self.options))
        value = self.options[k].generate(ctx, salt)
        ctx.cycle = outer
        return value

    def field(self, ctx: Context, salt: int, name: str, force: bool = False) -> JSON:
        outer = ctx.cycle
        ctx.cycle, k = divmod(outer + self.tag + salt, len(self.options))
        value = self.options[k].field(ctx, salt, name, force)
        ctx.cycle = outer
        return value


class _Property:
    __slots__ = ("gen", "name", "required", "tag")

    def __init__(self, name: str, gen: Gen, required: bool, tag: int) -> None:
        self.name, self.gen, self.required, self.tag = name, gen, required, tag


class _Object(Gen):
    def __init__(self, properties: list[_Property], extra: Gen | None, tag: int) -> None:
        self.properties = properties
        self.by_name = {p.name: p for p in properties}
        self.extra, self.tag = extra, tag

    def _present(self, ctx: Context, salt: int, prop: _Property) -> bool:
        if prop.required:
            return True
        return ctx.depth <= _MAX_DEPTH and draw(ctx.base ^ salt, prop.tag) & 3 != 0

    def generate(self, ctx: Context, salt: int) -> JSON:
        ctx.depth += 1
        out: dict[str, JSON] = {}
        for prop in self.properties:
            if prop.required or self._present(ctx, salt, prop):
                out[prop.name] = prop.gen.generate(ctx, salt)
        if self.extra is not None:
            n = draw(ctx.base ^ salt, self.tag) % (len(_MAP_KEYS) + 1)
            for k in range(n):
                out[_MAP_KEYS[k]] = self.extra.generate(ctx, (salt * 31 + k + 1) & MASK64)
        ctx.depth -= 1
        return out

    def field(self, ctx: Context, salt: int, name: str, force: bool = False) -> JSON:
        prop = self.by_name.get(name)
        if prop is None or not (force or self._present(ctx, salt, prop)):
            return MISSING
        ctx.depth += 1
        value = prop.gen.generate(ctx, salt)
        ctx.depth -= 1
        return value


class _Union(Gen):
    """A discriminated union: known variants in turn; with unknown_variants, some unknown."""

    def __init__(self, prop: str, variants: list[tuple[str, Gen]], unknown: str, tag: int) -> None:
        self.prop, self.variants, self.unknown_value, self.tag = prop, variants, unknown, tag

    def _pick(self, ctx: Context, salt: int) -> tuple[str, Gen, bool, int]:
        """The variant's value and generator, whether it is shown unknown, the inner cycle."""
        inner, k = divmod(ctx.cycle + self.tag + salt, len(self.variants))
        value, gen = self.variants[k]
        unknown = ctx.unknown and draw(ctx.base ^ salt, self.tag) % 4 == 0
        return value, gen, unknown, inner

    def generate(self, ctx: Context, salt: int) -> JSON:
        value, gen, unknown, inner = self._pick(ctx, salt)
        outer, ctx.cycle = ctx.cycle, inner
        out: dict[str, JSON] = gen.generate(ctx, salt)
        ctx.cycle = outer
        out[self.prop] = self.unknown_value if unknown else value
        if unknown:
            out[UNKNOWN_EXTRA_FIELD] = draw(ctx.base ^ salt, self.tag) % 100
        return out

    def field(self, ctx: Context, salt: int, name: str, force: bool = False) -> JSON:
        value, gen, unknown, inner = self._pick(ctx, salt)
        if name == self.prop:
            return self.unknown_value if unknown else value
        if unknown and name == UNKNOWN_EXTRA_FIELD:
            return draw(ctx.base ^ salt, self.tag) % 100
        outer, ctx.cycle = ctx.cycle, inner
        found = gen.field(ctx, salt, name, force)
        ctx.cycle = outer
        return found


class _Ref(Gen):
    """Stands for a schema still being compiled (recursive schemas)."""

    target: Gen

    def generate(self, ctx: Context, salt: int) -> JSON:
        return self.target.generate(ctx, salt)

    def field(self, ctx: Context, salt: int, name: str, force: bool = False) -> JSON:
        return self.target.field(ctx, salt, name, force)


def unknown_value(known: list[str]) -> str:
    """A discriminator value no variant lists, in the style of the listed ones.

    ``agent_x`` beside lower-case values, ``AGENT_X`` beside upper-case ones,
    ``agentX`` beside camel-case ones (another word if that one is taken).
    """
    letters = [v for v in known if any(c.isalpha() for c in v)]
    for word in _UNKNOWN_WORDS:
        if letters and all(v == v.upper() for v in letters):
            candidate = f"{word.upper()}_X"
        elif any(c.isupper() for v in letters for c in v[1:]):
            candidate = f"{word}X"
        else:
            candidate = f"{word}_x"
        if candidate not in known:
            return candidate
    raise ValueError(f"no unknown discriminator value left beside {known}")


#: name of a ``*_id`` property -> function from a small index to an existing ID, or None.
References = Callable[[str], Callable[[int], str] | None]


class Compiler:
    """Compiles schemas of one document into generators (cached per schema and name)."""

    def __init__(self, schemas: Schemas, seed: int, references: References) -> None:
        self.schemas = schemas
        self.seed = seed
        self.references = references
        self._cache: dict[tuple[str, str, str], Gen] = {}

    def compile(
        self, node: JSON, name: str = "", owner: str = "", path: str = "", variant: bool = False
    ) -> Gen:
        """Compile ``node`` found at property ``name`` of schema ``owner``.

        ``owner`` (the nearest named schema; a union's name for its variants)
        labels generated names, e.g. "Production Integration 7".
        """
        ref = Schemas.ref_name(node)
        if ref is None:
            return self._compile(node, name, owner, path)
        if not variant:
            owner = ref
        key = (ref, name, owner)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        placeholder = _Ref()
        self._cache[key] = placeholder
        compiled = self._compile(self.schemas.resolve(node), name, owner, path + "/" + ref)
        placeholder.target = compiled
        self._cache[key] = compiled
        return compiled

    def _compile(self, node: JSON, name: str, owner: str, path: str) -> Gen:
        schemas = self.schemas
        tag = tag_of(path)
        node = schemas.resolve(node)
        if schemas.nullable(node):
            return _Nullable(self._compile_non_null(node, name, owner, path), tag ^ 0x5A5A)
        return self._compile_non_null(node, name, owner, path)

    def _compile_non_null(self, node: JSON, name: str, owner: str, path: str) -> Gen:
        schemas = self.schemas
        tag = tag_of(path)
        union = schemas.union(node)
        if union is not None:
            variants = [
                (value, self.compile(ref, name, owner, f"{path}/{value}", variant=True))
                for value, ref in union.values.items()
            ]
            return _Union(union.prop, variants, unknown_value(list(union.values)), tag)
        branches = [
            b
            for b in node.get("oneOf") or node.get("anyOf") or []
            if schemas.resolve(b).get("type") != "null"
        ]
        if branches and "properties" not in node and "allOf" not in node:
            options = [self.compile(b, name, owner, f"{path}/{k}") for k, b in enumerate(branches)]
            return options[0] if len(options) == 1 else _Choice(options, tag)
        if "allOf" in node and not schemas.object_like(node):
            # allOf wrapping one scalar schema (to attach a description or default).
            return self.compile(node["allOf"][0], name, owner, path)
        if "const" in node:
            return _Const(node["const"])
        if "enum" in node:
            values = [v for v in node["enum"] if v is not None]
            return _Enum(values, tag) if values else _Const(None)
        kind = node.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind is None and schemas.object_like(node):
            kind = "object"
        if kind == "object":
            return self._object(node, owner, path)
        if kind == "array":
            item = self.compile(node.get("items", {}), _singular(name), owner, path + "[]")
            low = int(node.get("minItems", 0))
            high = min(int(node.get("maxItems", low + 3)), low + 3)
            return _Array(item, low, high, tag)
        if kind == "boolean":
            return _Bool(tag)
        if kind == "integer":
            low, high = _bounds(node, 0, 1000)
            return _Int(int(low), int(high), tag)
        if kind == "number":
            low, high = _bounds(node, 0.0, 100.0)
            return _Number(low, high, tag)
        return self._string(node, name, owner, tag)

    def _object(self, node: JSON, owner: str, path: str) -> Gen:
        flat = self.schemas.flat_object(node)
        properties = [
            _Property(
                prop,
                self.compile(schema, prop, owner, f"{path}/{prop}"),
                prop in flat.required,
                tag_of(f"{path}/{prop}?"),
            )
            for prop, schema in flat.properties.items()
            if not self.schemas.resolve(schema).get("writeOnly")
        ]
        extra = None
        if isinstance(flat.additional, dict) and not properties:
            extra = self.compile(flat.additional, "value", owner, path + "/*")
        return _Object(properties, extra, tag_of(path))

    def _string(self, node: JSON, name: str, owner: str, tag: int) -> Gen:
        fmt = node.get("format")
        make: Callable[[Context, int], str]
        if fmt == "date-time":

            def make(ctx: Context, salt: int) -> str:
                return timestamp(ctx.epoch, ctx.slot, name, draw(ctx.base ^ salt, tag))
        elif fmt == "date":

            def make(ctx: Context, salt: int) -> str:
                return timestamp(ctx.epoch, ctx.slot, name, draw(ctx.base ^ salt, tag))[:10]
        elif fmt == "uuid":

            def make(ctx: Context, salt: int) -> str:
                return str(uuid.UUID(int=draw(ctx.base ^ salt, tag) << 64 | ctx.slot, version=4))
        elif fmt in ("uri", "url", "uri-reference"):

            def make(ctx: Context, salt: int) -> str:
                return (
                    f"https://example.com/{name or 'resource'}/{draw(ctx.base ^ salt, tag) % 1000}"
                )
        elif fmt == "email":

            def make(ctx: Context, salt: int) -> str:
                return f"user{draw(ctx.base ^ salt, tag) % 100}@example.com"
        elif fmt == "byte":

            def make(ctx: Context, salt: int) -> str:
                raw = draw(ctx.base ^ salt, tag).to_bytes(8, "big")
                return base64.b64encode(raw).decode()
        elif name == "id" or name.endswith("_id"):
            make = self._identifier(name, owner, tag)
        elif name == "name" or name.endswith("_name"):
            label = words(owner) if name == "name" and owner else words(camel(name[:-5] or "item"))

            def make(ctx: Context, salt: int) -> str:
                prefix = _NAME_PREFIXES[draw(ctx.base ^ salt, tag) % len(_NAME_PREFIXES)]
                return f"{prefix} {label} {ctx.slot + 1}"
        else:
            label = (name or "text").replace("_", " ")

            def make(ctx: Context, salt: int) -> str:
                return f"{label} {draw(ctx.base ^ salt, tag) % 1000}"

        low, high = int(node.get("minLength", 0)), node.get("maxLength")
        if not isinstance(node.get("pattern"), str):
            return _String(make, low, high)
        pattern = re.compile(node["pattern"])
        matching = _pattern_text(pattern, node.get("example"), low, high)
        return _String(make, low, high, pattern, matching, tag)

    def _identifier(self, name: str, owner: str, tag: int) -> Callable[[Context, int], str]:
        existing = self.references(name) if name != "id" else None
        if existing is not None:
            pick = existing

            def make(ctx: Context, salt: int) -> str:
                return pick(draw(ctx.base ^ salt, tag))

            return make
        prefix = camel(name[:-3]) if name.endswith("_id") else (owner or "Object")
        seed = self.seed

        def fallback(ctx: Context, salt: int) -> str:
            return global_id(seed, prefix, 1 + draw(ctx.base ^ salt, tag) % 8)

        return fallback


def _singular(name: str) -> str:
    if name.endswith("_ids"):
        return name[:-1]
    return name


def _bounds(node: JSON, low: Any, high: Any) -> tuple[Any, Any]:
    step = 1 if node.get("type") == "integer" else 0.001
    if "minimum" in node:
        low = node["minimum"] + (step if node.get("exclusiveMinimum") is True else 0)
    if isinstance(node.get("exclusiveMinimum"), int | float) and not isinstance(
        node.get("exclusiveMinimum"), bool
    ):
        low = node["exclusiveMinimum"] + step
    if "maximum" in node:
        high = node["maximum"] - (step if node.get("exclusiveMaximum") is True else 0)
    if isinstance(node.get("exclusiveMaximum"), int | float) and not isinstance(
        node.get("exclusiveMaximum"), bool
    ):
        high = node["exclusiveMaximum"] - step
    if high < low:
        high = low + (1000 if step == 1 else 100.0) if "maximum" not in node else low
    return low, high
