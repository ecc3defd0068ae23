"""A copy of spec/spec.yaml plus operations the project has never seen (``Widgets``, ``Shapes``).

Used by tests/test_codegen.py to show that a new operation costs no handwritten
line: a cursor list with filters, get, create with a body, update, delete with
204, a list whose cursor travels in a POST body, and a polymorphic list whose
union has no explicit discriminator mapping.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = "#/components/schemas/"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMAS + name}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _problems(*statuses: str) -> dict[str, Any]:
    return {
        status: {"$ref": f"#/components/responses/{name}"}
        for status, name in (
            ("400", "BadRequest"),
            ("401", "Unauthorized"),
            ("404", "NotFound"),
            ("429", "RateLimitExceeded"),
        )
        if status in statuses
    }


WIDGET_ID = {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
LIMIT = {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 50}}
CURSOR = {"name": "cursor", "in": "query", "schema": {"type": "string"}}

SCHEMAS_ADDED: dict[str, Any] = {
    "Circle": {
        "type": "object",
        "required": ["kind", "radius"],
        "properties": {
            "kind": {"type": "string", "enum": ["CIRCLE"]},
            "radius": {"type": "number"},
        },
    },
    "Square": {
        "type": "object",
        "required": ["kind", "side"],
        "properties": {"kind": {"type": "string", "enum": ["SQUARE"]}, "side": {"type": "number"}},
    },
    # No mapping: the values are implied by the variants' one-value enums.
    "Shape": {
        "oneOf": [_ref("Circle"), _ref("Square")],
        "discriminator": {"propertyName": "kind"},
    },
    "Widget": {
        "type": "object",
        "required": ["id", "name", "size", "shape", "created_at"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string", "maxLength": 40},
            "size": {"type": "integer", "minimum": 1, "maximum": 10},
            "shape": _ref("Shape"),
            "note": {"type": "string", "nullable": True},
            # A union inside a list inside a model.
            "earlier_shapes": {"type": "array", "items": _ref("Shape")},
            "created_at": {"type": "string", "format": "date-time"},
        },
    },
    "WidgetList": {
        "type": "object",
        "required": ["widgets", "pagination"],
        "properties": {
            "widgets": {"type": "array", "items": _ref("Widget")},
            "pagination": _ref("PaginationMetadata"),
        },
    },
    "ShapeList": {
        "type": "object",
        "required": ["shapes", "pagination"],
        "properties": {
            "shapes": {"type": "array", "items": _ref("Shape")},
            "pagination": _ref("PaginationMetadata"),
        },
    },
    "CreateWidgetRequest": {
        "type": "object",
        "required": ["name", "shape"],
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 40},
            "size": {"type": "integer", "minimum": 1, "maximum": 10},
            "shape": _ref("Shape"),
            "note": {"type": "string", "nullable": True},
        },
    },
    "UpdateWidgetRequest": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 40},
            "size": {"type": "integer", "minimum": 1, "maximum": 10},
            "note": {"type": "string", "nullable": True},
        },
    },
    "SearchWidgetsRequest": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string", "maxLength": 40},
            "limit": {"type": "integer", "minimum": 1, "maximum": 50},
            "cursor": {"type": "string"},
        },
    },
}

PATHS_ADDED: dict[str, Any] = {
    "/v2/widgets": {
        "get": {
            "tags": ["Widgets"],
            "summary": "List widgets",
            "operationId": "list_widgets",
            "parameters": [
                {"name": "name", "in": "query", "schema": {"type": "string", "maxLength": 40}},
                LIMIT,
                CURSOR,
            ],
            "responses": {"200": _json(_ref("WidgetList")), **_problems("400", "401", "429")},
        },
        "post": {
            "tags": ["Widgets"],
            "summary": "Create a widget",
            "operationId": "create_widget",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ref("CreateWidgetRequest")}},
            },
            "responses": {
                "201": _json(_ref("Widget"), "Created"),
                **_problems("400", "401", "429"),
            },
        },
    },
    "/v2/widgets/{widget_id}": {
        "get": {
            "tags": ["Widgets"],
            "summary": "Get a widget",
            "operationId": "get_widget",
            "parameters": [WIDGET_ID],
            "responses": {"200": _json(_ref("Widget")), **_problems("401", "404", "429")},
        },
        "patch": {
            "tags": ["Widgets"],
            "summary": "Update a widget",
            "operationId": "update_widget",
            "parameters": [WIDGET_ID],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ref("UpdateWidgetRequest")}},
            },
            "responses": {"200": _json(_ref("Widget")), **_problems("400", "401", "404", "429")},
        },
        "delete": {
            "tags": ["Widgets"],
            "summary": "Delete a widget",
            "operationId": "delete_widget",
            "parameters": [WIDGET_ID],
            "responses": {"204": {"description": "Deleted"}, **_problems("401", "404", "429")},
        },
    },
    "/v2/widgets/search": {
        "post": {
            "tags": ["Widgets"],
            "summary": "Search widgets",
            "operationId": "search_widgets",
            "requestBody": {
                "content": {"application/json": {"schema": _ref("SearchWidgetsRequest")}},
            },
            "responses": {"200": _json(_ref("WidgetList")), **_problems("400", "401", "429")},
        },
    },
    "/v2/shapes": {
        "get": {
            "tags": ["Shapes"],
            "summary": "List shapes",
            "operationId": "list_shapes",
            "parameters": [LIMIT, CURSOR],
            "responses": {"200": _json(_ref("ShapeList")), **_problems("400", "401", "429")},
        },
    },
}


def widgets_spec() -> dict[str, Any]:
    """spec/spec.yaml with the Widgets and Shapes operations added."""
    document: dict[str, Any] = yaml.safe_load(
        (ROOT / "spec" / "spec.yaml").read_text(encoding="utf-8")
    )
    document["components"]["schemas"].update(copy.deepcopy(SCHEMAS_ADDED))
    document["paths"].update(copy.deepcopy(PATHS_ADDED))
    document.setdefault("tags", []).extend(
        [
            {"name": "Widgets", "description": "Widgets."},
            {"name": "Shapes", "description": "Shapes."},
        ]
    )
    return document
