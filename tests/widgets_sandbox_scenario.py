"""Run by tests/test_codegen.py with the packages generated from tests/widgets_spec.py first
on PYTHONPATH: the sandbox serves the Widgets and Shapes operations from that spec, and the
client and the ``aioarize`` command use them, with no handwritten line naming them.

Each check prints one line; the test compares them with what it expects.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import anyio

from aioarize import AsyncArize, NotFoundError, UnprocessableEntityError
from aioarize.models import Circle, UnknownShape
from aioarize.sandbox import SandboxConfig, serve


def cli(base_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARIZE_API_KEY": "sandbox-key", "ARIZE_BASE_URL": base_url}
    return subprocess.run(
        [sys.executable, "-m", "aioarize", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


async def through_the_client(base_url: str) -> None:
    async with AsyncArize("sandbox-key", base_url=base_url) as client:
        created = await client.widgets.create(name="gear", shape={"kind": "CIRCLE", "radius": 2})
        fetched = await client.widgets.get(created.id)
        print("client create/get", fetched.name, isinstance(fetched.shape, Circle))
        updated = await client.widgets.update(created.id, size=7)
        print("client update", updated.size, (await client.widgets.get(created.id)).size)
        listed = [w.id async for w in client.widgets.list(limit=50)]
        searched = [w.id async for w in client.widgets.search(limit=50)]
        # The sandbox keeps the search results (its own collection) apart from the widgets.
        print("client lists", created.id in listed, len(searched) > 50, len(listed) > 50)
        await client.widgets.delete(created.id)
        try:
            await client.widgets.get(created.id)
        except NotFoundError:
            print("client delete 404")
        try:
            await client.widgets.create(body={"name": "x", "shape": {"kind": "CIRCLE"}, "bogus": 1})
        except UnprocessableEntityError as error:
            print("client invalid body", error.status)
        except Exception as error:  # the spec declares 400 only for this operation
            print("client invalid body", getattr(error, "status", type(error).__name__))


async def unknown_variants(base_url: str) -> None:
    async with AsyncArize("sandbox-key", base_url=base_url) as client:
        kinds = {type(s).__name__ async for s in client.shapes.list(limit=50)}
        print("shapes", sorted(kinds))
        unknown = [s async for s in client.shapes.list(limit=50) if isinstance(s, UnknownShape)]
        print("unknown shape kept", all(s.to_dict()["kind"] == s.kind for s in unknown))


def main() -> None:
    with serve(SandboxConfig(items=60)) as server:
        anyio.run(through_the_client, server.base_url)
        created = cli(
            server.base_url,
            "widgets",
            "create",
            "--name",
            "cog",
            "--shape",
            '{"kind": "SQUARE", "side": 1}',
            "--json",
        )
        widget = json.loads(created.stdout)
        print("cli create", created.returncode, widget["name"], widget["shape"]["kind"])
        print("cli get", cli(server.base_url, "widgets", "get", widget["id"], "--json").returncode)
        deleted = cli(server.base_url, "widgets", "delete", widget["id"])
        print("cli delete", deleted.returncode, repr(deleted.stdout))
        listed = cli(server.base_url, "widgets", "list", "--limit", "7", "--max-items", "10")
        print("cli list rows", listed.returncode, len(listed.stdout.splitlines()) - 1)
        refused = cli(server.base_url, "widgets", "create", "--name", "x" * 41, "--shape", "{}")
        print("cli refused", refused.returncode, refused.stderr.count("\n"))
    with serve(SandboxConfig(items=60, unknown_variants=True)) as server:
        anyio.run(unknown_variants, server.base_url)


if __name__ == "__main__":
    main()
