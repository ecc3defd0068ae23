"""Opaque pagination cursors bound to the filters they were issued for."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass


class CursorError(ValueError):
    """The cursor is malformed or was issued for another list or other filters."""


@dataclass(frozen=True)
class Cursor:
    offset: int
    #: Digest of the resource and filters the cursor was issued for.
    scope: str
    #: The previous page was served empty on purpose; the next one must not be,
    #: or a client could page forever without progress.
    after_empty: bool = False


def filter_scope(resource: str, filters: Mapping[str, str]) -> str:
    """Digest binding a cursor to one list and one set of filters (limit is free to change)."""
    canonical = json.dumps([resource, sorted(filters.items())], separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def encode_cursor(cursor: Cursor) -> str:
    payload = {"o": cursor.offset, "s": cursor.scope, "e": int(cursor.after_empty)}
    raw = json.dumps(payload, separators=(",", ":")).encode()
    # Unpadded URL-safe base64: the token survives query strings unescaped.
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(token: str, expected_scope: str) -> Cursor:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise CursorError("the cursor is not a token this API issued") from exc
    if not isinstance(payload, dict):
        raise CursorError("the cursor is not a token this API issued")
    offset, scope, after_empty = payload.get("o"), payload.get("s"), payload.get("e")
    if (
        type(offset) is not int
        or offset < 0
        or not isinstance(scope, str)
        or after_empty not in (0, 1)
        or type(after_empty) is not int
    ):
        raise CursorError("the cursor is not a token this API issued")
    if scope != expected_scope:
        raise CursorError(
            "the cursor was issued for a different list or different filters; "
            "repeat the filters of the request that returned it"
        )
    return Cursor(offset, scope, bool(after_empty))
