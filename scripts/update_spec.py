"""Take in a new version of TwelveLabs' published OpenAPI spec.

``make update-spec SPEC=URL_OR_FILE [DATE=YYYY-MM-DD]`` (or ``python scripts/update_spec.py
SOURCE [--date DATE]``):

1. fetch ``SOURCE`` (an http(s) URL, read with urllib, or a file path);
2. check that it is an OpenAPI 3.1 JSON document with paths;
3. normalize a scratch copy of ``openapi/raw/`` + ``operations.yaml`` with the new document in
   place of the previous published one (selection, precedence, renames, overlay, validation).
   If that fails, nothing in the tree has changed;
4. store it as ``openapi/raw/twelvelabs-openapi-<date>.json`` (date: ``--date`` or today),
   remove the previous published file and point the ``file:`` entry of operations.yaml at it;
5. print what changed **in the selected operations** between the old and the new normalized
   spec: operations added or removed, parameters, request and response fields added or removed,
   required changes, changed types, formats, bounds, enums and defaults, changed descriptions.

``--sdk-types PATH_OR_VERSION`` (``make update-spec SDK=1.3.6``) also prints how the official
Python SDK's types differ from the normalized spec for the selected operations (fields and enum
values on one side only; see ``scripts/sdk_diff.py``): the SDK is generated from TwelveLabs' own
API definition and can be ahead of the published document. Without ``SOURCE`` only that report
is printed and nothing changes. PATH_OR_VERSION: a version (``pip download``s that wheel), a
wheel file, or a folder holding the ``twelvelabs/`` package.

The published document as a whole is not checked with openapi-spec-validator: it does not pass
(component names such as ``Data connectors_…`` break the 3.1 name pattern); the normalized
selection is, as always. The spec is not regenerated here: review the summary, then
``make generate``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import normalize
from normalize import Json, NormalizeError

PUBLISHED_NAME = re.compile(r"^twelvelabs-openapi-(\d{4}-\d{2}-\d{2})\.json$")
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
FETCH_TIMEOUT_S = 60.0
# Schema keywords whose change the summary reports (descriptions are reported apart).
FACT_KEYWORDS = (
    "type", "format", "enum", "const", "default", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "deprecated",
)  # fmt: skip
_COMPOSITIONS = ("allOf", "oneOf", "anyOf")
_MAX_DEPTH = 24  # deep enough for data[].request_params.response_format.segment_definitions[]…


class UpdateError(Exception):
    """The new document cannot be taken in; the tree is as it was."""


# --------------------------------------------------------------------------- fetching and checking


def fetch(source: str, timeout: float = FETCH_TIMEOUT_S) -> bytes:
    """The bytes of an http(s) URL or a local file."""
    if re.match(r"^https?://", source, re.IGNORECASE):
        try:
            with urllib.request.urlopen(source, timeout=timeout) as response:
                data: bytes = response.read(MAX_DOCUMENT_BYTES + 1)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise UpdateError(f"cannot fetch {source}: {exc}") from None
    else:
        path = Path(source.removeprefix("file://"))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UpdateError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise UpdateError(f"{source} is larger than {MAX_DOCUMENT_BYTES // 2**20} MiB")
    return data


def check_published(data: bytes, source: str) -> Json:
    """The document, if it is an OpenAPI 3.1 JSON document with at least one path."""
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UpdateError(f"{source} is not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise UpdateError(f"{source} is not an OpenAPI document (not a JSON object)")
    version = document.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.1")):
        raise UpdateError(f"{source} is not an OpenAPI 3.1 document (openapi: {version!r})")
    info = document.get("info")
    if not isinstance(info, dict) or not {"title", "version"} <= set(info):
        raise UpdateError(f"{source} has no info.title/info.version")
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise UpdateError(f"{source} has no paths")
    return document


def published_entry(selection: normalize.Selection) -> normalize.DocumentEntry:
    """The one operations.yaml entry for a published spec (``twelvelabs-openapi-<date>.json``)."""
    entries = [entry for entry in selection.documents if PUBLISHED_NAME.match(entry.file)]
    if len(entries) != 1:
        raise UpdateError(
            f"{selection.source} must list exactly one twelvelabs-openapi-<date>.json, found {len(entries)}"
        )
    return entries[0]


def replace_file_entry(text: str, old: str, new: str) -> str:
    """operations.yaml with its ``file: old`` line pointing at ``new`` (comments kept)."""
    pattern = re.compile(rf"^(\s*-\s*file:\s*['\"]?){re.escape(old)}(['\"]?\s*(?:#.*)?)$", re.MULTILINE)
    updated, count = pattern.subn(lambda m: m.group(1) + new + m.group(2), text)
    if count != 1:
        raise UpdateError(f"expected one 'file: {old}' line in the operations file, found {count}")
    return updated


# --------------------------------------------------------------------------- the update


@dataclass(frozen=True)
class Update:
    """What update() did: the files, and the two normalized specs to compare."""

    old_file: str
    new_file: str
    old_spec: Json
    new_spec: Json


def _scratch_build(
    raw_dir: Path, operations_text: str, overlay_path: Path | None, old_file: str, new_file: str, data: bytes
) -> Json:
    """Normalize in a temporary copy: the tree is untouched whatever happens."""
    with tempfile.TemporaryDirectory(prefix="tl-update-spec-") as tmp:
        scratch_raw = Path(tmp) / "raw"
        shutil.copytree(raw_dir, scratch_raw)
        (scratch_raw / old_file).unlink(missing_ok=True)
        (scratch_raw / new_file).write_bytes(data)
        scratch_operations = Path(tmp) / "operations.yaml"
        scratch_operations.write_text(operations_text, encoding="utf-8")
        try:
            return normalize.build_spec(scratch_raw, overlay_path, scratch_operations)
        except NormalizeError as exc:
            message = str(exc).replace(str(scratch_raw), str(raw_dir)).replace(tmp, "(scratch)")
            raise UpdateError(
                f"the new document does not normalize, nothing was changed:\n  {message}"
            ) from None


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def update(
    source: str,
    date: datetime.date,
    *,
    raw_dir: Path = normalize.RAW_DIR,
    operations_path: Path = normalize.OPERATIONS_PATH,
    overlay_path: Path | None = normalize.OVERLAY_PATH,
) -> Update:
    """Fetch, check, normalize in scratch, then store: see the module docstring."""
    data = fetch(source)
    check_published(data, source)
    try:
        selection = normalize.load_selection(operations_path)
        old_spec = normalize.build_spec(raw_dir, overlay_path, operations_path)
    except NormalizeError as exc:
        raise UpdateError(f"the current spec does not normalize; fix that first:\n  {exc}") from None
    old_file = published_entry(selection).file
    new_file = f"twelvelabs-openapi-{date.isoformat()}.json"
    operations_text = operations_path.read_text(encoding="utf-8")
    new_operations = replace_file_entry(operations_text, old_file, new_file)
    new_spec = _scratch_build(raw_dir, new_operations, overlay_path, old_file, new_file, data)
    _write_atomically(raw_dir / new_file, data)
    _write_atomically(operations_path, new_operations.encode("utf-8"))
    if old_file != new_file:
        (raw_dir / old_file).unlink(missing_ok=True)
    return Update(old_file, new_file, old_spec, new_spec)


# --------------------------------------------------------------------------- the summary


def _resolve(schema: Any, spec: Json, seen: tuple[str, ...]) -> tuple[Any, tuple[str, ...]]:
    """Follow ``$ref`` chains (sibling keywords win over the target's); ``seen`` guards cycles."""
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"] not in seen:
        ref = schema["$ref"]
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = (
                target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            )
        seen = (*seen, ref)
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema, seen


def _merge_facts(into: dict[str, Any], facts: Mapping[str, Any]) -> None:
    for key, value in facts.items():
        if key == "enum" and "enum" in into:
            into["enum"] = into["enum"] + [v for v in value if v not in into["enum"]]
        elif key == "required":
            into["required"] = into.get("required", False) or value
        else:
            into.setdefault(key, value)


def schema_fields(
    schema: Any, spec: Json, prefix: str = "", required: bool = False
) -> dict[str, dict[str, Any]]:
    """Every field a schema describes, by dotted path (``video.url``, ``data[].id``), with its facts.

    ``allOf`` parts merge into the field; ``oneOf``/``anyOf`` variants that are references are
    labelled with the component (``video(VideoContextUrl).url``), a ``null`` variant adds
    ``null`` to the type. Conditional rules (if/then/else/not) are not fields.
    """
    out: dict[str, dict[str, Any]] = {}
    _walk_fields(schema, spec, prefix, required, out, (), 0)
    return out


def _walk_fields(
    schema: Any,
    spec: Json,
    prefix: str,
    required: bool,
    out: dict[str, dict[str, Any]],
    seen: tuple[str, ...],
    depth: int,
) -> None:
    if depth > _MAX_DEPTH or not isinstance(schema, dict):
        return
    schema, seen = _resolve(schema, spec, seen)
    facts: dict[str, Any] = {key: schema[key] for key in FACT_KEYWORDS if key in schema}
    if isinstance(schema.get("description"), str):
        facts["description"] = schema["description"]
    facts["required"] = required
    _merge_facts(out.setdefault(prefix, {}), facts)
    for part in schema.get("allOf") or []:
        _walk_fields(part, spec, prefix, required, out, seen, depth + 1)
    for keyword in ("oneOf", "anyOf"):
        for index, variant in enumerate(schema.get(keyword) or []):
            if isinstance(variant, dict) and variant.get("type") == "null":
                out[prefix]["type"] = sorted({*_types(out[prefix].get("type")), "null"})
                continue
            label = variant.get("$ref", "").rsplit("/", 1)[-1] if isinstance(variant, dict) else ""
            _walk_fields(variant, spec, f"{prefix}({label or index})", False, out, seen, depth + 1)
    required_names = set(schema.get("required") or ())
    for name, sub in (schema.get("properties") or {}).items():
        child = f"{prefix}.{name}" if prefix else name
        _walk_fields(sub, spec, child, name in required_names, out, seen, depth + 1)
    if isinstance(schema.get("items"), dict):
        _walk_fields(schema["items"], spec, f"{prefix}[]", False, out, seen, depth + 1)


def _types(value: Any) -> list[str]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def operation_fields(operation: Json, spec: Json) -> dict[str, dict[str, Any]]:
    """An operation's parameters, request fields and response fields, keyed for the summary."""
    fields: dict[str, dict[str, Any]] = {}
    for written in operation.get("parameters") or []:
        parameter, _ = _resolve(written, spec, ())
        key = f"{parameter.get('in')} parameter {parameter.get('name')}"
        facts = schema_fields(parameter.get("schema") or {}, spec, "", bool(parameter.get("required")))
        fields[key] = facts.get("", {}) | {
            k: parameter[k] for k in ("deprecated", "description") if k in parameter
        }
    body, _ = _resolve(operation.get("requestBody") or {}, spec, ())
    for media, content in (body.get("content") or {}).items():
        for path, facts in schema_fields(content.get("schema") or {}, spec).items():
            fields[f"request field {path}" if path else f"request body ({media})"] = facts
    for status, documented in (operation.get("responses") or {}).items():
        response, _ = _resolve(documented, spec, ())
        fields[f"response {status}"] = {"description": response.get("description")}
        for media, content in (response.get("content") or {}).items():
            for path, facts in schema_fields(content.get("schema") or {}, spec).items():
                where = f"response {status} {media}"
                fields[f"{where} field {path}" if path else f"{where} body"] = facts
    return fields


def _show(value: Any) -> str:
    return "none" if value is None else json.dumps(value, ensure_ascii=False)


def _kind(facts: Mapping[str, Any]) -> str:
    shown = "|".join(map(str, _types(facts.get("type"))))
    return f" ({shown})" if shown else ""


def compare_fields(old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Readable lines for what changed between two operation_fields() results."""
    lines = []
    for key in sorted(old.keys() | new.keys()):
        if key not in old:
            lines.append(f"+ {key}{_kind(new[key])}" + (", required" if new[key].get("required") else ""))
            continue
        if key not in new:
            lines.append(f"- {key}")
            continue
        before, after = old[key], new[key]
        if before.get("required", False) != after.get("required", False):
            lines.append(f"~ {key}: " + ("now required" if after.get("required") else "no longer required"))
        for keyword in FACT_KEYWORDS:
            was, now = before.get(keyword), after.get(keyword)
            if was == now:
                continue
            if keyword == "enum" and isinstance(was, list) and isinstance(now, list):
                added = [_show(v) for v in now if v not in was]
                removed = [_show(v) for v in was if v not in now]
                changes = [f"+ {v}" for v in added] + [f"- {v}" for v in removed]
                lines.append(f"~ {key}: enum {', '.join(changes) or 'reordered'}")
            else:
                lines.append(f"~ {key}: {keyword} {_show(was)} → {_show(now)}")
        if before.get("description") != after.get("description"):
            lines.append(f"~ {key}: description changed")
    return lines


def _operations(spec: Json) -> dict[tuple[str, str], Json]:
    return {
        (method.upper(), path): operation
        for path, item in (spec.get("paths") or {}).items()
        for method, operation in item.items()
        if method in normalize.HTTP_METHODS and isinstance(operation, dict)
    }


def summarize_changes(old_spec: Json, new_spec: Json) -> list[str]:
    """What changed in the selected operations, grouped by operation (empty: nothing)."""
    old_ops, new_ops = _operations(old_spec), _operations(new_spec)
    lines: list[str] = []
    for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[1], k[0])):
        method, path = key
        if key not in old_ops:
            lines.append(f"+ operation added: {method} {path} ({new_ops[key].get('operationId')})")
            continue
        if key not in new_ops:
            lines.append(f"- operation removed: {method} {path} ({old_ops[key].get('operationId')})")
            continue
        changes = compare_fields(
            operation_fields(old_ops[key], old_spec), operation_fields(new_ops[key], new_spec)
        )
        if changes:
            lines.append(f"{method} {path} ({new_ops[key].get('operationId')})")
            lines.extend(f"  {line}" for line in changes)
    return lines


def report(result: Update, raw_dir: Path, operations_path: Path) -> Iterator[str]:
    replaced = (
        f" (replaces {result.old_file})" if result.old_file != result.new_file else " (same name, new bytes)"
    )
    yield f"update-spec: stored {raw_dir.name}/{result.new_file}{replaced}; {operations_path.name} points at it."
    changes = summarize_changes(result.old_spec, result.new_spec)
    if changes:
        yield "Changes in the selected operations (normalized spec, overlay applied):"
        yield from (f"  {line}" for line in changes)
    else:
        yield "No changes in the selected operations."
    yield (
        "Next: review these changes (and whether the facts in openapi/overlay.yaml still hold), "
        "then run `make generate` and commit openapi/ and generated/ together."
    )


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "source", nargs="?", help="URL (http/https) or file path of the published openapi.json"
    )
    parser.add_argument(
        "--date", type=datetime.date.fromisoformat, default=None, help="YYYY-MM-DD (default: today)"
    )
    parser.add_argument("--raw", type=Path, default=normalize.RAW_DIR, help="folder of raw documents")
    parser.add_argument("--operations", type=Path, default=normalize.OPERATIONS_PATH, help="selection file")
    parser.add_argument("--overlay", type=Path, default=normalize.OVERLAY_PATH, help="Overlay 1.0 file")
    parser.add_argument(
        "--sdk-types",
        metavar="PATH_OR_VERSION",
        help="also report differences from the official SDK's types (a version, a wheel or a folder)",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.source is None and args.sdk_types is None:
        parser.error("give SOURCE (a new published spec), --sdk-types, or both")
    date = args.date or datetime.datetime.now(datetime.UTC).date()
    try:
        if args.source is not None:
            result = update(
                args.source,
                date,
                raw_dir=args.raw,
                operations_path=args.operations,
                overlay_path=args.overlay,
            )
            for line in report(result, args.raw, args.operations):
                print(line)
            spec = result.new_spec
        else:
            spec = normalize.build_spec(args.raw, args.overlay, args.operations)
        if args.sdk_types is not None:
            import sdk_diff  # noqa: PLC0415 - it imports this module

            try:
                lines = sdk_diff.report(spec, args.sdk_types)
            except sdk_diff.SdkError as exc:
                raise UpdateError(str(exc)) from None
            for line in lines:
                print(line)
    except UpdateError as exc:
        print(f"update-spec: error: {exc}", file=sys.stderr)
        return 1
    except NormalizeError as exc:
        print(f"update-spec: error: the current spec does not normalize: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
