"""Client configuration: API key, host, timeout and response size, from arguments or the
environment."""

from __future__ import annotations

import ipaddress
import os
import warnings
from collections.abc import Mapping

import attrs
import httpx

from ._errors import ConfigurationError

GLOBAL_BASE_URL = "https://api.arize.com"
# The regional hosts listed in the API overview; `base_url` covers any other host.
REGIONS = ("us-central-1a", "us-east-1b", "ca-central-1a", "eu-west-1a")

API_KEY_ENV = "ARIZE_API_KEY"
REGION_ENV = "ARIZE_REGION"
BASE_URL_ENV = "ARIZE_BASE_URL"

# Finite by default: a hung connection must not hang an async worker forever.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0, pool=10.0)
# Far above any page the API sends (at most 100 items), far below what hurts a worker:
# a gzip bomb or an endless body stops here.
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024


class InsecureBaseURLWarning(UserWarning):
    """``base_url`` is plain ``http`` to a host other than this machine: the key goes in clear."""


class Secret:
    """Holds the API key so that no repr, log record or traceback local shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would write the key into whatever stores the pickle.
        raise TypeError("the API key is not picklable")


@attrs.frozen
class Settings:
    """What an ``AsyncArize`` needs to reach the API, resolved once at construction."""

    api_key: Secret
    base_url: str


def resolve_settings(
    api_key: str | None,
    region: str | None,
    base_url: str | None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Apply the precedence arguments > environment > global host, and validate."""
    env = os.environ if environ is None else environ
    key = api_key if api_key is not None else env.get(API_KEY_ENV)
    if not key:
        raise ConfigurationError(
            f"no API key: pass api_key= or set the {API_KEY_ENV} environment variable"
        )
    if not isinstance(key, str):
        raise ConfigurationError("api_key must be a string")
    if not key.isascii() or not key.isprintable() or any(c.isspace() for c in key):
        # Such a key cannot travel in an HTTP header; the message must not echo it.
        raise ConfigurationError("api_key must be printable ASCII without whitespace")
    if region is not None and base_url is not None:
        raise ConfigurationError("pass either region= or base_url=, not both")
    if region is None and base_url is None:
        region = env.get(REGION_ENV) or None
        base_url = env.get(BASE_URL_ENV) or None
        if region is not None and base_url is not None:
            raise ConfigurationError(f"set either {REGION_ENV} or {BASE_URL_ENV}, not both")
    return Settings(api_key=Secret(key), base_url=_base_url(region, base_url))


def _base_url(region: str | None, base_url: str | None) -> str:
    if region is not None:
        if region not in REGIONS:
            raise ConfigurationError(
                f"unknown region {region!r}: expected one of {', '.join(REGIONS)}"
                " (use base_url= for a custom host)"
            )
        return f"https://api.{region}.arize.com"
    if base_url is None:
        return GLOBAL_BASE_URL
    # Checked first, on the raw text, and never echoed: a password would go into every
    # message (and be sent as Basic auth in place of the bearer key). Any "@" counts, since a
    # password holding "/", "?" or "#" makes the parser see a host or path where it is.
    if "@" in base_url:
        raise ConfigurationError("base_url must not contain credentials (user:password@)")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    # Operation paths are appended to base_url, so a query or fragment would swallow them.
    if "?" in base_url or "#" in base_url:
        raise ConfigurationError(f"base_url must not have a query or fragment, got {base_url!r}")
    if url.scheme == "http" and not _is_local(url.host):
        warnings.warn(
            f"base_url {base_url!r} is plain http: the API key is sent unencrypted",
            InsecureBaseURLWarning,
            stacklevel=4,  # _base_url <- resolve_settings <- AsyncArize() <- the caller
        )
    # Operation paths already start with /v2; accept the documented "…/v2" form too.
    return str(url).rstrip("/").removesuffix("/v2")


def _is_local(host: str) -> bool:
    """This machine, or a name RFC 6761 reserves for it (``localhost``) or for testing
    (``.test``: the in-process sandbox of ``aioarize.testing`` is ``http://arize-sandbox.test``)."""
    if host in ("localhost", "test") or host.endswith((".localhost", ".test")):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def max_response_size(value: object) -> int:
    """The validated ``max_response_size``: a positive number of bytes."""
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigurationError(f"max_response_size must be a positive int, got {value!r}")
    return value
