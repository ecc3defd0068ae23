"""Exceptions raised by aioarize.

Every exception derives from ``ArizeError``::

    ArizeError
    ├── ConfigurationError         the client was built with an invalid or missing setting
    ├── APIStatusError             the API answered with a non-2xx status
    │   ├── BadRequestError        400
    │   ├── AuthenticationError    401
    │   ├── PermissionDeniedError  403
    │   ├── NotFoundError          404 (does not exist, or no read access)
    │   ├── ConflictError          409 (e.g. a name already taken)
    │   ├── UnprocessableEntityError  422 (a well-formed request the API cannot apply)
    │   ├── RateLimitError         429, with ``retry_after``
    │   └── ServerError            5xx
    ├── APIConnectionError         no response: connection refused, reset, DNS ...
    │   └── APITimeoutError        no response within the timeout
    ├── ResponseValidationError    a 2xx body that is not the documented shape
    └── PaginationError            the server broke the cursor protocol (a repeated cursor)

Error bodies are RFC 9457 problem details when the server sends them; any
other body (an HTML page from a proxy, nothing at all) still produces the
exception class of its status. All exceptions pickle, so they cross process
boundaries (multiprocessing, task queues) intact. None of them holds the API
key: requests are described by method and URL only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ArizeError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
]


def _restore(cls: type[ArizeError], args: tuple[Any, ...], state: dict[str, Any]) -> ArizeError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ArizeError(Exception):
    """Base class of every exception aioarize raises."""

    attempts = 1  # requests made for the call, retries included (where requests were made)

    def __str__(self) -> str:
        message = str(self.args[0]) if self.args else ""
        if self.attempts > 1:
            message += f" (after {self.attempts} attempts)"
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only constructor arguments, which the default
        # Exception pickling (cls(*args)) cannot replay.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(ArizeError, ValueError):
    """The client cannot be built: a missing API key, an unknown region, conflicting hosts."""


class APIStatusError(ArizeError):
    """The API answered with a status outside 2xx.

    Attributes mirror the RFC 9457 problem details where the body has them, plus
    the members the API adds: ``error_code`` and ``request_id`` (quote it to support).
    ``attempts`` counts the requests made for this call, retries included.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        title: str | None = None,
        detail: str | None = None,
        type: str | None = None,
        instance: str | None = None,
        error_code: str | None = None,
        request_id: str | None = None,
        body: str = "",
        headers: Mapping[str, str] | None = None,
        method: str = "",
        url: str = "",
        attempts: int = 1,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.title = title
        self.detail = detail
        self.type = type
        self.instance = instance
        self.error_code = error_code
        self.request_id = request_id
        self.body = body
        self.headers: dict[str, str] = dict(headers or {})
        self.method = method
        self.url = url
        self.attempts = attempts


class BadRequestError(APIStatusError):
    """400: the request's parameters were rejected."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key can read the resource but may not perform this action."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist, or the key has no read access to it."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the state of the resource (e.g. a duplicate name)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but the API cannot apply it."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's advice in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: the server or a proxy in front of it failed."""


class APIConnectionError(ArizeError):
    """No response arrived: the connection failed or broke before an answer."""

    def __init__(self, message: str, *, method: str = "", url: str = "", attempts: int = 1) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.attempts = attempts


class APITimeoutError(APIConnectionError):
    """No response arrived within the configured timeout."""


class ResponseValidationError(ArizeError):
    """A 2xx response whose body is not the documented shape; ``path`` is where it failed."""

    def __init__(self, message: str, *, path: str = "$") -> None:
        super().__init__(message)
        self.path = path


class PaginationError(ArizeError):
    """The server broke the cursor protocol, e.g. by returning a cursor it already returned."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_NOT_FOUND_HINT = (
    " The API answers 404 both when the resource does not exist and when the API key"
    " has no read access to it: check the key's access to the space or project."
)


def _problem_fields(response: httpx.Response) -> dict[str, Any]:
    """The RFC 9457 members of the body, keeping only those of the right JSON type."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}
    if not isinstance(body, dict):
        return {}
    fields = {
        key: body[key]
        for key in ("title", "detail", "type", "instance", "error_code", "request_id")
        if isinstance(body.get(key), str)
    }
    return fields


def error_from_response(
    response: httpx.Response, *, retry_after: float | None = None, attempts: int = 1
) -> APIStatusError:
    """Build the typed exception for a non-2xx response whose body has been read."""
    status = response.status_code
    cls = _STATUS_CLASSES.get(status, ServerError if status >= 500 else APIStatusError)
    problem = _problem_fields(response)
    request = response.request
    method, url = request.method, str(request.url)
    summary = problem.get("title") or response.reason_phrase or "HTTP error"
    message = f"{status} {summary}"
    if "detail" in problem:
        message += f": {problem['detail']}"
    message += f" ({method} {url})"
    if cls is NotFoundError:
        message += _NOT_FOUND_HINT
    kwargs: dict[str, Any] = {
        "status": status,
        "body": response.text,
        "headers": response.headers,
        "method": method,
        "url": url,
        "attempts": attempts,
        **problem,
    }
    if cls is RateLimitError:
        kwargs["retry_after"] = retry_after
        if retry_after is not None:
            message += f" Retry after {retry_after:g}s."
    return cls(message, **kwargs)
