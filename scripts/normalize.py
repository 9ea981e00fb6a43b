"""Turn the published API documents into one clean OpenAPI 3.1 spec.

Pipeline::

    openapi/raw/*  (Markdown with a ```yaml block, bare YAML, or JSON)
      → per document: the generic structural fixes below, the operations that
        ``openapi/operations.yaml`` selects (with only the components they use)
      → merge, in the precedence order of operations.yaml
      → rename components per its ``names:`` (the exceptions), then name the others by rule
        (:func:`name_schemas_by_rule`: no public name derived from a path or a status)
      → apply ``openapi/overlay.yaml`` (OpenAPI Overlay 1.0: documented facts)
      → share enums of one property across operations (:func:`share_enums_by_property`)
      → prune what nothing references → validate → ``openapi/twelvelabs-analyze.yaml``

Each fix is a small named function so it can be tested on a tiny document. Facts that the
raw documents lack live in the overlay, never here.

Selection (``openapi/operations.yaml``): documents are read in the order it lists them, then
the unlisted ones in name order. A listed document with ``select`` contributes only the
operations its entries match (an entry matches on every key it gives: ``operation``
(operationId), ``tag``, ``path``, ``method``); an entry that matches nothing is an error. A
document without ``select`` contributes all of its operations.

Precedence of components: when two documents define a component schema of the same name
differently, the *later* document wins if its schema is a **compatible superset** of the
earlier one, and anything else is an error naming both files. Compared with annotations
(description, title, examples, example, $comment, externalDocs) removed at every depth, the
later schema is a compatible superset when

- every keyword other than ``properties`` and ``required`` is equal (``type`` included);
- every property of the earlier schema is present with an equal schema (new ones are allowed);
- every ``required`` entry of the earlier schema is still required, and a new ``required``
  entry names a property the earlier schema already had.

Other component sections (security schemes, headers, ...) must be identical.

Usage: ``python scripts/normalize.py [--raw DIR] [--operations FILE] [--overlay FILE] [--out FILE | --check]``
"""

from __future__ import annotations

import argparse
import copy
import http
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonpath_ng.ext.parser import parse as parse_jsonpath
from openapi_spec_validator import validate as validate_openapi
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "openapi" / "raw"
OPERATIONS_PATH = ROOT / "openapi" / "operations.yaml"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"
SPEC_PATH = ROOT / "openapi" / "twelvelabs-analyze.yaml"

MERGED_TITLE = "TwelveLabs Analyze API"
API_KEY_HEADER = "x-api-key"
API_KEY_SCHEME = "apiKey"
SOURCES_KEY = "x-sources"
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".yaml", ".yml", ".json")
TOP_LEVEL_ORDER = ("openapi", "info", "servers", "security", "tags", "paths", "components")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF_PREFIX = "#/components/schemas/"
COMPONENTS_REF_PREFIX = "#/components/"
SELECT_KEYS = frozenset({"operation", "tag", "path", "method"})
# JSON Schema annotations: they describe, they do not constrain (ignored by the precedence rule).
ANNOTATION_KEYWORDS = frozenset({"description", "title", "examples", "example", "$comment", "externalDocs"})
# Keywords whose value is one schema / a list of schemas / a map of name -> schema.
_SUBSCHEMA = frozenset({"items", "additionalProperties", "not", "if", "then", "else", "contains"})
_SUBSCHEMA |= {"propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems"}
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")

_YAML_BLOCK = re.compile(r"^```ya?ml[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)

Json = dict[str, Any]


class NormalizeError(Exception):
    """A document, the selection or the overlay cannot be turned into a valid spec; names the file."""

    def __init__(self, source: Path | str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = str(source)


@dataclass(frozen=True)
class DocumentEntry:
    """One ``documents:`` entry of operations.yaml; ``select`` None means "every operation"."""

    file: str
    select: tuple[Mapping[str, str], ...] | None = None


@dataclass(frozen=True)
class Selection:
    """operations.yaml, parsed: document order and selections, and component renames."""

    documents: tuple[DocumentEntry, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)
    source: str = "(no operations file)"

    def entry_for(self, file_name: str) -> DocumentEntry | None:
        return next((entry for entry in self.documents if entry.file == file_name), None)


@dataclass(frozen=True)
class Document:
    """One raw API document, parsed, with what operations.yaml selects from it."""

    path: Path
    spec: Json
    select: tuple[Mapping[str, str], ...] | None = None


# --------------------------------------------------------------------------- reading


def extract_yaml_block(text: str, path: Path) -> Json:
    """Return the OpenAPI mapping embedded in a Markdown document (or a bare YAML file)."""
    if path.suffix in (".yaml", ".yml"):
        source = text
    else:
        blocks = [m.group(1) for m in _YAML_BLOCK.finditer(text)]
        blocks = [b for b in blocks if re.search(r"^openapi:", b, re.MULTILINE)]
        if not blocks:
            raise NormalizeError(path, "no ```yaml block with an 'openapi:' key was found")
        if len(blocks) > 1:
            raise NormalizeError(path, f"{len(blocks)} OpenAPI ```yaml blocks found; expected one")
        source = blocks[0]
    try:
        loaded = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        raise NormalizeError(path, f"invalid YAML: {exc}") from None
    return _openapi_mapping(loaded, path, "YAML")


def read_json_document(text: str, path: Path) -> Json:
    """Return the OpenAPI mapping of a JSON document (TwelveLabs publishes its spec as JSON)."""
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NormalizeError(path, f"invalid JSON: {exc}") from None
    return _openapi_mapping(loaded, path, "JSON")


def _openapi_mapping(loaded: Any, path: Path, kind: str) -> Json:
    if not isinstance(loaded, dict) or "openapi" not in loaded:
        raise NormalizeError(path, f"the {kind} is not an OpenAPI document (no 'openapi' key)")
    return loaded


def document_paths(raw_dir: Path, selection: Selection | None = None) -> list[Path]:
    """Every document in the raw folder: those operations.yaml lists, in its order, then the rest by name."""
    if not raw_dir.is_dir():
        raise NormalizeError(raw_dir, "raw documents folder does not exist")
    found = sorted(p for p in raw_dir.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not found:
        raise NormalizeError(raw_dir, f"no documents ({', '.join(DOCUMENT_SUFFIXES)}) found")
    listed: list[Path] = []
    for entry in selection.documents if selection else ():
        path = raw_dir / entry.file
        if path not in found:
            raise NormalizeError(
                selection.source if selection else raw_dir, f"{entry.file} is not in {raw_dir}"
            )
        listed.append(path)
    return listed + [p for p in found if p not in listed]


def read_document(path: Path, selection: Selection | None = None) -> Document:
    text = path.read_text(encoding="utf-8")
    spec = (
        read_json_document(text, path) if path.suffix.lower() == ".json" else extract_yaml_block(text, path)
    )
    entry = selection.entry_for(path.name) if selection else None
    return Document(path=path, spec=spec, select=entry.select if entry else None)


def load_selection(path: Path) -> Selection:
    """Parse and check operations.yaml (see its comments for the format)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise NormalizeError(path, f"cannot read the operations file: {exc}") from None
    if not isinstance(data, dict) or not set(data) <= {"documents", "names"}:
        raise NormalizeError(path, "expected a mapping with 'documents' and 'names'")
    documents: list[DocumentEntry] = []
    for index, item in enumerate(data.get("documents") or []):
        where = f"documents[{index}]"
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("file"), str)
            or not set(item) <= {"file", "select"}
        ):
            raise NormalizeError(path, f"{where}: expected {{file: NAME, select: [...]}}")
        if any(entry.file == item["file"] for entry in documents):
            raise NormalizeError(path, f"{where}: {item['file']} is listed twice")
        select = item.get("select")
        if select is not None:
            if not isinstance(select, list) or not select:
                raise NormalizeError(path, f"{where}.select: expected a non-empty list")
            for entry in select:
                if not (
                    isinstance(entry, dict)
                    and entry
                    and set(entry) <= SELECT_KEYS
                    and all(isinstance(v, str) and v for v in entry.values())
                ):
                    raise NormalizeError(
                        path, f"{where}.select: {entry!r} must map some of {sorted(SELECT_KEYS)} to strings"
                    )
            select = tuple(dict(entry) for entry in select)
        documents.append(DocumentEntry(item["file"], select))
    names = data.get("names") or {}
    if not isinstance(names, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in names.items()
    ):
        raise NormalizeError(path, "names: expected a mapping of component name -> new name")
    targets = list(names.values())
    if duplicate := next((n for n in targets if targets.count(n) > 1), None):
        raise NormalizeError(path, f"names: two components are renamed to {duplicate}")
    return Selection(tuple(documents), dict(names), str(path))


# --------------------------------------------------------------------------- walking


def _operations(spec: Json) -> Iterator[tuple[str, str, Json]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                yield path, method, operation


def _refs(node: Any) -> Iterator[str]:
    """Every reference in ``node``: ``$ref`` values and discriminator mapping targets."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            yield from (v for v in discriminator["mapping"].values() if isinstance(v, str))
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _unescape_pointer(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _component_of(ref: str) -> tuple[str, str] | None:
    """``#/components/schemas/A/$defs/x`` → ``("schemas", "A")``; None for other references."""
    if not ref.startswith(COMPONENTS_REF_PREFIX):
        return None
    parts = ref[len(COMPONENTS_REF_PREFIX) :].split("/")
    return (parts[0], _unescape_pointer(parts[1])) if len(parts) >= 2 else None


def strip_annotations(schema: Any) -> Any:
    """A copy of a JSON Schema without annotation keywords at any depth (property *names* are kept)."""
    if not isinstance(schema, dict):
        return schema
    out: Json = {}
    for key, value in schema.items():
        if key in ANNOTATION_KEYWORDS:
            continue
        if key in _SUBSCHEMA:
            out[key] = strip_annotations(value)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            out[key] = [strip_annotations(item) for item in value]
        elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: strip_annotations(item) for name, item in value.items()}
        else:
            out[key] = value
    return out


# --------------------------------------------------------------------------- generic fixes


def flatten_enum_value_objects(node: Any) -> Any:
    """``enum: [{value: X}, …]`` → ``enum: [X, …]``, at any depth (returns a new tree)."""
    if isinstance(node, dict):
        out: Json = {}
        for key, value in node.items():
            if key == "enum" and isinstance(value, list):
                out[key] = [
                    item["value"] if isinstance(item, dict) and set(item) == {"value"} else item
                    for item in value
                ]
            else:
                out[key] = flatten_enum_value_objects(value)
        return out
    if isinstance(node, list):
        return [flatten_enum_value_objects(item) for item in node]
    return node


def _valid_tag(tag: Any) -> bool:
    return isinstance(tag, str) and bool(tag.strip())


def drop_invalid_tags(spec: Json) -> Json:
    """An invalid or empty tag (the seeds have ``[[]]``, the published ``/analyze`` has ``[""]``)
    means "no namespace": drop it; an operation left without tags is untagged.

    Valid tags such as ``analyzeAsync > tasks`` are kept verbatim (the client nests namespaces
    from them). Declared top-level tags that are invalid go too.
    """
    spec = copy.deepcopy(spec)
    for _, _, operation in _operations(spec):
        tags = operation.get("tags")
        if tags is None:
            continue
        valid = [t for t in tags if _valid_tag(t)] if isinstance(tags, list) else []
        if valid:
            operation["tags"] = valid
        else:
            del operation["tags"]
    if "tags" in spec:
        declared = [t for t in spec["tags"] or [] if isinstance(t, dict) and _valid_tag(t.get("name"))]
        if declared:
            spec["tags"] = declared
        else:
            del spec["tags"]
    return spec


def _is_api_key_header(parameter: Any, header: str) -> bool:
    return (
        isinstance(parameter, dict)
        and parameter.get("in") == "header"
        and str(parameter.get("name", "")).lower() == header
    )


def api_key_header_to_security_scheme(spec: Json, header: str = API_KEY_HEADER) -> Json:
    """One global ``apiKey`` scheme (header ``x-api-key``) instead of per-operation header
    parameters and differently named schemes (the published spec calls its scheme ``x-api-key``).

    References to a replaced scheme in ``security`` requirements are renamed.
    """
    spec = copy.deepcopy(spec)
    found = False
    items = [item for item in (spec.get("paths") or {}).values() if isinstance(item, dict)]
    for owner in items + [op for _, _, op in _operations(spec)]:
        params = owner.get("parameters") or []
        kept = [p for p in params if not _is_api_key_header(p, header)]
        if len(kept) != len(params):
            found = True
            if kept:
                owner["parameters"] = kept
            else:
                owner.pop("parameters", None)
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    replaced = {
        name
        for name, scheme in schemes.items()
        if isinstance(scheme, dict)
        and scheme.get("type") == "apiKey"
        and scheme.get("in") == "header"
        and str(scheme.get("name", "")).lower() == header
    }
    for name in replaced:
        del schemes[name]
    found = found or bool(replaced)
    if not found:
        return spec
    for owner in [spec, *(op for _, _, op in _operations(spec))]:
        if isinstance(owner.get("security"), list):
            owner["security"] = [
                {(API_KEY_SCHEME if name in replaced else name): scopes for name, scopes in req.items()}
                for req in owner["security"]
            ]
    spec.setdefault("components", {}).setdefault("securitySchemes", {})[API_KEY_SCHEME] = {
        "type": "apiKey",
        "in": "header",
        "name": header,
    }
    if {API_KEY_SCHEME: []} not in spec.setdefault("security", []):
        spec["security"].append({API_KEY_SCHEME: []})
    return spec


def _responses(spec: Json) -> Iterator[tuple[str, Json]]:
    for _, _, operation in _operations(spec):
        responses = operation.get("responses")
        for code, response in responses.items() if isinstance(responses, dict) else ():
            if isinstance(response, dict):
                yield str(code), response


def drop_empty_content(spec: Json) -> Json:
    """Responses written with ``content: {}`` have no body: drop the empty mapping."""
    spec = copy.deepcopy(spec)
    for _, response in _responses(spec):
        if response.get("content") == {}:
            del response["content"]
    return spec


def constrains_nothing(schema: Any) -> bool:
    """Whether a schema accepts anything: absent, ``true``, or only annotations (``{"description": "Any type"}``)."""
    return schema is None or schema is True or strip_annotations(schema) == {}


def drop_unconstrained_error_content(spec: Json) -> Json:
    """An error response (4xx/5xx) whose content schema constrains nothing documents no body:
    the published 429 says ``{"description": "Any type"}`` for a body its prose calls empty.
    """
    spec = copy.deepcopy(spec)
    for code, response in _responses(spec):
        content = response.get("content")
        if code[:1] not in ("4", "5") or not isinstance(content, dict) or not content:
            continue
        kept = {
            media: value
            for media, value in content.items()
            if not constrains_nothing((value or {}).get("schema") if isinstance(value, dict) else None)
        }
        if kept:
            response["content"] = kept
        else:
            del response["content"]
    return spec


def _pascal_case(name: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+|(?<=[a-z0-9])(?=[A-Z])", name)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def request_body_name(operation: Json) -> str:
    """``<OperationId>Request``, prefixed with the tag when there is one (ids repeat across tags)."""
    tags = operation.get("tags") or []
    prefix = _pascal_case(tags[0]) if tags else ""
    return prefix + _pascal_case(str(operation["operationId"])) + "Request"


def _add_component(schemas: Json, name: str, schema: Json, source: Path | str, what: str) -> None:
    if name in schemas and schemas[name] != schema:
        raise NormalizeError(source, f"{what} would be named {name}, which already exists")
    schemas[name] = schema


# The request-body media types the client sends: their inline schemas are lifted alike.
LIFTED_BODY_MEDIA = ("application/json", "multipart/form-data")


def lift_inline_request_bodies(spec: Json, source: Path | str = "(document)") -> Json:
    """Move inline JSON and form-data request-body schemas to ``components`` (named by
    :func:`request_body_name`).

    The generator names inline bodies after the path (``GistBody``); a named component gives
    the model a name that reads well and that other code can refer to.
    """
    spec = copy.deepcopy(spec)
    for route, method, operation in _operations(spec):
        content = (operation.get("requestBody") or {}).get("content") or {}
        media = next((content[m] for m in LIFTED_BODY_MEDIA if m in content), None)
        if not isinstance(media, dict) or "operationId" not in operation:
            continue
        schema = media.get("schema")
        if not isinstance(schema, dict) or "$ref" in schema:
            continue
        name = request_body_name(operation)
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        _add_component(schemas, name, schema, source, f"the request body of {method.upper()} {route}")
        media["schema"] = {"$ref": SCHEMA_REF_PREFIX + name}
    return spec


def require_bodies_with_required_properties(spec: Json) -> Json:
    """Make a request body ``required`` when the document leaves it out and its schema requires
    properties: OpenAPI reads a missing ``required`` as optional, but an absent body cannot carry
    the properties its schema requires (the published PUT /indexes/{index-id} requires
    ``index_name`` in a body it does not declare required). A body saying ``required: false`` stays.
    """
    spec = copy.deepcopy(spec)
    schemas: Json = (spec.get("components") or {}).get("schemas") or {}
    for _, _, operation in _operations(spec):
        body = operation.get("requestBody")
        if not isinstance(body, dict) or "required" in body:
            continue
        for media in (body.get("content") or {}).values():
            schema = media.get("schema") if isinstance(media, dict) else None
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
                schema = schemas.get(ref[len(SCHEMA_REF_PREFIX) :])
            if isinstance(schema, dict) and schema.get("required"):
                body["required"] = True
                break
    return spec


def _discriminator_value(variant: Json, property_name: str, schemas: Json) -> Any:
    """The single value a ``oneOf`` variant allows for the discriminator property (None if not one)."""
    prop = (variant.get("properties") or {}).get(property_name)
    for _ in range(8):  # follow a short chain of component refs
        if not isinstance(prop, dict):
            return None
        if "const" in prop:
            return prop["const"]
        if isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
            return prop["enum"][0]
        ref = prop.get("$ref")
        if not (isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX)):
            return None
        prop = schemas.get(ref[len(SCHEMA_REF_PREFIX) :])
    return None


def lift_discriminated_variants(spec: Json, source: Path | str = "(document)") -> Json:
    """Inline variants of a component's ``oneOf`` with a ``discriminator`` become components
    ``<Parent><PascalCase(value)>`` (``VideoContextUrl``); the discriminator stays and gains
    an explicit ``mapping``, since the implicit one (value = schema name) would not hold.
    """
    spec = copy.deepcopy(spec)
    schemas: Json = (spec.get("components") or {}).get("schemas") or {}
    for parent in list(schemas):
        schema = schemas[parent]
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        variants = schema.get("oneOf") if isinstance(schema, dict) else None
        if not isinstance(discriminator, dict) or not isinstance(variants, list):
            continue
        property_name = discriminator.get("propertyName")
        mapping = dict(discriminator.get("mapping") or {})
        for index, variant in enumerate(variants):
            if not isinstance(variant, dict) or "$ref" in variant:
                continue
            value = _discriminator_value(variant, str(property_name), schemas)
            if value is None:
                raise NormalizeError(
                    source,
                    f"components.schemas.{parent}.oneOf[{index}] does not give one value for the "
                    f"discriminator {property_name!r}, so it cannot be named",
                )
            name = parent + _pascal_case(str(value))
            _add_component(schemas, name, variant, source, f"variant {value!r} of {parent}")
            variants[index] = {"$ref": SCHEMA_REF_PREFIX + name}
            mapping.setdefault(str(value), SCHEMA_REF_PREFIX + name)
        if mapping:
            discriminator["mapping"] = mapping
    return spec


def _select_matches(entry: Mapping[str, str], route: str, method: str, operation: Json) -> bool:
    return (
        entry.get("operation", operation.get("operationId")) == operation.get("operationId")
        and ("tag" not in entry or entry["tag"] in (operation.get("tags") or []))
        and entry.get("path", route) == route
        and entry.get("method", method).lower() == method
    )


def _describe_entry(entry: Mapping[str, str]) -> str:
    return "{" + ", ".join(f"{key}: {value}" for key, value in entry.items()) + "}"


def select_operations(spec: Json, select: Iterable[Mapping[str, str]], source: Path | str) -> Json:
    """Keep only the operations some ``select`` entry matches (and no webhooks).

    Path items left without operations go. An entry that matches nothing is an error: the
    document changed, or the entry is misspelt.
    """
    spec = copy.deepcopy(spec)
    entries = list(select)
    used = [False] * len(entries)
    for route, item in list((spec.get("paths") or {}).items()):
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            hits = [i for i, entry in enumerate(entries) if _select_matches(entry, route, method, operation)]
            for i in hits:
                used[i] = True
            if not hits:
                del item[method]
        if not any(method in item for method in HTTP_METHODS):
            del spec["paths"][route]
    spec.pop("webhooks", None)
    unused = [_describe_entry(entry) for entry, hit in zip(entries, used, strict=True) if not hit]
    if unused:
        raise NormalizeError(source, f"select entry {', '.join(unused)} matches no operation")
    return spec


def _schemas_reached(roots: Any, schemas: Json) -> set[str]:
    """Names of the component schemas ``roots`` reach, directly or through other schemas."""
    found: set[str] = set()
    pending = [ref for ref in _refs(roots) if ref.startswith(SCHEMA_REF_PREFIX)]
    while pending:
        name = pending.pop()[len(SCHEMA_REF_PREFIX) :].split("/", 1)[0]
        if name in found or name not in schemas:
            continue
        found.add(name)
        pending += [ref for ref in _refs(schemas[name]) if ref.startswith(SCHEMA_REF_PREFIX)]
    return found


def _close_objects(schema: Any) -> None:
    """``additionalProperties: false`` on ``schema`` and the inline objects under its properties and
    items that declare properties and say nothing about others."""
    if not isinstance(schema, dict):
        return
    # An object with no declared properties is free-form (a caller's JSON schema): left open.
    if (
        isinstance(schema.get("properties"), dict)
        and schema["properties"]
        and "additionalProperties" not in schema
    ):
        schema["additionalProperties"] = False
    for value in (schema.get("properties") or {}).values():
        _close_objects(value)
    _close_objects(schema.get("items"))


def close_request_objects(spec: Json) -> Json:
    """Close the object schemas only requests use, as a rule (the error-codes page lists
    ``parameter_unknown``: "The request contains an unknown parameter").

    A component schema reached from request bodies or parameters and from no response, with
    ``properties`` and no ``additionalProperties``, becomes closed, with the inline objects it
    holds. Schemas a response also uses stay open: fields the API adds later are kept.
    """
    spec = copy.deepcopy(spec)
    schemas: Json = (spec.get("components") or {}).get("schemas") or {}
    requests: list[Any] = []
    responses: list[Any] = []
    for _, _, operation in _operations(spec):
        requests += [operation.get("requestBody"), operation.get("parameters")]
        responses.append(operation.get("responses"))
    for name in sorted(_schemas_reached(requests, schemas) - _schemas_reached(responses, schemas)):
        schema = schemas[name]
        if isinstance(schema, dict) and schema.get("properties") and "additionalProperties" not in schema:
            _close_objects(schema)
    return spec


def prune_unreferenced_components(spec: Json) -> Json:
    """Drop components nothing reaches, in every section (schemas, headers, responses, ...).

    Roots are everything outside ``components``; security schemes are reached by name from
    ``security`` requirements. Used after selection (what only unselected operations used goes)
    and at the end (what the overlay replaced goes).
    """
    spec = copy.deepcopy(spec)
    components: Json = spec.get("components") or {}
    reachable: set[tuple[str, str]] = set()
    outside = {k: v for k, v in spec.items() if k != "components"}
    pending = [c for c in map(_component_of, _refs(outside)) if c]
    for owner in [spec, *(op for _, _, op in _operations(spec))]:
        for requirement in owner.get("security") or []:
            pending.extend(("securitySchemes", name) for name in requirement)
    while pending:
        key = pending.pop()
        section, name = key
        if key in reachable or name not in (components.get(section) or {}):
            continue
        reachable.add(key)
        pending.extend(c for c in map(_component_of, _refs(components[section][name])) if c)
    for section in list(components):
        entries = components[section]
        if not isinstance(entries, dict):
            continue
        for name in [n for n in entries if (section, n) not in reachable]:
            del entries[name]
        if not entries:
            del components[section]
    if "components" in spec and not components:
        del spec["components"]
    return spec


def normalize_document(document: Document) -> Json:
    """All per-document fixes, in order (selection before the lifts, which then see only what stays)."""
    spec = flatten_enum_value_objects(document.spec)
    spec = drop_invalid_tags(spec)
    if document.select is not None:
        spec = select_operations(spec, document.select, document.path)
    spec = api_key_header_to_security_scheme(spec)
    if document.select is not None:
        spec = prune_unreferenced_components(spec)
    spec = drop_empty_content(spec)
    spec = drop_unconstrained_error_content(spec)
    spec = lift_inline_request_bodies(spec, document.path)
    spec = require_bodies_with_required_properties(spec)
    return lift_discriminated_variants(spec, document.path)


# --------------------------------------------------------------------------- merging


def merge_info(infos: list[tuple[Path, Json]], title: str = MERGED_TITLE) -> Json:
    """One ``info`` for the merged spec, listing the documents it came from in ``x-sources``.

    Per-document versions such as ``endpoint_.gist`` name an endpoint, not an API version, so
    they are dropped; the real version comes from the overlay. An already merged spec keeps its
    sources, which makes normalizing the normalized spec a no-op.
    """
    sources: list[Json] = []
    for path, info in infos:
        inherited = info.get(SOURCES_KEY)
        if isinstance(inherited, list):
            sources.extend(s for s in inherited if s not in sources)
        else:
            sources.append({"title": str(info.get("title", path.stem)), "document": path.name})
    versions = {str(info.get("version")) for _, info in infos if info.get("version")}
    shared_version = versions.pop() if len(versions) == 1 else ""
    version = shared_version if shared_version and "endpoint_" not in shared_version else "0.0.0"
    return {
        "title": title,
        "version": version,
        "description": "Merged from the published API documents listed in x-sources.",
        SOURCES_KEY: sources,
    }


def compatible_superset_problem(earlier: Any, later: Any) -> str | None:
    """Why ``later`` is not a compatible superset of ``earlier`` (the module docstring's rule), or None."""
    a, b = strip_annotations(earlier), strip_annotations(later)
    if a == b:
        return None
    if not isinstance(a, dict) or not isinstance(b, dict):
        return "one of them is not a schema object"
    for key in sorted((set(a) | set(b)) - {"properties", "required"}):
        if a.get(key) != b.get(key):
            return f"{key} {a.get(key)!r} became {b.get(key)!r}"
    earlier_props, later_props = a.get("properties") or {}, b.get("properties") or {}
    for name, schema in earlier_props.items():
        if name not in later_props:
            return f"property {name} is gone"
        if later_props[name] != schema:
            return f"property {name} changed"
    earlier_required, later_required = set(a.get("required") or ()), set(b.get("required") or ())
    if dropped := sorted(earlier_required - later_required):
        return f"{', '.join(dropped)} no longer required"
    if new := sorted(later_required - earlier_required - set(earlier_props)):
        return f"new property {', '.join(new)} is required"
    return None


def merge_components(named: list[tuple[Path, Json]]) -> Json:
    """Merge ``components`` of several documents, in precedence order (see the module docstring)."""
    merged: dict[str, Json] = {}
    origin: dict[tuple[str, str], Path] = {}
    for path, components in named:
        for section, entries in (components or {}).items():
            target = merged.setdefault(section, {})
            for name, value in (entries or {}).items():
                if name in target and target[name] != value:
                    first = origin[(section, name)]
                    problem = (
                        compatible_superset_problem(target[name], value)
                        if section == "schemas"
                        else "they differ"
                    )
                    if problem is not None:
                        raise NormalizeError(
                            path,
                            f"components.{section}.{name} conflicts with the one in {first} ({problem}); "
                            "a later document may only extend a component (see openapi/operations.yaml)",
                        )
                target[name] = value
                origin[(section, name)] = path
    return merged


def _merged_tags(normalized: list[tuple[Path, Json]]) -> list[Json]:
    """The tags operations use, with a document's declaration when it has one: declared tags in
    their declared order, then the others in order of first use.

    Declared order first keeps the normalizer idempotent: the output declares its tags, and its
    paths are sorted, so order of first use alone would change when it is normalized again.
    """
    declared: dict[str, Json] = {}
    for _, spec in normalized:
        for tag in spec.get("tags") or []:
            declared.setdefault(tag["name"], tag)
    used: set[str] = set()
    first_use: list[str] = []
    for _, spec in normalized:
        for _, _, operation in _operations(spec):
            for tag in operation.get("tags") or []:
                if tag not in used:
                    used.add(tag)
                    first_use.append(tag)
    ordered = [name for name in declared if name in used] + [
        name for name in first_use if name not in declared
    ]
    return [declared.get(name, {"name": name}) for name in ordered]


def merge_documents(normalized: list[tuple[Path, Json]]) -> Json:
    """Merge normalized documents into one spec (paths, tags, security, components)."""
    versions = {str(spec.get("openapi")) for _, spec in normalized}
    if any(not v.startswith("3.1") for v in versions):
        raise NormalizeError(normalized[0][0].parent, f"expected OpenAPI 3.1 documents, got {versions}")
    merged: Json = {
        "openapi": max(versions),
        "info": merge_info([(p, s.get("info") or {}) for p, s in normalized]),
    }
    paths: Json = {}
    path_origin: dict[str, Path] = {}
    security: list[Json] = []
    for path, spec in normalized:
        for route, item in (spec.get("paths") or {}).items():
            if route in paths:
                raise NormalizeError(path, f"path {route} is also defined in {path_origin[route]}")
            paths[route] = item
            path_origin[route] = path
        security.extend(s for s in spec.get("security", []) if s not in security)
    if security:
        merged["security"] = security
    if tags := _merged_tags(normalized):
        merged["tags"] = tags
    merged["paths"] = paths
    merged["components"] = merge_components([(p, s.get("components") or {}) for p, s in normalized])
    check_unique_operation_ids(normalized)
    return merged


def check_unique_operation_ids(normalized: list[tuple[Path, Json]]) -> None:
    """operationIds are unique per tag (the published spec has ``create``/``list`` under many tags)."""
    seen: dict[tuple[str, str], Path] = {}
    for path, spec in normalized:
        for _, _, operation in _operations(spec):
            op_id = operation.get("operationId")
            if not op_id:
                continue
            tags = operation.get("tags") or [""]
            key = (tags[0], op_id)
            if key in seen:
                where = f"under tag {tags[0]!r}" if tags[0] else "among untagged operations"
                raise NormalizeError(path, f"operationId {op_id!r} {where} is also used in {seen[key]}")
            seen[key] = path


# --------------------------------------------------------------------------- renames


def _rename_refs(node: Any, old: str, new: str) -> Any:
    old_ref, new_ref = SCHEMA_REF_PREFIX + old, SCHEMA_REF_PREFIX + new

    def rename(ref: Any) -> Any:
        if isinstance(ref, str) and (ref == old_ref or ref.startswith(old_ref + "/")):
            return new_ref + ref[len(old_ref) :]
        return ref

    if isinstance(node, dict):
        out = {key: _rename_refs(value, old, new) for key, value in node.items()}
        if "$ref" in out:
            out["$ref"] = rename(out["$ref"])
        mapping = (
            out.get("discriminator", {}).get("mapping")
            if isinstance(out.get("discriminator"), dict)
            else None
        )
        if isinstance(mapping, dict):
            out["discriminator"] = {
                **out["discriminator"],
                "mapping": {k: rename(v) for k, v in mapping.items()},
            }
        return out
    if isinstance(node, list):
        return [_rename_refs(item, old, new) for item in node]
    return node


def rename_components(spec: Json, names: Mapping[str, str], source: Path | str) -> Json:
    """Rename component schemas (``names``: old → new), updating every reference and a
    ``title`` that repeated the old name.

    Renaming onto an existing name is an error, and so is a name that matches nothing — unless
    the new name is already there, which makes renaming an already normalized spec a no-op.
    """
    for old, new in names.items():
        schemas: Json = (spec.get("components") or {}).get("schemas") or {}
        if old not in schemas:
            if new in schemas:
                continue
            raise NormalizeError(source, f"names: {old} matches no component schema")
        if new in schemas:
            raise NormalizeError(source, f"names: cannot rename {old} to {new}, which already exists")
        spec = _rename_refs(spec, old, new)
        schemas = spec["components"]["schemas"]
        schema = schemas.pop(old)
        if isinstance(schema, dict) and schema.get("title") == old:
            schema["title"] = new
        schemas[new] = schema
    return spec


# --------------------------------------------------------------------------- public names by rule

# Where the published spec's generator found an inline schema, as it spells it in the name:
# `IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbedding`.
_LOCATION_IN_NAME = re.compile(
    r"(Get|Post|Put|Patch|Delete|Head|Options|Trace)(Parameters|RequestBody|Responses)"
)
# `indexes_list_Response_200`: an operation's answer, named by tag, operationId and status.
_STATUS_IN_NAME = re.compile(r"_Response_\d{3}$")
# The flat error body of the error-codes page ({code, message, docs_url}); openapi/overlay.yaml
# gives it its descriptions and required fields.
ERROR_BODY = "ErrorBody"
_ERROR_BODY_PROPERTIES: Json = {
    "code": {"type": "string"},
    "message": {"type": "string"},
    "docs_url": {"type": "string"},
}
_NAMED_ANSWERS = {"list": "{}Page", "create": "{}Created", "retrieve": "{}"}


def is_derived_name(name: str) -> bool:
    """Whether a component's name was made from where its schema sat, not chosen: a path and a
    location (``AnalyzeTasksGetParametersAnalysisMode``), an operation and a status
    (``indexes_list_Response_200``) or an operation's title (``Create-indexRequestBadRequestError``)."""
    return bool(_LOCATION_IN_NAME.search(name) or _STATUS_IN_NAME.search(name)) or "-" in name


def singular(word: str) -> str:
    """English singular of a resource name: ``indexes`` → ``index``, ``batches`` → ``batch``,
    ``entities`` → ``entity``, ``videos`` → ``video``; a word not ending in ``s`` is kept."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if re.search(r"(x|ch|sh|ss)es$", word):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def operation_name(operation: Json) -> str:
    """``<Tag path><OperationId>`` in PascalCase (``IndexesVideosList``): the owner of the names of
    an operation's parameters and bodies (its JSON body is ``<this>Request``)."""
    return request_body_name(operation).removesuffix("Request")


def resource_name(operation: Json, qualified: bool = False) -> str:
    """The thing an operation's tag holds, singular: ``indexes > videos`` → ``Video``; ``qualified``,
    with the tags it is nested in (``embed > tasks`` → ``EmbedTask``), for when two tags end alike."""
    tags = operation.get("tags") or []
    if not tags:
        return _pascal_case(str(operation.get("operationId") or ""))
    segments = [segment.strip() for segment in str(tags[0]).split(">")]
    return "".join(_pascal_case(singular(segment)) for segment in (segments if qualified else segments[-1:]))


def answer_name(operation: Json, status: str, qualified: bool = False) -> str:
    """The name of an operation's answer by its kind: a ``list``'s 200 is ``<Resource>Page``, a
    ``create``'s ``<Resource>Created``, a ``retrieve``'s ``<Resource>``, another success
    ``<Operation>Response``; an error is ``<Operation><Reason>Error`` (``IndexesListBadRequestError``).
    ``qualified``: the resource with its parent tags (:func:`resource_name`)."""
    if status.startswith("2"):
        pattern = _NAMED_ANSWERS.get(str(operation.get("operationId")))
        return (
            pattern.format(resource_name(operation, qualified))
            if pattern
            else operation_name(operation) + "Response"
        )
    try:
        reason = _pascal_case(http.HTTPStatus(int(status)).phrase)
    except ValueError:
        reason = "Status" + status
    return operation_name(operation) + reason + ("" if reason.endswith("Error") else "Error")


@dataclass(frozen=True)
class SchemaUse:
    """One place a component schema is referenced: inside an operation or another component,
    ``steps`` being the keys from there to the ``$ref``."""

    steps: tuple[str | int, ...]
    operation: Json | None = None
    component: str | None = None


def schema_uses(spec: Json) -> dict[str, list[SchemaUse]]:
    """Component schema name → where it is referenced (operations first, in path order)."""
    found: dict[str, list[SchemaUse]] = {}

    def walk(node: Any, steps: tuple[str | int, ...], operation: Json | None, component: str | None) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if (
                isinstance(ref, str)
                and ref.startswith(SCHEMA_REF_PREFIX)
                and "/" not in ref[len(SCHEMA_REF_PREFIX) :]
            ):
                found.setdefault(ref[len(SCHEMA_REF_PREFIX) :], []).append(
                    SchemaUse(steps, operation, component)
                )
            for key, value in node.items():
                walk(value, (*steps, key), operation, component)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, (*steps, index), operation, component)

    for _, _, operation in _operations(spec):
        walk(operation, (), operation, None)
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        walk(schema, (), None, name)
    return found


def _words_of_steps(steps: Iterable[str | int]) -> str:
    """The name words a location inside a schema adds: a property's name, ``Item`` for the items
    of an array, ``Value`` for the values of a map; compositions add nothing."""
    words = ""
    after_properties = False
    for step in steps:
        if after_properties:
            words += _pascal_case(str(step))
            after_properties = False
        elif step == "properties":
            after_properties = True
        elif step == "items":
            words += "Item"
        elif step == "additionalProperties":
            words += "Value"
    return words


def _name_at(use: SchemaUse, name_of: Callable[[str], str], qualified: bool = False) -> str | None:
    """The name a schema gets from one place it is used (None where no rule applies)."""
    steps = use.steps
    if use.component is not None:
        return name_of(use.component) + _words_of_steps(steps)
    operation = use.operation or {}
    if steps[:1] == ("parameters",) and len(steps) >= 3 and steps[2] == "schema":
        parameter = (operation.get("parameters") or [])[int(steps[1])]
        return (
            operation_name(operation)
            + "Request"
            + _pascal_case(str(parameter.get("name")))
            + _words_of_steps(steps[3:])
        )
    if steps[:1] == ("requestBody",) and "schema" in steps:
        return operation_name(operation) + "Request" + _words_of_steps(steps[steps.index("schema") + 1 :])
    if steps[:1] == ("responses",) and "schema" in steps:
        return answer_name(operation, str(steps[1]), qualified) + _words_of_steps(
            steps[steps.index("schema") + 1 :]
        )
    return None


def _only_error_bodies(uses: list[SchemaUse]) -> bool:
    return bool(uses) and all(
        use.operation is not None
        and use.steps[:1] == ("responses",)
        and str(use.steps[1])[:1] in ("4", "5")
        and use.steps[-1] == "schema"
        for use in uses
    )


def share_error_bodies(spec: Json) -> Json:
    """Error answers whose schema has a derived name and is the flat error body, or part of it
    (``{code, message}``: 104 of the published spec's 116 per-operation error schemas), refer to
    one component, :data:`ERROR_BODY`, instead of one class per operation and status."""
    spec = copy.deepcopy(spec)
    schemas: Json = (spec.get("components") or {}).get("schemas") or {}
    uses = schema_uses(spec)
    flat = sorted(
        name
        for name, schema in schemas.items()
        if is_derived_name(name)
        and _only_error_bodies(uses.get(name, []))
        and isinstance(schema, dict)
        and set(strip_annotations(schema)) <= {"type", "properties"}
        and strip_annotations(schema).get("type") == "object"
        and all(
            _ERROR_BODY_PROPERTIES.get(k) == v
            for k, v in (strip_annotations(schema).get("properties") or {}).items()
        )
    )
    if not flat:
        return spec
    if ERROR_BODY not in schemas:
        present = {key for name in flat for key in schemas[name].get("properties") or {}}
        properties = {k: copy.deepcopy(v) for k, v in _ERROR_BODY_PROPERTIES.items() if k in present}
        schemas[ERROR_BODY] = {"type": "object", "properties": properties}
    for name in flat:
        spec = _rename_refs(spec, name, ERROR_BODY)
        del spec["components"]["schemas"][name]
    return spec


def _enum_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and isinstance(schema.get("enum"), list) and "properties" not in schema


def _property_of(use: SchemaUse, spec: Json) -> str | None:
    """The property or parameter name a schema is used as (its items included), or None."""
    steps = list(use.steps)
    while steps and steps[-1] == "items":
        steps.pop()
    if len(steps) >= 2 and steps[-2] == "properties":
        return str(steps[-1])
    if use.operation is not None and len(steps) == 3 and steps[0] == "parameters" and steps[2] == "schema":
        return str((use.operation.get("parameters") or [])[int(steps[1])].get("name"))
    return None


def _top_level_of_an_operation(use: SchemaUse, spec: Json) -> Json | None:
    """The operation whose parameter, or top-level property of whose JSON body, ``use`` is."""
    if use.operation is not None:
        return use.operation if use.steps[:1] == ("parameters",) else None
    if use.component is None:
        return None
    for _, _, operation in _operations(spec):
        for body in _bodies(operation):
            if body.get("$ref") == SCHEMA_REF_PREFIX + use.component:
                return operation
    return None


def _bodies(operation: Json) -> Iterator[Json]:
    contents = [(operation.get("requestBody") or {}).get("content") or {}]
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(response, dict):
            contents.append(response.get("content") or {})
    for content in contents:
        for media in content.values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield media["schema"]


def _owner(use: SchemaUse) -> str:
    if use.component is not None:
        return use.component
    return operation_name(use.operation or {}) + "Request"


def _owners_prefix(members: Iterable[str], uses: Mapping[str, list[SchemaUse]]) -> str:
    """The leading words the owners of an enum's properties share, singular (``Asset`` for
    ``Asset.status``, ``AssetDetail.status`` and ``AssetsListRequest``'s ``status``), or ""."""
    owners = [
        [singular(word) for word in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", _owner(use))]
        for member in members
        for use in uses.get(member, [])
    ]
    prefix: list[str] = []
    for words in zip(*owners, strict=False):
        if len(set(words)) != 1:
            break
        prefix.append(words[0])
    return "".join(word[:1].upper() + word[1:] for word in prefix)


def share_enums_by_property(spec: Json, keep: Iterable[str] = (), source: Path | str = "(spec)") -> Json:
    """One component for one enum: when enum schemas with the same values (annotations aside) sit
    under the same property or parameter name at the top level of two or more operations
    (``analysis_mode`` of tasks.create, tasks.list, batches.create …), every enum schema of those
    values under that name becomes one component named after the property (``AnalysisMode``),
    after the words its owners' names begin with, if they share some (``Asset.status`` and
    ``AssetDetail.status``: ``AssetStatus``).

    When the property's name is another component's, or enums of other values share under the
    same property name too (``status`` of entities and of indexed assets), each takes the shortest
    name among its members instead (``EntityStatus``). A description the merged schemas do not
    share is dropped (the properties keep theirs). Names in ``keep`` (operations.yaml's public
    names) are left alone.
    """
    spec = copy.deepcopy(spec)
    schemas: Json = (spec.get("components") or {}).get("schemas") or {}
    uses = schema_uses(spec)
    kept = set(keep)
    groups: dict[tuple[str, str], set[str]] = {}
    operations: dict[tuple[str, str], set[int]] = {}
    for name, schema in schemas.items():
        properties = {_property_of(use, spec) for use in uses.get(name, [])}
        if name in kept or not _enum_schema(schema) or len(properties) != 1 or None in properties:
            continue
        (prop,) = properties
        key = (str(prop), json.dumps(strip_annotations(schema), sort_keys=True))
        groups.setdefault(key, set()).add(name)
        for use in uses[name]:
            if (operation := _top_level_of_an_operation(use, spec)) is not None:
                operations.setdefault(key, set()).add(id(operation))
    shared = {
        key: sorted(names)
        for key, names in groups.items()
        if len(names) > 1 and len(operations.get(key, ())) > 1
    }
    named = {key: _owners_prefix(members, uses) + _pascal_case(key[0]) for key, members in shared.items()}
    wanted = list(named.values())
    for key, members in sorted(shared.items()):
        new = named[key]
        if wanted.count(new) > 1 or (new in schemas and new not in members):
            new = min(members, key=_shortest)  # the property's name is not this enum's alone
        merged = copy.deepcopy(schemas[members[0]])
        descriptions = {json.dumps(schemas[m].get("description")) for m in members}
        if len(descriptions) > 1:
            merged.pop("description", None)
        if "title" in merged:
            merged["title"] = new
        for member in members:
            spec = _rename_refs(spec, member, new)
            del spec["components"]["schemas"][member]
        spec["components"]["schemas"][new] = merged
        schemas = spec["components"]["schemas"]
    return spec


def _shortest(name: str) -> tuple[int, str]:
    return len(name), name


def _derived_names(
    schemas: Json, uses: dict[str, list[SchemaUse]], qualified: set[str], source: Path | str
) -> dict[str, str]:
    """Old → new name of every derived component (see :func:`name_derived_schemas`)."""
    chosen: dict[str, str] = {}
    resolving: set[str] = set()

    def name_of(component: str) -> str:
        if not is_derived_name(component) or component not in schemas:
            return component
        if component in chosen:
            return chosen[component]
        if component in resolving:
            raise NormalizeError(source, f"{component} is named after itself through its uses")
        resolving.add(component)
        full = component in qualified
        names = {n for use in uses.get(component, []) if (n := _name_at(use, name_of, full))}
        resolving.discard(component)
        chosen[component] = min(names, key=_shortest) if names else component
        return chosen[component]

    for component in sorted(schemas):
        name_of(component)
    return {old: new for old, new in sorted(chosen.items()) if old != new}


def _clashes(renames: Mapping[str, str], schemas: Json) -> set[str]:
    """The components whose new name another one gets too, or another component has."""
    owners: dict[str, list[str]] = {}
    for old, new in renames.items():
        owners.setdefault(new, []).append(old)
    return {
        old
        for new, olds in owners.items()
        if len(olds) > 1 or (new in schemas and new not in renames)
        for old in olds
    }


def name_derived_schemas(spec: Json, source: Path | str = "(spec)") -> Json:
    """Give every component whose name is derived (:func:`is_derived_name`) the name of where it is
    used: a parameter's schema is ``<Operation>Request<Parameter>``, a JSON body's property
    ``<Operation>Request<Property>``, an answer :func:`answer_name`, a property of a component
    ``<Component><Property>``; ``Item`` is added for the items of an array and ``Value`` for the values
    of a map. A schema used in places that give different names takes the shortest (then the first
    in alphabetical order). Answers whose names clash are named with their resource in full
    (``TaskPage`` of ``tasks`` and of ``embed > tasks``: ``TaskPage`` and ``EmbedTaskPage``); two
    schemas still given one name, or a name another component has, is an error naming both.
    """
    schemas: Json = (spec.get("components") or {}).get("schemas") or {}
    uses = schema_uses(spec)
    qualified: set[str] = set()
    while True:
        renames = _derived_names(schemas, uses, qualified, source)
        clashing = _clashes(renames, schemas) - qualified
        if not clashing:
            break
        qualified |= clashing  # two tags end alike (`tasks`, `embed > tasks`): name both in full
    owners: dict[str, str] = {}
    for old, new in renames.items():
        if new in owners:
            raise NormalizeError(source, f"{owners[new]} and {old} would both be named {new}")
        if new in schemas and new not in renames:
            raise NormalizeError(source, f"{old} would be named {new}, which another component already is")
        owners[new] = old
    for old, new in renames.items():
        spec = rename_components(spec, {old: new}, source)
    return spec


def name_schemas_by_rule(spec: Json, source: Path | str = "(spec)") -> Json:
    """The public names of components, by rule, before the overlay (which uses them): error bodies
    shared, derived names replaced by the names of where they are used. Enums are shared after the
    overlay (:func:`share_enums_by_property`), on the values it gives them."""
    return name_derived_schemas(share_error_bodies(spec), source)


# --------------------------------------------------------------------------- overlay


def deep_merge(target: Any, update: Any) -> Any:
    """Overlay ``update`` semantics: objects merge recursively, anything else is replaced.

    An array *target* gets the update's items appended, skipping items already present so that
    applying an overlay twice changes nothing.
    """
    if isinstance(target, dict) and isinstance(update, dict):
        out = dict(target)
        for key, value in update.items():
            out[key] = deep_merge(out[key], value) if key in out else copy.deepcopy(value)
        return out
    if isinstance(target, list):
        items = update if isinstance(update, list) else [update]
        return target + [copy.deepcopy(i) for i in items if i not in target]
    return copy.deepcopy(update)


def apply_overlay(spec: Json, overlay: Json, source: Path | str = OVERLAY_PATH) -> Json:
    """Apply an OpenAPI Overlay 1.0 document (``actions`` with ``target`` + ``update``/``remove``)."""
    if not str(overlay.get("overlay", "")).startswith("1.0"):
        raise NormalizeError(source, "not an Overlay 1.0 document (missing 'overlay: 1.0.x')")
    spec = copy.deepcopy(spec)
    for index, action in enumerate(overlay.get("actions") or []):
        where = f"action {index + 1} ({action.get('description') or action.get('target')})"
        try:
            expression = parse_jsonpath(action["target"])
        except Exception as exc:  # jsonpath-ng raises several unrelated types
            raise NormalizeError(source, f"{where}: bad target: {exc}") from None
        matches = expression.find(spec)
        if not matches and action.get("remove"):
            continue  # already removed: keeps the overlay idempotent
        if not matches:
            raise NormalizeError(source, f"{where}: target {action['target']} matches nothing")
        for match in reversed(matches):
            if action.get("remove"):
                _remove(spec, match, source)
            elif "update" in action:
                spec = _replace(spec, match, deep_merge(match.value, action["update"]))
    return spec


def _remove(spec: Json, match: Any, source: Path | str) -> None:
    parent = match.context.value if match.context else None
    key = getattr(match.path, "fields", None) or getattr(match.path, "index", None)
    if isinstance(parent, dict) and isinstance(key, tuple):
        for name in key:
            parent.pop(name, None)
    elif isinstance(parent, list) and isinstance(key, int):
        del parent[key]
    else:
        raise NormalizeError(source, f"cannot remove {match.full_path}")


def _replace(spec: Json, match: Any, value: Any) -> Json:
    if match.context is None:  # the root itself
        return dict(value)
    match.full_path.update(spec, value)
    return spec


def load_overlay(path: Path) -> Json:
    try:
        overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise NormalizeError(path, f"cannot read overlay: {exc}") from None
    if not isinstance(overlay, dict):
        raise NormalizeError(path, "overlay is not a mapping")
    # YAML anchors share objects; a JSON round trip unshares them (and rejects non-JSON values).
    try:
        unshared: Json = json.loads(json.dumps(overlay))
    except (TypeError, ValueError) as exc:
        raise NormalizeError(path, f"overlay holds a value JSON cannot: {exc}") from None
    return unshared


# --------------------------------------------------------------------------- output


def canonical_order(spec: Json) -> Json:
    """Stable key order for readable diffs: OpenAPI's usual top-level order, sorted paths and components."""
    ordered: Json = {key: spec[key] for key in TOP_LEVEL_ORDER if key in spec}
    ordered.update({k: v for k, v in spec.items() if k not in ordered})
    if "paths" in ordered:
        ordered["paths"] = dict(sorted(ordered["paths"].items()))
    if "components" in ordered:
        ordered["components"] = {
            section: dict(sorted(entries.items()))
            for section, entries in sorted(ordered["components"].items())
        }
    return ordered


class _Dumper(yaml.SafeDumper):
    """Block style, multi-line strings as ``|`` literals, no anchors/aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if "\n" in data and not any(line != line.rstrip() for line in data.splitlines()):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(spec: Json) -> str:
    return yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)


def qualified_operation_id(operation: Json) -> str:
    """The operationId prefixed with its tag's path (``analyzeAsync_batches_create``): unique across
    the spec where the bare id is unique only within its tag (see :func:`check_unique_operation_ids`).
    """
    op_id = str(operation.get("operationId") or "")
    tags = [t for t in operation.get("tags") or [] if isinstance(t, str) and t.strip()]
    if not op_id or not tags:
        return op_id
    return "_".join([*(part.strip() for part in tags[0].split(">")), op_id])


def with_qualified_operation_ids(spec: Json) -> Json:
    """A copy of ``spec`` whose operationIds are :func:`qualified_operation_id`: for tools that want
    them unique across the whole document (OpenAPI's validator, openapi-python-client)."""
    spec = copy.deepcopy(spec)
    for _, _, operation in _operations(spec):
        if operation.get("operationId"):
            operation["operationId"] = qualified_operation_id(operation)
    return spec


def validate_spec(spec: Json, source: Path | str, stage: str = "after normalization") -> None:
    """Validate against OpenAPI 3.1, with operationIds unique per tag (as the published spec has
    them) rather than across the document; :func:`check_unique_operation_ids` checks that."""
    try:
        validate_openapi(with_qualified_operation_ids(spec))
    except OpenAPIValidationError as exc:
        location = "/".join(str(p) for p in exc.path) or "(root)"
        raise NormalizeError(source, f"invalid OpenAPI {stage} at {location}: {exc.message}") from None
    except Exception as exc:  # unresolvable $ref and friends come from the `referencing` library
        raise NormalizeError(source, f"invalid OpenAPI {stage}: {exc!r}"[:500]) from None


def build_spec(
    raw_dir: Path = RAW_DIR,
    overlay_path: Path | None = OVERLAY_PATH,
    operations_path: Path | None = OPERATIONS_PATH,
) -> Json:
    """The whole pipeline, returning the normalized spec as a mapping.

    Without ``operations_path`` every document contributes everything and nothing is renamed.
    """
    selection = load_selection(operations_path) if operations_path is not None else None
    documents = [read_document(path, selection) for path in document_paths(raw_dir, selection)]
    normalized = [(doc.path, normalize_document(doc)) for doc in documents]
    spec = merge_documents(normalized)
    if selection is not None:
        spec = rename_components(spec, selection.names, selection.source)
    spec = name_schemas_by_rule(spec, selection.source if selection else raw_dir)
    before_overlay = spec
    spec = close_request_objects(spec)
    if overlay_path is not None:
        spec = apply_overlay(spec, load_overlay(overlay_path), overlay_path)
    spec = share_enums_by_property(
        spec, selection.names.values() if selection else (), selection.source if selection else raw_dir
    )
    spec = canonical_order(prune_unreferenced_components(spec))
    try:
        validate_spec(spec, overlay_path or raw_dir)
    except NormalizeError:
        if overlay_path is not None:
            # Blame the overlay only for what it broke: a fault already there without it comes
            # from the documents or their selection.
            unlaid = canonical_order(prune_unreferenced_components(before_overlay))
            validate_spec(unlaid, operations_path or raw_dir, f"before {overlay_path.name} is applied")
        raise
    return spec


def render(
    raw_dir: Path = RAW_DIR,
    overlay_path: Path | None = OVERLAY_PATH,
    operations_path: Path | None = OPERATIONS_PATH,
) -> str:
    return dump_yaml(build_spec(raw_dir, overlay_path, operations_path))


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=RAW_DIR, help="folder of raw documents")
    parser.add_argument("--operations", type=Path, default=OPERATIONS_PATH, help="selection file")
    parser.add_argument("--overlay", type=Path, default=OVERLAY_PATH, help="Overlay 1.0 file")
    parser.add_argument("--out", type=Path, default=SPEC_PATH, help="where to write the spec")
    parser.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        text = render(args.raw, args.overlay, args.operations)
    except NormalizeError as exc:
        print(f"normalize: error: {exc}", file=sys.stderr)
        return 1
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"normalize: {args.out} is stale; run `make generate`", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"normalize: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
