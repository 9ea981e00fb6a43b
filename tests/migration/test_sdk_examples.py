"""Switching from the official SDK: its own examples, adapted by the README's table, against the fake.

Each docstring example of twelvelabs 1.3.6 for ``analyze``, ``analyze_stream`` and
``analyze_async.tasks.*`` (``sdk_1_3_6_examples``) is rewritten with the changes of
:data:`CHANGES` — and only those — and run, sync and async, against a served fake. The README's
table under "Switching from the official SDK" must list exactly :data:`CHANGES`, so it says what
changes and nothing the test does not check.
"""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs
from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs

from .sdk_1_3_6_examples import EXAMPLES, KEYWORDS

README = Path(__file__).resolve().parents[2] / "README.md"
TASK_PLACEHOLDER = "64f8d2c7e4a1b37f8a9c5d12"  # the examples' task id: one of the fake's stands in
API_KEY = "YOUR_API_KEY"  # the examples' key: the fake accepts it

# What changes, as the README's table says it (official SDK 1.3.6 | twelvelabs-analyze).
CHANGES: list[tuple[str, str]] = [
    (
        "`from twelvelabs import TwelveLabs, AsyncTwelveLabs`",
        "`from twelvelabs_analyze import TwelveLabs, AsyncTwelveLabs`",
    ),
    ('`VideoContext_Url(url="…")`', '`{"type": "url", "url": "…"}` (a `TypedDict`)'),
    ("`prompt_v_2=`", "`prompt_v2=` (the API's name)"),
    (
        "`request_options=`",
        "per-call `timeout=`/`extra_headers=`/`extra_query=`/`extra_body=`, "
        "or `client.with_options(timeout=…, max_retries=…)`",
    ),
    (
        "`client.analyze()` without a video: sent, answered `400`",
        "`ValueError` naming the rule, before any request",
    ),
    (
        "`tasks.list(…)` returns one page: `.data`, `.page_info`",
        "a page: `.items`, `.result.page_info`; iterating it walks every page",
    ),
    (
        "pydantic results (`.dict()`, `.json()`)",
        "attrs results (`.to_dict()`, `.to_json()`), the same field names",
    ),
    ("`client.analyze_async.tasks.cancel(task_id=…)`", "not available (not in the published spec)"),
]
KEYWORD_RENAMES = {"prompt_v_2": "prompt_v2"}
SDK_ONLY_KEYWORDS = {"request_options"}  # → client.with_options(...)
SDK_ONLY_METHODS = {"analyze_async.tasks.cancel"}


# --------------------------------------------------------------------------- adapting an example


class _Adapt(ast.NodeTransformer):
    """The rows of CHANGES that are spelt differently, applied to an example's syntax tree."""

    def __init__(self, task_id: str) -> None:
        self.task_id = task_id

    def visit_ImportFrom(self, node: ast.ImportFrom) -> ast.AST | None:
        if node.module != "twelvelabs":
            return node
        names = [alias for alias in node.names if alias.name in ("TwelveLabs", "AsyncTwelveLabs")]
        return ast.ImportFrom(module="twelvelabs_analyze", names=names, level=0)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "VideoContext_Url":
            keys: list[ast.expr | None] = [ast.Constant("type")]
            values: list[ast.expr] = [ast.Constant("url")]
            for keyword in node.keywords:
                keys.append(ast.Constant(keyword.arg))
                values.append(keyword.value)
            return ast.Dict(keys=keys, values=values)
        for keyword in node.keywords:
            keyword.arg = KEYWORD_RENAMES.get(keyword.arg or "", keyword.arg)
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        # A placeholder value, not a change: the id of a task the fake knows.
        return ast.Constant(self.task_id) if node.value == TASK_PLACEHOLDER else node


class _Harness(ast.NodeTransformer):
    """Not a change: the examples' last call keeps its value for the test, and the streaming
    examples' ``yield chunk`` (a SyntaxError at module level, an async generator handed to
    ``asyncio.run``) reads the chunk instead, as the SDK's README does."""

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        if isinstance(node.value, ast.Yield):
            return ast.Expr(
                ast.Call(ast.Name("repr", ast.Load()), [node.value.value or ast.Constant(None)], [])
            )
        return node


def adapt(code: str, task_id: str) -> ast.Module:
    tree = _Harness().visit(_Adapt(task_id).visit(ast.parse(code)))
    last = tree.body[-1]
    if isinstance(last, ast.Expr):  # client.x(...) or asyncio.run(main())
        tree.body[-1] = ast.Assign([ast.Name("result", ast.Store())], last.value)
    for node in ast.walk(tree):  # async def main(): await client.x(...) -> return await ...
        if isinstance(node, ast.AsyncFunctionDef) and isinstance(node.body[-1], ast.Expr):
            call = node.body[-1].value
            if isinstance(call, ast.Await):
                node.body[-1] = ast.Return(call)
    return ast.fix_missing_locations(tree)


def run(mode: str, path: str, code: str, task_id: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(adapt(code, task_id), f"<twelvelabs 1.3.6 example: {mode} {path}>", "exec"), namespace)
    return namespace.get("result")


# --------------------------------------------------------------------------- against the fake


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeTwelveLabs, str]]:
    fake = FakeTwelveLabs(api_key=API_KEY, clock=FakeClock(start=1_800_000_000.0))
    with fake.serve() as base_url:
        yield fake, base_url


@pytest.fixture
def fake(served: tuple[FakeTwelveLabs, str], monkeypatch: pytest.MonkeyPatch) -> FakeTwelveLabs:
    """The served fake; the examples' clients find it through TWELVELABS_BASE_URL."""
    monkeypatch.setenv("TWELVELABS_BASE_URL", served[1])
    monkeypatch.delenv("TWELVELABS_API_KEY", raising=False)
    return served[0]


def ready_task(fake: FakeTwelveLabs) -> str:
    with fake.client() as client:
        created = client.analyze_async.tasks.create(
            video={"type": "url", "url": "https://example.com/lecture.mp4"}, prompt="Summarize it."
        )
    fake.advance(3600)
    return created.task_id


def _id(example: tuple[str, str, str]) -> str:
    return f"{example[0]}-{example[1]}"


@pytest.mark.parametrize("example", EXAMPLES, ids=_id)
def test_the_sdk_examples_run_with_the_readme_changes(
    example: tuple[str, str, str], fake: FakeTwelveLabs
) -> None:
    mode, path, code = example
    task_id = ready_task(fake)
    before = len(fake.requests)
    if path in ("analyze", "analyze_stream"):
        # The examples call these without a video or a prompt.
        with pytest.raises(ValueError, match="exactly one of video_id, video and image is required"):
            run(mode, path, code, task_id)
        assert len(fake.requests) == before, "refused before any request"
        return
    if path in SDK_ONLY_METHODS:
        with pytest.raises(AttributeError, match="cancel"):
            run(mode, path, code, task_id)
        return
    result = run(mode, path, code, task_id)
    sent = fake.requests[before:]
    assert len(sent) == 1 and 200 <= sent[0].status < 300, sent
    request = sent[0]
    if path.endswith(".list"):
        assert request.query == (
            "page=1&page_limit=10&status=queued&video_url=https%3A%2F%2Fexample.com%2Fvideo.mp4"
            "&asset_id=69abc123def456789012abcd&analysis_mode=general"
        )
        assert isinstance(result.items, list) and result.result.page_info.page == 1
        assert not hasattr(result, "data") and not hasattr(result, "page_info")
    elif path.endswith(".create"):
        assert request.json == {
            "custom_id": "prod-segment-analysis-42",
            "video": {"type": "url", "url": "https://example.com/video.mp4"},
            "prompt": "Generate a detailed summary of this video in 3-4 sentences",
            "temperature": 0.2,
            "max_tokens": 1000,
        }
        assert result.to_dict()["task_id"] == result.task_id and not hasattr(result, "dict")
    elif path.endswith(".retrieve"):
        assert (request.method, request.path) == ("GET", f"/v1.3/analyze/tasks/{task_id}")
        assert result.task_id == task_id and result.status == "ready"
    else:
        assert (request.method, request.path, result) == ("DELETE", f"/v1.3/analyze/tasks/{task_id}", None)


def test_every_method_with_an_example_was_run_in_both_modes() -> None:
    assert sorted((m, p) for m, p, _ in EXAMPLES) == sorted(
        (m, p) for p in KEYWORDS for m in ("sync", "async")
    )


# --------------------------------------------------------------------------- the SDK's keywords


def _method(client: object, path: str) -> Any:
    target: Any = client
    for part in path.split("."):
        target = getattr(target, part)
    return target


@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
@pytest.mark.parametrize("path", sorted(set(KEYWORDS) - SDK_ONLY_METHODS))
def test_every_sdk_keyword_is_ours_or_in_the_table(client_class: type[Any], path: str) -> None:
    client = client_class(api_key=API_KEY, base_url="http://127.0.0.1:9")
    accepted = set(inspect.signature(_method(client, path)).parameters)
    for keyword in KEYWORDS[path]:
        if keyword in SDK_ONLY_KEYWORDS:
            assert keyword not in accepted
            assert callable(client.with_options)
            continue
        assert KEYWORD_RENAMES.get(keyword, keyword) in accepted, (path, keyword)
    for sdk_name, ours in KEYWORD_RENAMES.items():
        assert sdk_name not in accepted or ours in accepted


def test_methods_the_sdk_has_and_we_do_not_are_in_the_table() -> None:
    client = TwelveLabs(api_key=API_KEY, base_url="http://127.0.0.1:9")
    for path in SDK_ONLY_METHODS:
        with pytest.raises(AttributeError):
            _method(client, path)


# --------------------------------------------------------------------------- the README says so


def readme_table() -> list[tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Switching from the official SDK", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows[0].startswith("| official SDK") and set(rows[1]) <= set("|-: "), "a header and a rule"
    cells = [tuple(cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]) for row in rows[2:]]
    assert all(len(c) == 2 for c in cells)
    return [(a, b) for a, b in cells]


def test_the_readme_table_lists_exactly_what_changes() -> None:
    assert readme_table() == CHANGES
