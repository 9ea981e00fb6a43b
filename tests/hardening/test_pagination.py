"""Iterating a list ends, whatever ``page_info`` says, and never yields an item twice.

A server that answers every page number (it never runs out of "pages"), with a ``total_page``
that lies or is missing, must not keep a ``for task in client.analyze_async.tasks.list()``
running forever. The scripted server refuses to answer past :data:`MAX_REQUESTS`, so an
iteration that would not end fails instead of hanging.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit._transport import Both, Script
from twelvelabs_analyze import APIResponseValidationError

MAX_REQUESTS = 40
NOW = "2026-11-22T10:00:00Z"


def task(task_id: str, status: str = "queued") -> dict[str, Any]:
    return {"task_id": task_id, "custom_id": None, "status": status, "created_at": NOW}


class Server:
    """Pages of tasks by page number; ``beyond(number)`` answers the pages past the real ones."""

    def __init__(self, pages: list[list[dict[str, Any]]], info: Any, beyond: str) -> None:
        self.pages = pages
        self.info = info  # page number -> the page_info to send (a dict, or None to leave it out)
        self.beyond = beyond
        self.numbers: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        self.numbers.append(number)
        if len(self.numbers) > MAX_REQUESTS:
            raise AssertionError(f"iteration did not end: {len(self.numbers)} requests")
        items = self._items(number)
        body: dict[str, Any] = {"data": items}
        page_info = self.info(number)
        if page_info is not None:
            body["page_info"] = page_info
        return httpx.Response(200, json=body)

    def _items(self, number: int) -> list[dict[str, Any]]:
        if self.beyond == "ignores-page":  # every request gets the first page
            return self.pages[0] if self.pages else []
        if 1 <= number <= len(self.pages):
            return self.pages[number - 1]
        if self.beyond == "empty" or not self.pages:
            return []
        if self.beyond == "repeat-last":
            return self.pages[-1]
        return self.pages[(number - 1) % len(self.pages)]  # "cycle": old pages again, forever


def iterate(mode: str, server: Server, into: list[str] | None = None, **arguments: Any) -> list[str]:
    """The ids iteration yields (also into ``into`` as they come, for a test that expects a raise)."""
    ids = [] if into is None else into
    both = Both(mode, Script(server))
    first = both.call("analyze_async.tasks.list", **arguments)
    if mode == "sync":
        ids.extend(t.task_id for t in first)
        return ids

    async def collect() -> None:
        async for t in first:
            ids.append(t.task_id)

    asyncio.run(collect())
    return ids


def info(total_page: Any = None, total_results: Any = None, page: int = 1) -> dict[str, Any]:
    page_info: dict[str, Any] = {"page": page, "limit_per_page": 2}
    if total_page is not None:
        page_info["total_page"] = total_page
    if total_results is not None:
        page_info["total_results"] = total_results
    return page_info


# --------------------------------------------------------------------------- the reported cases

TWO_PAGES = [[task("a"), task("b")], [task("c")]]


def test_a_huge_total_page_with_empty_pages_ends_at_the_first_empty_page(mode: str) -> None:
    server = Server(TWO_PAGES, lambda n: info(total_page=10**12), "empty")
    assert iterate(mode, server) == ["a", "b", "c"]
    assert server.numbers == [1, 2, 3]


def test_no_total_page_and_pages_that_repeat_end_at_the_first_repeat(mode: str) -> None:
    server = Server(TWO_PAGES, lambda n: info(), "repeat-last")
    assert iterate(mode, server) == ["a", "b", "c"]
    assert server.numbers == [1, 2, 3]


def test_a_server_that_ignores_the_page_number_yields_its_page_once(mode: str) -> None:
    server = Server(TWO_PAGES, lambda n: info(total_page=5), "ignores-page")
    assert iterate(mode, server) == ["a", "b"]
    assert server.numbers == [1, 2]


def test_no_more_pages_once_total_results_items_were_seen(mode: str) -> None:
    pages = [[task(f"{p}{i}") for i in range(2)] for p in "abcdef"]
    server = Server(pages, lambda n: info(total_page=10**12, total_results=3), "cycle")
    assert iterate(mode, server) == ["a0", "a1", "b0", "b1"]
    assert server.numbers == [1, 2]


def test_an_item_shifted_onto_the_next_page_is_yielded_once(mode: str) -> None:
    # A task created while listing pushes "b" from the end of page 1 to the start of page 2.
    pages = [[task("a"), task("b")], [task("b"), task("c")]]
    server = Server(pages, lambda n: info(total_page=2, total_results=4), "empty")
    assert iterate(mode, server) == ["a", "b", "c"]


def test_an_honest_listing_is_read_to_its_end(mode: str) -> None:
    pages = [[task(f"{p}{i}") for i in range(2)] for p in "abc"]
    server = Server(pages, lambda n: info(total_page=3, total_results=6, page=n), "empty")
    assert len(iterate(mode, server, page_limit=2)) == 6
    assert server.numbers == [1, 2, 3]


def test_iter_pages_stops_where_items_do(mode: str) -> None:
    server = Server(TWO_PAGES, lambda n: info(), "repeat-last")
    first = Both(mode, Script(server)).call("analyze_async.tasks.list")
    if mode == "sync":
        numbers = [p.page_number for p in first.iter_pages()]
    else:

        async def collect() -> list[int]:
            return [p.page_number async for p in first.iter_pages()]

        numbers = asyncio.run(collect())
    assert numbers == [1, 2]
    assert (
        not Both(mode, Script(Server([[]], lambda n: info(total_page=9), "empty")))
        .call("analyze_async.tasks.list")
        .has_next_page()
    ), "an empty page has no successor, whatever total_page says"


# --------------------------------------------------------------------------- any page_info

COUNTS = st.one_of(st.integers(min_value=-3, max_value=12), st.just(10**12))
NOT_COUNTS: st.SearchStrategy[Any] = st.sampled_from(["7", True, 2.5, [], {}, None])


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@st.composite
def servers(draw: st.DrawFn) -> tuple[Server, list[str], bool]:
    sizes = draw(st.lists(st.integers(min_value=1, max_value=3), max_size=5))
    names = iter(range(100))
    pages = [[task(f"t{next(names)}") for _ in range(size)] for size in sizes]
    counts = st.one_of(COUNTS, NOT_COUNTS) if draw(st.booleans()) else COUNTS
    infos = draw(
        st.lists(
            st.one_of(
                st.none(),  # no page_info at all
                st.fixed_dictionaries(
                    {}, optional={"page": counts, "total_page": counts, "total_results": counts}
                ),
            ),
            min_size=1,
            max_size=8,
        )
    )
    beyond = draw(st.sampled_from(["empty", "repeat-last", "cycle", "ignores-page"]))

    def page_info(number: int) -> Any:
        return infos[(number - 1) % len(infos)]

    everything = [t["task_id"] for page in pages for t in page]

    def says_at_least_the_truth(i: dict[str, Any] | None) -> bool:
        if i is None or not all(_is_count(v) for v in i.values()):
            return False  # not the documented shape: the client raises
        pages_said: int = i.get("total_page", len(pages))
        results_said: int = i.get("total_results", len(everything))
        return pages_said >= len(pages) and results_said >= len(everything)

    truthful = beyond != "ignores-page" and all(says_at_least_the_truth(i) for i in infos)
    return Server(pages, page_info, beyond), everything, truthful


@settings(max_examples=150, deadline=None)
@given(case=servers(), mode=st.sampled_from(["sync", "async"]))
def test_any_page_info_iteration_ends_without_repeating_an_item(
    case: tuple[Server, list[str], bool], mode: str
) -> None:
    """Iteration ends — or raises APIResponseValidationError for a page_info that is not the
    documented shape — having yielded no item twice, in the server's order."""
    server, everything, truthful = case
    ids: list[str] = []
    try:
        iterate(mode, server, ids)
    except APIResponseValidationError:
        assert not truthful
    assert len(ids) == len(set(ids)), "no item twice"
    assert ids == [i for i in everything if i in set(ids)], "in the server's order, nothing invented"
    assert len(server.numbers) <= len(everything) + 2, "at most one page past the last new item"
    if truthful:
        assert ids == everything


@pytest.mark.parametrize("count", [-1, 0])
def test_a_count_of_zero_or_less_ends_sensibly(mode: str, count: int) -> None:
    server = Server(TWO_PAGES, lambda n: {"total_page": count, "total_results": count}, "empty")
    assert iterate(mode, server)[:2] == ["a", "b"]
    assert len(server.numbers) <= 3


@pytest.mark.parametrize("bad", ["7", True, 2.5, None])
def test_a_page_info_that_is_not_the_documented_shape_raises(mode: str, bad: Any) -> None:
    server = Server(TWO_PAGES, lambda n: {"total_page": bad, "total_results": 3}, "empty")
    with pytest.raises(APIResponseValidationError, match="total_page"):
        iterate(mode, server)
