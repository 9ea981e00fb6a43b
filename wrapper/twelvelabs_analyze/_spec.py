"""The normalized spec shipped in the generated package, and what the client derives from it at run time.

Loaded on the first call that needs it (``import twelvelabs_analyze`` stays cheap), then kept:
the argument checkers of each operation are compiled once from the spec's schemas by ``_schema``.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable, Mapping
from typing import Any

from ._operation import Operation

__all__ = ["Check", "checks_for", "compile_schema", "enum_values", "spec_document"]

SPEC_PACKAGE = "twelvelabs_analyze_api"
SPEC_RESOURCE = "openapi.json"

Check = Callable[[object, str], Any]

_lock = threading.Lock()
_checks: dict[str, tuple[Check | None, Check | None]] = {}


@functools.cache
def spec_document() -> Mapping[str, Any]:
    """The normalized OpenAPI document the generated code was made from."""
    from importlib import resources  # noqa: PLC0415 - first call only; keeps the package import light

    text = (resources.files(SPEC_PACKAGE) / SPEC_RESOURCE).read_text(encoding="utf-8")
    document: Mapping[str, Any] = json.loads(text)
    return document


@functools.cache
def _compiler() -> Any:
    from ._schema import SchemaCompiler  # noqa: PLC0415 - compiled on first use, not at import

    return SchemaCompiler(spec_document())


def compile_schema(schema: Mapping[str, Any] | bool) -> Check:
    """A checker for ``schema``, whose ``$ref`` resolve in the packaged spec."""
    check: Check = _compiler().compile(schema)
    return check


def checks_for(operation: Operation) -> tuple[Check | None, Check | None]:
    """The checkers of an operation's path/query parameters and of its body (``None``: it has none)."""
    found = _checks.get(operation.name)
    if found is None:
        with _lock:
            found = _checks.get(operation.name)
            if found is None:
                parameters = (
                    compile_schema(operation.parameters_schema) if operation.parameters_schema else None
                )
                body = None
                if operation.body_schema:
                    schema: Mapping[str, Any] = {"$ref": operation.body_schema}
                    if operation.form:
                        schema = _without_files(operation.body_schema, operation.form)
                    body = compile_schema(schema)
                found = _checks[operation.name] = (parameters, body)
    return found


def _without_files(pointer: str, files: frozenset[str]) -> Mapping[str, Any]:
    """The body schema at ``pointer`` with its file fields accepting anything: ``_prepare`` checks
    a file argument itself (a path, bytes or a binary file) and hands the checker a placeholder,
    so ``required`` and the rules between fields still apply to it."""
    node = _at(pointer)
    properties = {
        wire: (True if wire in files else schema) for wire, schema in (node.get("properties") or {}).items()
    }
    return {**node, "properties": properties}


def _at(pointer: str) -> Any:
    node: Any = spec_document()
    for part in pointer.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def enum_values(pointer: str) -> tuple[str, ...]:
    """The values of the string enum at a JSON pointer into the spec (``#/components/schemas/GistType``)."""
    node = _at(pointer)
    values = node.get("enum") if isinstance(node, Mapping) else None
    if not isinstance(values, list):
        raise KeyError(f"{pointer} is not an enum")
    return tuple(str(v) for v in values)
