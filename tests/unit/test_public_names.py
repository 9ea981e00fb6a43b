"""The names users see: every class and field of the generated surface reads as a user would write
it, none derived from a path or a status code (scripts/normalize.py names them by rule)."""

from __future__ import annotations

import re

import pytest

import generate
import twelvelabs_analyze.types as public_types
from generate import GenerateError

from .spec_support import SCHEMAS

# What the published spec's generator writes for schemas it found inline: the path, the method
# and the location (`IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbedding`),
# or the operation and the status (`indexes_list_Response_200`).
PATH_DERIVED = re.compile(r"(Get|Post|Put|Patch|Delete)(Parameters|RequestBody|Responses)|Response_?\d{3}")


def test_id_fields_read_dot_id_as_in_the_official_sdk() -> None:
    index = public_types.Index.from_dict({"_id": "6298d673f1090f1100476d4c", "index_name": "clips"})
    assert index.id == "6298d673f1090f1100476d4c"
    assert index.to_dict()["_id"] == "6298d673f1090f1100476d4c"
    assert "field_id" not in repr(index) and repr(index).startswith("Index(id='6298d673f1090f1100476d4c'")


def test_two_properties_with_one_python_name_are_refused_naming_both() -> None:
    spec = {"components": {"schemas": {"Thing": {"type": "object", "properties": {"_id": {}, "id": {}}}}}}
    with pytest.raises(GenerateError, match=r"#/components/schemas/Thing.*'_id' and 'id' would both be \.id"):
        generate.check_field_names(spec)
    generate.check_field_names(
        {"components": {"schemas": {"Thing": {"properties": {"_id": {}, "name": {}}}}}}
    )


PUBLIC_TYPES = sorted(n for n in dir(public_types) if n[:1].isupper() and n != "TYPE_CHECKING")


@pytest.mark.parametrize("name", PUBLIC_TYPES)
def test_no_public_name_is_derived_from_a_path(name: str) -> None:
    assert not PATH_DERIVED.search(name), name
    assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), f"{name} is not a class name a user would write"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_no_component_of_the_spec_has_a_derived_name(name: str) -> None:
    assert not generate.normalize.is_derived_name(name), name
