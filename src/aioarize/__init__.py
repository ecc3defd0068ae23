"""aioarize: the async-first client for the Arize AX REST API v2.

Everything public is importable from here; the underscore modules are private.
Every operation of the API is ``client.<resource>.<method>`` on ``AsyncArize``;
the models those methods take and return are in ``aioarize.models``.
"""

from aioarize_api.types import UNSET, Unset

from . import models
from ._client import AsyncArize, RawResponse
from ._config import InsecureBaseURLWarning
from ._dataset_upload import DatasetUpload
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArizeError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    DatasetUploadError,
    EventLoopError,
    ExperimentUploadError,
    InvalidRequestError,
    MissingDependencyError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._experiment_runner import (
    EvaluationResult,
    ExperimentProgress,
    ExperimentResult,
    ExperimentRunResult,
)
from ._pagination import AsyncPager, Page
from ._retry import RetryEvent, RetryPolicy
from ._version import __version__

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ArizeError",
    "AsyncArize",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DatasetUpload",
    "DatasetUploadError",
    "EvaluationResult",
    "EventLoopError",
    "ExperimentProgress",
    "ExperimentResult",
    "ExperimentRunResult",
    "ExperimentUploadError",
    "InsecureBaseURLWarning",
    "InvalidRequestError",
    "MissingDependencyError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "ServerError",
    "UnprocessableEntityError",
    "Unset",
    "WaitTimeoutError",
    "__version__",
    "models",
]
