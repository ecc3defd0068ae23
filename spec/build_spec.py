"""Build spec/spec.yaml for the whole Arize AX v2 API from pinned public inputs.

Inputs (``make spec`` downloads them into ``.build/``):

* the ``arize==8.61.0`` wheel. Its OpenAPI-generated client
  (``arize/_generated/api_client``) is read as source with :mod:`ast`, never
  imported: the API classes give every operation (tag, operationId = method
  name, HTTP method, path, path/query parameters with their bounds, request
  body, response codes and media types, stage note), the pydantic models give
  fields, types, required, enum values, defaults, constraints, nullability
  and the oneOf/anyOf members with their discriminator mappings;
* ``@arizeai/ax-client@1.28.0``'s ``v2.d.ts`` (generated from the same
  published spec): the Python response models mark every field optional, so a
  field the TypeScript types declare without ``?`` is required, and one typed
  ``| null`` is nullable; its ``Format:`` notes give string formats (``uri``,
  ``email``) that the Python types drop;
* ``spec/conventions.yaml``: what the seed pages show and the SDKs do not
  carry (info, servers, bearer auth, tag display names, Problem,
  PaginationMetadata, problem+json error responses).

Facts carry over, prose does not: schemas and properties have no descriptions,
operations keep the SDK's short summary and an ``x-stage`` (alpha/beta).
Reconstructed where no input states it: a oneOf whose Python model has no
discriminator gets one when every member pins the same required property to
its own value (a single-value enum in the Python validators, or the literal
the TypeScript types write for a member of a discriminated union); a
discriminator property is required in its members; a list page requires its
items array and ``pagination``. The output is OpenAPI 3.0.3 and
deterministic: same inputs, same bytes.

Beside OUT it writes ``OPTIONAL_FIELDS.md``: the response fields that stay
optional because no input states their presence.

Usage: ``python spec/build_spec.py ARIZE_WHEEL V2_D_TS CONVENTIONS OUT``
"""

from __future__ import annotations

import ast
import http
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

API_CLIENT = "arize/_generated/api_client/"
OPTIONAL_FIELDS = "OPTIONAL_FIELDS.md"  # written beside the spec
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
PROBLEM_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "409": "Conflict",
    "422": "UnprocessableEntity",
    "429": "RateLimitExceeded",
    "503": "ServiceUnavailable",
}
SCALARS: dict[str, dict[str, Any]] = {
    "str": {"type": "string"},
    "StrictStr": {"type": "string"},
    "int": {"type": "integer"},
    "StrictInt": {"type": "integer"},
    "float": {"type": "number"},
    "StrictFloat": {"type": "number"},
    "bool": {"type": "boolean"},
    "StrictBool": {"type": "boolean"},
    "datetime": {"type": "string", "format": "date-time"},
    "date": {"type": "string", "format": "date"},
    "SecretStr": {"type": "string", "format": "password"},
    "bytearray": {"type": "string", "format": "binary"},
    "StrictBytes": {"type": "string", "format": "binary"},
    "Any": {},
    "object": {},
}
# pydantic Field keyword -> JSON Schema keyword, per kind of constrained value.
STRING_BOUNDS = {"min_length": "minLength", "max_length": "maxLength", "pattern": "pattern"}
ARRAY_BOUNDS = {"min_length": "minItems", "max_length": "maxItems"}
NUMBER_BOUNDS = {"ge": "minimum", "le": "maximum", "multiple_of": "multipleOf"}
STAGE_NOTE = re.compile(r"<(?:Warning|Note)>This endpoint is in (alpha|beta)")
NULLABLE_MARK = re.compile(
    r"if self\.\w+ is None and \"\w+\" in self\.model_fields_set:\s*_dict\['([^']+)'\] = None"
)


class BuildError(ValueError):
    """An SDK construct the builder does not know how to translate."""


# --- reading the SDK source -------------------------------------------------


@dataclass
class SdkSource:
    """The generated API and model modules of the SDK wheel, by file stem."""

    apis: dict[str, str]
    models: dict[str, str]


def read_wheel(path: Path) -> SdkSource:
    """Read the generated client's API and model sources out of the SDK wheel."""
    apis: dict[str, str] = {}
    models: dict[str, str] = {}
    with zipfile.ZipFile(path) as wheel:
        for name in sorted(wheel.namelist()):
            if not name.startswith(API_CLIENT) or not name.endswith(".py"):
                continue
            relative = name[len(API_CLIENT) :]
            folder, _, filename = relative.rpartition("/")
            if filename == "__init__.py":
                continue
            target = {"api": apis, "models": models}.get(folder)
            if target is not None:
                target[filename[:-3]] = wheel.read(name).decode("utf-8")
    if not apis or not models:
        raise BuildError(f"{path}: no generated API client inside")
    return SdkSource(apis=apis, models=models)


def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute):
            return func.attr
    return None


def _keywords(call: ast.Call) -> dict[str, ast.expr]:
    return {kw.arg: kw.value for kw in call.keywords if kw.arg is not None}


def _constant(node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except ValueError as exc:
        raise BuildError(f"not a literal: {ast.unparse(node)}") from exc


def _subscript(node: ast.expr) -> tuple[str, list[ast.expr]] | None:
    """``Name[a, b]`` -> ("Name", [a, b])."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        inner = node.slice
        args = list(inner.elts) if isinstance(inner, ast.Tuple) else [inner]
        return node.value.id, args
    return None


# --- types ------------------------------------------------------------------


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _apply_bounds(schema: dict[str, Any], keywords: dict[str, ast.expr]) -> None:
    kind = schema.get("type")
    table = {"string": STRING_BOUNDS, "array": ARRAY_BOUNDS}.get(
        kind if isinstance(kind, str) else "", NUMBER_BOUNDS
    )
    for key, node in keywords.items():
        if key in table:
            schema[table[key]] = _constant(node)
        elif key in ("gt", "lt"):
            bound = "minimum" if key == "gt" else "maximum"
            schema[bound] = _constant(node)
            schema["exclusiveMinimum" if key == "gt" else "exclusiveMaximum"] = True


@dataclass
class TypeInfo:
    """A Python annotation translated: its schema and whether it admitted None."""

    schema: dict[str, Any]
    optional: bool = False


def translate_type(node: ast.expr, known: set[str]) -> TypeInfo:
    """Translate a generated annotation (``Optional[Annotated[List[StrictStr], ...]]``)."""
    if isinstance(node, ast.Constant) and node.value is None:
        return TypeInfo({}, optional=True)
    if isinstance(node, ast.Name):
        if node.id in SCALARS:
            return TypeInfo(dict(SCALARS[node.id]))
        if node.id in known:
            return TypeInfo(_ref(node.id))
        raise BuildError(f"unknown type {node.id}")
    parts = _subscript(node)
    if parts is None:
        raise BuildError(f"unsupported annotation {ast.unparse(node)}")
    head, args = parts
    if head == "Optional":
        return TypeInfo(translate_type(args[0], known).schema, optional=True)
    if head == "Annotated":
        inner = translate_type(args[0], known)
        for extra in args[1:]:
            if _call_name(extra) == "Field" and isinstance(extra, ast.Call):
                _apply_bounds(inner.schema, _keywords(extra))
        return inner
    if head in ("List", "Set"):
        schema: dict[str, Any] = {"type": "array", "items": translate_type(args[0], known).schema}
        if head == "Set":
            schema["uniqueItems"] = True
        return TypeInfo(schema)
    if head == "Dict":
        values = translate_type(args[1], known).schema
        return TypeInfo({"type": "object", "additionalProperties": values or True})
    if head == "Union":
        members = [translate_type(arg, known) for arg in args]
        optional = any(m.optional for m in members)
        schemas = [m.schema for m in members if m.schema or not m.optional]
        if schemas and all(s.get("type") in ("number", "integer") for s in schemas):
            merged: dict[str, Any] = {"type": "number"}
            for s in schemas:
                merged.update({k: v for k, v in s.items() if k != "type"})
            return TypeInfo(merged, optional)
        if len(schemas) == 1:
            return TypeInfo(schemas[0], optional)
        return TypeInfo({"anyOf": schemas}, optional)
    raise BuildError(f"unsupported annotation {ast.unparse(node)}")


def with_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI 3.0 spelling of "this schema or null"."""
    if not schema:
        return schema
    if "$ref" in schema:
        return {"allOf": [schema], "nullable": True}
    return {**schema, "nullable": True}


# --- models -----------------------------------------------------------------


@dataclass
class Property:
    """One model field as the SDK declares it."""

    name: str
    schema: dict[str, Any]
    required: bool
    nullable: bool


@dataclass
class Model:
    """A component schema read from one generated model module."""

    name: str
    kind: str  # "object", "enum", "oneOf" or "anyOf"
    properties: list[Property] = field(default_factory=list)
    additional_properties: bool = False
    enum: list[Any] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    discriminator: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)


def _model_class(source: str) -> ast.ClassDef:
    classes = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]
    if len(classes) != 1:
        raise BuildError(f"expected one class per model module, found {len(classes)}")
    return classes[0]


def model_names(sdk: SdkSource) -> set[str]:
    """Every schema name the SDK defines."""
    return {_model_class(source).name for source in sdk.models.values()}


def _validators(cls: ast.ClassDef) -> dict[str, dict[str, Any]]:
    """Field validators the generator writes for inline enums and patterns."""
    found: dict[str, dict[str, Any]] = {}
    for node in cls.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            if _call_name(decorator) != "field_validator" or not isinstance(decorator, ast.Call):
                continue
            target = _constant(decorator.args[0])
            facts: dict[str, Any] = {}
            per_item = any(isinstance(n, ast.For) for n in ast.walk(node))
            for sub in ast.walk(node):
                name = _call_name(sub)
                if name == "set" and isinstance(sub, ast.Call):
                    facts["enum"] = _constant(sub.args[0])
                elif name == "match" and isinstance(sub, ast.Call):
                    facts["pattern"] = _constant(sub.args[0])
            if facts:
                found[target] = {"items": facts} if per_item else facts
    return found


def _discriminator(cls: ast.ClassDef) -> tuple[str | None, dict[str, str]]:
    """The property and value -> member mapping of a generated ``from_json``."""
    prop: str | None = None
    mapping: dict[str, str] = {}
    for node in ast.walk(cls):
        if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
            continue
        left, right = node.test.left, node.test.comparators[0]
        if not (
            isinstance(node.test.ops[0], ast.Eq)
            and isinstance(left, ast.Subscript)
            and isinstance(left.value, ast.Name)
            and left.value.id == "payload"
        ):
            continue
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Attribute)
                and sub.attr == "from_dict"
                and isinstance(sub.value, ast.Name)
            ):
                prop = _constant(left.slice)
                mapping[_constant(right)] = sub.value.id
                break
    return prop, mapping


def _field_default(value: ast.expr | None) -> tuple[bool, ast.expr | None, str | None]:
    """(required, default, alias) of a field's assigned value."""
    if value is None:
        return True, None, None
    if isinstance(value, ast.Call) and _call_name(value) == "Field":
        kw = _keywords(value)
        alias = _constant(kw["alias"]) if "alias" in kw else None
        if "default" in kw:
            return False, kw["default"], alias
        if value.args:
            return False, value.args[0], alias
        return "default_factory" not in kw, None, alias
    return False, value, None


def _default_value(node: ast.expr, enums: dict[str, dict[str, Any]]) -> Any:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        members = enums.get(node.value.id)
        if members is None or node.attr not in members:
            raise BuildError(f"unknown enum default {ast.unparse(node)}")
        return members[node.attr]
    return _constant(node)


def read_model(source: str, known: set[str], enums: dict[str, dict[str, Any]]) -> Model:
    """Translate one generated model module."""
    cls = _model_class(source)
    bases = {ast.unparse(b) for b in cls.bases}
    if "Enum" in bases:
        return Model(cls.name, "enum", enum=list(enums[cls.name].values()))
    fields = {
        node.target.id: node
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    union_kind = (
        "oneOf" if "one_of_schemas" in fields else "anyOf" if "any_of_schemas" in fields else None
    )
    if union_kind is not None:
        prefix = "oneof_schema_" if union_kind == "oneOf" else "anyof_schema_"
        members = [
            translate_type(node.annotation, known).schema
            for name, node in fields.items()
            if name.startswith(prefix)
        ]
        prop, mapping = _discriminator(cls)
        return Model(cls.name, union_kind, members=members, discriminator=prop, mapping=mapping)
    order = _property_order(cls)
    validators = _validators(cls)
    nullable = set(NULLABLE_MARK.findall(source))
    properties: dict[str, Property] = {}
    additional = False
    for name, node in fields.items():
        if name == "additional_properties":
            additional = True
            continue
        required, default, alias = _field_default(node.value)
        json_name = alias or name
        if json_name not in order:
            continue
        info = translate_type(node.annotation, known)
        schema = info.schema
        facts = validators.get(name, {})
        if "items" in facts and schema.get("type") == "array":
            schema["items"].update(facts["items"])
        elif "items" not in facts:
            schema.update(facts)
        if default is not None and not (
            isinstance(default, ast.Constant) and default.value is None
        ):
            schema["default"] = _default_value(default, enums)
        properties[json_name] = Property(
            json_name,
            schema,
            required=required,
            nullable=json_name in nullable or (required and info.optional),
        )
    ordered = [properties[n] for n in order if n in properties]
    return Model(cls.name, "object", properties=ordered, additional_properties=additional)


def _property_order(cls: ast.ClassDef) -> list[str]:
    """JSON property names in declaration order."""
    for node in cls.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "__properties"
            and node.value is not None
        ):
            names: list[str] = _constant(node.value)
            return names
    raise BuildError(f"{cls.name}: no __properties list")


def read_enums(sdk: SdkSource) -> dict[str, dict[str, Any]]:
    """Enum class name -> {member name: value}."""
    enums: dict[str, dict[str, Any]] = {}
    for source in sdk.models.values():
        cls = _model_class(source)
        if "Enum" not in {ast.unparse(b) for b in cls.bases}:
            continue
        enums[cls.name] = {
            node.targets[0].id: _constant(node.value)
            for node in cls.body
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
        }
    return enums


# --- TypeScript presence / nullability --------------------------------------


@dataclass
class TsProperty:
    """What the TypeScript types say about one property."""

    required: bool
    nullable: bool
    format: str | None = None
    pinned: str | None = None  # the value a parent union's discriminator maps here


TS_SCHEMA = re.compile(r"^ {8}(\w+): (.*)$")
# ``Derived: components["schemas"]["Base"] & {``: an allOf, Base's properties included.
TS_BASE = re.compile(r'^components\["schemas"\]\["(\w+)"\] & \{$')
TS_PROPERTY = re.compile(r'^ {12}(?:readonly )?"?([\w$.-]+)"?(\?)?: (.*)$')
TS_FORMAT = re.compile(r"^ {13}\* Format: (\S+)$")
# openapi-typescript writes a union member's discriminator value from the
# parent's mapping, and says so in the comment.
TS_PINNED_NOTE = re.compile(r"enum property (?:added|replaced) by openapi-typescript")
TS_STRING_LITERAL = re.compile(r'^"([^"]+)";$')


def read_typescript(text: str) -> dict[str, dict[str, TsProperty]]:
    """Schema -> property -> (required, nullable) from openapi-typescript's output."""
    lines = text.splitlines()
    start = lines.index("    schemas: {")
    result: dict[str, dict[str, TsProperty]] = {}
    bases: dict[str, str] = {}
    current: dict[str, TsProperty] | None = None
    prop: str | None = None
    pending_format: str | None = None
    format_note: str | None = None
    pinned_note = False
    for line in lines[start + 1 :]:
        if line.startswith("    }"):
            break
        if schema := TS_SCHEMA.match(line):
            current = result.setdefault(schema.group(1), {})
            if base := TS_BASE.match(schema.group(2)):
                bases[schema.group(1)] = base.group(1)
            prop = None
            continue
        if current is None:
            continue
        if fmt := TS_FORMAT.match(line):
            pending_format = fmt.group(1)
            continue
        if TS_PINNED_NOTE.search(line):
            pinned_note = True
        if line.startswith(("            /**", "             *")):
            continue
        # Notes belong to the property their comment block precedes.
        format_note, pending_format = pending_format, None
        pinned, pinned_note = pinned_note, False
        if match := TS_PROPERTY.match(line):
            prop = match.group(1)
            literal = TS_STRING_LITERAL.match(match.group(3))
            current[prop] = TsProperty(
                required=match.group(2) is None,
                nullable=line.rstrip().endswith("| null;"),
                format=format_note,
                pinned=literal.group(1) if pinned and literal else None,
            )
        elif prop is not None and re.match(r"^ {12}[}\])]", line):
            current[prop].nullable = line.rstrip().endswith("| null;")
    return {name: _inherited(name, result, bases) for name in result}


def _inherited(
    name: str, own: dict[str, dict[str, TsProperty]], bases: dict[str, str]
) -> dict[str, TsProperty]:
    """A schema's properties with those of its ``&`` base (and the base's base) first."""
    base = bases.get(name)
    inherited = _inherited(base, own, bases) if base is not None and base in own else {}
    return {**inherited, **own[name]}


# --- operations -------------------------------------------------------------


@dataclass
class Parameter:
    """One path or query parameter."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass
class Operation:
    """One SDK method and the request it serializes."""

    tag_class: str
    operation_id: str
    method: str
    path: str
    summary: str
    stage: str | None
    parameters: list[Parameter]
    body: str | None
    body_required: bool
    responses: dict[str, str | None]
    media_types: list[str]


def _serialize_facts(func: ast.FunctionDef) -> dict[str, Any]:
    facts: dict[str, Any] = {"path": [], "query": [], "body": None, "accept": []}
    for node in ast.walk(func):
        if isinstance(node, ast.Call) and _call_name(node) == "param_serialize":
            kw = _keywords(node)
            facts["method"] = _constant(kw["method"])
            facts["resource_path"] = _constant(kw["resource_path"])
        elif isinstance(node, ast.Call) and _call_name(node) == "select_header_accept":
            facts["accept"] = _constant(node.args[0])
        elif isinstance(node, ast.Call) and _call_name(node) == "append":
            target = node.func
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "_query_params"
                and isinstance(node.args[0], ast.Tuple)
            ):
                facts["query"].append((node.lineno, _constant(node.args[0].elts[0])))
        elif isinstance(node, ast.Assign):
            target = node.targets[0]
            if (
                isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and target.value.id == "_path_params"
            ):
                facts["path"].append((node.lineno, _constant(target.slice)))
            elif (
                isinstance(target, ast.Name)
                and target.id == "_body_params"
                and isinstance(node.value, ast.Name)
            ):
                facts["body"] = node.value.id
    # ast.walk is breadth-first: restore source order, once per name.
    for place in ("path", "query"):
        facts[place] = list(dict.fromkeys(name for _, name in sorted(facts[place])))
    return facts


def read_api(source: str, known: set[str]) -> list[Operation]:
    """Every operation of one generated API class, in source order."""
    cls = _model_class(source)
    functions = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
    operations: list[Operation] = []
    for name, func in functions.items():
        decorated = any(ast.unparse(d) == "validate_call" for d in func.decorator_list)
        if not decorated or name.endswith(("_with_http_info", "_without_preload_content")):
            continue
        facts = _serialize_facts(functions[f"_{name}_serialize"])
        docstring = ast.get_docstring(func) or ""
        stage = STAGE_NOTE.search(docstring)
        responses: dict[str, str | None] = {}
        for node in ast.walk(func):
            if (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id == "_response_types_map"
                and node.value is not None
            ):
                responses = _constant(node.value)
        args = func.args.args[1:]
        defaults = [None] * (len(args) - len(func.args.defaults)) + list(func.args.defaults)
        parameters: list[Parameter] = []
        body: str | None = None
        body_required = False
        for arg, default in zip(args, defaults, strict=True):
            if arg.arg.startswith("_") or arg.annotation is None:
                continue
            required = default is None
            if arg.arg == facts["body"]:
                schema = translate_type(arg.annotation, known).schema
                body, body_required = schema["$ref"].rsplit("/", 1)[1], required
                continue
            location = "path" if arg.arg in facts["path"] else "query"
            if location == "query" and arg.arg not in facts["query"]:
                raise BuildError(f"{name}: parameter {arg.arg} is not serialized")
            parameters.append(
                Parameter(arg.arg, location, required, translate_type(arg.annotation, known).schema)
            )
        # The serializer follows the published spec's parameter order; the
        # signature puts required parameters first.
        serialized = facts["path"] + facts["query"]
        parameters.sort(key=lambda p: serialized.index(p.name))
        operations.append(
            Operation(
                tag_class=cls.name,
                operation_id=name,
                method=facts["method"].lower(),
                path=facts["resource_path"],
                summary=docstring.splitlines()[0].strip(),
                stage=stage.group(1) if stage else None,
                parameters=parameters,
                body=body,
                body_required=body_required,
                responses=responses,
                media_types=facts["accept"],
            )
        )
    return operations


# --- assembling the document ------------------------------------------------


def tag_display_name(class_name: str, known: list[str]) -> str:
    """``AIIntegrationsApi`` -> the seed pages' "AI Integrations", else split the words."""
    stem = class_name.removesuffix("Api")
    for name in known:
        if name.replace(" ", "").lower() == stem.lower():
            return name
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", stem)


def infer_discriminator(
    members: list[dict[str, Any]],
    schemas: dict[str, dict[str, Any]],
    typescript: dict[str, dict[str, TsProperty]],
) -> tuple[str, dict[str, str]] | None:
    """A required property every member pins to its own value, with the mapping.

    A member pins a value by a single-value enum (the Python validators) or,
    where the property is a shared enum, by the TypeScript types' literal.
    """
    names = [m.get("$ref", "").rsplit("/", 1)[-1] for m in members]
    if not all(name in schemas and "properties" in schemas[name] for name in names):
        return None
    first = schemas[names[0]]
    for prop in first["properties"]:
        mapping: dict[str, str] = {}
        for name in names:
            schema = schemas[name]
            enum = schema["properties"].get(prop, {}).get("enum")
            seen = typescript.get(name, {}).get(prop)
            value = enum[0] if isinstance(enum, list) and len(enum) == 1 else None
            value = value or (seen.pinned if seen else None)
            if prop not in schema.get("required", []) or value is None or value in mapping:
                break
            mapping[value] = name
        else:
            return prop, mapping
    return None


def object_schema(model: Model, ts: dict[str, TsProperty]) -> dict[str, Any]:
    """The component schema of a plain model, TypeScript presence applied."""
    schema: dict[str, Any] = {"type": "object"}
    required = [
        p.name for p in model.properties if p.required or (p.name in ts and ts[p.name].required)
    ]
    if required:
        schema["required"] = required
    properties: dict[str, Any] = {}
    for prop in model.properties:
        seen = ts.get(prop.name)
        value = prop.schema
        if seen and seen.format and value.get("type") == "string" and "format" not in value:
            value = {**value, "format": seen.format}
        nullable = prop.nullable or (seen is not None and seen.nullable)
        properties[prop.name] = with_nullable(value) if nullable else value
    schema["properties"] = properties
    if model.additional_properties:
        schema["additionalProperties"] = True
    return schema


def build_schemas(
    sdk: SdkSource,
    typescript: dict[str, dict[str, TsProperty]],
    union_base_required: dict[str, list[str]],
) -> dict[str, dict[str, Any]]:
    """Every component schema, sorted by name."""
    known = model_names(sdk)
    enums = read_enums(sdk)
    models = [read_model(source, known, enums) for source in sdk.models.values()]
    schemas: dict[str, dict[str, Any]] = {}
    for model in models:
        if model.kind == "enum":
            schemas[model.name] = {"type": "string", "enum": model.enum}
        elif model.kind == "object":
            schemas[model.name] = object_schema(model, typescript.get(model.name, {}))
    for model in models:
        if model.kind not in ("oneOf", "anyOf"):
            continue
        union: dict[str, Any] = {model.kind: model.members}
        discriminator = (
            (model.discriminator, model.mapping)
            if model.discriminator
            else infer_discriminator(model.members, schemas, typescript)
            if model.kind == "oneOf"
            else None
        )
        if discriminator is not None:
            prop, mapping = discriminator
            union["discriminator"] = {
                "propertyName": prop,
                "mapping": {value: _ref(target)["$ref"] for value, target in mapping.items()},
            }
        schemas[model.name] = union
    for union in schemas.values():
        if "discriminator" in union:
            _require_discriminator(union, schemas)
    for union_name, names in union_base_required.items():
        for member in schemas.get(union_name, {}).get("oneOf", []):
            _require(schemas[member["$ref"].rsplit("/", 1)[1]], names)
    for schema in schemas.values():
        _require_list_page(schema)
    return dict(sorted(schemas.items()))


def _require_discriminator(union: dict[str, Any], schemas: dict[str, dict[str, Any]]) -> None:
    """OpenAPI requires the discriminating property in every member; the Python
    response models mark every field optional, so say it here."""
    prop = union["discriminator"]["propertyName"]
    for target in union["discriminator"]["mapping"].values():
        member = schemas[target.rsplit("/", 1)[1]]
        if prop not in member.get("required", []):
            member["required"] = [p for p in member["properties"] if p in {prop}] + member.get(
                "required", []
            )


def _require(schema: dict[str, Any], names: list[str]) -> None:
    """Add ``names`` the schema declares to its required list, in declaration order."""
    present = schema.get("required", [])
    wanted = [n for n in schema["properties"] if n in names and n not in present]
    if wanted:
        rest = {k: v for k, v in schema.items() if k not in ("type", "required")}
        schema.clear()
        schema.update({"type": "object", "required": present + wanted, **rest})


def _require_list_page(schema: dict[str, Any]) -> None:
    """A page of a cursor-paginated list requires its items array and its
    pagination, as every list response the TypeScript types know does."""
    properties = schema.get("properties", {})
    if "pagination" not in properties:
        return
    arrays = [name for name, prop in properties.items() if prop.get("type") == "array"]
    wanted = [*arrays, "pagination"] if len(arrays) == 1 else ["pagination"]
    present = schema.get("required", [])
    schema["required"] = present + [name for name in wanted if name not in present]


def operation_object(operation: Operation, tag: str) -> dict[str, Any]:
    """The OpenAPI operation object of one SDK method."""
    result: dict[str, Any] = {
        "tags": [tag],
        "summary": operation.summary,
        "operationId": operation.operation_id,
    }
    if operation.stage:
        result["x-stage"] = operation.stage
    if operation.parameters:
        result["parameters"] = [
            {"name": p.name, "in": p.location, "required": p.required, "schema": p.schema}
            for p in operation.parameters
        ]
    if operation.body:
        result["requestBody"] = {
            "required": operation.body_required,
            "content": {"application/json": {"schema": _ref(operation.body)}},
        }
    responses: dict[str, Any] = {}
    for status, model in operation.responses.items():
        if model == "Problem":
            responses[status] = {"$ref": f"#/components/responses/{PROBLEM_RESPONSES[status]}"}
            continue
        response: dict[str, Any] = {"description": http.HTTPStatus(int(status)).phrase}
        if model is not None:
            media_type = "application/json" if status < "400" else "application/problem+json"
            if media_type not in operation.media_types:
                raise BuildError(f"{operation.operation_id}: {status} body without {media_type}")
            response["content"] = {media_type: {"schema": _ref(model)}}
        responses[status] = response
    result["responses"] = responses
    return result


def build(sdk: SdkSource, typescript_text: str, conventions: dict[str, Any]) -> dict[str, Any]:
    """The whole OpenAPI document."""
    known = model_names(sdk)
    operations = [op for source in sdk.apis.values() for op in read_api(source, known)]
    seed_tags = {tag["name"]: tag for tag in conventions["tags"]}
    tags: dict[str, dict[str, Any]] = {}
    paths: dict[str, dict[str, Any]] = {}
    for operation in operations:
        tag = tag_display_name(operation.tag_class, list(seed_tags))
        tags[tag] = seed_tags.get(tag, {"name": tag})
        methods = paths.setdefault(operation.path, {})
        if operation.method in methods:
            raise BuildError(f"{operation.method} {operation.path} defined twice")
        methods[operation.method] = operation_object(operation, tag)
    schemas = build_schemas(
        sdk, read_typescript(typescript_text), conventions.get("union_base_required", {})
    )
    components = conventions["components"]
    schemas.update(components["schemas"])
    document: dict[str, Any] = {
        key: conventions[key] for key in ("openapi", "info", "servers", "security")
    }
    document["tags"] = sorted(tags.values(), key=lambda t: str(t["name"]).lower())
    document["paths"] = {
        path: {m: paths[path][m] for m in HTTP_METHODS if m in paths[path]}
        for path in sorted(paths)
    }
    document["components"] = {
        "responses": components["responses"],
        "schemas": dict(sorted(schemas.items())),
        "securitySchemes": components["securitySchemes"],
    }
    return document


def _response_schemas(document: dict[str, Any]) -> list[str]:
    """Component schemas a 2xx answer can contain, directly or nested, sorted."""
    schemas = document["components"]["schemas"]
    pending = [
        media["schema"]["$ref"]
        for item in document["paths"].values()
        for operation in item.values()
        for status, response in operation["responses"].items()
        if status.startswith("2")
        for media in response.get("content", {}).values()
    ]
    seen: set[str] = set()
    while pending:
        name = pending.pop().rsplit("/", 1)[1]
        if name not in seen:
            seen.add(name)
            pending += re.findall(r"'\$ref': '([^']+)'", repr(schemas[name]))
    return sorted(seen)


def optional_fields_report(document: dict[str, Any], typescript_text: str) -> str:
    """Markdown: the response fields kept optional because no input says they are required.

    A schema the TypeScript types know has each field's presence stated there; the
    others come from the Python models alone, which mark every response field
    optional, so only a rule (list pages, discriminators, ``union_base_required``)
    can make one of their fields required.
    """
    known = read_typescript(typescript_text)
    schemas = document["components"]["schemas"]
    rows = []
    for name in _response_schemas(document):
        schema = schemas[name]
        optional = [p for p in schema.get("properties", {}) if p not in schema.get("required", [])]
        if name not in known and optional:
            rows.append(f"| `{name}` | {', '.join(f'`{p}`' for p in optional)} |")
    count = sum(row.count("`") // 2 - 1 for row in rows)
    return (
        "\n".join(
            [
                "# Response fields optional for lack of a fact",
                "",
                "Generated by spec/build_spec.py (make spec). Do not edit by hand.",
                "",
                "The Python SDK marks every response field optional; the TypeScript types",
                "(@arizeai/ax-client 1.28.0) state which are required, but do not know the",
                f"{len(rows)} response schemas below. Their {count} fields stay optional",
                "(`X | Unset`) until a public fact says otherwise.",
                "",
                "| schema | optional fields |",
                "|---|---|",
                *rows,
            ]
        )
        + "\n"
    )


class _PlainDumper(yaml.SafeDumper):
    """Writes a schema used in two places twice, never as a YAML anchor and alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(document: dict[str, Any]) -> str:
    """The YAML text written to spec/spec.yaml."""
    header = "# Generated by spec/build_spec.py (make spec). Do not edit by hand.\n"
    text = yaml.dump(document, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=100)
    return header + text


def main(argv: list[str]) -> int:
    if len(argv) != 5:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    wheel, typescript, conventions, out = (Path(a) for a in argv[1:])
    typescript_text = typescript.read_text(encoding="utf-8")
    try:
        document = build(
            read_wheel(wheel),
            typescript_text,
            yaml.safe_load(conventions.read_text(encoding="utf-8")),
        )
    except BuildError as exc:
        print(f"build_spec: {exc}", file=sys.stderr)
        return 1
    out.write_text(dump(document), encoding="utf-8")
    out.with_name(OPTIONAL_FIELDS).write_text(
        optional_fields_report(document, typescript_text), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
