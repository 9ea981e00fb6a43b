"""Regenerate the spec and the generated client from scratch.

``python scripts/generate.py`` writes ``openapi/twelvelabs-analyze.yaml`` and replaces
``generated/twelvelabs_analyze_api/`` with fresh openapi-python-client output.
``python scripts/generate.py --check`` does the same into a temporary folder and fails with a
unified diff when the committed spec or code is stale (what CI runs).

The generator reads :func:`generator_view` of the spec (what it cannot handle left out); the
package ships the spec itself, which the fake and the client validate against.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

import generate_resources
import normalize
import unasync

ROOT = normalize.ROOT
PACKAGE_NAME = "twelvelabs_analyze_api"
GENERATED_DIR = ROOT / "generated" / PACKAGE_NAME
GENERATOR_CONFIG = ROOT / "openapi" / "generator.yaml"
TEMPLATES_DIR = ROOT / "openapi" / "templates"
GENERATOR = "openapi-python-client"
SPEC_RESOURCE = "openapi.json"
# What openapi-python-client writes that nothing runs: its request functions (one module per
# operation), their Client classes and their error. The client's methods are resources.py and
# async_resources.py (scripts/generate_resources.py), which share the wrapper's one request path.
UNUSED_OUTPUT = ("api", "client.py", "errors.py")
MAX_DIFF_LINES = 200


class GenerateError(Exception):
    """The generator failed or produced something unexpected."""


_COMPOSITIONS = ("allOf", "anyOf", "oneOf")


def _points_inside_a_component(node: Any) -> bool:
    """Whether ``node`` holds a ``$ref`` into part of a component (``#/components/schemas/X/$defs/y``)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/") and ref.count("/") > 3:
            return True
        return any(_points_inside_a_component(value) for value in node.values())
    if isinstance(node, list):
        return any(_points_inside_a_component(item) for item in node)
    return False


def _without_subschema_refs(node: Any) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            kept = value
            if key == "$defs":
                continue
            if key in _COMPOSITIONS and isinstance(value, list):
                kept = [item for item in value if not _points_inside_a_component(item)]
                if not kept:
                    continue
            out[key] = _without_subschema_refs(kept)
        return out
    if isinstance(node, list):
        return [_without_subschema_refs(item) for item in node]
    return node


# Read by openapi/templates/model.py.jinja: the model's enums keep values the spec does not list.
OPEN_ENUMS = "x-open-enums"
_SCHEMA_PREFIX = "#/components/schemas/"
_SUBSCHEMA_KEYS = ("items", "additionalProperties", *_COMPOSITIONS)


def mark_answer_objects(spec: dict[str, Any]) -> dict[str, Any]:
    """Mark (in place) every object schema that a response can contain with ``x-open-enums``.

    An answer is read, not checked: a value the API added after our snapshot of the spec (a
    new task status, a new ``finish_reason``) must not cost the caller the whole answer, so
    the models of answers keep unknown enum values. Request checks do not use the models (the
    client validates arguments against the spec's JSON Schema), so they stay strict; a schema
    used by both sides is marked, which only widens its model's attribute types.
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    visited: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX):
            name = ref.removeprefix(_SCHEMA_PREFIX)
            if "/" not in name and name not in visited and name in schemas:
                visited.add(name)
                walk(schemas[name])
            return
        if isinstance(node.get("properties"), dict) or node.get("type") == "object":
            node[OPEN_ENUMS] = True
        for value in (node.get("properties") or {}).values():
            walk(value)
        for key in _SUBSCHEMA_KEYS:
            walk(node.get(key))

    for item in (spec.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if not isinstance(operation, dict):
                continue
            for response in (operation.get("responses") or {}).values():
                for content in ((response or {}).get("content") or {}).values():
                    walk((content or {}).get("schema"))
    return spec


def python_field_name(name: str) -> str:
    """The attribute a property gets with the ``field_prefix: ""`` of openapi/generator.yaml:
    openapi-python-client's snake case, leading underscores dropped (``_id`` → ``id``)."""
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - dev tool

    return str(PythonIdentifier(name, prefix=""))


def check_field_names(spec: dict[str, Any]) -> None:
    """Fail, naming both, when two properties of one object schema would get the same attribute
    (``_id`` and ``id``), or a property gets no valid attribute name at all."""

    def walk(node: Any, where: str) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}[{index}]")
            return
        if not isinstance(node, dict):
            return
        properties = node.get("properties")
        if isinstance(properties, dict):
            seen: dict[str, str] = {}
            for name in properties:
                attribute = python_field_name(str(name))
                if not attribute.isidentifier():
                    raise GenerateError(
                        f"{where}: property {name!r} has no valid Python name ({attribute!r})"
                    )
                if attribute in seen:
                    raise GenerateError(
                        f"{where}: properties {seen[attribute]!r} and {name!r} would both be .{attribute}"
                    )
                seen[attribute] = str(name)
        for key, value in node.items():
            walk(value, f"{where}/{key}")

    walk(spec, "#")


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client is given it: without ``$defs`` and the composition
    items that refer into them, with operationIds qualified by their tag
    (:func:`normalize.qualified_operation_id`), since the generator wants them unique while the
    published spec repeats ``create``/``list`` under every tag, and with the objects of answers
    marked (:func:`mark_answer_objects`).

    The generator resolves references to whole components only; ``$defs`` hold the
    meta-schema of ``response_format.json_schema``, which validates a user's JSON schema and
    shapes no type (the model stays a free-form object). Everything else is passed as is.
    """
    return mark_answer_objects(_without_subschema_refs(normalize.with_qualified_operation_ids(spec)))


def _generator_executable() -> str:
    beside_python = Path(sys.executable).parent / GENERATOR
    found = beside_python if beside_python.exists() else shutil.which(GENERATOR)
    if not found:
        raise GenerateError(f"{GENERATOR} is not installed; run `make setup`")
    return str(found)


def generate_package(spec_path: Path, out_dir: Path) -> None:
    """Run openapi-python-client on :func:`generator_view` of the spec into ``out_dir`` (created
    fresh); add ``py.typed`` and the spec itself."""
    if out_dir.exists():
        shutil.rmtree(out_dir)  # --overwrite would leave stray files behind
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    check_field_names(spec)
    with tempfile.TemporaryDirectory(prefix="tl-view-") as tmp:
        view_path = Path(tmp) / "generator-view.json"
        view_path.write_text(json.dumps(generator_view(spec)), encoding="utf-8")
        _run_generator(view_path, out_dir)
    drop_unused_output(out_dir)
    # --meta none emits no py.typed; the package is typed, so say so (PEP 561).
    (out_dir / "py.typed").write_text("", encoding="utf-8")
    # The spec travels with the package so the fake server can validate against it at run time.
    (out_dir / SPEC_RESOURCE).write_text(json.dumps(spec, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    # The client's methods, one per operation (our own generator, over the full spec).
    try:
        generate_resources.write_resources(spec, out_dir)
    except generate_resources.ResourceError as exc:
        raise GenerateError(f"resources: {exc}") from None


def drop_unused_output(out_dir: Path) -> None:
    """Delete :data:`UNUSED_OUTPUT` from a freshly generated package: the wheel ships only what runs."""
    for name in UNUSED_OUTPUT:
        path = out_dir / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def _run_generator(spec_path: Path, out_dir: Path) -> None:
    command = [
        _generator_executable(),
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(GENERATOR_CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(out_dir),
        "--fail-on-warning",
    ]
    if TEMPLATES_DIR.is_dir():
        command += ["--custom-template-path", str(TEMPLATES_DIR)]
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}  # its ruff hooks
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0 or not (out_dir / "__init__.py").exists():
        raise GenerateError(f"{GENERATOR} failed:\n{result.stdout}\n{result.stderr}")


def tree_files(root: Path) -> dict[str, bytes]:
    """Relative path → bytes for every file under ``root`` (caches excluded)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected: dict[str, bytes], actual: dict[str, bytes], label: str) -> list[str]:
    """Unified diff lines turning ``actual`` (committed) into ``expected`` (fresh)."""
    lines: list[str] = []
    for name in sorted(expected.keys() | actual.keys()):
        old = actual.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        new = expected.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        if old != new or (name in expected) != (name in actual):
            lines += difflib.unified_diff(old, new, f"committed/{label}/{name}", f"fresh/{label}/{name}")
            if name not in expected:
                lines.append(f"only in committed: {label}/{name}\n")
            elif name not in actual:
                lines.append(f"missing from committed: {label}/{name}\n")
    return lines


def regenerate() -> None:
    spec_text = normalize.render()
    normalize.SPEC_PATH.write_text(spec_text, encoding="utf-8")
    generate_package(normalize.SPEC_PATH, GENERATED_DIR)
    unasync.write()
    print(
        f"generate: wrote {normalize.SPEC_PATH.relative_to(ROOT)}, {GENERATED_DIR.relative_to(ROOT)}/ "
        f"and {unasync.SYNC_DIR.relative_to(ROOT)}/"
    )


def check() -> int:
    """Regenerate into a temp dir; return 1 with a readable diff if anything committed is stale."""
    with tempfile.TemporaryDirectory(prefix="tl-check-") as tmp:
        spec_path = Path(tmp) / normalize.SPEC_PATH.name
        spec_path.write_text(normalize.render(), encoding="utf-8")
        fresh_pkg = Path(tmp) / PACKAGE_NAME
        generate_package(spec_path, fresh_pkg)
        committed_spec = normalize.SPEC_PATH.read_bytes() if normalize.SPEC_PATH.exists() else b""
        diff = diff_trees(
            {spec_path.name: spec_path.read_bytes()}, {spec_path.name: committed_spec}, "openapi"
        )
        committed = tree_files(GENERATED_DIR) if GENERATED_DIR.exists() else {}
        diff += diff_trees(tree_files(fresh_pkg), committed, "generated/" + PACKAGE_NAME)
    diff += unasync.check()
    if not diff:
        print("check-generated: spec and generated code are up to date")
        return 0
    sys.stdout.writelines(diff[:MAX_DIFF_LINES])
    if len(diff) > MAX_DIFF_LINES:
        print(f"... {len(diff) - MAX_DIFF_LINES} more diff lines")
    print("check-generated: STALE — run `make generate` and commit the spec and generated/ together")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if the committed output is stale")
    args = parser.parse_args(argv)
    try:
        if args.check:
            return check()
        regenerate()
        return 0
    except (normalize.NormalizeError, GenerateError) as exc:
        print(f"generate: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
