"""Reading a request body: bounded in size and nesting, in linear time.

The app reads a body only once the request is routed and authenticated, so a
client without the key cannot make the server read (or hold) anything.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ._spec import JSON


class BodyTooLarge(Exception):
    """The body is (or declares to be) longer than the limit; it was not read whole."""


class NotJSON(ValueError):
    """The body is not a JSON document the sandbox accepts; the message says why."""


async def read_body(
    headers: list[tuple[bytes, bytes]],
    receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
    limit: int,
) -> bytes:
    """The request body, read chunk by chunk; :class:`BodyTooLarge` past ``limit`` bytes."""
    for name, value in headers:
        if name.lower() == b"content-length" and value.strip().isdigit() and int(value) > limit:
            raise BodyTooLarge  # refused before a byte of it is read
    chunks: list[bytes] = []  # joined once: appending to bytes would copy it every chunk
    size = 0
    while True:
        message = await receive()
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        # A disconnect ends the body too: nobody will read the answer to what came.
        if not message.get("more_body"):
            return b"".join(chunks)


def _refuse_constant(name: str) -> JSON:
    raise NotJSON(f"{name} is not a JSON number")


def parse_json(raw: bytes, max_depth: int) -> JSON:
    """``raw`` as JSON, refusing NaN/Infinity and nesting deeper than ``max_depth``."""
    try:
        value: JSON = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:  # the parser's own bound, far beyond any sensible max_depth
        raise NotJSON(f"it nests deeper than {max_depth} levels") from None
    except NotJSON:
        raise
    except (ValueError, UnicodeDecodeError):
        raise NotJSON("it is not valid JSON") from None
    if _depth_exceeds(value, max_depth):
        raise NotJSON(f"it nests deeper than {max_depth} levels")
    return value


def _depth_exceeds(value: JSON, limit: int) -> bool:
    # A loop, not recursion: the point is to bound depth before anything recurses.
    stack: list[tuple[JSON, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
