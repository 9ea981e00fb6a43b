"""Schemathesis hooks shared by the in-process contract test and the CLI run (``SCHEMATHESIS_HOOKS``).

* ``filter_case``: positive cases must also be valid by what the documentation says in prose
  and the spec cannot express — ``response_format.json_schema`` is a JSON Schema (Draft 2020-12)
  whose ``$ref``s point into its own ``$defs`` — and by the spec's own extension keywords, which
  schemathesis does not know: ``x-at-least`` (``end_time`` at least 4 s after ``start_time`` …);
  a batch's ``custom_id``s are unique within it, and its defaults' and requests' response
  formats are such JSON Schemas.
* ``ndjson_events_conform``: schemathesis validates JSON bodies only; this check reads a
  streamed (``application/x-ndjson``) answer line by line and validates every event against the
  schema the spec documents for it, and that the stream starts and ends as documented.
* ``before_load_schema``: links from each create to the operations under the item it created
  (:func:`resource_links`), so the stateful phase reads, updates and deletes what it created —
  schemathesis infers none for ``POST /indexes`` (its answer's ``_id`` for ``{index-id}``).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import schemathesis
from jsonschema import Draft202012Validator, SchemaError

from twelvelabs_analyze.testing import load_spec

__all__ = [
    "before_load_schema",
    "breaks_an_extension",
    "filter_case",
    "ndjson_events_conform",
    "resource_links",
    "usable_json_schema",
]

SPEC = load_spec()
NDJSON = "application/x-ndjson"


def _refs(node: Any) -> Iterator[Any]:
    if isinstance(node, Mapping):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def usable_json_schema(schema: Any) -> bool:
    """A Draft 2020-12 schema whose references all resolve inside its ``$defs``."""
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError:
        return False
    defs = schema.get("$defs", {}) if isinstance(schema, Mapping) else {}
    names = set(defs) if isinstance(defs, Mapping) else set()
    return all(
        isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in names for ref in _refs(schema)
    )


def breaks_an_extension(method: str, path: str, body: Any) -> bool:
    """Whether ``body`` fails one of the spec's ``x-`` keywords (as the fake checks them)."""
    found = SPEC.find(method.upper(), SPEC.server_path + path)
    validator = found[0].request_validator if found is not None else None
    if validator is None or not isinstance(body, Mapping):
        return False
    return any(str(error.validator).startswith("x-") for error in validator.iter_errors(body))


@schemathesis.hook
def filter_case(ctx: Any, case: Any) -> bool:
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return True
    body = case.body
    if breaks_an_extension(case.operation.method, case.operation.path, body):
        return False
    if not isinstance(body, Mapping):
        return True
    parts = [body]
    if isinstance(body.get("requests"), list):  # a batch: its defaults and each request
        parts = [body.get("defaults") or {}, *body["requests"]]
        custom_ids = [r.get("custom_id") for r in body["requests"] if isinstance(r, Mapping)]
        named = [c for c in custom_ids if c is not None]
        if len(named) != len(set(named)):
            return False
    formats = [part.get("response_format") if isinstance(part, Mapping) else None for part in parts]
    return all(
        usable_json_schema(f["json_schema"]) for f in formats if isinstance(f, Mapping) and "json_schema" in f
    )


@schemathesis.check
def ndjson_events_conform(ctx: Any, response: Any, case: Any) -> bool | None:
    values = response.headers.get("content-type") or [""]
    media_type = values[0].split(";", 1)[0].strip().lower()
    if media_type != NDJSON:
        return None
    found = SPEC.find(case.operation.method.upper(), SPEC.server_path + case.operation.path)
    assert found is not None, f"{case.operation.label} is not in the spec"
    validator = found[0].stream_validators.get(response.status_code)
    assert validator is not None, (
        f"{case.operation.label} documents no NDJSON answer for {response.status_code}"
    )
    lines = response.content.split(b"\n")
    if getattr(response, "stream_cut_short", False):
        lines = lines[:-1]  # the last line may be incomplete
    else:
        assert lines[-1] == b"", "the stream does not end with a newline"
    events = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except ValueError:
            raise AssertionError(f"line {number} of the stream is not JSON: {line[:120]!r}") from None
        problem = next(validator.iter_errors(event), None)
        assert problem is None, (
            f"line {number} violates the event schema: {problem.message if problem else ''}"
        )
        events.append(event)
    assert events and events[0].get("event_type") == "stream_start", (
        "the stream does not open with stream_start"
    )
    if not getattr(response, "stream_cut_short", False):
        assert events[-1].get("event_type") == "stream_end", "the stream does not end with stream_end"
    return True


_ITEM = re.compile(r"^(?P<collection>/.*)/\{(?P<parameter>[^{}/]+)\}$")
_METHODS = ("get", "put", "patch", "post", "delete")


def resource_links(document: Mapping[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
    """OpenAPI links ``{(path, method, status): {name: link}}``: from each POST on a collection
    to every operation on or under its item path (``/indexes`` → ``/indexes/{index-id}``,
    ``/indexes/{index-id}/videos``), the id taken from the create's answer as the fake keeps
    it: the property named like the parameter (``-`` read as ``_``), else ``_id``, else ``id``."""
    paths: Mapping[str, Any] = document["paths"]
    links: dict[tuple[str, str, str], dict[str, Any]] = {}
    for item in paths:
        found = _ITEM.match(item)
        create = paths.get(found["collection"], {}).get("post") if found else None
        if found is None or create is None:
            continue
        parameter = found["parameter"]
        for status, response in create["responses"].items():
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if not status.startswith("2") or schema is None:
                continue
            properties = SPEC.resolve(schema).get("properties", {})
            field = next((n for n in (parameter.replace("-", "_"), "_id", "id") if n in properties), None)
            if field is None:
                continue
            for path, operations in paths.items():
                if path != item and not path.startswith(item + "/"):
                    continue
                for method in _METHODS:
                    if method in operations:
                        pointer = path.replace("~", "~0").replace("/", "~1")
                        name = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{method}{path}")
                        links.setdefault((found["collection"], "post", status), {})[name] = {
                            "operationRef": f"#/paths/{pointer}/{method}",
                            "parameters": {f"path.{parameter}": f"$response.body#/{field}"},
                        }
    return links


@schemathesis.hook
def before_load_schema(ctx: Any, raw_schema: dict[str, Any]) -> None:
    links = resource_links(raw_schema)
    if not links:
        return
    raw_schema["paths"] = copy.deepcopy(raw_schema["paths"])  # the caller's document stays as it was
    for (path, method, status), named in links.items():
        response = raw_schema["paths"][path][method]["responses"][status]
        response["links"] = {**response.get("links", {}), **named}
