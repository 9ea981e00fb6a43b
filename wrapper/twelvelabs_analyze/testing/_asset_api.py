"""The fake's assets and multipart uploads: its behaviours for those operations, the presigned
``PUT`` endpoint, and the public methods that configure them and inject their failures.

:class:`AssetsAndUploads` is a base class of :class:`FakeTwelveLabs`; the state lives in
:class:`._assets.AssetStore` and :class:`._uploads.UploadStore`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ._assets import DEFAULT_ASSET_FAILURE, AssetStore
from ._errors import ApiError
from ._formdata import FormFile
from ._types import FakeResponse
from ._uploads import (
    PRESIGNED_PREFIX,
    REQUEST_ORIGIN,
    PartFault,
    PartSink,
    PresignedRequest,
    UploadStore,
)

if TYPE_CHECKING:
    from ._spec import Operation
    from ._transport import FakeTransport

__all__ = ["AssetsAndUploads"]

DEFAULT_PART_STALL_SECONDS = 60.0


class _Call(Protocol):
    @property
    def operation(self) -> Operation: ...
    @property
    def path(self) -> Mapping[str, str]: ...
    @property
    def query(self) -> Mapping[str, Any]: ...
    @property
    def body(self) -> Mapping[str, Any]: ...


def _check_times(times: int) -> None:
    if times < 1:
        raise ValueError("times must be >= 1")


def _page_query(call: _Call) -> dict[str, Any]:
    properties = (call.operation.query_schema or {}).get("properties", {})
    defaults = {name: schema["default"] for name, schema in properties.items() if "default" in schema}
    return {**defaults, **call.query}


class AssetsAndUploads:
    """Assets (direct, URL and multipart), multipart upload sessions and their presigned URLs."""

    _asset_store: AssetStore
    _upload_store: UploadStore

    if TYPE_CHECKING:

        def _json(self, call: Any, answer: Any, status: int | None = None) -> FakeResponse: ...

        def handle(
            self,
            method: str,
            path: str,
            headers: Mapping[str, str] | Iterable[tuple[str, str]],
            body: bytes,
        ) -> FakeResponse: ...

    def transport(self) -> FakeTransport:
        """An httpx transport, sync and async, that hands requests to this fake in-process.

        For plain ``httpx.Client(transport=fake.transport())`` code, such as the client that
        PUTs parts to presigned URLs (which point at this fake); requests carry no API key unless
        the code adds one."""
        from ._transport import FakeTransport  # noqa: PLC0415 - httpx is imported on use

        return FakeTransport(self.handle)

    def _init_assets(self, clock: Callable[[], float]) -> None:
        self._asset_store = AssetStore(clock)
        self._upload_store = UploadStore(clock, self._asset_store)

    def _asset_behaviours(self) -> dict[tuple[str, str], Callable[[Any], FakeResponse]]:
        return {
            ("POST", "/assets"): self._create_asset,
            ("GET", "/assets"): self._list_assets,
            ("GET", "/assets/{asset_id}"): self._retrieve_asset,
            ("DELETE", "/assets/{asset_id}"): self._delete_asset,
            ("PUT", "/assets/{asset_id}/user-metadata"): self._replace_user_metadata,
            ("PATCH", "/assets/{asset_id}/user-metadata"): self._update_user_metadata,
            ("DELETE", "/assets/{asset_id}/user-metadata"): self._delete_user_metadata,
            ("POST", "/assets/multipart-uploads"): self._create_upload,
            ("GET", "/assets/multipart-uploads"): self._list_incomplete_uploads,
            ("GET", "/assets/multipart-uploads/{upload_id}"): self._upload_status,
            ("POST", "/assets/multipart-uploads/{upload_id}"): self._report_chunks,
            ("POST", "/assets/multipart-uploads/{upload_id}/presigned-urls"): self._more_urls,
        }

    def _reset_assets(self) -> None:
        self._asset_store.clear()
        self._upload_store.clear()

    # --- configuration and failure injection ----------------------------------------------

    def configure_uploads(
        self,
        *,
        chunk_size: int | None = None,
        initial_urls: int | None = None,
        asset_processing: float | None = None,
        presigned_origin: str | None = None,
        upload_headers: Mapping[str, str] | None = None,
        keep_bytes: bool | None = None,
    ) -> None:
        """How assets and multipart uploads behave from now on (``None`` leaves a setting as it is).

        * ``chunk_size`` (5 MiB): the chunk size new sessions choose; grown for a file that would
          otherwise need more than 10,000 chunks.
        * ``initial_urls`` (10): how many presigned URLs a new session's answer holds; the rest
          come from ``POST …/presigned-urls``.
        * ``asset_processing`` (1 s): fake-clock seconds a new asset stays ``processing``.
        * ``presigned_origin``: where presigned URLs point (by default the origin the creating
          request was sent to; the fake answers them on every origin it serves).
        * ``upload_headers``: headers the create answer lists as ``upload_headers`` and every
          part PUT must then carry (403 otherwise, as for a signed header).
        * ``keep_bytes`` (False): keep the files' bytes, for :meth:`asset_content`; otherwise only
          sizes and MD5s are kept.
        """
        uploads = self._upload_store
        if chunk_size is not None:
            if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
                raise ValueError(f"chunk_size must be an integer >= 1, not {chunk_size!r}")
            uploads.chunk_size = chunk_size
        if initial_urls is not None:
            if isinstance(initial_urls, bool) or not isinstance(initial_urls, int) or initial_urls < 1:
                raise ValueError(f"initial_urls must be an integer >= 1, not {initial_urls!r}")
            uploads.initial_urls = initial_urls
        if asset_processing is not None:
            if not (isinstance(asset_processing, int | float) and math.isfinite(asset_processing)) or (
                asset_processing < 0
            ):
                raise ValueError(
                    f"asset_processing must be a finite number of seconds >= 0, not {asset_processing!r}"
                )
            self._asset_store.processing = float(asset_processing)
        if presigned_origin is not None:
            uploads.presigned_origin = presigned_origin.rstrip("/")
        if upload_headers is not None:
            uploads.upload_headers = dict(upload_headers)
        if keep_bytes is not None:
            self._asset_store.keep_bytes = bool(keep_bytes)

    def fail_next_asset(self, message: str = DEFAULT_ASSET_FAILURE, *, times: int = 1) -> None:
        """Make the next ``times`` assets created (direct, URL or multipart) end ``failed`` with
        ``message`` when their processing ends."""
        _check_times(times)
        self._asset_store.fail_next(message, times)

    def fail_asset(self, asset_id: str, message: str = DEFAULT_ASSET_FAILURE) -> None:
        """Make an existing asset fail with ``message`` (at the end of its processing); KeyError if unknown."""
        self._asset_store.update(asset_id, failure=message)

    def reference_asset(self, asset_id: str, referenced: bool = True) -> None:
        """Mark an asset as referenced by indexed assets: deleting it then needs ``force=true`` (409
        otherwise); KeyError if unknown."""
        self._asset_store.update(asset_id, referenced=referenced)

    def fail_next_part(self, status: int = 500, *, times: int = 1) -> None:
        """Answer the next ``times`` part PUTs (that reach a valid URL) with ``status`` and an S3-style
        XML error; the part is not stored, the chunk shows as ``failed`` and the URL is used up."""
        _check_times(times)
        if not 400 <= status <= 599:
            raise ValueError(f"status must be an HTTP error status (400-599), not {status!r}")
        self._upload_store.add_part_faults(PartFault("fail", status=status), times)

    def stall_next_part(self, seconds: float = DEFAULT_PART_STALL_SECONDS, *, times: int = 1) -> None:
        """Store the next ``times`` parts but answer ``seconds`` late (a client's read timeout fires
        first when it is shorter; the part is in all the same, as on S3)."""
        _check_times(times)
        if not (isinstance(seconds, int | float) and math.isfinite(seconds) and seconds >= 0):
            raise ValueError(f"seconds must be a finite number >= 0, not {seconds!r}")
        self._upload_store.add_part_faults(PartFault("stall", seconds=float(seconds)), times)

    def drop_next_part(self, *, times: int = 1) -> None:
        """Break the connection of the next ``times`` part PUTs once their body is read: the answer
        is cut off before it is whole, so reading it fails (``httpx.RemoteProtocolError``) and no
        ETag arrives; the part is not stored. (An ASGI app cannot close a connection before the
        status line: a server would answer 500 instead.)"""
        _check_times(times)
        self._upload_store.add_part_faults(PartFault("drop"), times)

    @property
    def assets(self) -> list[dict[str, Any]]:
        """Every asset whose file is in, as ``GET /assets/{id}`` shows it now, newest first."""
        return self._asset_store.snapshot()

    @property
    def uploads(self) -> list[dict[str, Any]]:
        """Every multipart upload session as get-status shows it (every chunk), newest first."""
        return self._upload_store.snapshot()

    @property
    def presigned_requests(self) -> list[PresignedRequest]:
        """The requests to presigned URLs (the last 10,000), oldest first: headers, size, status,
        ETag; never the URL's query string. They are not in :attr:`requests` (another host)."""
        return self._upload_store.records

    def asset_content(self, asset_id: str) -> bytes | None:
        """The bytes of an asset's file, when ``configure_uploads(keep_bytes=True)`` was in force
        as it arrived; None otherwise."""
        return self._asset_store.content(asset_id)

    def asset_status(self, asset_id: str) -> str | None:
        """The status of an asset whose file is in; None for an unknown id."""
        return self._asset_store.status(asset_id)

    # --- the presigned endpoint -----------------------------------------------------------

    def _presigned_sink(self, method: str, target: str, headers: Mapping[str, str]) -> PartSink | None:
        """A sink for a request to a presigned URL (``target`` with its query), else None."""
        path, _, query = target.partition("?")
        if not path.startswith(PRESIGNED_PREFIX):
            return None
        return self._upload_store.open_part(method.upper(), path, query, headers)

    def _presigned_answer(
        self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> FakeResponse | None:
        """The answer to a presigned-URL request whose body is whole; None for an API request
        (whose origin presigned URLs then point to)."""
        if not path.startswith(PRESIGNED_PREFIX):
            host = headers.get("host")
            REQUEST_ORIGIN.set(f"http://{host}" if host else None)
            return None
        sink = self._upload_store.open_part(method, path, query, headers)
        sink.feed(body)
        return sink.finish()

    # --- behaviours -----------------------------------------------------------------------

    def _create_asset(self, call: _Call) -> FakeResponse:
        form = call.body
        if form["method"] == "direct":
            file = form.get("file")
            if not isinstance(file, FormFile):
                raise ApiError(
                    400, "parameter_not_provided", "The file parameter is required when method is direct."
                )
            filename = str(form.get("filename") or file.filename or "upload")
            asset = self._asset_store.create_direct(form, file.data, filename, file.content_type)
        else:
            asset = self._asset_store.create_from_url(form, str(form.get("url", "")))
        return self._json(call, asset.view(self._assets_now(), detail=False))

    def _assets_now(self) -> float:
        return self._upload_store.now()

    def _list_assets(self, call: _Call) -> FakeResponse:
        return self._json(call, self._asset_store.page(_page_query(call)))

    def _retrieve_asset(self, call: _Call) -> FakeResponse:
        return self._json(call, self._asset_store.retrieve(call.path["asset_id"]))

    def _delete_asset(self, call: _Call) -> FakeResponse:
        self._asset_store.delete(call.path["asset_id"], force=bool(call.query.get("force", False)))
        return self._json(call, None)

    def _replace_user_metadata(self, call: _Call) -> FakeResponse:
        self._asset_store.set_user_metadata(call.path["asset_id"], call.body["user_metadata"], replace=True)
        return self._json(call, None)

    def _update_user_metadata(self, call: _Call) -> FakeResponse:
        self._asset_store.set_user_metadata(call.path["asset_id"], call.body["user_metadata"], replace=False)
        return self._json(call, None)

    def _delete_user_metadata(self, call: _Call) -> FakeResponse:
        self._asset_store.set_user_metadata(call.path["asset_id"], {}, replace=True)
        return self._json(call, None)

    def _create_upload(self, call: _Call) -> FakeResponse:
        return self._json(call, self._upload_store.create(call.body))

    def _list_incomplete_uploads(self, call: _Call) -> FakeResponse:
        return self._json(call, self._upload_store.incomplete(_page_query(call)))

    def _upload_status(self, call: _Call) -> FakeResponse:
        return self._json(call, self._upload_store.status(call.path["upload_id"], _page_query(call)))

    def _report_chunks(self, call: _Call) -> FakeResponse:
        return self._json(
            call, self._upload_store.report(call.path["upload_id"], list(call.body["completed_chunks"]))
        )

    def _more_urls(self, call: _Call) -> FakeResponse:
        body = call.body
        return self._json(
            call, self._upload_store.more_urls(call.path["upload_id"], int(body["start"]), int(body["count"]))
        )
