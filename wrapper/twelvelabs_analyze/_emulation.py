"""Serving a retired operation through its successor: ``gist``/``summarize`` through ``/analyze``.

Driven entirely by the spec: a legacy operation carries an ``x-emulation`` object (see
``openapi/overlay.yaml``) naming the operation that serves it, the prompt for each kind of
output, and how the answer maps back. From it and the legacy *response* schema this module
derives, per call:

* the ``/analyze`` arguments — our prompt for what was asked (plus the caller's own prompt as
  context), the caller's ``temperature``/``max_tokens``, and a ``response_format`` whose JSON
  schema is the legacy result's schema without the fields the server supplies (``id``,
  ``usage``, the variant tag) or that are derived (integer ``start``/``end`` from
  ``start_sec``/``end_sec``), rewritten to obey ``/analyze``'s json_schema restrictions;
* the legacy result from the answer: ``data`` parsed as JSON and checked against that schema,
  the supplied and derived fields filled in, then parsed by the same generated model the legacy
  endpoint's answers go through — so callers get the same types either way.

An answer cut short (``finish_reason == "length"``) raises ``OutputTruncatedError`` with the
partial text and the API's warning; an answer that breaks the legacy schema (a wrong type, a
chapter that ends before it starts) raises ``APIResponseValidationError``. Nothing here does I/O.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from ._exceptions import APIResponseValidationError, OutputTruncatedError
from ._json import BodyDecodeError, loads
from ._operation import Operation, Variants
from ._spec import compile_schema, spec_document

__all__ = ["EmulatedCall", "plan_emulation", "restricted_schema"]

_COMPONENT = "#/components/schemas/"
# Keywords /analyze accepts in a response_format schema, by JSON type (its json_schema description).
_COMMON = frozenset({"type", "description", "title", "enum", "const", "anyOf"})
_BY_TYPE = {
    "object": frozenset({"properties", "required"}),
    "array": frozenset({"items", "minItems"}),
    "string": frozenset({"pattern", "format"}),
    "integer": frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}),
    "number": frozenset(),
    "boolean": frozenset(),
    "null": frozenset(),
}
_STRING_FORMATS = frozenset({"uuid", "date-time", "date", "time"})


def _resolve(schema: Any, document: Mapping[str, Any]) -> Any:
    seen: set[str] = set()
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in seen or not ref.startswith(_COMPONENT):
            raise ValueError(f"cannot resolve {ref}")
        seen.add(ref)
        schema = document["components"]["schemas"][ref[len(_COMPONENT) :]]
    return schema


def restricted_schema(schema: Any, document: Mapping[str, Any]) -> Any:
    """``schema`` with refs inlined and every keyword ``/analyze`` rejects removed.

    Properties become required (the model is asked for every field it keeps), and the first
    property is one of them, as the restrictions recommend.
    """
    schema = _resolve(schema, document)
    if not isinstance(schema, Mapping):
        return schema
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    allowed = set(_COMMON)
    for name in kinds:
        allowed |= _BY_TYPE.get(str(name), frozenset())
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in allowed:
            continue
        if key == "properties":
            out[key] = {name: restricted_schema(sub, document) for name, sub in value.items()}
            out["required"] = list(value)
        elif key == "required":
            continue  # recomputed from the properties kept
        elif key == "items":
            out[key] = restricted_schema(value, document)
        elif key == "anyOf":
            out[key] = [restricted_schema(sub, document) for sub in value]
        elif key == "format" and value not in _STRING_FORMATS:
            continue
        elif key == "minItems" and value not in (0, 1):
            out[key] = 1
        else:
            out[key] = copy.deepcopy(value)
    return out


@frozen
class EmulatedCall:
    """One legacy call planned as an ``/analyze`` call: what to send and how to read the answer."""

    operation: Operation
    arguments: Mapping[str, Any]  # the legacy call's arguments (Python keywords, checked)
    analyze_arguments: dict[str, Any]
    schema: Mapping[str, Any]  # the JSON schema the answer's data must follow
    result_schema: Mapping[str, Any]  # the legacy result's schema (resolved)
    variant: str | None  # the legacy result variant asked for (summarize's type), if any

    def legacy_result(self, answer: Any) -> Any:
        """The legacy result built from an ``AnalyzeResult``; raises on a truncated or invalid answer."""
        spec = self.operation.emulation.spec if self.operation.emulation else {}
        text = _text_or_unset(getattr(answer, "data", None))
        finish = getattr(answer, "finish_reason", None)
        warning = _text_or_unset(getattr(getattr(answer, "error", None), "message", None))
        label = self.operation.label
        problem = ""
        try:
            data = loads(text) if text is not None else None
        except BodyDecodeError as exc:
            data, problem = None, f" ({exc})"
        if finish == "length" and not isinstance(data, dict):
            raise OutputTruncatedError(
                f"{label} through /analyze: the answer was cut short at the length limit"
                + (f" ({warning})" if warning else "")
                + "; raise max_tokens or ask for less",
                partial=text or "",
                warning=warning,
            )
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                f"{label} through /analyze: the answer is not the JSON object asked for{problem}",
                body=text or "",
            )
        try:
            checked = compile_schema(self.schema)(data, "data")
        except (TypeError, ValueError) as exc:
            raise APIResponseValidationError(
                f"{label} through /analyze: the answer does not follow the legacy schema: {exc}",
                body=text or "",
            ) from None
        result = self._fill(checked, answer, spec)
        _check_intervals(result, spec.get("intervals") or [], label, text or "")
        structured = spec.get("structured")
        if isinstance(structured, Mapping) and structured.get("parameter") in self.arguments:
            prop = str(structured.get("property"))
            result[prop] = json.dumps(result.get(prop), ensure_ascii=False)
        try:
            return self.operation.result.parse(result, self.arguments)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError(
                f"{label} through /analyze: the answer does not fit the legacy result: {exc}", body=text or ""
            ) from None

    def _fill(self, data: dict[str, Any], answer: Any, spec: Mapping[str, Any]) -> dict[str, Any]:
        result = dict(data)
        for legacy_field, analyze_field in (spec.get("from-answer") or {}).items():
            value = getattr(answer, str(analyze_field), None)
            if value is not None and not _is_unset(value):
                result[str(legacy_field)] = value.to_dict() if hasattr(value, "to_dict") else value
        result_discriminator = getattr(self.operation.result, "discriminator", None)
        if result_discriminator and self.variant is not None:
            result[result_discriminator] = self.variant
        _derive_in(result, self.result_schema, spec.get("derived") or {}, 0, spec_document())
        return result


def _derive_in(
    node: Any, schema: Any, derived: Mapping[str, Any], position: int, document: Mapping[str, Any]
) -> None:
    """Fill the derived fields of ``node`` (and of the objects it holds) that its schema declares."""
    schema = _resolve(schema, document)
    if isinstance(node, list) and isinstance(schema, Mapping):
        for index, item in enumerate(node):
            _derive_in(item, schema.get("items"), derived, index, document)
        return
    if not isinstance(node, dict) or not isinstance(schema, Mapping):
        return
    properties = schema.get("properties") or {}
    for name, rule in derived.items():
        if name not in properties or name in node or not isinstance(rule, Mapping):
            continue
        source = rule.get("round")
        value = node.get(source) if isinstance(source, str) else None
        if isinstance(value, int | float) and not isinstance(value, bool):
            node[str(name)] = round(value)
        elif rule.get("position"):
            node[str(name)] = position
    for name, value in node.items():
        if name in properties:
            _derive_in(value, properties[name], derived, 0, document)


def _check_intervals(
    result: Mapping[str, Any], pairs: Sequence[Sequence[str]], label: str, text: str
) -> None:
    def visit(node: Any, path: str) -> None:
        if isinstance(node, Mapping):
            for start_name, end_name in pairs:
                start, end = node.get(start_name), node.get(end_name)
                if (
                    isinstance(start, int | float)
                    and isinstance(end, int | float)
                    and (start < 0 or end < start)
                ):
                    raise APIResponseValidationError(
                        f"{label} through /analyze: {path} goes from {start} to {end} "
                        f"({start_name} must be >= 0 and <= {end_name})",
                        body=text,
                    )
            for key, value in node.items():
                visit(value, f"{path}.{key}" if path else str(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{path}[{index}]")

    visit(result, "")


def _text_or_unset(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


def _success_schema(operation: Operation, document: Mapping[str, Any]) -> Any:
    item = document["paths"][operation.path][operation.method.lower()]
    response = item["responses"][str(operation.success)]
    return response["content"]["application/json"]["schema"]


def plan_emulation(operation: Operation, arguments: Mapping[str, Any]) -> EmulatedCall:
    """How to serve ``operation`` (called with checked ``arguments``) through its successor."""
    emulation = operation.emulation
    if emulation is None:
        raise ValueError(f"{operation.name} has no x-emulation in the spec")
    spec = emulation.spec
    document = spec_document()
    schema = _resolve(_success_schema(operation, document), document)
    variant: str | None = None
    if isinstance(operation.result, Variants) and operation.result.parameter is not None:
        variant = str(arguments[operation.result.parameter])
        schema = _resolve(
            _variant_schema(schema, operation.result.discriminator, variant, document), document
        )
    prompt_by = str(spec.get("prompt-by") or "")
    chosen = arguments.get(prompt_by)
    values = [chosen] if isinstance(chosen, str) else list(chosen or [])
    prompts = spec.get("prompts") or {}
    parts = [str(prompts[value]) for value in values if value in prompts]
    if not parts:
        raise ValueError(f"x-emulation of {operation.name} has no prompt for {prompt_by}={chosen!r}")
    context_parameter = spec.get("context")
    if isinstance(context_parameter, str) and isinstance(arguments.get(context_parameter), str):
        parts.append(f"Take this into account: {arguments[context_parameter]}")
    dropped = set(spec.get("server-fields") or ()) | set((spec.get("derived") or {}).keys())
    wanted = _wanted_fields(spec, values)
    derived_schema = _without(restricted_schema(schema, document), dropped, wanted)
    structured = spec.get("structured")
    if isinstance(structured, Mapping) and structured.get("parameter") in arguments:
        user = arguments[str(structured["parameter"])]
        inner = user.get("json_schema", user) if isinstance(user, Mapping) else user
        derived_schema["properties"][str(structured["property"])] = inner
    analyze_arguments: dict[str, Any] = {"prompt": "\n\n".join(parts)}
    for name in spec.get("forward") or ():
        if name in arguments:
            analyze_arguments[str(name)] = arguments[name]
    for name, target in (spec.get("rename") or {}).items():
        if name in arguments:
            analyze_arguments[str(target)] = arguments[name]
    analyze_arguments["response_format"] = {"type": "json_schema", "json_schema": derived_schema}
    return EmulatedCall(operation, arguments, analyze_arguments, derived_schema, schema, variant)


def _variant_schema(
    schema: Mapping[str, Any], discriminator: str, value: str, document: Mapping[str, Any]
) -> Any:
    for candidate in schema.get("oneOf") or schema.get("anyOf") or ():
        resolved = _resolve(candidate, document)
        prop = _resolve((resolved.get("properties") or {}).get(discriminator), document)
        allowed = prop.get("enum") or ([prop["const"]] if "const" in prop else [])
        if value in allowed:
            return resolved
    raise ValueError(f"no result variant has {discriminator}={value!r}")


def _wanted_fields(spec: Mapping[str, Any], values: Sequence[Any]) -> set[str] | None:
    fields_by = spec.get("fields-by")
    if not isinstance(fields_by, Mapping):
        return None
    wanted: set[str] = set()
    for value in values:
        wanted.update(str(name) for name in fields_by.get(value, ()))
    return wanted


def _without(schema: Any, dropped: set[str], wanted: set[str] | None) -> dict[str, Any]:
    """The derived schema: server-supplied and derived fields removed at every level, top-level ones filtered."""

    def strip(node: Any, top: bool) -> Any:
        if isinstance(node, dict):
            out = dict(node)
            if isinstance(out.get("properties"), dict):
                props = {
                    k: strip(v, False)
                    for k, v in out["properties"].items()
                    if k not in dropped and (not top or wanted is None or k in wanted)
                }
                out["properties"] = props
                out["required"] = list(props)
            if "items" in out:
                out["items"] = strip(out["items"], False)
            return out
        return node

    result = strip(schema, True)
    if not isinstance(result, dict):
        raise ValueError("the legacy result schema is not an object schema")
    return result
