"""A local, deterministic stand-in for the Arize AX REST API v2, for tests and demos.

Like stripe-mock for Stripe: ``create_app()`` gives an ASGI app to drive
in-process (e.g. with ``httpx.ASGITransport``); ``serve()`` runs it on loopback
HTTP; ``python -m aioarize.sandbox`` serves it from the command line. Responses
follow ``spec/spec.yaml``, except the items added by ``unknown_variants``.
"""

from ._app import ASGIApp, SandboxApp, create_app
from ._cli import add_sandbox_arguments, config_from_args, run_sandbox
from ._config import SandboxConfig
from ._data import Catalog, Dataset, Project, Space
from ._server import SandboxServer, serve

__all__ = [
    "ASGIApp",
    "Catalog",
    "Dataset",
    "Project",
    "SandboxApp",
    "SandboxConfig",
    "SandboxServer",
    "Space",
    "add_sandbox_arguments",
    "config_from_args",
    "create_app",
    "run_sandbox",
    "serve",
]
