"""Turn the published API reference documents into one clean OpenAPI 3.1 spec.

Pipeline: every document in ``openapi/raw/`` → extract its YAML block → apply the
generic structural fixes below → merge all documents → apply ``openapi/overlay.yaml``
(OpenAPI Overlay 1.0) → validate → write ``openapi/twelvelabs-analyze.yaml``.

Each fix is a small named function so it can be tested on a tiny document. Facts that the
raw documents lack live in the overlay, never here.

Usage: ``python scripts/normalize.py [--raw DIR] [--overlay FILE] [--out FILE | --check]``
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonpath_ng.ext.parser import parse as parse_jsonpath
from openapi_spec_validator import validate as validate_openapi
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "openapi" / "raw"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"
SPEC_PATH = ROOT / "openapi" / "twelvelabs-analyze.yaml"

MERGED_TITLE = "TwelveLabs Analyze API"
DEFAULT_TAG = "default"
API_KEY_HEADER = "x-api-key"
API_KEY_SCHEME = "apiKey"
SOURCES_KEY = "x-sources"
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".yaml", ".yml")
TOP_LEVEL_ORDER = ("openapi", "info", "servers", "security", "tags", "paths", "components")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_YAML_BLOCK = re.compile(r"^```ya?ml[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_REFERENCE_LINE = re.compile(r"^Reference:\s*(\S+)", re.MULTILINE)

Json = dict[str, Any]


class NormalizeError(Exception):
    """A document or the overlay cannot be turned into a valid spec; names the file."""

    def __init__(self, source: Path | str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = str(source)


@dataclass(frozen=True)
class Document:
    """One raw API reference document, parsed."""

    path: Path
    spec: Json
    default_tag: str


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
    if not isinstance(loaded, dict) or "openapi" not in loaded:
        raise NormalizeError(path, "the YAML is not an OpenAPI document (no 'openapi' key)")
    return loaded


def tag_from_reference(text: str) -> str:
    """The API reference section a document belongs to (``…/analyze-videos/gist`` → ``analyze-videos``)."""
    match = _REFERENCE_LINE.search(text)
    if match:
        parts = [p for p in match.group(1).split("?")[0].split("/") if p]
        if len(parts) >= 2 and "api-reference" in parts[:-1]:
            return parts[-2]
    return DEFAULT_TAG


def document_paths(raw_dir: Path) -> list[Path]:
    """Every document in the raw folder, in a stable order."""
    if not raw_dir.is_dir():
        raise NormalizeError(raw_dir, "raw documents folder does not exist")
    paths = sorted(p for p in raw_dir.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not paths:
        raise NormalizeError(raw_dir, f"no documents ({', '.join(DOCUMENT_SUFFIXES)}) found")
    return paths


def read_document(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return Document(path=path, spec=extract_yaml_block(text, path), default_tag=tag_from_reference(text))


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


def _operations(spec: Json) -> Iterator[tuple[str, str, Json]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                yield path, method, operation


def fix_invalid_tags(spec: Json, tag: str) -> Json:
    """Replace non-string operation tags (the raw docs have ``tags: [[]]``) with ``tag``."""
    spec = copy.deepcopy(spec)
    used: list[str] = []
    for _, _, operation in _operations(spec):
        tags = operation.get("tags")
        if tags is None:
            continue
        valid = [t for t in tags if isinstance(t, str) and t]
        operation["tags"] = valid or [tag]
        used.extend(t for t in operation["tags"] if t not in used)
    declared = {t.get("name") for t in spec.get("tags", []) if isinstance(t, dict)}
    for name in used:
        if name not in declared:
            spec.setdefault("tags", []).append({"name": name})
    return spec


def api_key_header_to_security_scheme(spec: Json, header: str = API_KEY_HEADER) -> Json:
    """Move an API-key header *parameter* into ``securitySchemes`` plus global ``security``."""
    spec = copy.deepcopy(spec)
    found = False
    for _, _, operation in _operations(spec):
        params = operation.get("parameters") or []
        kept = [
            p
            for p in params
            if not (
                isinstance(p, dict) and p.get("in") == "header" and str(p.get("name", "")).lower() == header
            )
        ]
        if len(kept) != len(params):
            found = True
            if kept:
                operation["parameters"] = kept
            else:
                operation.pop("parameters", None)
    if found:
        schemes = spec.setdefault("components", {}).setdefault("securitySchemes", {})
        schemes[API_KEY_SCHEME] = {"type": "apiKey", "in": "header", "name": header}
        if {API_KEY_SCHEME: []} not in spec.setdefault("security", []):
            spec["security"].append({API_KEY_SCHEME: []})
    return spec


def drop_empty_content(spec: Json) -> Json:
    """Responses written with ``content: {}`` have no body: drop the empty mapping."""
    spec = copy.deepcopy(spec)
    for _, _, operation in _operations(spec):
        responses = operation.get("responses")
        for response in responses.values() if isinstance(responses, dict) else ():
            if isinstance(response, dict) and response.get("content") == {}:
                del response["content"]
    return spec


def lift_inline_request_bodies(spec: Json) -> Json:
    """Move inline JSON request-body schemas to ``components`` as ``<OperationId>Request``.

    The generator names inline bodies after the path (``GistBody``); a named component gives
    the model a name that reads well and that other code can refer to.
    """
    spec = copy.deepcopy(spec)
    for _, _, operation in _operations(spec):
        media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
        if not isinstance(media, dict) or "operationId" not in operation:
            continue
        schema = media.get("schema")
        if not isinstance(schema, dict) or "$ref" in schema:
            continue
        name = _pascal_case(operation["operationId"]) + "Request"
        spec.setdefault("components", {}).setdefault("schemas", {})[name] = schema
        media["schema"] = {"$ref": f"#/components/schemas/{name}"}
    return spec


def _pascal_case(name: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+|(?<=[a-z0-9])(?=[A-Z])", name)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def normalize_document(document: Document) -> Json:
    """All per-document fixes, in order."""
    spec = flatten_enum_value_objects(document.spec)
    spec = fix_invalid_tags(spec, document.default_tag)
    spec = api_key_header_to_security_scheme(spec)
    spec = drop_empty_content(spec)
    return lift_inline_request_bodies(spec)


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
        "description": "Merged from the published API reference documents listed in x-sources.",
        SOURCES_KEY: sources,
    }


def merge_components(named: list[tuple[Path, Json]]) -> Json:
    """Merge ``components`` of several documents; a name reused with another schema is an error."""
    merged: dict[str, Json] = {}
    origin: dict[tuple[str, str], Path] = {}
    for path, components in named:
        for section, entries in (components or {}).items():
            target = merged.setdefault(section, {})
            for name, value in (entries or {}).items():
                if name in target and target[name] != value:
                    first = origin[(section, name)]
                    raise NormalizeError(
                        path,
                        f"components.{section}.{name} differs from the one in {first}; "
                        "rename one of them or make them identical",
                    )
                target.setdefault(name, value)
                origin.setdefault((section, name), path)
    return merged


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
    tags: list[Json] = []
    security: list[Json] = []
    for path, spec in normalized:
        for route, item in (spec.get("paths") or {}).items():
            if route in paths:
                raise NormalizeError(path, f"path {route} is also defined in {path_origin[route]}")
            paths[route] = item
            path_origin[route] = path
        tags.extend(t for t in spec.get("tags", []) if t not in tags)
        security.extend(s for s in spec.get("security", []) if s not in security)
    if security:
        merged["security"] = security
    if tags:
        merged["tags"] = tags
    merged["paths"] = paths
    merged["components"] = merge_components([(p, s.get("components") or {}) for p, s in normalized])
    _check_unique_operation_ids(normalized)
    return merged


def _check_unique_operation_ids(normalized: list[tuple[Path, Json]]) -> None:
    seen: dict[str, Path] = {}
    for path, spec in normalized:
        for _, _, operation in _operations(spec):
            op_id = operation.get("operationId")
            if op_id in seen:
                raise NormalizeError(path, f"operationId {op_id!r} is also used in {seen[op_id]}")
            if op_id:
                seen[op_id] = path


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
                _remove(spec, match)
            elif "update" in action:
                spec = _replace(spec, match, deep_merge(match.value, action["update"]))
    return spec


def _remove(spec: Json, match: Any) -> None:
    parent = match.context.value if match.context else None
    key = getattr(match.path, "fields", None) or getattr(match.path, "index", None)
    if isinstance(parent, dict) and isinstance(key, tuple):
        for field in key:
            parent.pop(field, None)
    elif isinstance(parent, list) and isinstance(key, int):
        del parent[key]
    else:
        raise NormalizeError(OVERLAY_PATH, f"cannot remove {match.full_path}")


def _replace(spec: Json, match: Any, value: Any) -> Json:
    if match.context is None:  # the root itself
        return dict(value)
    match.full_path.update(spec, value)
    return spec


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


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def prune_unreferenced_schemas(spec: Json) -> Json:
    """Drop component schemas nothing reaches (e.g. ones the overlay replaced by a named one)."""
    spec = copy.deepcopy(spec)
    schemas: Json = (spec.get("components") or {}).get("schemas") or {}
    prefix = "#/components/schemas/"
    reachable: set[str] = set()
    pending = list(_refs({k: v for k, v in spec.items() if k != "components"}))
    pending += _refs({k: v for k, v in (spec.get("components") or {}).items() if k != "schemas"})
    while pending:
        name = pending.pop().removeprefix(prefix)
        if name in schemas and name not in reachable:
            reachable.add(name)
            pending.extend(_refs(schemas[name]))
    for name in [n for n in schemas if n not in reachable]:
        del schemas[name]
    return spec


def validate_spec(spec: Json, source: Path | str) -> None:
    try:
        validate_openapi(spec)
    except OpenAPIValidationError as exc:
        location = "/".join(str(p) for p in exc.path) or "(root)"
        raise NormalizeError(
            source, f"invalid OpenAPI after normalization at {location}: {exc.message}"
        ) from None
    except Exception as exc:  # unresolvable $ref and friends come from the `referencing` library
        raise NormalizeError(source, f"invalid OpenAPI after normalization: {exc!r}"[:500]) from None


def build_spec(raw_dir: Path = RAW_DIR, overlay_path: Path | None = OVERLAY_PATH) -> Json:
    """The whole pipeline, returning the normalized spec as a mapping."""
    documents = [read_document(path) for path in document_paths(raw_dir)]
    normalized = [(doc.path, normalize_document(doc)) for doc in documents]
    spec = merge_documents(normalized)
    if overlay_path is not None:
        overlay = load_overlay(overlay_path)
        spec = apply_overlay(spec, overlay, overlay_path)
    spec = canonical_order(prune_unreferenced_schemas(spec))
    validate_spec(spec, overlay_path or raw_dir)
    return spec


def load_overlay(path: Path) -> Json:
    try:
        overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise NormalizeError(path, f"cannot read overlay: {exc}") from None
    if not isinstance(overlay, dict):
        raise NormalizeError(path, "overlay is not a mapping")
    return overlay


def render(raw_dir: Path = RAW_DIR, overlay_path: Path | None = OVERLAY_PATH) -> str:
    return dump_yaml(build_spec(raw_dir, overlay_path))


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=RAW_DIR, help="folder of raw documents")
    parser.add_argument("--overlay", type=Path, default=OVERLAY_PATH, help="Overlay 1.0 file")
    parser.add_argument("--out", type=Path, default=SPEC_PATH, help="where to write the spec")
    parser.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        text = render(args.raw, args.overlay)
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
