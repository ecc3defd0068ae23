"""The public surface: what `import aioarize` offers, pinned."""

from __future__ import annotations

import aioarize

PUBLIC = {
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
}


def test_all_is_pinned() -> None:
    """__all__ lists exactly the public names; a change here is an API change."""
    assert set(aioarize.__all__) == PUBLIC
    assert len(aioarize.__all__) == len(PUBLIC)


def test_every_public_name_resolves() -> None:
    """Each name in __all__ is importable from the package root."""
    for name in aioarize.__all__:
        assert getattr(aioarize, name) is not None


def test_version_is_a_string() -> None:
    """__version__ comes from the installed distribution metadata."""
    assert isinstance(aioarize.__version__, str)
    assert aioarize.__version__ != "0.0.0"


def test_models_resolve_lazily_from_aioarize_models() -> None:
    """Every generated model is importable from aioarize.models, which lists them all."""
    import aioarize_api.models

    assert dir(aioarize.models) == sorted(aioarize_api.models.__all__)
    assert aioarize.models.Task is aioarize_api.models.Task
