"""spec/build_spec.py: the committed spec against the SDK's own index, and the builder's rules.

``tests/data/sdk-8.61.0-*.json`` are the indexes in ``shared/upstream/derived``
(operations and oneOf models of ``arize`` 8.61.0) without their prose: an
independent reading of the same SDK that the committed ``spec/spec.yaml`` must
agree with.
"""

from __future__ import annotations

import ast
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from build_spec import (
    API_CLIENT,
    BuildError,
    TsProperty,
    build,
    dump,
    infer_discriminator,
    main,
    optional_fields_report,
    read_typescript,
    tag_display_name,
    translate_type,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SPEC = ROOT / "spec" / "spec.yaml"
CONVENTIONS = ROOT / "spec" / "conventions.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert isinstance(document, dict)
    return document


def _sdk_operations() -> list[dict[str, Any]]:
    operations: list[dict[str, Any]] = json.loads(
        (DATA / "sdk-8.61.0-operations.json").read_text(encoding="utf-8")
    )
    return operations


def _sdk_one_ofs() -> dict[str, dict[str, Any]]:
    models: dict[str, dict[str, Any]] = json.loads(
        (DATA / "sdk-8.61.0-oneof-models.json").read_text(encoding="utf-8")
    )
    return models


def _operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method.lower()]
    return operation


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    name = schema["$ref"].rsplit("/", 1)[1]
    resolved: dict[str, Any] = spec["components"]["schemas"][name]
    return resolved


# --- the committed spec against the SDK index ----------------------------------


def test_every_sdk_operation_is_in_the_spec_and_nothing_else(spec: dict[str, Any]) -> None:
    """The spec holds exactly the SDK's 160 (method, path, operationId) triples."""
    ours = {
        (method.upper(), path, op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    theirs = {(op["method"], op["path"], op["operation_id"]) for op in _sdk_operations()}
    assert len(theirs) == 160
    assert ours == theirs


@pytest.mark.parametrize("sdk", _sdk_operations(), ids=lambda op: op["operation_id"])
def test_operation_matches_the_sdk_index(spec: dict[str, Any], sdk: dict[str, Any]) -> None:
    """Parameters (place, order, required, bounds), body, responses and summary agree."""
    op = _operation(spec, sdk["method"], sdk["path"])
    params = op.get("parameters", [])
    assert [p["name"] for p in params if p["in"] == "path"] == sdk["path_params"]
    assert [p["name"] for p in params if p["in"] == "query"] == sdk["query_params"]
    by_name = {p["name"]: p for p in params}
    for declared in sdk["parameters"]:
        if declared["name"] == sdk["body_param"]:
            ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            model = re.sub(r"^Optional\[(.*)\]$", r"\1", declared["type"])
            assert ref == f"#/components/schemas/{model}"
            assert op["requestBody"]["required"] is declared["required"]
            continue
        param = by_name[declared["name"]]
        assert param["required"] is declared["required"]
        if "List[" in declared["type"]:
            assert param["schema"]["type"] == "array"
            continue
        bounds = dict(re.findall(r"(\w+)=(\d+)", declared["type"]))
        expected = {
            "maximum": bounds.get("le"),
            "minimum": bounds.get("ge"),
            "maxLength": bounds.get("max_length"),
            "minLength": bounds.get("min_length"),
        }
        actual = {key: param["schema"].get(key) for key in expected}
        assert actual == {k: int(v) if v else None for k, v in expected.items()}
    assert ("requestBody" in op) is (sdk["body_param"] is not None)
    assert sorted(op["responses"]) == sorted(sdk["responses"])
    for status, model in sdk["responses"].items():
        response = op["responses"][status]
        if model == "Problem":
            assert response["$ref"].startswith("#/components/responses/")
        elif model is None:
            assert "content" not in response
        else:
            (media,) = response["content"].values()
            assert media["schema"]["$ref"] == f"#/components/schemas/{model}"
    assert op["summary"] == sdk["summary"]
    assert op.get("x-stage") == (sdk["stage"] if sdk["stage"] in ("alpha", "beta") else None)


@pytest.mark.parametrize(
    "sdk",
    [op for op in _sdk_operations() if op["cursor_paginated"]],
    ids=lambda op: op["operation_id"],
)
def test_cursor_paginated_lists_have_items_and_pagination(
    spec: dict[str, Any], sdk: dict[str, Any]
) -> None:
    """A cursor-paginated list takes limit/cursor and returns an items array plus pagination."""
    op = _operation(spec, sdk["method"], sdk["path"])
    assert {"limit", "cursor"} <= {p["name"] for p in op["parameters"]}
    body = _resolve(spec, op["responses"]["200"]["content"]["application/json"]["schema"])
    assert body["properties"]["pagination"] == {"$ref": "#/components/schemas/PaginationMetadata"}
    assert "pagination" in body["required"]
    arrays = [p for p in body["properties"].values() if p.get("type") == "array"]
    assert len(arrays) == 1


def test_every_sdk_one_of_is_a_one_of_with_its_discriminator(spec: dict[str, Any]) -> None:
    """Each of the SDK's 42 oneOf models keeps its members, propertyName and mapping."""
    schemas = spec["components"]["schemas"]
    models = _sdk_one_ofs()
    assert len(models) == 42
    assert sum("oneOf" in s for s in schemas.values()) == len(models)
    for name, sdk in models.items():
        schema = schemas[name]
        refs = sorted(m["$ref"].rsplit("/", 1)[1] for m in schema["oneOf"] if "$ref" in m)
        if all(member[:1].isupper() and "[" not in member for member in sdk["members"]):
            assert refs == sorted(sdk["members"]), name
        if sdk["discriminator"]:
            assert schema["discriminator"] == {
                "propertyName": sdk["discriminator"][0],
                "mapping": {
                    value: f"#/components/schemas/{target}"
                    for value, target in sdk["mapping"].items()
                },
            }, name


def test_inferred_discriminators_match_their_members(spec: dict[str, Any]) -> None:
    """Where the SDK has no mapping, an added one points each value at the member pinning it."""
    schemas = spec["components"]["schemas"]
    inferred = [
        name
        for name, sdk in _sdk_one_ofs().items()
        if not sdk["discriminator"] and "discriminator" in schemas[name]
    ]
    assert "CreateIntegrationRequest" in inferred
    for name in inferred:
        discriminator = schemas[name]["discriminator"]
        targets = sorted(discriminator["mapping"].values())
        assert targets == sorted(m["$ref"] for m in schemas[name]["oneOf"])
        for value, target in discriminator["mapping"].items():
            member = _resolve(spec, {"$ref": target})
            prop = member["properties"][discriminator["propertyName"]]
            assert discriminator["propertyName"] in member["required"]
            if "$ref" in prop:  # a shared enum: the value must be one of it
                assert value in _resolve(spec, prop)["enum"]
            else:
                assert prop["enum"] == [value]
    assert {"ProviderMetadataRequest", "SpaceRoleAssignmentRequest"} <= set(inferred)
    for undiscriminated in ("CreateEvaluatorVersionRequest", "TaskEvaluatorInput"):
        assert "discriminator" not in schemas[undiscriminated]


def test_tags_are_display_names_and_existing_operations_keep_their_names(
    spec: dict[str, Any],
) -> None:
    """Operations carry the seed pages' tag names; the first three operations keep theirs."""
    assert _operation(spec, "GET", "/v2/integrations")["operationId"] == "list_integrations"
    assert _operation(spec, "GET", "/v2/integrations/{integration_id}")["tags"] == ["Integrations"]
    assert _operation(spec, "GET", "/v2/tasks")["tags"] == ["Tasks"]
    tags = {op["tags"][0] for item in spec["paths"].values() for op in item.values()}
    assert {"AI Integrations", "API Keys", "Annotation Configs", "Datasets"} <= tags
    assert tags == {t["name"] for t in spec["tags"]}


def test_enum_values_are_upper_case_as_the_api_sends_them(spec: dict[str, Any]) -> None:
    """Enums keep the SDK's upper-case values, including the integration and provider types."""
    schemas = spec["components"]["schemas"]
    assert schemas["IntegrationType"]["enum"] == ["LLM", "AGENT", "EVALUATOR"]
    assert "OPEN_AI" in schemas["AiIntegrationProvider"]["enum"]
    lower = [
        (name, value)
        for name, schema in schemas.items()
        for value in schema.get("enum", [])
        if isinstance(value, str) and value.isalpha() and value.islower()
    ]
    assert lower == []


def test_typescript_presence_makes_response_fields_required(spec: dict[str, Any]) -> None:
    """Fields the Python models leave optional are required and nullable as the TS types say."""
    task = spec["components"]["schemas"]["Task"]
    assert {"id", "name", "type", "created_by_user_id"} <= set(task["required"])
    assert "project_id" not in task["required"]
    assert task["properties"]["created_by_user_id"]["nullable"] is True
    assert task["properties"]["query_filters"] == {
        "allOf": [{"$ref": "#/components/schemas/TaskQueryFilters"}],
        "nullable": True,
    }


def test_identity_fields_of_responses_are_required_where_a_fact_says_so(
    spec: dict[str, Any],
) -> None:
    """TS ``Base & {...}`` types and the seed pages' IntegrationBase make IDs present."""
    schemas = spec["components"]["schemas"]
    # PromptWithVersion is ``Prompt & {version}`` in the TypeScript types.
    assert {"id", "name", "created_at", "version"} <= set(schemas["PromptWithVersion"]["required"])
    assert {"id", "evaluator_id", "created_at"} <= set(schemas["EvaluatorVersionCode"]["required"])
    # EvaluatorIntegration is newer than the TypeScript types: IntegrationBase's list applies.
    for member in schemas["Integration"]["oneOf"]:
        required = set(_resolve(spec, member)["required"])
        assert {"id", "type", "name", "created_at", "updated_at"} <= required


def test_optional_fields_report_matches_the_spec(spec: dict[str, Any]) -> None:
    """spec/OPTIONAL_FIELDS.md lists only fields the spec leaves optional, of response schemas."""
    report = (ROOT / "spec" / "OPTIONAL_FIELDS.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| (.*) \|$", report, re.M)
    assert rows
    schemas = spec["components"]["schemas"]
    for name, fields in rows:
        listed = re.findall(r"`([^`]+)`", fields)
        optional = [
            p for p in schemas[name]["properties"] if p not in schemas[name].get("required", [])
        ]
        assert listed == optional, name
    assert {"PromptWithVersion", "Task"}.isdisjoint(dict(rows))
    assert "`id`" not in dict(rows)["EvaluatorIntegration"]
    assert f"Their {sum(len(re.findall('`', f)) // 2 for _, f in rows)} fields" in report


def test_optional_fields_report_names_schemas_the_typescript_types_lack() -> None:
    """The report lists a response schema's optional fields unless the TS types know it."""
    document: dict[str, Any] = {
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Page"}
                                }
                            }
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Page": {
                    "type": "object",
                    "required": ["a"],
                    "properties": {
                        "a": {"$ref": "#/components/schemas/Item"},
                        "b": {"type": "string"},
                    },
                },
                "Item": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Request": {"type": "object", "properties": {"x": {"type": "string"}}},
            }
        },
    }
    typescript = "    schemas: {\n        Page: {\n            a: string;\n        };\n    }\n"
    report = optional_fields_report(document, typescript)
    assert "| `Item` | `id` |" in report
    assert "`Page`" not in report and "`Request`" not in report
    assert "Their 1 fields" in report


def test_seed_conventions_are_kept(spec: dict[str, Any]) -> None:
    """Servers, security, Problem and PaginationMetadata come from the seed pages unchanged."""
    conventions = yaml.safe_load(CONVENTIONS.read_text(encoding="utf-8"))
    assert spec["openapi"] == "3.0.3"
    assert spec["servers"] == conventions["servers"]
    assert spec["security"] == [{"bearerAuth": []}]
    for name in ("Problem", "PaginationMetadata"):
        assert spec["components"]["schemas"][name] == conventions["components"]["schemas"][name]


# --- the builder's rules, on small inputs --------------------------------------


def _type(source: str, known: frozenset[str] = frozenset({"Task", "TaskType"})) -> Any:
    return translate_type(ast.parse(source, mode="eval").body, set(known))


@pytest.mark.parametrize(
    ("annotation", "schema", "optional"),
    [
        ("StrictStr", {"type": "string"}, False),
        ("Optional[datetime]", {"type": "string", "format": "date-time"}, True),
        (
            "Optional[Annotated[int, Field(le=100, strict=True, ge=1)]]",
            {"type": "integer", "maximum": 100, "minimum": 1},
            True,
        ),
        (
            "Annotated[List[StrictStr], Field(min_length=1, max_length=100)]",
            {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 100},
            False,
        ),
        (
            "Union[Annotated[float, Field(le=1, strict=True, ge=0)], "
            "Annotated[int, Field(le=1, strict=True, ge=0)]]",
            {"type": "number", "maximum": 1, "minimum": 0},
            False,
        ),
        ("Dict[str, Any]", {"type": "object", "additionalProperties": True}, False),
        (
            "Dict[str, List[Task]]",
            {
                "type": "object",
                "additionalProperties": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/Task"},
                },
            },
            False,
        ),
        ("Optional[TaskType]", {"$ref": "#/components/schemas/TaskType"}, True),
        (
            "Annotated[float, Field(gt=0)]",
            {"type": "number", "minimum": 0, "exclusiveMinimum": True},
            False,
        ),
    ],
)
def test_translate_type(annotation: str, schema: dict[str, Any], optional: bool) -> None:
    """Generated pydantic annotations become the JSON Schema they stand for."""
    info = _type(annotation)
    assert (info.schema, info.optional) == (schema, optional)


def test_translate_type_refuses_unknown_names() -> None:
    """A type the builder has no rule for stops the build instead of becoming ``{}``."""
    with pytest.raises(BuildError, match="unknown type Decimal"):
        _type("Optional[Decimal]")


def test_read_typescript_required_and_nullable() -> None:
    """``?`` marks optional, a trailing ``| null`` nullable; readonly and Format notes are read."""
    text = "\n".join(
        [
            "export interface components {",
            "    schemas: {",
            "        Task: {",
            "            /** @description id */",
            "            id: string;",
            "            project_id?: string | null;",
            '            "odd-name"?: number;',
            "            /**",
            "             * Format: uri",
            "             * @description prose",
            "             */",
            "            readonly endpoint: string;",
            "            notes?: string;",
            "            /**",
            "             * @description discriminator enum property added by openapi-typescript",
            "             * @enum {string}",
            "             */",
            '            kind: "AWS";',
            '            shape: "NOT_PINNED";',
            "            column_mappings: {",
            "                [key: string]: string;",
            "            } | null;",
            "        };",
            '        Other: components["schemas"]["Task"] & {',
            "            extra: boolean;",
            "        };",
            "    };",
            "    responses: {",
            "        Ignored: {",
            "            id: string;",
            "        };",
            "    };",
        ]
    )
    found = read_typescript(text)
    assert set(found) == {"Task", "Other"}
    task = {k: (v.required, v.nullable) for k, v in found["Task"].items()}
    assert task == {
        "id": (True, False),
        "project_id": (False, True),
        "odd-name": (False, False),
        "endpoint": (True, False),
        "notes": (False, False),
        "kind": (True, False),
        "shape": (True, False),
        "column_mappings": (True, True),
    }
    assert found["Task"]["endpoint"].format == "uri"
    assert found["Task"]["notes"].format is None
    assert (found["Task"]["kind"].pinned, found["Task"]["shape"].pinned) == ("AWS", None)
    assert found["Other"]["extra"].required
    # ``Base & {...}`` is an allOf: the derived schema has the base's properties too.
    assert (found["Other"]["id"].required, found["Other"]["notes"].required) == (True, False)


@pytest.mark.parametrize(
    ("class_name", "display"),
    [
        ("AIIntegrationsApi", "AI Integrations"),
        ("APIKeysApi", "API Keys"),
        ("IntegrationsApi", "Integrations"),
        ("AuditLogsApi", "Audit Logs"),
        ("WebhooksApi", "Webhooks"),
    ],
)
def test_tag_display_name(class_name: str, display: str) -> None:
    """SDK class names map to the seed pages' display names, or are split into words."""
    assert tag_display_name(class_name, ["AI Integrations", "API Keys", "Integrations"]) == display


def _member(value: str, required: bool = True) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["kind"] if required else [],
        "properties": {"kind": {"type": "string", "enum": [value]}},
    }


def test_infer_discriminator_needs_distinct_required_single_values() -> None:
    """A discriminator is inferred only when every member pins the property to its own value."""
    refs = [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]
    assert infer_discriminator(refs, {"A": _member("X"), "B": _member("Y")}, {}) == (
        "kind",
        {"X": "A", "Y": "B"},
    )
    assert infer_discriminator(refs, {"A": _member("X"), "B": _member("X")}, {}) is None
    assert infer_discriminator(refs, {"A": _member("X"), "B": _member("Y", False)}, {}) is None
    assert infer_discriminator([{"type": "string"}], {}, {}) is None


def test_infer_discriminator_from_typescript_literals() -> None:
    """Members sharing an enum-typed property are told apart by the TypeScript literals."""
    shared = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"$ref": "#/components/schemas/Kind"}},
    }
    refs = [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]
    pinned = {
        "A": {"kind": TsProperty(required=True, nullable=False, pinned="AWS")},
        "B": {"kind": TsProperty(required=True, nullable=False, pinned="GCP")},
    }
    schemas = {"A": shared, "B": shared}
    assert infer_discriminator(refs, schemas, pinned) == ("kind", {"AWS": "A", "GCP": "B"})
    assert infer_discriminator(refs, schemas, {"A": pinned["A"]}) is None


API_SOURCE = '''
from pydantic import validate_call, Field, StrictStr
from typing import Optional
from typing_extensions import Annotated

class ThingsApi:
    @validate_call
    def list_things(
        self,
        space_id: Annotated[Optional[StrictStr], Field(description="prose")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, ge=1)]], Field()] = None,
        _request_timeout: None = None,
    ) -> ListThingsResponse:
        """List things

        <Warning>This endpoint is in alpha, read more.</Warning>
        """
        _response_types_map: Dict[str, Optional[str]] = {
            '200': "ListThingsResponse",
            '401': "Problem",
        }

    @validate_call
    def list_things_with_http_info(self) -> None:
        """Ignored."""

    def _list_things_serialize(self, space_id, limit):
        if space_id is not None:
            _query_params.append(('space_id', space_id))
        if limit is not None:
            _query_params.append(('limit', limit))
        _header_params['Accept'] = self.api_client.select_header_accept(
            ['application/json', 'application/problem+json']
        )
        return self.api_client.param_serialize(method='GET', resource_path='/v2/things')
'''

MODEL_SOURCES = {
    "list_things_response": """
class ListThingsResponse(BaseModel):
    things: List[Thing]
    pagination: PaginationMetadata
    __properties: ClassVar[List[str]] = ["things", "pagination"]
""",
    "thing": '''
class Thing(BaseModel):
    """Prose that must not reach the spec."""
    id: Optional[StrictStr] = Field(default=None, description="prose")
    kind: StrictStr
    var_schema: Optional[Dict[str, Any]] = Field(default=None, alias="schema")
    colour: Optional[Colour] = Colour.RED
    note: Optional[StrictStr] = None
    additional_properties: Dict[str, Any] = {}
    __properties: ClassVar[List[str]] = ["id", "kind", "schema", "colour", "note"]

    @field_validator('kind')
    def kind_validate_enum(cls, value):
        if value not in set(['THING']):
            raise ValueError("must be one of enum values ('THING')")
        return value

    def to_dict(self):
        # set to None if note (nullable) is None
        # and model_fields_set contains the field
        if self.note is None and "note" in self.model_fields_set:
            _dict['note'] = None
''',
    "colour": """
class Colour(str, Enum):
    RED = 'RED'
    BLUE = 'BLUE'
""",
    "pagination_metadata": """
class PaginationMetadata(BaseModel):
    has_more: Optional[StrictBool] = None
    __properties: ClassVar[List[str]] = ["has_more"]
""",
    "problem": """
class Problem(BaseModel):
    title: Optional[StrictStr] = None
    __properties: ClassVar[List[str]] = ["title"]
""",
}

TYPESCRIPT = """    schemas: {
        Thing: {
            id: string;
            note?: string | null;
        };
    };
"""


def _wheel(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr(API_CLIENT + "api/__init__.py", "")
        wheel.writestr(API_CLIENT + "api/things_api.py", API_SOURCE)
        for stem, source in MODEL_SOURCES.items():
            wheel.writestr(f"{API_CLIENT}models/{stem}.py", source)
        wheel.writestr("arize/other.py", "ignored = True")
    return path


def test_build_small_wheel(tmp_path: Path) -> None:
    """A miniature SDK becomes an operation and schemas with every rule applied."""
    from build_spec import read_wheel

    conventions = yaml.safe_load(CONVENTIONS.read_text(encoding="utf-8"))
    document = build(read_wheel(_wheel(tmp_path / "sdk.whl")), TYPESCRIPT, conventions)
    op = document["paths"]["/v2/things"]["get"]
    assert op["operationId"] == "list_things"
    assert op["tags"] == ["Things"]
    assert op["summary"] == "List things"
    assert op["x-stage"] == "alpha"
    assert op["parameters"][1] == {
        "name": "limit",
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "maximum": 100, "minimum": 1},
    }
    assert op["responses"]["401"] == {"$ref": "#/components/responses/Unauthorized"}
    thing = document["components"]["schemas"]["Thing"]
    assert thing == {
        "type": "object",
        "required": ["id", "kind"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"type": "string", "enum": ["THING"]},
            "schema": {"type": "object", "additionalProperties": True},
            "colour": {"$ref": "#/components/schemas/Colour", "default": "RED"},
            "note": {"type": "string", "nullable": True},
        },
        "additionalProperties": True,
    }
    assert document["components"]["schemas"]["Colour"] == {
        "type": "string",
        "enum": ["RED", "BLUE"],
    }
    text = dump(document)
    assert "prose" not in text
    shared = {"type": "string"}
    assert "&id" not in dump({"a": shared, "b": shared})


def test_main_writes_the_same_bytes_twice(tmp_path: Path) -> None:
    """The command-line build is deterministic: two runs write identical files."""
    wheel = _wheel(tmp_path / "sdk.whl")
    typescript = tmp_path / "v2.d.ts"
    typescript.write_text(TYPESCRIPT, encoding="utf-8")
    outputs = [tmp_path / "one.yaml", tmp_path / "two.yaml"]
    for out in outputs:
        assert main(["build_spec.py", str(wheel), str(typescript), str(CONVENTIONS), str(out)]) == 0
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
    assert (tmp_path / "OPTIONAL_FIELDS.md").read_text(encoding="utf-8").startswith("# Response")


def test_main_reports_an_unknown_construct(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An SDK construct without a rule fails the build with a message, not a traceback."""
    wheel = tmp_path / "sdk.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(API_CLIENT + "api/things_api.py", API_SOURCE)
        archive.writestr(
            API_CLIENT + "models/thing.py",
            "class Thing(BaseModel):\n"
            "    x: Decimal\n"
            "    __properties: ClassVar[List[str]] = ['x']\n",
        )
    typescript = tmp_path / "v2.d.ts"
    typescript.write_text(TYPESCRIPT, encoding="utf-8")
    code = main(["b", str(wheel), str(typescript), str(CONVENTIONS), str(tmp_path / "o.yaml")])
    assert code == 1
    assert "build_spec:" in capsys.readouterr().err
