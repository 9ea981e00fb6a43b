"""The operation records (`_operation`) built afresh: every field kept, every parse rule and message exact.

The generated module builds its records once at import, so the client tests never see a record
being made; these tests make their own (and pin the messages the client's errors quote).
"""

from __future__ import annotations

from typing import Any

import pytest

from twelvelabs_analyze._operation import (
    AnyOf,
    BareValue,
    Emulation,
    Field,
    Model,
    NoContent,
    Operation,
    Paging,
    Result,
    ResultMismatch,
    Variants,
    _json_type,
    _short,
    resolve,
)
from twelvelabs_analyze_api.models.gist_result import GistResult


def _echo(tag: str) -> Any:
    return lambda data: (tag, dict(data))


def _refuse(message: str) -> Any:
    def parse(data: Any) -> Any:
        raise ValueError(message)

    return parse


def test_field_keeps_its_three_parts_and_is_immutable() -> None:
    field = Field("video_id", "videoId", "path")
    assert (field.name, field.wire, field.location) == ("video_id", "videoId", "path")
    assert repr(field) == "Field(location='path', name='video_id', wire='videoId')"
    with pytest.raises(AttributeError, match=r"^Field is immutable$"):
        field.name = "other"  # type: ignore[misc]


def test_records_compare_and_hash_by_their_public_fields_and_type() -> None:
    a = Field("a", "b", "query")
    assert a == Field("a", "b", "query")
    assert hash(a) == hash(Field("a", "b", "query"))
    assert a != Field("x", "b", "query")
    assert a != Field("a", "x", "query")
    assert a != Field("a", "b", "body")
    assert a != ("a", "b", "query")
    assert hash(a) != hash(Field("a", "b", "body"))
    assert len({a, Field("a", "b", "query"), Field("a", "b", "body")}) == 2
    # Private caches take no part: a model that has parsed once equals a fresh one.
    parse = _echo("m")
    used, fresh = Model(parse), Model(parse)
    before = hash(used)
    used.parse({}, {})
    assert used._parse is not None and fresh._parse is None
    assert used == fresh and hash(used) == hash(fresh) == before
    assert Model("pkg.mod:A") == Model("pkg.mod:A") and hash(Model("pkg.mod:A")) == hash(Model("pkg.mod:A"))
    assert Model("pkg.mod:A") != Model("pkg.mod:B")
    assert Model("pkg.mod:A") != Paging("pkg.mod:A", "items", ())
    # Same public fields, other type: hashes differ too (the type is part of the hash).
    assert hash(Emulation("analyze")) != hash(Paging("analyze", "x", ()))

    class Empty(NoContent):
        __slots__ = ()

    assert hash(Empty()) != hash(NoContent())
    assert Empty() != NoContent()


def test_repr_shows_public_fields_only() -> None:
    model = Model("pkg.mod:A")
    assert repr(model) == "Model(model='pkg.mod:A')"
    assert repr(NoContent()) == "NoContent()"
    assert repr(Paging("page", "data", ("page_info", "total_page"))) == (
        "Paging(first_page=1, items='data', parameter='page', total_pages=('page_info', 'total_page'), "
        "total_results=())"
    )


def test_bare_value_keeps_its_parts_and_wraps_only_bare_values() -> None:
    rule = BareValue("type", frozenset({"json_schema", "segment_definitions"}), "json_schema", "schema")
    assert (rule.tag, rule.tags, rule.default, rule.into) == (
        "type",
        frozenset({"json_schema", "segment_definitions"}),
        "json_schema",
        "schema",
    )
    tagged = {"type": "segment_definitions", "x": 1}
    assert rule.wrap(tagged) is tagged
    bare = {"type": "object", "properties": {}}
    assert rule.wrap(bare) == {"type": "json_schema", "schema": bare}
    assert rule.wrap([1]) == {"type": "json_schema", "schema": [1]}


def test_resolve_imports_a_reference_and_passes_a_callable_through() -> None:
    parse = _echo("x")
    assert resolve(parse) is parse
    assert resolve("twelvelabs_analyze_api.models.gist_result:GistResult") == GistResult.from_dict


def test_a_model_resolves_its_reference_on_first_use_only() -> None:
    model = Model("twelvelabs_analyze_api.models.gist_result:GistResult")
    assert model.model == "twelvelabs_analyze_api.models.gist_result:GistResult"
    assert model._parse is None
    result = model.parse({"id": "g1", "title": "T"}, {})
    assert isinstance(result, GistResult) and result.title == "T"
    assert model._parse == GistResult.from_dict


@pytest.mark.parametrize(
    ("data", "kind"),
    [([], "array"), ("x", "string"), (True, "boolean"), (None, "null"), (1, "number"), (1.5, "number")],
)
def test_results_other_than_objects_are_named_by_json_type(data: Any, kind: str) -> None:
    for result in (Model(_echo("m")), Variants("t", {"a": _echo("a")}), AnyOf((_echo("a"),))):
        with pytest.raises(ResultMismatch) as caught:
            result.parse(data, {})
        assert str(caught.value) == f"expected a JSON object, got {kind}"


def test_json_type_names() -> None:
    assert [_json_type(v) for v in ({}, [], "", False, None, 0, 0.5)] == [
        "object",
        "array",
        "string",
        "boolean",
        "null",
        "number",
        "number",
    ]


def test_short_quotes_scalars_names_the_rest_and_cuts_at_sixty() -> None:
    assert _short("abc") == "'abc'"
    assert _short(None) == "None"
    assert _short(True) == "True"
    assert _short(3) == "number"
    assert _short([1]) == "array"
    assert _short({"a": 1}) == "object"
    exactly_sixty = "x" * 58  # repr adds two quotes
    assert _short(exactly_sixty) == repr(exactly_sixty)
    longer = "y" * 59
    assert _short(longer) == ("'" + "y" * 59)[:57] + "..."
    assert len(_short(longer)) == 60


def test_variants_keep_their_parts_and_parse_by_discriminator() -> None:
    models = {"chapter": _echo("chapter"), "summary": _echo("summary")}
    variants = Variants("summarize_type", models, "type")
    assert (variants.discriminator, variants.models, variants.parameter) == ("summarize_type", models, "type")
    assert variants._parsers == {}
    body = {"summarize_type": "chapter", "chapters": []}
    assert variants.parse(body, {"type": "chapter"}) == ("chapter", body)
    assert variants._parsers == {"chapter": models["chapter"]}
    # Cached: a second parse does not resolve again.
    assert variants.parse(body, {}) == ("chapter", body)
    assert Variants("t", {"a": _echo("a")}).parameter is None


def test_variants_resolve_string_references() -> None:
    variants = Variants("kind", {"gist": "twelvelabs_analyze_api.models.gist_result:GistResult"})
    result = variants.parse({"kind": "gist", "id": "g", "title": "T"}, {})
    assert isinstance(result, GistResult)
    assert variants._parsers == {"gist": GistResult.from_dict}


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("other", "'other'"),
        (None, "None"),
        (7, "number"),
        ("z" * 80, ("'" + "z" * 80)[:57] + "..."),
    ],
)
def test_an_unknown_variant_is_named_with_the_allowed_ones(value: Any, shown: str) -> None:
    variants = Variants("summarize_type", {"summary": _echo("s"), "chapter": _echo("c")})
    with pytest.raises(ResultMismatch) as caught:
        variants.parse({"summarize_type": value}, {})
    assert str(caught.value) == f"summarize_type is {shown}, expected one of 'chapter', 'summary'"


def test_a_discriminator_that_is_no_string_is_named_by_type() -> None:
    with pytest.raises(ResultMismatch, match=r"^kind is array, expected one of 'a'$"):
        Variants("kind", {"a": _echo("a")}).parse({"kind": ["a"]}, {})


def test_a_missing_discriminator_is_named_as_none() -> None:
    with pytest.raises(ResultMismatch, match=r"^kind is None, expected one of 'a'$"):
        Variants("kind", {"a": _echo("a")}).parse({}, {})


def test_variants_check_the_variant_asked_for() -> None:
    variants = Variants("summarize_type", {"summary": _echo("s"), "chapter": _echo("c")}, "type")
    with pytest.raises(ResultMismatch) as caught:
        variants.parse({"summarize_type": "chapter"}, {"type": "summary"})
    assert str(caught.value) == "requested type='summary' but the response has summarize_type='chapter'"
    # Not asked (or not a string): any documented variant is taken.
    assert variants.parse({"summarize_type": "chapter"}, {})[0] == "c"
    assert variants.parse({"summarize_type": "chapter"}, {"type": None})[0] == "c"


def test_any_of_takes_the_first_candidate_that_accepts() -> None:
    any_of = AnyOf((_refuse("no"), _echo("second"), _echo("third")))
    assert any_of.candidates[0] is not None and len(any_of.candidates) == 3
    assert any_of.parse({"a": 1}, {}) == ("second", {"a": 1})


def test_any_of_lists_every_candidates_problem() -> None:
    def missing(data: Any) -> Any:
        raise KeyError("id")

    def wrong(data: Any) -> Any:
        raise TypeError("bad type")

    any_of = AnyOf((_refuse("first problem"), missing, wrong))
    with pytest.raises(ResultMismatch) as caught:
        any_of.parse({"a": 1}, {})
    assert str(caught.value) == "matches none of the documented shapes: first problem; 'id'; bad type"


def test_any_of_resolves_string_references() -> None:
    any_of = AnyOf(("twelvelabs_analyze_api.models.gist_result:GistResult",))
    assert isinstance(any_of.parse({"id": "g"}, {}), GistResult)


def test_no_content_has_no_body_and_parses_to_none() -> None:
    assert NoContent().has_body is False
    assert NoContent().parse({"x": 1}, {}) is None
    assert Model(_echo("m")).has_body is True
    with pytest.raises(NotImplementedError):
        Result().parse({}, {})


def test_paging_keeps_its_parts_and_starts_at_page_one() -> None:
    paging = Paging("page", "data", ("page_info", "total_page"))
    assert (paging.parameter, paging.items, paging.total_pages, paging.first_page) == (
        "page",
        "data",
        ("page_info", "total_page"),
        1,
    )
    assert Paging("p", "i", (), first_page=0).first_page == 0
    assert paging.total_results == ()
    assert Paging("p", "i", (), total_results=("info", "n")).total_results == ("info", "n")


def test_emulation_keeps_its_target_and_spec() -> None:
    spec = {"prompt-by": "types"}
    emulation = Emulation("analyze", spec)
    assert (emulation.target, emulation.spec) == ("analyze", spec)
    assert Emulation("analyze").spec == {}
    assert Emulation("analyze", None).spec == {}


def test_operation_keeps_every_argument_and_has_documented_defaults() -> None:
    fields = (Field("video_id", "video_id", "body"),)
    result = Model(_echo("m"))
    minimal = Operation(name="gist", method="POST", path="/gist", fields=fields, result=result)
    assert (minimal.name, minimal.method, minimal.path, minimal.fields, minimal.result) == (
        "gist",
        "POST",
        "/gist",
        fields,
        result,
    )
    assert minimal.success == 200
    assert minimal.body_schema is None and minimal.parameters_schema is None
    assert minimal.fixed == {} and minimal.bare == {}
    assert minimal.stream is False and minimal.final_event is None
    assert minimal.paging is None and minimal.emulation is None
    assert minimal.deprecated is False and minimal.omit_none == frozenset()
    assert minimal.label == "POST /gist"

    bare = {"response_format": BareValue("type", frozenset({"json_schema"}), "json_schema", "json_schema")}
    paging = Paging("page", "data", ("total",))
    emulation = Emulation("analyze", {"k": 1})
    full = Operation(
        name="n",
        method="GET",
        path="/p/{id}",
        fields=fields,
        result=result,
        success=202,
        body_schema="#/components/schemas/X",
        parameters_schema={"type": "object"},
        fixed={"stream": True},
        bare=bare,
        stream=True,
        final_event="stream_end",
        paging=paging,
        emulation=emulation,
        deprecated=True,
        omit_none=frozenset({"prompt"}),
    )
    assert full.success == 202
    assert full.body_schema == "#/components/schemas/X"
    assert full.parameters_schema == {"type": "object"}
    assert full.fixed == {"stream": True}
    assert full.bare == bare
    assert full.stream is True and full.final_event == "stream_end"
    assert full.paging == paging and full.emulation == emulation
    assert full.deprecated is True and full.omit_none == frozenset({"prompt"})
    assert full.label == "GET /p/{id}"
