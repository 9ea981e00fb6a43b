"""Argument fuzzing through the public client: bad arguments never reach the network, good ones arrive exact.

Written against the public API only (``TwelveLabs``/``AsyncTwelveLabs``, ``gist``, ``summarize``,
``http_client=``), so it outlives the client's rewrite. The client talks to an ``httpx.MockTransport``
that records every request. For each random argument set the test knows, independently of the
client, what the arguments really hold (hostile subclasses carry their truth) and whether the spec
allows them (jsonschema on the packaged spec, cross-field rules included, with the checker's
documented differences). Then:

* an invalid set raises ``TypeError`` or ``ValueError`` naming a parameter, and nothing is sent;
* a valid set sends exactly one request whose JSON body is the normalized arguments (same JSON
  types: ``1`` is not ``1.0``), and ``response_format`` given as a bare JSON schema arrives wrapped
  as ``{"type": "json_schema", "json_schema": ...}``.

Issue #10 items 5-6 were found this way (``1`` sent as ``1.0``, ``OverflowError`` and json's own
errors escaping, blank ids refused though the spec allows them); ``REFUSED`` and ``SENT`` pin each
case found as an example. Optional arguments are omitted rather than
passed as ``None``.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import json
import math
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs

from ._hostile import (
    PYTHON_VALUES,
    SENDABLE_VALUES,
    HostileDict,
    HostileFloat,
    HostileInt,
    HostileList,
    HostileStr,
    HostileTuple,
    Invalid,
    object_pairs,
)
from ._support import SPEC, jsonschema_validator, request_schemas

BASE_URL = "http://127.0.0.1:9/v1.3"
SCHEMAS = dict(request_schemas(SPEC))
ORACLES = {
    name: jsonschema_validator(SCHEMAS[f"{name} body"], SPEC, strict=True) for name in ("gist", "summarize")
}
GIST_TYPES = ("title", "topic", "hashtag")
SUMMARIZE_TYPES = ("summary", "chapter", "highlight")
DEFAULT_GIST_TYPES = list(GIST_TYPES)
PARAMETERS = ("video_id", "types", "type", "prompt", "temperature", "response_format", "max_tokens")
STARTS_WITH_PARAMETER = re.compile(rf"({'|'.join(PARAMETERS)})\b")
SETTINGS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class GistKind(enum.StrEnum):
    TITLE = "title"


class SummaryKind(enum.StrEnum):
    CHAPTER = "chapter"


# --------------------------------------------------------------------------- the recording client


ANSWERS = {
    "summary": {"summarize_type": "summary", "id": "s1", "summary": "text"},
    "chapter": {"summarize_type": "chapter", "id": "s1", "chapters": []},
    "highlight": {"summarize_type": "highlight", "id": "s1", "highlights": []},
}


class Recorder:
    """The transport's handler: keeps every request, answers like the API."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/gist"):
            return httpx.Response(200, json={"id": "g1", "title": "t", "topics": [], "hashtags": []})
        kind = json.loads(request.content).get("type")
        return httpx.Response(200, json=ANSWERS.get(kind, ANSWERS["summary"]))


RECORDER = Recorder()
CLIENT = TwelveLabs(
    api_key="test-key",
    base_url=BASE_URL,
    max_retries=0,
    http_client=httpx.Client(transport=httpx.MockTransport(RECORDER)),
)


def async_call(operation: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(RECORDER)) as http:
            client = AsyncTwelveLabs(api_key="test-key", base_url=BASE_URL, max_retries=0, http_client=http)
            await getattr(client, operation)(*args, **kwargs)

    asyncio.run(run())


def sync_call(operation: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    getattr(CLIENT, operation)(*args, **kwargs)


# --------------------------------------------------------------------------- the oracle


def expected_body(operation: str, truths: dict[str, Any]) -> dict[str, Any] | None:
    """The body a valid call sends (from what the arguments really hold), or None: must be refused."""
    if any(isinstance(truth, Invalid) for truth in truths.values()):
        return None
    body = dict(truths)
    if operation == "gist":
        body.setdefault("types", DEFAULT_GIST_TYPES)
    if "response_format" in body:
        given = body["response_format"]
        if not (isinstance(given, dict) and given.get("type") == "json_schema"):
            body["response_format"] = {"type": "json_schema", "json_schema": given}  # a bare JSON schema
    if not ORACLES[operation].is_valid(body):  # the spec's cross-field rules included (if/then)
        return None
    return body


def same_json(a: object, b: object) -> bool:
    """Equal as JSON values with the same JSON types; key order does not matter."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def run_case(
    call: Callable[[str, tuple[Any, ...], dict[str, Any]], None],
    operation: str,
    arguments: dict[str, tuple[Any, Any]],
) -> None:
    """Call with the values, judge by the truths."""
    values = {name: value for name, (value, _) in arguments.items()}
    truths = {name: truth for name, (_, truth) in arguments.items()}
    expected = expected_body(operation, truths)
    video_id = values.pop("video_id")
    RECORDER.requests.clear()
    if expected is None:
        with pytest.raises((TypeError, ValueError)) as info:
            call(operation, (video_id,), values)
        assert not RECORDER.requests, "an invalid call reached the network"
        message = str(info.value)
        assert STARTS_WITH_PARAMETER.match(message), f"the error does not start with a parameter: {message!r}"
        return
    call(operation, (video_id,), values)
    assert len(RECORDER.requests) == 1
    request = RECORDER.requests[0]
    assert request.method == "POST"
    assert request.url.path == f"/v1.3/{operation}"
    sent = json.loads(request.content)
    assert same_json(sent, expected), f"sent {sent!r}, expected {expected!r}"


# --------------------------------------------------------------------------- argument strategies

Pair = tuple[Any, Any]


def plain(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Pair]:
    return strategy.map(lambda value: (value, value))


def lying(strategy: st.SearchStrategy[Any], cls: Any) -> st.SearchStrategy[Pair]:
    return strategy.map(lambda value: (cls(value), value))


NOT_JSON = st.sampled_from([b"x", {1}, frozenset(), object(), 1j, print]).map(
    lambda v: (v, Invalid(TypeError))
)
NOT_FINITE = st.sampled_from([math.nan, math.inf, -math.inf]).map(lambda v: (v, Invalid(ValueError)))
SURROGATES = st.sampled_from(["\ud800", "id\udfff", HostileStr("\udbff")]).map(
    lambda v: (v, Invalid(ValueError))
)
TEXT = st.text(max_size=30)
SOME_TEXT = st.text(min_size=1, max_size=30).filter(str.strip)  # what today's client calls an id


def sequences(items: st.SearchStrategy[Pair], max_size: int = 4) -> st.SearchStrategy[Pair]:
    def build(kind: Any) -> Callable[[list[Pair]], Pair]:
        def make(pairs: list[Pair]) -> Pair:
            truths = [truth for _, truth in pairs]
            invalid = next((t for t in truths if isinstance(t, Invalid)), None)
            return kind([value for value, _ in pairs]), invalid or truths

        return make

    lists = st.lists(items, max_size=max_size)
    return st.one_of(
        lists.map(build(list)),
        lists.map(build(tuple)),
        lists.map(build(HostileList)),
        lists.map(build(HostileTuple)),
    )


def _with_item(pair: tuple[Pair, Pair]) -> Pair:
    """A good sequence (of whatever kind) with one bad item appended."""
    (values, truths), (item, truth) = pair
    held = list(
        list.__iter__(values) if isinstance(values, list) else tuple.__iter__(values)
    )  # past the lies
    extended = type(values)([*held, item])
    return extended, truth if isinstance(truth, Invalid) else [*truths, truth]


def optional(name: str, strategy: st.SearchStrategy[Pair]) -> st.SearchStrategy[dict[str, Pair]]:
    return st.one_of(st.just({}), strategy.map(lambda pair: {name: pair}))


def combine(*parts: st.SearchStrategy[dict[str, Pair]]) -> st.SearchStrategy[dict[str, Pair]]:
    def merge(dicts: tuple[dict[str, Pair], ...]) -> dict[str, Pair]:
        out: dict[str, Pair] = {}
        for part in dicts:
            out.update(part)
        return out

    return st.tuples(*parts).map(merge)


# Each parameter has good values (some behind lies; the spec may still refuse a few, e.g. an empty
# list) and bad ones. An argument set is all good, or all good but one bad argument, so about half
# of the sets are valid and each invalid one has a single cause.

VIDEO_IDS = (
    st.one_of(plain(st.just("6298d673f1090f1100476d4c")), plain(TEXT), lying(TEXT, HostileStr)),
    st.one_of(
        plain(st.integers() | st.none() | st.booleans() | st.lists(TEXT, max_size=2)), NOT_JSON, SURROGATES
    ),
)
GOOD_GIST_TYPES = st.one_of(
    plain(st.sampled_from(GIST_TYPES)),
    lying(st.sampled_from(GIST_TYPES), HostileStr),
    st.just((GistKind.TITLE, "title")),
)
BAD_GIST_TYPES = st.one_of(
    plain(st.sampled_from(["titel", "", "Title", "hashtags"])),
    plain(st.integers(0, 3) | st.none()),
    NOT_JSON,
    SURROGATES,
)
GIST_TYPE_LISTS = (
    sequences(GOOD_GIST_TYPES),
    st.one_of(
        st.tuples(sequences(GOOD_GIST_TYPES), BAD_GIST_TYPES).map(_with_item),
        plain(st.sampled_from(GIST_TYPES)),  # a bare string is not a list
        st.just(({"title"}, Invalid(TypeError))),
        plain(st.none() | st.integers() | st.dictionaries(TEXT, TEXT, max_size=1)),
    ),
)
SUMMARIZE_TYPE_VALUES = (
    st.one_of(
        plain(st.sampled_from(SUMMARIZE_TYPES)),
        lying(st.sampled_from(SUMMARIZE_TYPES), HostileStr),
        st.just((SummaryKind.CHAPTER, "chapter")),
    ),
    st.one_of(
        plain(st.sampled_from(["chapters", "Summary", ""])),
        plain(st.integers() | st.none() | st.lists(st.sampled_from(SUMMARIZE_TYPES), max_size=1)),
        NOT_JSON,
    ),
)
PROMPTS = (
    st.one_of(
        plain(TEXT), lying(TEXT, HostileStr), plain(st.just("word " * 2100))
    ),  # 2100 words: see the spec
    st.one_of(plain(st.integers() | st.lists(TEXT, max_size=2)), NOT_JSON, SURROGATES),
)
UNIT = st.floats(min_value=0, max_value=1)
TEMPERATURES = (
    st.one_of(
        plain(UNIT),
        plain(st.sampled_from([0.0, 1.0, -0.0, 0, 1])),
        lying(UNIT, HostileFloat),
        lying(st.integers(0, 1), HostileInt),
    ),
    st.one_of(
        plain(st.sampled_from([math.nextafter(1, 2), math.nextafter(0, -1), 1.5, -1.0, 2, -1])),
        plain(st.just(400).map(lambda digits: 10**digits)),
        plain(st.booleans() | st.text(max_size=3)),
        NOT_FINITE,
        NOT_JSON,
    ),
)
MAX_TOKENS = (
    st.one_of(
        plain(st.integers(1, 4096)),
        plain(st.sampled_from([1, 2000, 4096])),
        lying(st.integers(1, 4096), HostileInt),
    ),
    st.one_of(
        plain(st.sampled_from([0, -1, 4097, 1.0, 100.0, 2.5])),
        plain(st.just(400).map(lambda digits: 10**digits)),
        plain(st.booleans() | st.text(max_size=3)),
        NOT_FINITE,
        NOT_JSON,
    ),
)
JSON_SCHEMA_TYPES = st.sampled_from(["object", "array", "string"])


def _user_schemas(values: st.SearchStrategy[Pair]) -> st.SearchStrategy[Pair]:
    """JSON-schema-like dicts, sometimes with a JSON Schema "type" (never "json_schema": not bare)."""
    return st.one_of(
        object_pairs(values).filter(lambda pair: "type" not in pair[0]),
        st.tuples(JSON_SCHEMA_TYPES, object_pairs(values)).map(
            lambda tp: (
                {**tp[1][0], "type": tp[0]},
                tp[1][1] if isinstance(tp[1][1], Invalid) else {**tp[1][1], "type": tp[0]},
            )
        ),
    )


def _canonical(pair: Pair) -> Pair:
    schema, truth = pair
    return {"type": "json_schema", "json_schema": schema}, truth if isinstance(truth, Invalid) else {
        "type": "json_schema",
        "json_schema": truth,
    }


def _hostile_canonical(pair: Pair) -> Pair:
    value, truth = _canonical(pair)
    return HostileDict(value), truth


def _nested(levels: int) -> Any:
    value: Any = {}
    for _ in range(levels):
        value = {"items": value}
    return value


def _cycle() -> Any:
    schema: dict[str, Any] = {"type": "object"}
    schema["properties"] = {"self": schema}
    return schema


GOOD_SCHEMAS = _user_schemas(SENDABLE_VALUES)
RESPONSE_FORMATS = (
    st.one_of(GOOD_SCHEMAS.map(_canonical), GOOD_SCHEMAS, GOOD_SCHEMAS.map(_hostile_canonical)),
    st.one_of(
        _user_schemas(PYTHON_VALUES).map(_canonical).filter(lambda pair: isinstance(pair[1], Invalid)),
        st.tuples(GOOD_SCHEMAS.map(_canonical), st.sampled_from(["strict", "name"])).map(
            lambda pt: ({**pt[0][0], pt[1]: True}, {**pt[0][1], pt[1]: True})
        ),
        plain(
            st.sampled_from(
                [{"type": "json_schema", "json_schema": []}, {"type": "json_schema", "json_schema": "x"}]
            )
        ),
        plain(st.sampled_from(["json_schema", 5, [1], True])),
        st.just((_nested(70), Invalid(ValueError))),
        st.builds(_cycle).map(
            lambda schema: ({"type": "json_schema", "json_schema": schema}, Invalid(ValueError))
        ),
        NOT_JSON,
    ),
)


def _named(name: str, pair: Pair) -> dict[str, Pair]:
    return {name: pair}


def arguments(
    required: dict[str, tuple[st.SearchStrategy[Pair], st.SearchStrategy[Pair]]],
    optional_: dict[str, tuple[st.SearchStrategy[Pair], st.SearchStrategy[Pair]]],
) -> st.SearchStrategy[dict[str, Pair]]:
    """All good arguments (optional ones sometimes left out), or all good but one bad."""
    names = [*required, *optional_]

    def with_bad(bad: str | None) -> st.SearchStrategy[dict[str, Pair]]:
        parts: list[st.SearchStrategy[dict[str, Pair]]] = []
        for name in names:
            good, wrong = required.get(name) or optional_[name]
            chosen = wrong if name == bad else good
            single = chosen.map(functools.partial(_named, name))
            parts.append(single if name in required or name == bad else st.one_of(st.just({}), single))
        return combine(*parts)

    return st.one_of(with_bad(None), st.sampled_from(names).flatmap(with_bad))


GIST_ARGUMENTS = arguments({"video_id": VIDEO_IDS}, {"types": GIST_TYPE_LISTS})
SUMMARIZE_ARGUMENTS = arguments(
    {"video_id": VIDEO_IDS, "type": SUMMARIZE_TYPE_VALUES},
    {
        "prompt": PROMPTS,
        "temperature": TEMPERATURES,
        "response_format": RESPONSE_FORMATS,
        "max_tokens": MAX_TOKENS,
    },
)

# Plain, ordinary arguments: what today's client already handles right.
PLAIN_GIST = combine(
    plain(SOME_TEXT).map(lambda pair: {"video_id": pair}),
    optional("types", plain(st.lists(st.sampled_from(GIST_TYPES), min_size=1, max_size=3, unique=True))),
)
PLAIN_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-1000, 1000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
PLAIN_SUMMARIZE = combine(
    plain(SOME_TEXT).map(lambda pair: {"video_id": pair}),
    plain(st.sampled_from(SUMMARIZE_TYPES)).map(lambda pair: {"type": pair}),
    optional("prompt", plain(TEXT)),
    optional("temperature", plain(UNIT)),
    optional("max_tokens", plain(st.integers(1, 4096))),
).flatmap(
    lambda args: (
        st.just(args)
        if args["type"][1] != "summary"
        else optional(
            "response_format",
            plain(
                st.dictionaries(TEXT, PLAIN_JSON, min_size=1, max_size=3).map(
                    lambda s: {"type": "json_schema", "json_schema": s}
                )
            ),
        ).map(lambda extra: {**args, **extra})
    )
)


# --------------------------------------------------------------------------- the fuzzers


@SETTINGS
@given(PLAIN_GIST)
def test_gist_sends_plain_arguments_exactly(arguments: dict[str, Pair]) -> None:
    run_case(sync_call, "gist", arguments)


@SETTINGS
@given(PLAIN_SUMMARIZE)
def test_summarize_sends_plain_arguments_exactly(arguments: dict[str, Pair]) -> None:
    run_case(sync_call, "summarize", arguments)


@settings(SETTINGS, max_examples=60)
@given(st.one_of(PLAIN_GIST.map(lambda a: ("gist", a)), PLAIN_SUMMARIZE.map(lambda a: ("summarize", a))))
def test_the_async_client_sends_plain_arguments_exactly(case: tuple[str, dict[str, Pair]]) -> None:
    operation, arguments = case
    run_case(async_call, operation, arguments)


@SETTINGS
@given(GIST_ARGUMENTS)
def test_gist_arguments(arguments: dict[str, Pair]) -> None:
    run_case(sync_call, "gist", arguments)


@SETTINGS
@given(SUMMARIZE_ARGUMENTS)
def test_summarize_arguments(arguments: dict[str, Pair]) -> None:
    run_case(sync_call, "summarize", arguments)


@settings(SETTINGS, max_examples=100)
@given(
    st.one_of(GIST_ARGUMENTS.map(lambda a: ("gist", a)), SUMMARIZE_ARGUMENTS.map(lambda a: ("summarize", a)))
)
def test_async_arguments(case: tuple[str, dict[str, Pair]]) -> None:
    operation, arguments = case
    run_case(async_call, operation, arguments)


# --------------------------------------------------------------------------- named cases


def _summary(**arguments: Any) -> dict[str, Pair]:
    base: dict[str, Any] = {"video_id": "6298d673f1090f1100476d4c", "type": "summary", **arguments}
    return {name: (value, value) for name, value in base.items()}


def _invalid(operation: str, **arguments: Any) -> tuple[str, dict[str, Pair]]:
    """A call that must be refused (the truths are marked invalid so no oracle is consulted)."""
    base: dict[str, Any] = {"video_id": "6298d673f1090f1100476d4c"}
    if operation == "summarize":
        base["type"] = "summary"
    base.update(arguments)
    return operation, {name: (value, Invalid(ValueError)) for name, value in base.items()}


REFUSED = [
    pytest.param(*_invalid("gist", video_id=5), id="video_id int"),
    pytest.param(*_invalid("gist", video_id="  "), id="video_id blank"),
    pytest.param(*_invalid("gist", types=[]), id="types empty"),
    pytest.param(*_invalid("gist", types=["titel"]), id="types misspelt"),
    pytest.param(*_invalid("gist", types="title"), id="types bare string"),
    pytest.param(*_invalid("gist", types={"title"}), id="types set"),
    pytest.param(*_invalid("gist", types=[HostileStr("titel")]), id="types hostile str"),
    pytest.param(*_invalid("gist", video_id="id\ud800"), id="video_id surrogate"),
    pytest.param(*_invalid("summarize", type="chapters"), id="type misspelt"),
    pytest.param(*_invalid("summarize", temperature=1.5), id="temperature above 1"),
    pytest.param(*_invalid("summarize", temperature=math.nan), id="temperature nan"),
    pytest.param(*_invalid("summarize", temperature=10**400), id="temperature huge int"),
    pytest.param(*_invalid("summarize", temperature=True), id="temperature bool"),
    pytest.param(*_invalid("summarize", max_tokens=0), id="max_tokens 0"),
    pytest.param(*_invalid("summarize", max_tokens=1.0), id="max_tokens float"),
    pytest.param(*_invalid("summarize", prompt=b"p"), id="prompt bytes"),
    pytest.param(*_invalid("summarize", prompt="p\udfff"), id="prompt surrogate"),
    pytest.param(
        *_invalid("summarize", type="chapter", response_format={"type": "json_schema", "json_schema": {}}),
        id="response_format with chapter",
    ),
    pytest.param(
        *_invalid("summarize", response_format={"type": "json_schema", "json_schema": {"a": {1}}}),
        id="response_format with a set",
    ),
    pytest.param(
        *_invalid("summarize", response_format={"type": "json_schema", "json_schema": {"a": math.inf}}),
        id="response_format with inf",
    ),
    pytest.param(
        *_invalid("summarize", response_format={"type": "json_schema", "json_schema": {1: "a"}}),
        id="response_format int key",
    ),
    pytest.param(
        *_invalid("summarize", response_format={"type": "json_schema", "json_schema": _cycle()}),
        id="response_format cycle",
    ),
    pytest.param(
        *_invalid("summarize", response_format={"type": "json_schema", "json_schema": _nested(70)}),
        id="response_format too deep",
    ),
    pytest.param(*_invalid("summarize", response_format="json"), id="response_format str"),
]


@pytest.mark.parametrize(("operation", "arguments"), REFUSED)
def test_refused_before_sending(operation: str, arguments: dict[str, Pair]) -> None:
    run_case(sync_call, operation, arguments)


SENT = [
    pytest.param("summarize", _summary(temperature=0), id="temperature int 0"),
    pytest.param("summarize", _summary(temperature=1), id="temperature int 1"),
    pytest.param("summarize", _summary(temperature=0.0), id="temperature 0.0"),
    pytest.param("summarize", _summary(temperature=1.0), id="temperature 1.0"),
    pytest.param("summarize", _summary(max_tokens=1), id="max_tokens 1"),
    pytest.param(
        "summarize",
        {**_summary(), "temperature": (HostileFloat(0.25), 0.25), "type": (HostileStr("summary"), "summary")},
        id="hostile scalars",
    ),
    pytest.param(
        "summarize",
        {
            **_summary(),
            "response_format": (
                {"type": "json_schema", "json_schema": {"enum": ("a", "b")}},
                {"type": "json_schema", "json_schema": {"enum": ["a", "b"]}},
            ),
        },
        id="tuple inside response_format",
    ),
    pytest.param(
        "summarize",
        {
            **_summary(),
            "response_format": ({"type": "object", "properties": {}}, {"type": "object", "properties": {}}),
        },
        id="bare json schema",
    ),
    pytest.param(
        "gist", {"video_id": ("v", "v"), "types": (("topic", "title"), ["topic", "title"])}, id="types tuple"
    ),
    pytest.param(
        "summarize",
        _summary(response_format={"type": "json_schema", "json_schema": {}}),
        id="empty json_schema the spec allows",
    ),
]


@pytest.mark.parametrize(("operation", "arguments"), SENT)
def test_sent_exactly(operation: str, arguments: dict[str, Pair]) -> None:
    assert expected_body(operation, {name: truth for name, (_, truth) in arguments.items()}) is not None
    run_case(sync_call, operation, arguments)
