"""scripts/generate_resources.py: what it refuses to generate (the rest is checked on its output)."""

from __future__ import annotations

from typing import Any

import pytest

from generate_resources import Imports, RequestTypes, ResourceError, Results, Spec, build_namespaces


class Names:
    """openapi-python-client's naming, enough for these specs (the real one needs the dev tool)."""

    def class_name(self, component: str) -> str:
        return component

    def module(self, component: str) -> str:
        return component.lower()


def spec_with_body_property(name: str) -> dict[str, Any]:
    return {
        "paths": {
            "/things": {
                "post": {
                    "operationId": "makeThing",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {"schemas": {"Thing": {"type": "object", "properties": {name: {"type": "string"}}}}},
    }


def build(document: dict[str, Any]) -> Any:
    spec = Spec(document, {}, Names())  # type: ignore[arg-type]
    imports = Imports()
    return build_namespaces(spec, imports, RequestTypes(spec, imports), Results(spec, imports, {}))


@pytest.mark.parametrize("name", ["extra_headers", "extra_query", "extra_body", "timeout"])
def test_a_parameter_named_like_a_per_call_option_is_refused(name: str) -> None:
    with pytest.raises(ResourceError, match=rf"POST /things \(make_thing\): parameters \['{name}'\] clash"):
        build(spec_with_body_property(name))


def test_other_parameters_are_methods_arguments() -> None:
    root = build(spec_with_body_property("size"))
    (method,) = root.methods
    assert [p.name for p in method.params] == ["size"]
