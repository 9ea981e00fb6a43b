"""Write the client's methods — one per spec operation — into the generated package.

``python scripts/generate_resources.py`` (run by ``scripts/generate.py`` after openapi-python-client)
reads the normalized spec and ``openapi/client.yaml`` and writes
``generated/twelvelabs_analyze_api/resources.py``:

* a typed method per operation, sync and async, plus a ``with_raw_response`` twin of each and a
  ``with_streaming_response`` one (a context manager giving the response before its body is read);
  every method also takes the per-call options ``extra_headers``, ``extra_query``,
  ``extra_body`` and ``timeout`` (:data:`PER_CALL`), which no spec parameter may be named;
  operations without a tag are methods of the client itself, a tag such as
  ``analyzeAsync > tasks`` becomes nested namespaces (``client.analyze_async.tasks.create``);
* keyword arguments typed from the request schemas (enums as ``Literal``, objects as
  ``TypedDict``), path parameters positional, optional ones defaulting to ``NOT_GIVEN``;
* return types from the success response: the generated attrs models, overloads when the
  result's variant is chosen by a request enum (``summarize(type="chapter") -> ChapterResult``),
  ``Stream[...]`` for NDJSON answers, ``Page[...]`` for paged lists;
* one :class:`twelvelabs_analyze._operation.Operation` per method: the data the hand-written
  client needs to validate, send and parse, so no operation needs hand-written code.

The rules are structural; ``openapi/client.yaml`` holds the few presentation choices no
document states. Errors name the operation and what could not be mapped.
"""

from __future__ import annotations

import argparse
import keyword
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "twelvelabs-analyze.yaml"
CONVENTIONS_PATH = ROOT / "openapi" / "client.yaml"
GENERATOR_CONFIG = ROOT / "openapi" / "generator.yaml"
PACKAGE_DIR = ROOT / "generated" / "twelvelabs_analyze_api"
MODULE_NAME = "resources.py"
ASYNC_MODULE_NAME = "async_resources.py"
RESULTS_MODULE_NAME = "results.py"

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
JSON = "application/json"
FORM = "multipart/form-data"
# The annotation of a ``format: binary`` form field: a path, bytes or an open binary file.
FILE_SOURCE = "FileSource"
NDJSON = "application/x-ndjson"
# Media types that frame one JSON value per line, as NDJSON does: read as a stream of typed items.
JSON_LINES = frozenset({NDJSON, "application/jsonl", "application/x-jsonlines", "application/jsonlines"})
COMPONENT_PREFIX = "#/components/schemas/"
TAG_SEPARATOR = " > "
WRAPPER = "twelvelabs_analyze"
PACKAGE = "twelvelabs_analyze_api"
# Schema keywords that only annotate; a schema made of these alone accepts anything.
ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "format",
    }
)

Json = dict[str, Any]

# Keyword arguments every method has besides the spec's (twelvelabs_analyze._options), in order.
PER_CALL: tuple[tuple[str, str, str], ...] = (
    ("extra_headers", "Mapping[str, str] | None", "None"),
    ("extra_query", "Mapping[str, object] | None", "None"),
    ("extra_body", "Mapping[str, object] | None", "None"),
    ("timeout", "float | httpx.Timeout | None | NotGiven", "NOT_GIVEN"),
)
PER_CALL_ARGUMENTS = "call_options(extra_headers, extra_query, extra_body, timeout)"
# The method variants: plain, with_raw_response, with_streaming_response.
PLAIN, RAW, STREAMING = "", "raw", "streaming"
VARIANT_SUFFIX = {PLAIN: "", RAW: "WithRawResponse", STREAMING: "WithStreamingResponse"}


class ResourceError(Exception):
    """The spec (or client.yaml) cannot be turned into methods; the message says where and why."""


# --------------------------------------------------------------------------- naming


def _words(name: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return [w for w in re.split(r"[^0-9A-Za-z]+", spaced) if w]


def snake(name: str) -> str:
    return "_".join(w.lower() for w in _words(name))


def pascal(name: str) -> str:
    return "".join(w if w.isupper() else w[:1].upper() + w[1:] for w in _words(name))


def python_keyword(wire: str) -> str:
    """The Python parameter name for a wire name (``index-id`` → ``index_id``, ``from`` → ``from_``)."""
    name = re.sub(r"\W", "_", wire)
    if name[:1].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or name in {"self", "cls"}:
        name += "_"
    return name


class ModelNames:
    """openapi-python-client's class and module names for component schemas (its own rules)."""

    def __init__(self, field_prefix: str) -> None:
        from openapi_python_client.strings import ClassName, PythonIdentifier  # noqa: PLC0415 - dev tool

        self._class_name = ClassName
        self._identifier = PythonIdentifier
        self._prefix = field_prefix

    def class_name(self, component: str) -> str:
        return str(self._class_name(component, self._prefix))

    def module(self, component: str) -> str:
        return str(self._identifier(self.class_name(component), self._prefix))


# --------------------------------------------------------------------------- the spec as data


@dataclass
class Spec:
    document: Json
    conventions: Json
    names: ModelNames

    @property
    def components(self) -> Json:
        schemas: Json = (self.document.get("components") or {}).get("schemas") or {}
        return schemas

    def component_name(self, schema: Any) -> str | None:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
            return ref[len(COMPONENT_PREFIX) :]
        return None

    def resolve(self, schema: Any) -> Any:
        """Follow ``$ref`` into components (a sibling ``description`` does not count)."""
        seen: set[str] = set()
        while isinstance(schema, dict) and (name := self.component_name(schema)):
            if name in seen or name not in self.components:
                raise ResourceError(f"unresolvable $ref {schema['$ref']}")
            seen.add(name)
            schema = self.components[name]
        return schema


def _operations(document: Json) -> Iterator[tuple[str, str, Json]]:
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                yield path, method, operation


def _single_value(schema: Any, spec: Spec) -> str | None:
    """The one string a schema allows (``const``, or an ``enum`` of one), following refs."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("const"), str):
        return str(schema["const"])
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
        return enum[0]
    return None


def _enum_values(schema: Any, spec: Spec) -> list[str] | None:
    schema = spec.resolve(schema)
    enum = schema.get("enum") if isinstance(schema, dict) else None
    if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
        return list(enum)
    return None


# --------------------------------------------------------------------------- request types


@dataclass
class TypedDictSpec:
    name: str
    fields: list[tuple[str, str, bool, str]]  # key, annotation, required, description
    description: str


@dataclass
class Imports:
    models: set[str] = field(default_factory=set)  # classes from .models
    aliases: dict[str, str] = field(default_factory=dict)  # Literal alias -> module under .models
    typing: set[str] = field(default_factory=set)
    file_source: bool = False  # a form field takes a file (twelvelabs_analyze.types.FileSource)


class RequestTypes:
    """Python annotations for request values: what users may pass."""

    def __init__(self, spec: Spec, imports: Imports) -> None:
        self.spec = spec
        self.imports = imports
        self.typed_dicts: dict[str, TypedDictSpec] = {}

    def annotation(self, schema: Any, context: str) -> str:
        spec = self.spec
        if schema is True or schema == {} or schema is None:
            self.imports.typing.add("Any")
            return "Any"
        if not isinstance(schema, dict):
            raise ResourceError(f"{context}: not a schema: {schema!r}")
        component = spec.component_name(schema)
        if component is not None:
            return self._component(component, context)
        for keyword_ in ("oneOf", "anyOf"):
            if keyword_ in schema:
                parts = [self.annotation(s, f"{context}{i}") for i, s in enumerate(schema[keyword_])]
                return _union(parts)
        if "allOf" in schema and len(schema["allOf"]) == 1 and set(schema) - ANNOTATIONS == {"allOf"}:
            return self.annotation(schema["allOf"][0], context)
        if "const" in schema:
            self.imports.typing.add("Literal")
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema and all(isinstance(v, str | int | bool) for v in schema["enum"]):
            self.imports.typing.add("Literal")
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return _union([self.annotation({**schema, "type": kind}, context) for kind in kinds])
        if kinds is None and "properties" in schema:
            kinds = "object"
        if kinds is None:
            if set(schema) <= ANNOTATIONS | {"if", "then", "else", "allOf", "not", "x-error-message"}:
                self.imports.typing.add("Any")
                return "Any"
            raise ResourceError(f"{context}: cannot type a schema without 'type': {sorted(schema)}")
        simple = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
        if kinds in simple:
            return simple[kinds]
        if kinds == "array":
            self.imports.typing.add("Sequence")
            return f"Sequence[{self.annotation(schema.get('items', True), context + 'Item')}]"
        if kinds == "object":
            return self._object(schema, pascal(context))
        raise ResourceError(f"{context}: unknown type {kinds!r}")

    def _component(self, name: str, context: str) -> str:
        schema = self.spec.components.get(name)
        if schema is None:
            raise ResourceError(f"{context}: $ref to missing component {name}")
        if _enum_values(schema, self.spec) is not None and schema.get("type") == "string":
            alias = self.spec.names.class_name(name)
            self.imports.aliases[alias] = self.spec.names.module(name)
            return alias
        if "properties" in schema or "oneOf" in schema or "anyOf" in schema:
            if "properties" in schema:
                return self._object(schema, self.spec.names.class_name(name))
            return self.annotation({k: v for k, v in schema.items() if k != "discriminator"}, name)
        return self.annotation(schema, name)

    def _object(self, schema: Json, name: str) -> str:
        properties = schema.get("properties")
        if (
            not isinstance(properties, dict)
            or not properties
            or not all(
                isinstance(key, str) and key.isidentifier() and not keyword.iskeyword(key)
                for key in properties
            )
        ):
            # Free-form objects (a JSON schema of the user's, say) are plain mappings.
            self.imports.typing |= {"Mapping", "Any"}
            return "Mapping[str, Any]"
        param_name = name + "Param"
        if param_name not in self.typed_dicts:
            spec_ = TypedDictSpec(param_name, [], _docstring_text(schema.get("description", "")))
            self.typed_dicts[param_name] = spec_  # registered before recursing: schemas may nest
            required = set(schema.get("required") or ())
            for key, sub in properties.items():
                annotation = self.annotation(sub, name + pascal(key))
                spec_.fields.append((key, annotation, key in required, _summary(sub, self.spec)))
        return param_name


def _union(parts: Iterable[str]) -> str:
    unique = list(dict.fromkeys(parts))
    if "Any" in unique:
        return "Any"
    return " | ".join(unique)


# --------------------------------------------------------------------------- results


@dataclass
class ResultSpec:
    annotation: str  # what the method returns (before Stream/Page/RawResponse wrapping)
    code: str  # Python expression building the _operation.Result
    variants: dict[str, str] = field(default_factory=dict)  # discriminator value -> class name
    item: str | None = None  # paged: the item class


class Results:
    def __init__(self, spec: Spec, imports: Imports, aliases: dict[str, str]) -> None:
        self.spec = spec
        self.imports = imports
        self.aliases = aliases  # union type aliases to emit: name -> annotation
        self.refs: dict[str, str] = {}  # class -> "package.module:Class", imported lazily at run time

    def model(self, component: str) -> str:
        name = self.spec.names.class_name(component)
        self.imports.models.add(name)
        self.refs[name] = f"{PACKAGE}.models.{self.spec.names.module(component)}:{name}"
        return name

    def for_schema(self, schema: Any, context: str) -> ResultSpec:
        spec = self.spec
        component = spec.component_name(schema)
        target = spec.resolve(schema)
        if not isinstance(target, dict):
            raise ResourceError(f"{context}: the success schema is not an object schema")
        variants = target.get("oneOf") or target.get("anyOf")
        if variants:
            names = [spec.component_name(v) for v in variants]
            if any(n is None for n in names):
                raise ResourceError(f"{context}: success variants must be named components")
            classes = [self.model(n) for n in names if n]
            annotation = " | ".join(classes)
            if component is not None:
                alias = spec.names.class_name(component)
                self.aliases[alias] = annotation
                annotation = alias
            discriminator = (target.get("discriminator") or {}).get("propertyName")
            if discriminator:
                values: dict[str, str] = {}
                for name, cls in zip(names, classes, strict=True):
                    variant = spec.components[name or ""]
                    value = _single_value((variant.get("properties") or {}).get(discriminator), spec)
                    if value is None:
                        raise ResourceError(f"{context}: variant {name} does not fix {discriminator!r}")
                    values[value] = cls
                mapping = ", ".join(f"{v!r}: {self.refs[c]!r}" for v, c in values.items())
                code = f"Variants({discriminator!r}, {{{mapping}}})"
                return ResultSpec(annotation, code, values)
            code = "AnyOf((" + ", ".join(repr(self.refs[c]) for c in classes) + ",))"
            return ResultSpec(annotation, code)
        if component is None:
            raise ResourceError(f"{context}: the success schema must be a named component")
        cls = self.model(component)
        return ResultSpec(cls, f"Model({self.refs[cls]!r})")


# --------------------------------------------------------------------------- methods


@dataclass
class Param:
    name: str
    wire: str
    location: str
    annotation: str
    required: bool
    positional: bool
    default: str | None  # Python source of a client-side default
    description: str
    schema: Any = None


@dataclass
class Method:
    name: str
    constant: str
    operation_code: str
    params: list[Param]
    returns: str  # annotation of the plain method
    kind: str  # "call", "stream" or "page"
    summary: str
    description: str
    overloads: list[tuple[str, str, str]] = field(default_factory=list)  # param, Literal value, returns
    deprecated: bool = False


@dataclass
class Namespace:
    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Namespace] = field(default_factory=dict)
    mixin: str | None = None
    raw_mixin: str | None = None  # the with_raw_response class's (a create that is looked up first)
    polling: Json | None = None  # client.yaml's polling rules for the mixin (tasks)

    @property
    def class_stem(self) -> str:
        return "".join(pascal(part) for part in self.path) or "Root"

    def walk(self) -> Iterator[Namespace]:
        for child in self.children.values():
            yield from child.walk()
        yield self


def _summary(schema: Any, spec: Spec) -> str:
    text = ""
    if isinstance(schema, dict):
        text = schema.get("description") or ""
        if not text and spec.component_name(schema):
            text = spec.resolve(schema).get("description") or ""
    return _first_paragraph(_docstring_text(text))


_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def _docstring_text(text: str) -> str:
    """Markdown/HTML from the docs reduced to plain text that is safe inside a docstring."""
    text = _LINK.sub(r"\1", _TAG.sub("", text or ""))
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        # A list right under its lead-in line ("**When to use**:\n- …") is a list only after a blank line.
        if _is_item(line) and out and out[-1] and not _is_item(out[-1]):
            out.append("")
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _is_item(line: str) -> bool:
    return line.lstrip().startswith(("- ", "* ")) or bool(re.match(r"\s*\d+\. ", line))


def _first_paragraph(text: str) -> str:
    """The first paragraph on one line; one that ends in ":" before a table takes the table along
    (``max_tokens``: "The allowed range depends on the model: Pegasus 1.2: Min 2, Max 4,096 …")."""
    paragraphs = text.split("\n\n")
    first = " ".join(paragraphs[0].split())
    if first.endswith(":") and len(paragraphs) > 1:
        table = _table_text(paragraphs[1])
        if table:
            return f"{first} {table}."
    return first


def _table_text(paragraph: str) -> str:
    """A Markdown table as "first cell: header value, …; …"; "" when ``paragraph`` is not a table."""
    lines = [line.strip() for line in paragraph.strip().splitlines()]
    if len(lines) < 3 or not all(line.startswith("|") for line in lines):
        return ""
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
    header, body = rows[0], [row for row in rows[2:] if len(row) == len(rows[0])]
    return "; ".join(
        f"{row[0]}: " + ", ".join(f"{name} {value}" for name, value in zip(header[1:], row[1:], strict=True))
        for row in body
    )


class MethodBuilder:
    def __init__(self, spec: Spec, imports: Imports, types: RequestTypes, results: Results) -> None:
        self.spec = spec
        self.imports = imports
        self.types = types
        self.results = results
        conventions = spec.conventions
        self.method_conventions: Json = dict(conventions.get("methods") or {})
        self.parameter_conventions: Json = dict(conventions.get("parameters") or {})
        self.paging: Json = dict(conventions.get("pagination") or {})
        self.toggle: str | None = (conventions.get("streams") or {}).get("toggle")
        self.final_event: str | None = (conventions.get("streams") or {}).get("final-event")
        self.used_methods: set[str] = set()
        self.used_parameters: set[str] = set()
        self.references: Json = dict(conventions.get("references") or {})
        self.used_references: set[str] = set()

    def build(self, path: str, http_method: str, operation: Json, qualified: str) -> list[Method]:
        name = snake(operation.get("operationId") or "")
        if not name:
            raise ResourceError(f"{http_method.upper()} {path}: no operationId")
        context = f"{http_method.upper()} {path} ({qualified})"
        conventions = self.method_conventions.get(qualified) or {}
        if qualified in self.method_conventions:
            self.used_methods.add(qualified)
        params, fields, parameters_schema = self._parameters(operation, context)
        body_schema, body_params, body_fields, binary = self._body(operation, context, name)
        params += body_params
        fields += body_fields
        clashes = sorted({p.name for p in params} & {n for n, _, _ in PER_CALL})
        if clashes:
            raise ResourceError(
                f"{context}: parameters {clashes} clash with the per-call options of every method"
            )
        self._apply_conventions(params, conventions, context)
        success, media = self._success(operation, context)
        summary = _first_paragraph(_docstring_text(operation.get("summary") or ""))
        description = _docstring_text(operation.get("description") or "")
        deprecated = bool(operation.get("deprecated"))
        base = {
            "name": qualified,
            "method": http_method.upper(),
            "path": path,
            "success": success,
            "body_schema": body_schema,
            "form": binary,
            "parameters_schema": parameters_schema,
            "deprecated": deprecated,
            "emulation": operation.get("x-emulation"),
        }
        bare = self._bare(params)
        bare.update(self._references(params))
        methods: list[Method] = []
        toggle_field = (
            self.toggle if any(p.wire == self.toggle and p.location == "body" for p in params) else None
        )
        kept = [p for p in params if not (toggle_field and p.wire == toggle_field and p.location == "body")]
        kept_fields = [f for f in fields if not (toggle_field and f[1] == toggle_field and f[2] == "body")]
        if JSON in media or not media:
            result = self.results.for_schema(media[JSON]["schema"], context) if JSON in media else None
            fixed = {toggle_field: False} if toggle_field and NDJSON in media else {}
            methods.append(
                self._method(name, base, kept, kept_fields, result, fixed, bare, "call", summary, description)
            )
        if NDJSON in media:
            result = self.results.for_schema(media[NDJSON]["schema"], context + " events")
            fixed = {toggle_field: True} if toggle_field else {}
            stream_name = name + "_stream" if JSON in media else name
            methods.append(
                self._method(
                    stream_name, base, kept, kept_fields, result, fixed, bare, "stream", summary, description
                )
            )
        return methods

    def _method(
        self,
        name: str,
        base: Json,
        params: list[Param],
        fields: list[tuple[str, str, str]],
        result: ResultSpec | None,
        fixed: Json,
        bare: dict[str, str],
        kind: str,
        summary: str,
        description: str,
    ) -> Method:
        constant = "_" + re.sub(r"\W", "_", base["name"]).upper() + ("_STREAM" if kind == "stream" else "")
        returns = "None" if result is None else result.annotation
        result_code = "NoContent()" if result is None else result.code
        overloads: list[tuple[str, str, str]] = []
        paging = None
        if result is not None and result.variants and kind == "call":
            chooser = self._variant_parameter(params, result)
            if chooser is not None:
                result_code = result_code[:-1] + f", parameter={chooser.name!r})"
                self.imports.typing.add("Literal")
                overloads = [(chooser.name, f"Literal[{v!r}]", cls) for v, cls in result.variants.items()]
                # …and one for a value known only by its type (a variable of the enum type).
                overloads.append((chooser.name, chooser.annotation, result.annotation))
        if kind == "stream":
            returns = f"Stream[{returns}]"
        elif result is not None and (paging := self._paging(params, base, result)) is not None:
            kind = "page"
            returns = f"Page[{paging[1]}]"
        name_line = f"name={(base['name'] + ('_stream' if kind == 'stream' else ''))!r}"
        parts = [
            name_line,
            f"method={base['method']!r}",
            f"path={base['path']!r}",
            "fields=(" + "".join(f"Field({n!r}, {w!r}, {loc!r}), " for n, w, loc in fields) + ")",
            f"result={result_code}",
            f"success={base['success']}",
        ]
        if base["body_schema"]:
            parts.append(f"body_schema={base['body_schema']!r}")
        if base["form"] is not None:
            parts.append(f"form=frozenset({sorted(base['form'])!r})")
        if base["parameters_schema"]:
            parts.append(f"parameters_schema={base['parameters_schema']!r}")
        if fixed:
            parts.append(f"fixed={fixed!r}")
        if bare:
            parts.append("bare={" + ", ".join(f"{k!r}: {v}" for k, v in bare.items()) + "}")
        if kind == "stream":
            parts.append("stream=True")
            if self.final_event and result is not None and self.final_event in result.variants:
                parts.append(f"final_event={self.final_event!r}")
        if paging is not None:
            parts.append(f"paging={paging[0]}")
        if base["emulation"]:
            parts.append(
                f"emulation=Emulation({base['emulation'].get('operation')!r}, {base['emulation']!r})"
            )
        if base["deprecated"]:
            parts.append("deprecated=True")
        omit_none = sorted(p.name for p in params if not p.required and not _nullable(p))
        if omit_none:
            parts.append(f"omit_none=frozenset({omit_none!r})")
        code = "Operation(" + ", ".join(parts) + ")"
        return Method(
            name=name,
            constant=constant,
            operation_code=code,
            params=params,
            returns=returns,
            kind=kind,
            summary=summary,
            description=description,
            overloads=overloads,
            deprecated=base["deprecated"],
        )

    def _variant_parameter(self, params: list[Param], result: ResultSpec) -> Param | None:
        values = set(result.variants)
        matches = [
            p
            for p in params
            if p.required
            and p.location == "body"
            and set(_literal_values(p.annotation, self.spec, self.imports) or ()) == values
        ]
        return matches[0] if len(matches) == 1 else None

    def _paging(self, params: list[Param], base: Json, result: ResultSpec) -> tuple[str, str] | None:
        parameter = self.paging.get("parameter")
        items = self.paging.get("items")
        total = str(self.paging.get("total-pages") or "")
        page_param = next((p for p in params if p.wire == parameter and p.location == "query"), None)
        if page_param is None or not items or not total or base["method"] != "GET" or result.variants:
            return None
        component = next(
            (n for n in self.spec.components if self.spec.names.class_name(n) == result.annotation), None
        )
        schema = self.spec.components.get(component or "") or {}
        items_schema = (schema.get("properties") or {}).get(items)
        item_schema = (items_schema or {}).get("items") if isinstance(items_schema, dict) else None
        item_component = self.spec.component_name(item_schema) if item_schema else None
        if item_component is None:
            return None
        if not self._integer_at(schema, total):
            return None
        results = str(self.paging.get("total-results") or "")
        counted = tuple(results.split(".")) if results and self._integer_at(schema, results) else ()
        item = self.results.model(item_component)
        code = f"Paging({page_param.name!r}, {items!r}, {tuple(total.split('.'))!r}"
        code += f", total_results={counted!r})" if counted else ")"
        return code, item

    def _integer_at(self, schema: Json, path: str) -> bool:
        """Whether the dotted property path leads to an integer in ``schema``."""
        node: Any = schema
        for part in path.split("."):
            node = (
                self.spec.resolve((node.get("properties") or {}).get(part))
                if isinstance(node, dict)
                else None
            )
        return isinstance(node, dict) and node.get("type") == "integer"

    def _parameters(
        self, operation: Json, context: str
    ) -> tuple[list[Param], list[tuple[str, str, str]], Json | None]:
        params: list[Param] = []
        fields: list[tuple[str, str, str]] = []
        properties: Json = {}
        required: list[str] = []
        for parameter in operation.get("parameters") or []:
            location = parameter.get("in")
            if location not in ("path", "query"):
                raise ResourceError(
                    f"{context}: {location} parameter {parameter.get('name')!r} is not supported"
                )
            wire = parameter["name"]
            name = python_keyword(wire)
            schema = parameter.get("schema") or {}
            is_required = bool(parameter.get("required")) or location == "path"
            annotation = self.types.annotation(schema, pascal(wire))
            description = _first_paragraph(_docstring_text(parameter.get("description") or "")) or _summary(
                schema, self.spec
            )
            params.append(
                Param(
                    name,
                    wire,
                    location,
                    annotation,
                    is_required,
                    location == "path",
                    None,
                    description,
                    schema,
                )
            )
            fields.append((name, wire, location))
            properties[wire] = schema
            if is_required:
                required.append(wire)
        if not properties:
            return params, fields, None
        combined: Json = {"type": "object", "properties": properties}
        if required:
            combined["required"] = required
        return params, fields, combined

    def _body(
        self, operation: Json, context: str, name: str
    ) -> tuple[str | None, list[Param], list[tuple[str, str, str]], set[str] | None]:
        """The body's schema pointer, parameters and fields, and (a form-data body) the wire
        names of its ``format: binary`` fields (``None``: a JSON body)."""
        body = operation.get("requestBody")
        if not body:
            return None, [], [], None
        content = body.get("content") or {}
        if set(content) not in ({JSON}, {FORM}):
            raise ResourceError(
                f"{context}: a request body must be JSON or multipart/form-data alone, not {sorted(content)}"
            )
        media = JSON if JSON in content else FORM
        schema = content[media].get("schema") or {}
        component = self.spec.component_name(schema)
        if component is None:
            raise ResourceError(
                f"{context}: the request body must be a named component (the normalizer lifts it)"
            )
        target = self.spec.resolve(schema)
        properties = target.get("properties") or {}
        required = set(target.get("required") or ())
        params: list[Param] = []
        fields: list[tuple[str, str, str]] = []
        binary: set[str] | None = set() if media == FORM else None
        for wire, sub in properties.items():
            pname = python_keyword(wire)
            if binary is not None and _is_binary(self.spec.resolve(sub)):
                binary.add(wire)
                self.imports.file_source = True
                annotation = FILE_SOURCE
            else:
                annotation = self.types.annotation(sub, pascal(component) + pascal(wire))
            convention = self.parameter_conventions.get(wire)
            if convention and convention.get("accepts-bare"):
                self.imports.typing |= {"Mapping", "Any"}
                annotation = _union([annotation, "Mapping[str, Any]"])
            params.append(
                Param(
                    pname,
                    wire,
                    "body",
                    annotation,
                    wire in required,
                    False,
                    None,
                    _summary(sub, self.spec),
                    sub,
                )
            )
            fields.append((pname, wire, "body"))
        return COMPONENT_PREFIX + component, params, fields, binary

    def _apply_conventions(self, params: list[Param], conventions: Json, context: str) -> None:
        by_name = {p.wire: p for p in params}
        for wire in conventions.get("positional") or []:
            if wire not in by_name:
                raise ResourceError(f"client.yaml: {context} has no parameter {wire!r} to make positional")
            by_name[wire].positional = True
        for wire, value in (conventions.get("defaults") or {}).items():
            if wire not in by_name:
                raise ResourceError(f"client.yaml: {context} has no parameter {wire!r} to give a default")
            by_name[wire].default = repr(tuple(value) if isinstance(value, list) else value)
        unknown = set(conventions) - {"positional", "defaults"}
        if unknown:
            raise ResourceError(f"client.yaml: {context}: unknown keys {sorted(unknown)}")

    def _references(self, params: list[Param]) -> dict[str, str]:
        """Body parameters that also take a resource (client.yaml ``references``): its schema, or
        one of its oneOf variants, is an object whose ``tag`` allows only the reference's value."""
        found: dict[str, str] = {}
        for p in params:
            if p.location != "body":
                continue
            for value, rule in self.references.items():
                if not self._refers(p.schema, rule, str(value)):
                    continue
                self.used_references.add(str(value))
                classes = sorted(self.spec.names.class_name(model) for model in rule["models"])
                missing = [m for m in rule["models"] if m not in self.spec.components]
                if missing:
                    raise ResourceError(f"client.yaml: references.{value}.models: no components {missing}")
                self.imports.models.update(classes)
                p.annotation = _union([p.annotation, *classes])
                found[p.name] = (
                    f"Reference({rule['tag']!r}, {value!r}, {rule['into']!r}, frozenset({classes!r}), "
                    f"{rule['id']!r}, {rule['status']!r}, frozenset({sorted(rule['usable'])!r}))"
                )
        return found

    def _refers(self, schema: Any, rule: Json, value: str) -> bool:
        schema = self.spec.resolve(schema)
        if not isinstance(schema, dict):
            return False
        candidates = [
            schema,
            *(self.spec.resolve(s) for s in schema.get("oneOf") or schema.get("anyOf") or []),
        ]
        for candidate in candidates:
            properties = candidate.get("properties") if isinstance(candidate, dict) else None
            if not isinstance(properties, dict) or rule["into"] not in properties:
                continue
            tag = self.spec.resolve(properties.get(rule["tag"]) or {})
            allowed = tag.get("enum") or ([tag["const"]] if "const" in tag else [])
            if list(allowed) == [value]:
                return True
        return False

    def _bare(self, params: list[Param]) -> dict[str, str]:
        bare: dict[str, str] = {}
        for p in params:
            convention = self.parameter_conventions.get(p.wire)
            if p.location != "body" or not convention:
                continue
            self.used_parameters.add(p.wire)
            rule = convention.get("accepts-bare")
            if not isinstance(rule, dict) or set(rule) != {"tag", "default", "into"}:
                raise ResourceError(f"client.yaml: parameters.{p.wire}.accepts-bare needs tag, default, into")
            tags = _literal_values_of_property(p, rule["tag"], self.spec)
            if rule["default"] not in tags:
                raise ResourceError(
                    f"client.yaml: {p.wire}: {rule['default']!r} is not one of its {rule['tag']} values"
                )
            bare[p.name] = (
                f"BareValue({rule['tag']!r}, frozenset({sorted(tags)!r}), {rule['default']!r}, {rule['into']!r})"
            )
        return bare

    def _success(self, operation: Json, context: str) -> tuple[int, Json]:
        responses = operation.get("responses") or {}
        codes = sorted(int(code) for code in responses if str(code).isdigit() and 200 <= int(code) < 300)
        if not codes:
            raise ResourceError(f"{context}: no documented success status")
        response = responses.get(str(codes[0])) or responses.get(codes[0]) or {}
        content = response.get("content") or {}
        unknown = set(content) - {JSON} - JSON_LINES
        if unknown:
            raise ResourceError(f"{context}: unsupported success media types {sorted(unknown)}")
        lines = sorted(set(content) & JSON_LINES)
        if len(lines) > 1:
            raise ResourceError(f"{context}: more than one line-framed media type {lines}")
        # One per line either way: the methods read them all as NDJSON.
        return codes[0], {NDJSON if media in JSON_LINES else media: value for media, value in content.items()}


def _is_binary(schema: Any) -> bool:
    """A file's content: ``{type: string, format: binary}`` (OpenAPI 3.0's spelling of a file upload)."""
    return isinstance(schema, dict) and schema.get("type") == "string" and schema.get("format") == "binary"


def _nullable(param: Param) -> bool:
    """Whether ``None`` is a value of the parameter (its schema allows null)."""
    return "None" in param.annotation.split(" | ")


def _literal_values(annotation: str, spec: Spec, imports: Imports) -> list[str] | None:
    if annotation.startswith("Literal["):
        return re.findall(r"'([^']*)'", annotation)
    module = imports.aliases.get(annotation)
    if module is None:
        return None
    for name, schema in spec.components.items():
        if spec.names.class_name(name) == annotation:
            return _enum_values(schema, spec)
    return None


def _literal_values_of_property(param: Param, key: str, spec: Spec) -> set[str]:
    """The values a body parameter's object schema allows for its ``key`` property (for accepts-bare)."""
    schema = spec.resolve(param.schema)
    prop = (schema.get("properties") or {}).get(key) if isinstance(schema, dict) else None
    values = _enum_values(prop, spec) if prop is not None else None
    single = _single_value(prop, spec) if prop is not None else None
    if values is None and single is None:
        raise ResourceError(f"client.yaml: parameter {param.wire!r} has no enumerated {key!r} property")
    return set(values or [single or ""])


# --------------------------------------------------------------------------- building the tree


def build_namespaces(spec: Spec, imports: Imports, types: RequestTypes, results: Results) -> Namespace:
    root = Namespace(())
    builder = MethodBuilder(spec, imports, types, results)
    mixins: Json = dict(spec.conventions.get("namespaces") or {})
    used_mixins: set[str] = set()
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    for path, http_method, operation in _operations(spec.document):
        tags = [t for t in operation.get("tags") or [] if isinstance(t, str) and t.strip()]
        if len(tags) > 1:
            raise ResourceError(f"{http_method.upper()} {path}: more than one tag ({tags}); which namespace?")
        parts = tuple(snake(part) for part in tags[0].split(TAG_SEPARATOR)) if tags else ()
        node = root
        for depth in range(len(parts)):
            node = node.children.setdefault(parts[depth], Namespace(parts[: depth + 1]))
        if tags and tags[0] in mixins:
            node.mixin = str(mixins[tags[0]]["mixin"])
            node.raw_mixin = mixins[tags[0]].get("raw-mixin")
            node.polling = mixins[tags[0]].get("polling")
            used_mixins.add(tags[0])
        qualified = ".".join((*parts, snake(operation.get("operationId") or "")))
        for method in builder.build(path, http_method, operation, qualified):
            key = (parts, method.name)
            if key in seen:
                raise ResourceError(
                    f"{http_method.upper()} {path}: method {method.name} already comes from {seen[key]}"
                )
            if method.name in node.children:
                raise ResourceError(
                    f"{http_method.upper()} {path}: method {method.name} clashes with a namespace"
                )
            seen[key] = f"{http_method.upper()} {path}"
            node.methods.append(method)
    for namespace in root.walk():
        if namespace.polling is not None:
            _check_polling(namespace, spec)
    stale = (set(builder.method_conventions) - builder.used_methods) | (set(mixins) - used_mixins)
    stale |= set(builder.parameter_conventions) - builder.used_parameters
    stale |= set(builder.references) - builder.used_references
    if stale:
        raise ResourceError(f"client.yaml names what the spec does not have: {sorted(stale)}")
    return root


def _check_polling(namespace: Namespace, spec: Spec) -> None:
    """The polling rules must name this namespace's operations, fields and status values."""
    rules = namespace.polling or {}
    where = f"client.yaml: namespace {'.'.join(namespace.path)}"
    by_name = {m.name: m for m in namespace.methods}
    for key in ("create", "retrieve"):
        # create is optional: without it there is wait() but no create_and_wait().
        if (key == "retrieve" or key in rules) and rules.get(key) not in by_name:
            raise ResourceError(f"{where}: polling.{key} {rules.get(key)!r} is not a method here")
    if rules.get("lookup") is not None and "create" not in rules:
        raise ResourceError(f"{where}: polling.lookup needs polling.create")
    retrieve = by_name[rules["retrieve"]]
    if not any(p.wire == rules.get("id") and p.location == "path" for p in retrieve.params):
        raise ResourceError(f"{where}: {rules['retrieve']} has no path parameter {rules.get('id')!r}")
    component = next((n for n in spec.components if spec.names.class_name(n) == retrieve.returns), None)
    schema = spec.components.get(component or "") or {}
    status = (schema.get("properties") or {}).get(rules.get("status"))
    values = set(_enum_values(status, spec) or ()) if status is not None else set()
    wanted = set(rules.get("done") or ()) | set(rules.get("failed") or ())
    if not wanted or not wanted <= values:
        raise ResourceError(f"{where}: statuses {sorted(wanted)} are not all among {sorted(values)}")
    if rules.get("lookup") is not None:
        _check_lookup(rules, by_name, f"{where}: polling.lookup")
        echoed = schema.get("properties") or {}
        for key in ("custom-id", "created"):
            if rules["lookup"].get(key) not in echoed:
                raise ResourceError(f"{where}: polling.lookup.{key} is not a field of {retrieve.returns}")


def _check_lookup(rules: Json, by_name: dict[str, Method], where: str) -> None:
    """The lookup by custom id must name list's query parameters and create's body fields."""
    lookup: Json = rules["lookup"]
    listing = by_name.get(str(lookup.get("list")))
    if listing is None or listing.kind != "page":
        raise ResourceError(f"{where}.list {lookup.get('list')!r} is not a paged method here")
    create = by_name[rules["create"]]
    body = {p.wire: p for p in create.params if p.location == "body"}
    query = {p.wire: p for p in listing.params if p.location == "query"}
    custom_id = body.get(str(lookup.get("custom-id")))
    if custom_id is None:
        raise ResourceError(f"{where}.custom-id {lookup.get('custom-id')!r} is not a body field of create")
    if not lookup.get("created"):
        raise ResourceError(f"{where}.created: which field of a listed task says when it was created?")
    for parameter, path in dict(lookup.get("filters") or {}).items():
        if parameter not in query or str(path).split(".")[0] not in body:
            raise ResourceError(
                f"{where}.filters: {parameter} <- {path} must map a list parameter to a create field"
            )
    size = lookup.get("page-size")
    if size is not None and (size not in query or _maximum(query[size].schema) is None):
        raise ResourceError(f"{where}.page-size {size!r} is not a list parameter with a maximum")


def _maximum(schema: Any) -> int | None:
    value = schema.get("maximum") if isinstance(schema, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --------------------------------------------------------------------------- rendering


class Renderer:
    def __init__(
        self, root: Namespace, imports: Imports, types: RequestTypes, aliases: dict[str, str]
    ) -> None:
        self.root = root
        self.imports = imports
        self.types = types
        self.aliases = aliases

    def render(self) -> str:
        """``resources.py``: request types, the operations, and the sync resource classes."""
        out: list[str] = [HEADER.format(what="sync")]
        out += self._imports(is_async=False)
        for typed in self.types.typed_dicts.values():
            out += self._typed_dict(typed)
        if self.aliases:
            out.append(
                "\nif TYPE_CHECKING:  # unions of result models; twelvelabs_analyze exports them at run time\n"
            )
            for alias, annotation in sorted(self.aliases.items()):
                out.append(f"    {alias}: TypeAlias = {annotation}\n")
        out.append("\n# --- operations: what each method hands to the client\n")
        for method in self._methods():
            out.append(f"{method.constant} = {method.operation_code}\n")
        out.append(
            "\n# Every operation by name (e.g. the successor an emulated legacy operation is served by).\n"
        )
        constants = ", ".join(method.constant for method in self._methods())
        out.append(f"OPERATIONS: dict[str, Operation] = {{op.name: op for op in ({constants},)}}\n")
        out += self._classes(is_async=False)
        names = ["OPERATIONS", *self.types.typed_dicts, *self._class_names(is_async=False)]
        out.append("\n__all__ = " + repr(sorted(names)) + "\n")
        return "".join(out)

    def render_async(self) -> str:
        """``async_resources.py``: the async resource classes (imported only by ``AsyncTwelveLabs``)."""
        out: list[str] = [HEADER.format(what="async")]
        out += self._imports(is_async=True)
        out.append("from .resources import " + ", ".join(m.constant for m in self._methods()) + "\n")
        out += self._classes(is_async=True)
        out.append("\n__all__ = " + repr(sorted(self._class_names(is_async=True))) + "\n")
        return "".join(out)

    def _methods(self) -> list[Method]:
        return [method for namespace in self.root.walk() for method in namespace.methods]

    def _classes(self, *, is_async: bool) -> list[str]:
        out: list[str] = []
        for variant in (PLAIN, RAW, STREAMING):
            for namespace in self.root.walk():
                out += self._class(namespace, is_async=is_async, variant=variant)
        return out

    def _class_names(self, *, is_async: bool) -> list[str]:
        return [_class_name(n, is_async, v) for n in self.root.walk() for v in (PLAIN, RAW, STREAMING)]

    def _imports(self, *, is_async: bool) -> list[str]:
        typing = sorted(self.imports.typing | {"TYPE_CHECKING", "TypeAlias", "overload"})
        prefix, side = ("Async", "_async") if is_async else ("", "_sync")
        lines = [
            "from __future__ import annotations\n\n",
            "from collections.abc import Mapping, Sequence  # noqa: F401\n",
            "from functools import cached_property\n",
            "from typing import " + ", ".join(t for t in typing if t not in {"Mapping", "Sequence"}) + "\n",
            "from typing import Required, TypedDict  # noqa: F401\n\n",
            f"from {WRAPPER}.{side}._resource import {prefix}APIResource\n",
            f"from {WRAPPER}.{side}._streamed_response import {prefix}ResponseContextManager\n",
            f"from {WRAPPER}._options import call_options\n",
            f"from {WRAPPER}._types import NOT_GIVEN, NotGiven\n",
        ]
        if is_async:
            lines.append(f"from {WRAPPER}._paginator import AsyncPaginator\n")
        if not is_async:
            lines.append(
                f"from {WRAPPER}._operation import AnyOf, BareValue, Emulation, Field, Model, NoContent, "
                "Operation, Paging, Reference, Variants  # noqa: F401\n"
            )
        for namespace in self.root.walk():
            if namespace.mixin:
                module, _, cls = namespace.mixin.rpartition(".")
                lines.append(f"from {WRAPPER}.{side}.{module} import {prefix}{cls}\n")
                if namespace.raw_mixin:
                    raw_module, _, raw_cls = namespace.raw_mixin.rpartition(".")
                    lines.append(f"from {WRAPPER}.{side}.{raw_module} import {prefix}{raw_cls}\n")
                if namespace.polling is not None:
                    lines.append(f"from {WRAPPER}._polling import Polling, TaskLookup, WaitOptions\n")
                    lines.append("from typing import Unpack\n")
        lines.append("\n")
        # Everything below appears in annotations only: importing it is left to type checkers, so
        # importing the client imports no model (results are parsed through lazy references).
        lines.append("if TYPE_CHECKING:\n")
        lines.append("    import httpx\n\n")
        lines.append(f"    from {WRAPPER}._response import RawResponse\n")
        lines.append(f"    from {WRAPPER}.{side}._pagination import {prefix}Page\n")
        lines.append(f"    from {WRAPPER}.{side}._streaming import {prefix}Stream\n")
        if self.imports.file_source:
            lines.append(f"    from {WRAPPER}._types import {FILE_SOURCE}\n")
        if self.imports.models:
            lines.append("    from .models import " + ", ".join(sorted(self.imports.models)) + "\n")
        for alias, module in sorted(self.imports.aliases.items()):
            lines.append(f"    from .models.{module} import {alias}\n")
        if is_async:
            if self.types.typed_dicts:
                lines.append("    from .resources import " + ", ".join(self.types.typed_dicts) + "\n")
            if self.aliases:
                lines.append("    from .results import " + ", ".join(sorted(self.aliases)) + "\n")
        lines.append("\n")
        return lines

    def _typed_dict(self, typed: TypedDictSpec) -> list[str]:
        lines = [f"\n\nclass {typed.name}(TypedDict, total=False):\n"]
        # Every public class has a docstring (pyright --verifytypes counts them, the reference shows them).
        description = (
            typed.description or f"The ``{typed.name.removesuffix('Param')}`` object, given as a dict."
        )
        lines.append(f'    """{description}"""\n\n')
        for key, annotation, required, description in typed.fields:
            shown = f"Required[{annotation}]" if required else annotation
            lines.append(f"    {key}: {shown}\n")
            if description:
                lines.append(f'    """{description}"""\n')
        return lines

    def _class(self, namespace: Namespace, *, is_async: bool, variant: str) -> list[str]:
        name = _class_name(namespace, is_async, variant)
        bases = ["AsyncAPIResource" if is_async else "APIResource"]
        polling = namespace.polling if namespace.mixin and variant == PLAIN else None
        by_name = {m.name: m for m in namespace.methods}
        if namespace.mixin and variant == PLAIN:
            cls = namespace.mixin.rpartition(".")[2]
            generic = f"[{by_name[polling['retrieve']].returns!r}]" if polling else ""
            bases.insert(0, (f"Async{cls}" if is_async else cls) + generic)
        if namespace.raw_mixin and variant == RAW:
            cls = namespace.raw_mixin.rpartition(".")[2]
            bases.insert(0, f"Async{cls}" if is_async else cls)
        # A create whose outcome is unknown is looked up before it is sent again (the mixin's _create);
        # with_streaming_response hands the response over unread, so it has no such guard.
        guarded = (
            str(namespace.polling["create"])
            if namespace.polling
            and namespace.polling.get("lookup")
            and namespace.raw_mixin
            and variant != STREAMING
            else None
        )
        prefix = {PLAIN: (), RAW: ("with_raw_response",), STREAMING: ("with_streaming_response",)}[variant]
        where = ".".join(("client", *prefix, *namespace.path))
        what = {
            PLAIN: "",
            RAW: " (returning RawResponse)",
            STREAMING: " (context managers of unread responses)",
        }
        lines = [f"\n\nclass {name}({', '.join(bases)}):\n"]
        lines.append(f'    """The ``{where}`` methods{what[variant]}."""\n')
        for child_name, child in namespace.children.items():
            lines.append("\n    @cached_property\n")
            lines.append(f"    def {child_name}(self) -> {_class_name(child, is_async, variant)}:\n")
            lines.append(f'        """The ``{where}.{child_name}`` methods."""\n')
            lines.append(f"        return {_class_name(child, is_async, variant)}(self._client)\n")
        if variant == PLAIN and namespace.path == ():
            twins = {
                RAW: "The same methods, returning ``RawResponse`` (status, headers, rate limits, attempts).",
                STREAMING: "The same methods as context managers yielding the response before its body is "
                "read (``.parse()``, ``.iter_lines()``, ``.read()`` …).",
            }
            for twin, doc in twins.items():
                attribute = "with_raw_response" if twin == RAW else "with_streaming_response"
                lines.append("\n    @cached_property\n")
                lines.append(f"    def {attribute}(self) -> {_class_name(namespace, is_async, twin)}:\n")
                lines.append(f'        """{doc}"""\n')
                lines.append(f"        return {_class_name(namespace, is_async, twin)}(self._client)\n")
        if polling is not None:
            lines += self._polling(namespace, polling, by_name, is_async)
        elif guarded is not None:
            lines.append(f"\n    _polling = {_class_name(namespace, is_async, PLAIN)}._polling\n")
        for method in namespace.methods:
            lines += self._method(method, is_async=is_async, variant=variant, guarded=method.name == guarded)
        if len(lines) == 2:
            lines.append("\n    pass\n")
        return lines

    def _method(self, method: Method, *, is_async: bool, variant: str, guarded: bool = False) -> list[str]:
        lines: list[str] = []
        # Not coroutines: a streaming method's manager sends on entry, an async list's paginator
        # when awaited or iterated.
        paginated = is_async and variant == PLAIN and method.kind == "page"
        awaited = is_async and variant != STREAMING and not paginated
        prefix = "async def" if awaited else "def"
        for param_name, literal, returns in method.overloads:
            signature = self._signature(method, override={param_name: literal})
            lines.append(
                f"\n    @overload\n    {prefix} {method.name}({signature}) -> {self._returns(returns, method.kind, is_async, variant)}: ...\n"
            )
        signature = self._signature(method, override={})
        returns = self._returns(method.returns, method.kind, is_async, variant)
        lines.append(f"\n    {prefix} {method.name}({signature}) -> {returns}:\n")
        lines.append(self._docstring(method, variant))
        arguments = "{" + ", ".join(f"{p.name!r}: {p.name}" for p in method.params) + "}"
        if variant == STREAMING:
            manager = f"{'Async' if is_async else ''}ResponseContextManager"
            lines.append(
                f"        return {manager}(self._client, {method.constant}, {arguments}, {PER_CALL_ARGUMENTS})\n"
            )
            return lines
        if paginated:
            lines.append(
                f"        return AsyncPaginator(self._client, {method.constant}, {arguments}, {PER_CALL_ARGUMENTS})\n"
            )
            return lines
        raw = ", raw=True" if variant == RAW else ""
        if guarded:
            call = f"self._create({arguments}{raw}, options={PER_CALL_ARGUMENTS})"
        else:
            call = f"self._client._request({method.constant}, {arguments}{raw}, options={PER_CALL_ARGUMENTS})"
        lines.append(f"        return {'await ' if is_async else ''}{call}  # type: ignore[no-any-return]\n")
        return lines

    def _polling(
        self, namespace: Namespace, rules: Json, by_name: dict[str, Method], is_async: bool
    ) -> list[str]:
        retrieve = by_name[rules["retrieve"]]
        create = by_name[rules["create"]] if "create" in rules else None
        id_keyword = python_keyword(str(rules["id"]))
        error_path = tuple(str(rules.get("error") or "").split(".")) if rules.get("error") else ()
        lines = [
            "\n    _polling = Polling(\n",
            f"        retrieve={retrieve.constant},\n",
            f"        id_parameter={id_keyword!r},\n",
            f"        id_field={str(rules['id'])!r},\n",
            f"        status_field={str(rules['status'])!r},\n",
            f"        done=frozenset({sorted(rules.get('done') or [])!r}),\n",
            f"        failed=frozenset({sorted(rules.get('failed') or [])!r}),\n",
            f"        error_message={error_path!r},\n",
            f"        namespace={'.'.join(namespace.path)!r},\n",
        ]
        if rules.get("noun"):
            lines.append(f"        noun={str(rules['noun'])!r},\n")
        if create is not None:
            lines.append(f"        create={create.constant},\n")
        lookup = rules.get("lookup")
        if lookup is not None and create is not None:
            listing = by_name[str(lookup["list"])]
            query = {p.wire: p for p in listing.params if p.location == "query"}
            body = {p.wire: p.name for p in create.params if p.location == "body"}
            filters = tuple(
                (query[parameter].name, (body[path.split(".")[0]], *path.split(".")[1:]))
                for parameter, path in dict(lookup.get("filters") or {}).items()
            )
            size = lookup.get("page-size")
            page_size = (query[size].name, _maximum(query[size].schema)) if size is not None else None
            lines += [
                "        lookup=TaskLookup(\n",
                f"            list={listing.constant},\n",
                f"            custom_id={body[str(lookup['custom-id'])]!r},\n",
                f"            created_field={str(lookup['created'])!r},\n",
                f"            filters={filters!r},\n",
                f"            page_size={page_size!r},\n",
                "        ),\n",
            ]
        lines.append("    )\n")
        if create is None:
            return lines
        prefix, wait = ("async def", "await ") if is_async else ("def", "")
        # ``timeout`` is the wait's here; the extras go to ``create``.
        extras = [name for name, _, _ in PER_CALL if name != "timeout"]
        signature = self._signature(create, override={}, per_call=extras)
        names = [*(p.name for p in create.params), *extras]
        arguments = "{" + ", ".join(f"{name!r}: {name}" for name in names) + "}"
        lines.append(
            f"\n    {prefix} create_and_wait({signature}, **wait: Unpack[WaitOptions]) -> {retrieve.returns}:\n"
        )
        lines.append(
            f'        """Create a task (``{create.name}``), then :meth:`wait` for it and return it done.\n\n'
            "        Takes the arguments of ``create`` (its ``extra_*`` too) and the options of ``wait``,\n"
            "        all checked before the task is created; once it exists, an error carries its ``task_id``.\n"
            '        """\n'
        )
        lines.append(f"        return {wait}self._create_and_wait({arguments}, wait)\n")
        return lines

    def _returns(self, annotation: str, kind: str, is_async: bool, variant: str) -> str:
        if is_async and variant == PLAIN and kind == "page":
            return annotation.replace("Page[", "AsyncPaginator[")
        if is_async:
            annotation = annotation.replace("Stream[", "AsyncStream[").replace("Page[", "AsyncPage[")
        if variant == STREAMING:
            return f"{'Async' if is_async else ''}ResponseContextManager[{annotation}]"
        return f"RawResponse[{annotation}]" if variant == RAW else annotation

    def _signature(self, method: Method, override: dict[str, str], per_call: list[str] | None = None) -> str:
        """``per_call``: which of :data:`PER_CALL` to add at the end (all by default)."""
        positional = [p for p in method.params if p.positional]
        keyword_only = [p for p in method.params if not p.positional]
        keyword_only.sort(key=lambda p: not (p.required and p.default is None))
        parts = ["self"]
        for p in positional:
            parts.append(self._param(p, override))
        parts.append("*")
        parts += [self._param(p, override) for p in keyword_only]
        wanted = [name for name, _, _ in PER_CALL] if per_call is None else per_call
        parts += [
            f"{name}: {annotation} = {default}" for name, annotation, default in PER_CALL if name in wanted
        ]
        return ", ".join(parts)

    def _param(self, p: Param, override: dict[str, str]) -> str:
        annotation = override.get(p.name, p.annotation)
        if p.default is not None:
            return f"{p.name}: {annotation} = {p.default}"
        if p.required:
            return f"{p.name}: {annotation}"
        if _nullable(p):  # None is a value the API takes: leaving it out needs NOT_GIVEN
            return f"{p.name}: {annotation} | NotGiven = NOT_GIVEN"
        return f"{p.name}: {annotation} | None = None"  # None leaves the argument out

    def _docstring(self, method: Method, variant: str) -> str:
        text = (method.summary or method.name).rstrip(".") + "."
        body = [text]
        raw = variant != PLAIN
        if variant == RAW:
            body.append(
                f"Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) "
                f"with the result of ``{method.name}`` in ``.parsed``."
            )
        if variant == STREAMING:
            body.append(
                "Returns a context manager that sends the request on entry and yields the response "
                f"before its body is read; ``.parse()`` gives what ``{method.name}`` returns."
            )
        if method.deprecated:
            body.append(
                "Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone."
            )
        if method.description and not raw and _first_paragraph(method.description) != method.summary:
            body.append(method.description)
        documented = [(p.name, p.description) for p in method.params if p.description]
        documented += list(PER_CALL_DOCS.items())
        body.append("Args:\n" + "\n".join(f"    {name}: {description}" for name, description in documented))
        text = "\n\n".join(body)
        indented = "\n".join(("        " + line) if line else "" for line in text.splitlines())
        return f'        """{indented.lstrip()}\n        """\n'


def _class_name(namespace: Namespace, is_async: bool, variant: str) -> str:
    return f"{'Async' if is_async else ''}{namespace.class_stem}Resource{VARIANT_SUFFIX[variant]}"


PER_CALL_DOCS = {
    "extra_headers": "Headers added to the request (all but ``x-api-key``), sent as given.",
    "extra_query": "Query parameters added to the URL, sent as given (not checked against the spec).",
    "extra_body": "Fields merged last into the JSON body, sent as given (not checked against the spec).",
    "timeout": "This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.",
}


HEADER = '''"""The client's methods ({what}), one per operation of the spec. Generated — do not edit.

Written by scripts/generate_resources.py from openapi/twelvelabs-analyze.yaml and
openapi/client.yaml; `make generate` rewrites it and `make check-generated` fails when it is stale.
"""

'''


# --------------------------------------------------------------------------- entry points


def load_conventions(path: Path = CONVENTIONS_PATH) -> Json:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    known = {"methods", "parameters", "references", "namespaces", "pagination", "streams"}
    if not isinstance(data, dict) or set(data) - known:
        raise ResourceError(f"{path}: expected a mapping with keys {sorted(known)}")
    return data


def field_prefix(config_path: Path = GENERATOR_CONFIG) -> str:
    config = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    return str(config.get("field_prefix", "field_"))


def render_resources(document: Json, conventions: Json, prefix: str = "field_") -> str:
    """The source of ``resources.py`` for a normalized spec (unformatted)."""
    return render_modules(document, conventions, prefix)[MODULE_NAME]


def render_modules(document: Json, conventions: Json, prefix: str = "field_") -> dict[str, str]:
    """``resources.py`` (the methods) and ``results.py`` (what they return), unformatted."""
    spec = Spec(document, conventions, ModelNames(prefix))
    imports = Imports()
    types = RequestTypes(spec, imports)
    aliases: dict[str, str] = {}
    results = Results(spec, imports, aliases)
    root = build_namespaces(spec, imports, types, results)
    renderer = Renderer(root, imports, types, aliases)
    return {
        MODULE_NAME: renderer.render(),
        ASYNC_MODULE_NAME: renderer.render_async(),
        RESULTS_MODULE_NAME: render_results(spec, results, aliases),
    }


def render_results(spec: Spec, results: Results, aliases: dict[str, str]) -> str:
    """Every result model, the models their fields hold directly, and the unions of variants."""
    names = dict(results.refs)
    by_class = {spec.names.class_name(n): n for n in spec.components}
    for cls in list(results.refs):
        schema = spec.components.get(by_class.get(cls, ""), {})
        for sub in (schema.get("properties") or {}).values():
            target = sub.get("items", sub) if isinstance(sub, dict) else sub
            variants = (target.get("oneOf") or []) if isinstance(target, dict) else []
            for candidate in [target, *variants]:
                component = spec.component_name(candidate)
                if component and "properties" in spec.components.get(component, {}):
                    name = spec.names.class_name(component)
                    names.setdefault(name, f"{PACKAGE}.models.{spec.names.module(component)}:{name}")
    lines = [
        '"""What the client\'s methods return: result models, the models their fields hold, and the\n'
        "unions of result variants. Generated by scripts/generate_resources.py — do not edit.\n"
        '"""\n\n',
        "from typing import TypeAlias\n\n",
    ]
    for name, ref in sorted(names.items()):
        module = ref.partition(":")[0].removeprefix(PACKAGE)
        lines.append(f"from {module} import {name}\n")
    lines.append("\n")
    for alias, annotation in sorted(aliases.items()):
        lines.append(f"{alias}: TypeAlias = {annotation}\n")
    lines.append("\n__all__ = " + repr(sorted([*names, *aliases])) + "\n")
    return "".join(lines)


def write_resources(document: Json, package_dir: Path, conventions: Json | None = None) -> Path:
    """Render, write and format ``resources.py`` and ``results.py`` into ``package_dir``."""
    if conventions is None:
        conventions = load_conventions()
    modules = render_modules(document, conventions, field_prefix())
    ruff = str(Path(sys.executable).parent / "ruff")
    for name, source in modules.items():
        target = package_dir / name
        target.write_text(source, encoding="utf-8")
        for command in (
            [
                ruff,
                "check",
                str(target),
                "--isolated",
                "--no-cache",
                "--fix-only",
                "--select",
                "F401,I",
                "--quiet",
            ],
            [ruff, "format", str(target), "--isolated", "--no-cache", "--quiet"],
        ):
            result = subprocess.run(command, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                raise ResourceError(f"ruff failed on {target}:\n{result.stdout}{result.stderr}")
    return package_dir / MODULE_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=SPEC_PATH)
    parser.add_argument("--out", type=Path, default=PACKAGE_DIR)
    args = parser.parse_args(argv)
    try:
        document = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
        path = write_resources(document, args.out)
    except ResourceError as exc:
        print(f"generate_resources: error: {exc}", file=sys.stderr)
        return 1
    print(f"generate_resources: wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
