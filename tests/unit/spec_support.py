"""The committed normalized spec as data, and jsonschema validation against its components."""

from __future__ import annotations

from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import normalize

SPEC: dict[str, Any] = yaml.safe_load(normalize.SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
_URI = "urn:test:normalized-spec"
_REGISTRY: Registry[Any] = Registry().with_resource(
    _URI, Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def validator(component: str) -> Draft202012Validator:
    """A validator for one component schema, its ``#/components/...`` refs resolving in the spec."""
    return Draft202012Validator({"$ref": f"{_URI}#/components/schemas/{component}"}, registry=_REGISTRY)


def problems(component: str, instance: Any) -> list[str]:
    """What is wrong with ``instance``: each failing rule's ``x-error-message``, else jsonschema's message."""
    found = []
    for error in validator(component).iter_errors(instance):
        message = error.schema.get("x-error-message") if isinstance(error.schema, dict) else None
        found.append(message if isinstance(message, str) else error.message)
    return sorted(found)
