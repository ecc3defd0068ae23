"""Run by tests/test_codegen.py in a subprocess whose PYTHONPATH puts the packages
generated from tests/widgets_spec.py first: the Widgets and Shapes operations,
which no handwritten line of aioarize mentions, used through the client.

Each check prints one line; the test compares them with what it expects.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import anyio
import httpx

from aioarize import AsyncArize, NotFoundError, Unset
from aioarize.models import Circle, CreateWidgetRequest, UnknownShape, Widget

WIDGET = {
    "id": "W1",
    "name": "gear",
    "size": 3,
    "shape": {"kind": "CIRCLE", "radius": 1.5},
    "note": None,
    "earlier_shapes": [{"kind": "SQUARE", "side": 1}, {"kind": "OCTAGON", "edges": 8}],
    "created_at": "2024-01-01T00:00:00Z",
}


def respond(request: httpx.Request) -> httpx.Response:
    """A scripted server: just enough to check what goes over the wire."""
    body: dict[str, Any] = json.loads(request.content) if request.content else {}
    key = (request.method, request.url.path)
    if key == ("POST", "/v2/widgets"):
        return httpx.Response(201, json={**WIDGET, **body})
    if key == ("GET", "/v2/widgets/W1"):
        return httpx.Response(200, json=WIDGET)
    if key == ("PATCH", "/v2/widgets/W1"):
        return httpx.Response(200, json={**WIDGET, **body})
    if key == ("DELETE", "/v2/widgets/W1"):
        return httpx.Response(204)
    if key == ("GET", "/v2/widgets/gone"):
        return httpx.Response(404, json={"status": 404, "title": "Not found"})
    if key == ("GET", "/v2/widgets"):
        more = "cursor" not in request.url.params
        page: dict[str, Any] = {"has_more": more}
        if more:
            page["next_cursor"] = "p2"
        return httpx.Response(200, json={"widgets": [WIDGET], "pagination": page})
    if key == ("POST", "/v2/widgets/search"):
        more = "cursor" not in body
        page = {"has_more": more, **({"next_cursor": "s2"} if more else {})}
        return httpx.Response(200, json={"widgets": [WIDGET], "pagination": page})
    if key == ("GET", "/v2/shapes"):
        shapes = [{"kind": "SQUARE", "side": 2}, {"kind": "HEXAGON", "edges": 6}]
        return httpx.Response(200, json={"shapes": shapes, "pagination": {"has_more": False}})
    return httpx.Response(500)


async def main() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return respond(request)

    transport = httpx.MockTransport(handler)
    async with AsyncArize("scenario-key", base_url="https://h", transport=transport) as client:
        created = await client.widgets.create(name="gear", shape={"kind": "CIRCLE", "radius": 1.5})
        print("create", type(created).__name__, sent[-1].method, json.loads(sent[-1].content))
        model_body = CreateWidgetRequest.from_dict(
            {"name": "cog", "shape": {"kind": "CIRCLE", "radius": 2}}
        )
        await client.widgets.create(body=model_body)
        print("create body=", json.loads(sent[-1].content))
        widget = await client.widgets.get("W1")
        assert isinstance(widget, Widget)
        print("get", isinstance(widget.shape, Circle), widget.shape.to_dict())
        assert not isinstance(widget.earlier_shapes, Unset)
        print("nested", [type(s).__name__ for s in widget.earlier_shapes])
        # to_dict() gives the JSON back, but for the timestamp's spelling (Z vs +00:00).
        echoed = widget.to_dict()
        print("round trip", echoed.pop("created_at") == "2024-01-01T00:00:00+00:00", end=" ")
        print(echoed == {k: v for k, v in WIDGET.items() if k != "created_at"})
        updated = await client.widgets.update("W1", size=5, note=None)
        print("update", sent[-1].method, json.loads(sent[-1].content), updated.size)
        await client.widgets.delete("W1")  # 204: returns None
        print("delete", sent[-1].method, sent[-1].content == b"")
        try:
            await client.widgets.get("gone")
        except NotFoundError as exc:
            print("missing", exc.status)
        names = [w.name async for w in client.widgets.list(name="gear", limit=5)]
        print("list", names, [dict(r.url.params) for r in sent[-2:]])
        found = [w.id async for w in client.widgets.search(name="gear")]
        print("search", found, [json.loads(r.content) for r in sent[-2:]])
        shapes = [s async for s in client.shapes.list()]
        unknown = shapes[1]
        assert isinstance(unknown, UnknownShape)
        print("shapes", [type(s).__name__ for s in shapes], unknown.kind, unknown.to_dict())
        count = len(sent)
        refused: list[dict[str, Any]] = [
            {"name": "x" * 41, "shape": {}},
            {"name": "ok", "shape": {}, "size": 0},
            {"shape": {}},
        ]
        for bad in refused:
            try:
                await client.widgets.create(**bad)
            except (TypeError, ValueError) as exc:
                print("refused", type(exc).__name__)
        print("sent after refusals", len(sent) - count)


if __name__ == "__main__":
    anyio.run(main)
    sys.exit(0)
