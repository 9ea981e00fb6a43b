"""Paged lists: one page in hand, the next ones fetched only when iteration reaches them.

Iteration trusts the page's ``page_info`` only as far as it is consistent, so it always ends: it
stops at the page count, and also at an empty page, at a page that brings no item not seen
before (a server that ignores the page number repeats a page), and once it has seen as many
items as ``total_results`` said — whichever comes first. An item is never yielded twice (items
shifted to the next page while listing, by new ones arriving, would otherwise be).

Generated from ``_async/_pagination.py`` by scripts/unasync.py — do not edit; change the async source.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from twelvelabs_analyze._operation import Operation, Paging
from twelvelabs_analyze._options import CallOptions

if TYPE_CHECKING:
    from ._base_client import APIClient

__all__ = ["Page"]

T = TypeVar("T")


class Page(Generic[T]):
    """A page of a list operation.

    ``items`` are this page's items and ``result`` the page as the API returned it (with its
    paging details); ``for item in page`` yields the items of this page and every later
    one, requesting each next page when it is reached (with the same arguments and retries).
    """

    def __init__(
        self,
        client: APIClient,
        operation: Operation,
        arguments: dict[str, Any],
        result: Any,
        options: CallOptions | None = None,
    ) -> None:
        paging = operation.paging
        assert paging is not None
        self._client = client
        self._operation = operation
        self._paging: Paging = paging
        self._arguments = arguments
        self._options = options  # the call's extra_*: every page is requested with them
        self.result = result
        items = getattr(result, paging.items, None)
        self.items: list[T] = list(items) if isinstance(items, list) else []
        number = arguments.get(paging.parameter)
        self.page_number: int = (
            number if isinstance(number, int) and not isinstance(number, bool) else paging.first_page
        )
        self.total_pages: int | None = _count(result, paging.total_pages)
        self.total_results: int | None = _count(result, paging.total_results)

    def has_next_page(self) -> bool:
        """Whether a later page may exist: never after an empty page, nor past ``total_pages``
        (when the API does not say, a non-empty page may have a successor)."""
        if not self.items:
            return False
        return self.total_pages is None or self.page_number < self.total_pages

    def get_next_page(self) -> Page[T]:
        """The next page (a new request); check :meth:`has_next_page` first."""
        arguments = {**self._arguments, self._paging.parameter: self.page_number + 1}
        page: Page[T] = self._client._request(self._operation, arguments, options=self._options)
        return page

    def _walk(self) -> Iterator[tuple[Page[T], list[T]]]:
        """Each page with the items it brings that no earlier page had (see the module docstring)."""
        seen: set[str] = set()
        page = self
        while True:
            new: list[T] = []
            for item in page.items:
                key = _fingerprint(item)
                if key not in seen:
                    seen.add(key)
                    new.append(item)
            if page is not self and not new:
                return  # empty, or a page already seen
            yield page, new
            total = page.total_results
            if not page.has_next_page() or (total is not None and len(seen) >= total):
                return
            page = page.get_next_page()

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and every later one that brings items (see the module docstring for the end)."""
        for page, _ in self._walk():
            yield page

    def __iter__(self) -> Iterator[T]:
        for _, items in self._walk():
            for item in items:
                yield item

    def __repr__(self) -> str:
        total = "?" if self.total_pages is None else self.total_pages
        return f"<{type(self).__name__} {self.page_number}/{total}: {len(self.items)} items>"


def _count(result: Any, path: tuple[str, ...]) -> int | None:
    """The count at ``path`` in a page, if it is one (an int, not a bool, not negative)."""
    if not path:
        return None
    value: Any = result
    for name in path:
        value = getattr(value, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _fingerprint(item: Any) -> str:
    """What makes two items the same item: their whole JSON (models have no hash)."""
    to_dict = getattr(item, "to_dict", None)
    data = to_dict() if callable(to_dict) else item
    return json.dumps(data, sort_keys=True, default=repr, ensure_ascii=False)
