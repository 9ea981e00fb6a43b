"""Paged lists: one page in hand, the next ones fetched only when iteration reaches them.

Generated from ``_async/_pagination.py`` by scripts/unasync.py — do not edit; change the async source.
"""

from __future__ import annotations

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
        total: Any = result
        for name in paging.total_pages:
            total = getattr(total, name, None)
        self.total_pages: int | None = (
            total if isinstance(total, int) and not isinstance(total, bool) else None
        )

    def has_next_page(self) -> bool:
        """Whether a later page exists (when the API does not say, a non-empty page may have a successor)."""
        if self.total_pages is not None:
            return self.page_number < self.total_pages
        return bool(self.items)

    def get_next_page(self) -> Page[T]:
        """The next page (a new request); check :meth:`has_next_page` first."""
        arguments = {**self._arguments, self._paging.parameter: self.page_number + 1}
        page: Page[T] = self._client._request(self._operation, arguments, options=self._options)
        return page

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and every later one."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        total = "?" if self.total_pages is None else self.total_pages
        return f"<{type(self).__name__} {self.page_number}/{total}: {len(self.items)} items>"
