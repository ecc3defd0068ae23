"""aioarize: the async-first client for the Arize AX REST API v2.

Everything public is importable from here; the underscore modules are private.
"""

from aioarize_api.models import (
    IntegrationScoping,
    IntegrationType,
    LlmGenerationRunConfig,
    LlmIntegration,
    OpenAiConfig,
    Task,
    TaskType,
    TemplateEvaluationRunConfig,
)

from ._client import AsyncArize
from ._config import InsecureBaseURLWarning
from ._dispatch import (
    Integration,
    LlmConfig,
    RunConfiguration,
    UnknownIntegration,
    UnknownLlmConfig,
    UnknownRunConfiguration,
)
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArizeError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    InvalidRequestError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
)
from ._pagination import AsyncPager, Page
from ._retry import RetryEvent, RetryPolicy
from ._version import __version__

__all__ = [
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
    "InsecureBaseURLWarning",
    "Integration",
    "IntegrationScoping",
    "IntegrationType",
    "InvalidRequestError",
    "LlmConfig",
    "LlmGenerationRunConfig",
    "LlmIntegration",
    "NotFoundError",
    "OpenAiConfig",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "RunConfiguration",
    "ServerError",
    "Task",
    "TaskType",
    "TemplateEvaluationRunConfig",
    "UnknownIntegration",
    "UnknownLlmConfig",
    "UnknownRunConfiguration",
    "__version__",
]
