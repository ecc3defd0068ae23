"""Keeping the API key out of whatever a server's answer can reach.

A server may echo the key anywhere: a problem's detail, a header, a date field, a cursor.
``Redactor`` replaces it (and its JSON-escaped form) with ``***`` in text, in an exception
with every exception it was raised from, and in the repr of response headers. While a
client is alive, ``LOG_FILTER`` does the same for the DEBUG records of the HTTP libraries
below it (httpcore logs whole response headers).
"""

from __future__ import annotations

import collections
import json
import logging
import threading
from typing import Any

import httpx

__all__ = ["LOG_FILTER", "MIN_REDACTED_KEY_LENGTH", "REDACTED", "RedactedHeaders", "Redactor"]

REDACTED = "***"
# Shorter strings are no real API key, and hiding them would garble ordinary words.
MIN_REDACTED_KEY_LENGTH = 8

# The loggers that emit the records (a logger's filters see only its own records, not
# its children's): httpx, httpcore's per-protocol loggers, aiohttp's client side.
HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "aiohttp.client",
    "aiohttp.internal",
)


class Redactor:
    """Replaces one API key wherever text may carry it; shows no key in its own repr."""

    __slots__ = ("forms",)

    def __init__(self, key: str) -> None:
        self.forms: tuple[str, ...] = ()
        if len(key) >= MIN_REDACTED_KEY_LENGTH:
            self.forms = tuple({key, json.dumps(key)[1:-1]})

    @classmethod
    def for_request(cls, request: httpx.Request) -> Redactor:
        """The redactor of the key a request carries as ``Authorization: Bearer <key>``."""
        return cls(request.headers.get("Authorization", "").partition(" ")[2])

    def __repr__(self) -> str:
        return "Redactor('***')"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("the API key is not picklable")

    def __call__(self, text: str) -> str:
        for form in self.forms:
            text = text.replace(form, REDACTED)
        return text

    def scrub(self, error: BaseException) -> None:
        """Redact ``error`` and the exceptions it was raised from, in place: their args and
        their text attributes (a ``JSONDecodeError``'s document, an error's headers)."""
        if not self.forms:
            return
        seen: set[int] = set()
        pending: list[BaseException | None] = [error]
        while pending:
            exc = pending.pop()
            if exc is None or id(exc) in seen:
                continue
            seen.add(id(exc))
            exc.args = tuple(self._value(arg) for arg in exc.args)
            state = getattr(exc, "__dict__", {})
            state.update((name, self._value(value)) for name, value in list(state.items()))
            pending += [exc.__cause__, exc.__context__]

    def _value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self(value)
        if isinstance(value, dict):
            return {key: self._value(item) for key, item in value.items()}
        if type(value) in (list, tuple):  # a SchemaMismatch's path holds the server's keys
            return type(value)(self._value(item) for item in value)
        return value


class RedactedHeaders(httpx.Headers):
    """Response headers whose repr shows no API key, whichever header a server echoed it in."""

    def __init__(self, headers: httpx.Headers, redact: Redactor) -> None:
        super().__init__(headers)
        self._redact = redact

    def __repr__(self) -> str:
        return self._redact(super().__repr__())


class _KeyLogFilter(logging.Filter):
    """Redacts the keys of the live clients from the records of ``HTTP_LOGGERS``.

    Installed on those loggers while some client is alive, removed when the last one closes.
    """

    def __init__(self) -> None:
        super().__init__()
        self._live: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()  # clients may come and go in several threads

    def watch(self, redactor: Redactor) -> None:
        with self._lock:
            if redactor.forms and not self._live:
                for name in HTTP_LOGGERS:
                    logging.getLogger(name).addFilter(self)
            self._live.update(redactor.forms)

    def forget(self, redactor: Redactor) -> None:
        with self._lock:
            self._live.subtract(redactor.forms)
            self._live = +self._live  # drop keys no live client holds
            if redactor.forms and not self._live:
                for name in HTTP_LOGGERS:
                    logging.getLogger(name).removeFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        message = redacted = record.getMessage()
        for form in list(self._live):
            redacted = redacted.replace(form, REDACTED)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


#: The one filter every client registers its key with.
LOG_FILTER = _KeyLogFilter()
