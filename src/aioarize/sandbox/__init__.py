"""A local, deterministic stand-in for the Arize AX REST API v2, for tests and demos.

Like stripe-mock for Stripe: ``create_app()`` gives an ASGI app to drive
in-process (e.g. with ``httpx.ASGITransport``); ``serve()`` runs it on loopback
HTTP; ``python -m aioarize.sandbox`` serves it from the command line.

It is driven by the OpenAPI document (the normalized spec shipped with
aioarize, or any other given to ``create_app(spec=...)``): every operation is
served, with no per-operation code. Responses follow the spec, except the
variants added by ``unknown_variants``.
"""

from ._app import ASGIApp, SandboxApp, create_app
from ._cli import add_sandbox_arguments, config_from_args, run_sandbox
from ._config import SandboxConfig
from ._server import SandboxServer, serve
from ._spec import Collection, SpecError, load_default_spec
from ._store import Instance, Store

__all__ = [
    "ASGIApp",
    "Collection",
    "Instance",
    "SandboxApp",
    "SandboxConfig",
    "SandboxServer",
    "SpecError",
    "Store",
    "add_sandbox_arguments",
    "config_from_args",
    "create_app",
    "load_default_spec",
    "run_sandbox",
    "serve",
]
