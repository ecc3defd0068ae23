"""Exceptions raised by aioarize.

Every exception derives from ``ArizeError``::

    ArizeError
    ├── ConfigurationError         the client was built with an invalid or missing setting
    │                              (also a ValueError)
    ├── InvalidRequestError        a request that cannot be sent as given, e.g. an ID or cursor
    │                              too long for a URL (also a ValueError)
    ├── ClientClosedError          the client, or the parent of a with_options() client, is
    │                              closed (also a RuntimeError)
    ├── EventLoopError             the client is used from a second event loop while the one
    │                              it is in use by still runs (also a RuntimeError)
    ├── APIStatusError             the API answered with a non-2xx status
    │   ├── BadRequestError        400
    │   ├── AuthenticationError    401
    │   ├── PermissionDeniedError  403
    │   ├── NotFoundError          404 (does not exist, or no read access)
    │   ├── ConflictError          409 (e.g. a name already taken)
    │   ├── UnprocessableEntityError  422 (a well-formed request the API cannot apply)
    │   ├── RateLimitError         429, with ``retry_after``
    │   └── ServerError            5xx
    ├── APIConnectionError         no usable response: connection refused, reset, DNS ...
    │   ├── APITimeoutError        no response within the timeout, or the call's deadline passed
    │   └── ResponseDecodingError  a body its Content-Encoding cannot decode
    ├── ResponseTooLargeError      a body beyond the client's max_response_size
    ├── ResponseValidationError    a 2xx body that is not the documented shape (or not JSON)
    ├── PaginationError            the server broke the cursor protocol (a repeated cursor)
    ├── WaitTimeoutError           a job's wait (tasks.wait_for_run) outlasted its timeout
    │                              (also a TimeoutError)
    ├── ExperimentUploadError      experiments.run could not store a batch of runs; resume=True
    │                              continues
    ├── DatasetUploadError         a chunk of datasets.upload/append_examples failed: what went
    │                              in and where to continue
    └── MissingDependencyError     an optional extra is not installed, e.g. pandas for
                                   to_pandas() (also an ImportError)

Error bodies are RFC 9457 problem details when the server sends them; any
other body (an HTML page from a proxy, nothing at all, JSON nested too deeply
to parse) still produces the exception class of its status. All exceptions
pickle, so they cross process boundaries (multiprocessing, task queues) intact,
with the exception they were raised from (``__cause__``). None of them holds the
API key: requests are described by method and URL only, and the key a server
echoes (in a problem's detail, the body, a header, a field or a cursor) is
replaced by ``***`` before the error leaves the client, in its cause too.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Mapping
from typing import Any

import httpx

from ._redact import Redactor

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ArizeError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DatasetUploadError",
    "EventLoopError",
    "ExperimentUploadError",
    "InvalidRequestError",
    "MissingDependencyError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]


def _restore(
    cls: type[BaseException],
    args: tuple[Any, ...],
    state: dict[str, Any],
    cause: BaseException | None,
) -> BaseException:
    # __new__ without __init__: subclasses take keyword-only arguments, and a cause's class
    # may need arguments its args do not hold (httpx's errors, json's JSONDecodeError).
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    error.__cause__ = cause
    return error


# What of a foreign cause's state travels: plain data (scalars, and lists or tuples of
# them, such as SchemaMismatch.path), never objects such as the httpx.Request an httpx
# error holds (its headers carry the key).
_SCALARS = (str, int, float, bool, type(None))


def _plain(value: object) -> bool:
    if isinstance(value, list | tuple):
        return all(isinstance(item, _SCALARS) for item in value)
    return isinstance(value, _SCALARS)


class _PortableCause:
    """Pickles a foreign exception as its class, plain-data args and attributes, and cause;
    one whose class cannot be imported back as an ``Exception`` naming it."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __reduce__(self) -> tuple[Any, ...]:
        error = self.error
        args = tuple(arg if _plain(arg) else str(arg) for arg in error.args)
        state = {
            name: value for name, value in getattr(error, "__dict__", {}).items() if _plain(value)
        }
        cls: type[BaseException] = type(error)
        try:
            pickle.dumps(cls)
        except (pickle.PicklingError, AttributeError, TypeError):
            cls, args, state = Exception, (f"{cls.__qualname__}: {error}",), {}
        return (_restore, (cls, args, state, _portable(error.__cause__)))


def _portable(cause: BaseException | None) -> object:
    return cause if cause is None or isinstance(cause, ArizeError) else _PortableCause(cause)


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
        # Exception pickling (cls(*args)) cannot replay; nor does it keep __cause__.
        state = dict(self.__dict__)
        return (_restore, (type(self), self.args, state, _portable(self.__cause__)))


class ConfigurationError(ArizeError, ValueError):
    """The client cannot be built: a missing API key, an unknown region, conflicting hosts."""


class InvalidRequestError(ArizeError, ValueError):
    """The request cannot be sent as given, e.g. an ID or cursor too long for a URL."""


class ClientClosedError(ArizeError, RuntimeError):
    """The client was closed; a ``with_options()`` client closes with its parent."""


class EventLoopError(ArizeError, RuntimeError):
    """The client is used from a second event loop while the loop it is in use by still runs.

    One loop after another works (``asyncio.run()`` twice, trio then asyncio); two at once
    (threads) would share connections and waits between them.
    """


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


class ResponseDecodingError(APIConnectionError):
    """The body does not decode as its ``Content-Encoding`` says (e.g. "gzip" that is not gzip).

    Like a connection broken mid-body, it is retried for idempotent methods.
    """


class ResponseTooLargeError(ArizeError):
    """The body exceeded ``max_response_size`` (decompressed bytes); reading stopped there."""

    def __init__(self, message: str, *, limit: int, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.limit = limit
        self.method = method
        self.url = url


class ResponseValidationError(ArizeError):
    """A 2xx response whose body is not the documented shape; ``path`` is where it failed."""

    def __init__(self, message: str, *, path: str = "$") -> None:
        super().__init__(message)
        self.path = path


class PaginationError(ArizeError):
    """The server broke the cursor protocol, e.g. by returning a cursor it already returned."""


class WaitTimeoutError(ArizeError, TimeoutError):
    """A wait (``tasks.wait_for_run``) ended by its timeout; ``last`` is the last state seen."""

    def __init__(self, message: str, *, last: Any = None) -> None:
        super().__init__(message)
        self.last = last


class ExperimentUploadError(ArizeError):
    """``experiments.run`` could not store a batch of runs, and stopped.

    ``experiment_id`` is the experiment (None if creating it failed), ``uploaded`` the
    runs stored before, ``unsaved`` the runs of the failed batch; the cause is chained.
    Calling ``experiments.run`` again with ``resume=True`` runs only the examples
    without a stored run.
    """

    def __init__(
        self,
        message: str,
        *,
        experiment_id: str | None = None,
        uploaded: int = 0,
        unsaved: tuple[Any, ...] = (),
    ) -> None:
        super().__init__(message)
        self.experiment_id = experiment_id
        self.uploaded = uploaded
        self.unsaved = unsaved


class DatasetUploadError(ArizeError):
    """A chunk of ``datasets.upload`` or ``datasets.append_examples`` failed; the cause is chained.

    "Went in" means the API accepted the chunk (a 2xx answer); a chunk whose answer
    never came (a timeout, a reset connection) counts as not in, though the API may
    have applied it. Attributes, with input indices counted from 0 in the order given:

    * ``dataset_id``: the dataset the examples went to;
    * ``resume_from``: the first input index not known to be in; every example before
      it went in, so passing the input from there (``append_examples``) continues;
    * ``inserted``: how many examples went in, ``resume_from`` plus ``inserted_after``;
    * ``inserted_after``: ranges of input indices beyond ``resume_from`` that went in
      too (chunks in flight beside the failed one): skip them when continuing;
    * ``example_ids``: the IDs of the examples before ``resume_from``, in input order,
      or None where the API did not return them (the chunk ``upload`` created the
      dataset with).
    """

    def __init__(
        self,
        message: str,
        *,
        dataset_id: str,
        resume_from: int,
        inserted_after: tuple[range, ...] = (),
        example_ids: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.dataset_id = dataset_id
        self.resume_from = resume_from
        self.inserted_after = inserted_after
        self.inserted = resume_from + sum(len(span) for span in inserted_after)
        self.example_ids = example_ids


class MissingDependencyError(ArizeError, ImportError):
    """An optional extra is not installed; the message names the ``pip install`` that adds it."""


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


def _loads(content: bytes) -> Any:
    """``json.loads`` whose every failure, nesting too deep for the parser included, is a
    ``ValueError``."""
    try:
        return json.loads(content)
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply to parse") from exc


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body of a 2xx response; ``ResponseValidationError`` if it is not JSON."""
    try:
        return _loads(response.content)
    except ValueError as exc:
        request = response.request
        raise ResponseValidationError(
            f"$: the {response.status_code} response body is not JSON ({exc})"
            f" ({request.method} {request.url})"
        ) from exc


def _problem_fields(response: httpx.Response) -> dict[str, Any]:
    """The RFC 9457 members of the body, keeping only those of the right JSON type."""
    try:
        body = _loads(response.content)
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
    request = response.request
    redact = Redactor.for_request(request)
    problem = {key: redact(value) for key, value in _problem_fields(response).items()}
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
        "body": redact(response.text),
        "headers": {key: redact(value) for key, value in response.headers.items()},
        "method": method,
        "url": url,
        "attempts": attempts,
        **problem,
    }
    if cls is RateLimitError:
        kwargs["retry_after"] = retry_after
        if retry_after is not None:
            message += f" Retry after {retry_after:g}s."
    # The reason phrase is the server's too, so the whole message is redacted.
    return cls(redact(message), **kwargs)
