"""``client.assets.upload(source)``: a local file (path, open file or bytes) to a ready asset.

Added to ``client.assets`` by ``openapi/client.yaml``, with ``wait(asset_id)`` (the tasks' polling
loop and rules: :class:`~twelvelabs_analyze._sync._tasks.TaskWaiting`).

* At or below ``direct_limit`` (the documented limit of ``POST /assets``: 200 MB, images 32 MB)
  a source goes in one ``assets.create(method="direct")`` when the client has that method; otherwise, and
  above it, through the multipart flow.
* Multipart: ``multipart_upload.create`` says the chunk size (server-chosen) and gives the first
  presigned URLs. ``concurrency`` workers each take the next chunk, read it (seek and read, no
  temporary copies: memory stays at ``concurrency`` chunks), PUT it to an unused URL that is not
  about to expire — fetched with ``get_additional_presigned_urls`` when missing, and fresh for
  every retry (a URL is used once) — and report it with its ETag; completed chunks are reported
  in batches (whatever finished while a report was on its way goes in the next one). A part is
  retried on the client's retry policy (``max_retries``, ``max_retry_wait``); a 400 or 403 from
  the presigned host (a URL expired or already used) is retried too, on a fresh URL.
* The PUT goes to the presigned host without the API key: a request of its own carrying exactly
  the create answer's ``upload_headers`` (httpx adds Host and Content-Length), no auth, no
  redirects. URLs show with their query string masked in reprs, errors and httpx's log lines.
* Resume (files given by path, ``resume=True``): a small record per path in ``state_dir`` (see
  :class:`~twelvelabs_analyze._upload_plan.StateStore`) finds the session again; ``get_status``
  says which chunks are done, and only the rest are sent. A changed file (size, mtime or
  sampled content) starts a new session, so does a session that is gone, failed or expired —
  saying so in a warning and an ``on_progress`` event. The record goes once the asset is ready.
* Then the asset is waited for until ``ready`` (``wait=True``) or returned as it is.

Generated from ``_async/_uploads.py`` by scripts/unasync.py — do not edit; change the async source.
"""

from __future__ import annotations

import collections
import json
import os
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import httpx

from twelvelabs_analyze import _sleep
from twelvelabs_analyze._attempt import logger
from twelvelabs_analyze._constants import DEFAULT_UPLOAD_CONCURRENCY
from twelvelabs_analyze._exceptions import NotFoundError, TaskFailedError, TwelveLabsError, UploadError
from twelvelabs_analyze._polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Polling,
    check_wait_options,
)
from twelvelabs_analyze._retry import plan_retry
from twelvelabs_analyze._secrets import redacting
from twelvelabs_analyze._workers import Workers

from ._tasks import TaskWaiting

if TYPE_CHECKING:
    from twelvelabs_analyze._operation import Operation
    from twelvelabs_analyze._upload_plan import (
        PresignedURL,
        ProgressCallback,
        Session,
        Source,
        StateStore,
        UploadSource,
    )

    from ._base_client import APIClient

__all__ = ["AssetUploading"]

T = TypeVar("T")

# Statuses of a presigned host that a fresh URL may cure: S3 answers 403 to an expired or used
# URL and 400 to a part whose body came too slowly (RequestTimeout).
_REFUSED_URL = frozenset({400, 403})
_REPORT_BATCH = 50  # chunks per report at most
_STATUS_PAGES = 1000  # bound on get_status pages (50 chunks each: far beyond 10 GB)


def _operation(name: str) -> Operation:
    from twelvelabs_analyze_api.resources import OPERATIONS  # noqa: PLC0415 - generated; imports this module

    return OPERATIONS[name]


class AssetUploading(TaskWaiting[T]):
    """``upload`` (and ``wait``) for ``client.assets``; see the module docstring."""

    _polling: ClassVar[Polling]
    _client: APIClient

    def upload(
        self,
        source: Source,
        *,
        filename: str | None = None,
        enable_hls: bool = False,
        enable_thumbnail: bool = False,
        user_metadata: Mapping[str, str | int | float | bool] | None = None,
        wait: bool = True,
        on_progress: ProgressCallback | None = None,
        concurrency: int = DEFAULT_UPLOAD_CONCURRENCY,
        direct_limit: int | None = None,
        resume: bool = True,
        state_dir: str | os.PathLike[str] | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    ) -> T:
        """Upload ``source`` (a path, an open binary file or bytes) and return the asset.

        ``filename``: the asset's file name (default: the path's; required for bytes).
        ``enable_hls``/``enable_thumbnail``/``user_metadata``: as the API documents them (sent
        explicitly: the API's defaults are not the SDK's). ``wait``: poll the asset until it is
        ``ready`` (``TaskFailedError`` when it fails, ``TaskTimeoutError`` after ``wait_timeout``
        seconds, with ``poll_interval``/``max_poll_interval`` as for tasks); ``False`` returns it
        as soon as the API has the file (``processing``). ``on_progress(UploadProgress)``: after
        every part (bytes sent / total), and when a session is resumed or started over.
        ``concurrency``: parts in flight (memory: that many chunks). ``direct_limit``: the
        largest size sent in one request (default: the documented limit, 200 MB; 32 MB for images). ``resume``: pick up an interrupted upload of the same
        file (paths only) through a record in ``state_dir``.

        Raises ``UploadError`` when a part or the session fails past the retry budget (upload
        again with ``resume=True`` to go on), and the client's errors.
        """
        from twelvelabs_analyze import _upload_plan as plan  # noqa: PLC0415 - only when uploading

        _check_count("concurrency", concurrency, minimum=1)
        if direct_limit is not None:
            _check_count("direct_limit", direct_limit, minimum=0)
        if on_progress is not None and not callable(on_progress):
            raise TypeError(f"on_progress must be a callable or None, not {type(on_progress).__name__}")
        check_wait_options(
            {"poll_interval": poll_interval, "max_poll_interval": max_poll_interval, "timeout": wait_timeout},
            "upload",
        )
        if user_metadata is not None and not isinstance(user_metadata, Mapping):
            raise TypeError(f"user_metadata must be a mapping or None, not {type(user_metadata).__name__}")
        source_file = plan.UploadSource(source, filename)
        if source_file.size == 0:  # the API refuses it (400): say so before sending anything
            source_file.close()
            raise ValueError(f"{source_file.filename} is empty: an asset needs at least one byte")
        store = plan.StateStore(state_dir) if resume and source_file.path is not None else None
        options = {
            "enable_hls": bool(enable_hls),
            "enable_thumbnail": bool(enable_thumbnail),
            "user_metadata": None if user_metadata is None else dict(user_metadata),
        }
        try:
            limit = plan.direct_limit_for(source_file.filename) if direct_limit is None else direct_limit
            if source_file.size <= limit and callable(getattr(self, "create", None)):
                asset_id = self._upload_direct(source_file, options, on_progress)
            else:
                asset_id = self._upload_multipart(source_file, options, on_progress, concurrency, store)
        finally:
            source_file.close()
        try:
            if not wait:
                asset: T = self._client._request(
                    self._polling.retrieve, {self._polling.id_parameter: asset_id}
                )
            else:
                asset = self.wait(
                    asset_id,
                    poll_interval=poll_interval,
                    max_poll_interval=max_poll_interval,
                    timeout=wait_timeout,
                )
        except TaskFailedError:
            if store is not None and source_file.path is not None:
                store.remove(source_file.path)  # final: a new upload starts afresh
            raise
        if store is not None and source_file.path is not None:
            store.remove(source_file.path)
        return asset

    # --- direct -----------------------------------------------------------------------------

    def _upload_direct(
        self, source: UploadSource, options: dict[str, Any], on_progress: ProgressCallback | None
    ) -> str:
        from twelvelabs_analyze._upload_plan import UploadProgress  # noqa: PLC0415

        create: Any = getattr(self, "create")  # noqa: B009 - the generated method, when selected
        metadata = options["user_metadata"]
        original = source.original
        created = create(
            method="direct",
            # A path is opened and streamed by the call; bytes and open files are sent as they are.
            file=source.path if source.path is not None else original,
            filename=source.filename,
            enable_hls=options["enable_hls"],
            enable_thumbnail=options["enable_thumbnail"],
            # A JSON-encoded string in the form (an object in the multipart session's JSON body).
            user_metadata=None if metadata is None else json.dumps(metadata),
        )
        if on_progress is not None:
            on_progress(UploadProgress(source.size, source.size, event="direct"))
        asset_id = getattr(created, "id", None)
        if not isinstance(asset_id, str) or not asset_id:
            raise UploadError("POST /assets answered without the asset's id")
        return asset_id

    # --- multipart --------------------------------------------------------------------------

    def _upload_multipart(
        self,
        source: UploadSource,
        options: dict[str, Any],
        on_progress: ProgressCallback | None,
        concurrency: int,
        store: StateStore | None,
    ) -> str:
        from twelvelabs_analyze._upload_plan import UploadState  # noqa: PLC0415

        identity = source.identity() if store is not None else None
        session = None
        if store is not None and identity is not None:
            state = store.load(identity.path)
            if state is not None and state.identity != identity:
                _restarted(
                    on_progress, source, "the file changed since its upload began: uploading it afresh"
                )
                store.remove(identity.path)
            elif state is not None:
                session = self._resume(state, source, on_progress)
                if session is None:
                    store.remove(identity.path)
        if session is None:
            session = self._create_session(source, options)
            if store is not None and identity is not None:
                store.save(
                    UploadState(
                        identity,
                        session.upload_id,
                        session.asset_id,
                        session.chunk_size,
                        session.total_chunks,
                        session.headers,
                    )
                )
        if not session.complete:
            self._send_parts(session, source, on_progress, concurrency)
        return session.asset_id

    def _create_session(self, source: UploadSource, options: dict[str, Any]) -> Session:
        from twelvelabs_analyze._upload_plan import Session, asset_type, expected_chunks  # noqa: PLC0415

        created = self._client._request(
            _operation("multipart_upload.create"),
            {
                "filename": source.filename,
                "type": asset_type(source.filename),
                "total_size": source.size,
                **options,
            },
        )
        upload_id, asset_id = getattr(created, "upload_id", None), getattr(created, "asset_id", None)
        chunk_size, total = getattr(created, "chunk_size", None), getattr(created, "total_chunks", None)
        if not (
            isinstance(upload_id, str)
            and upload_id
            and isinstance(asset_id, str)
            and asset_id
            and isinstance(chunk_size, int)
            and chunk_size > 0
            and total == expected_chunks(source.size, chunk_size)
        ):
            raise UploadError(
                "the multipart session's answer lacks its upload_id, asset_id or a chunk_size and "
                f"total_chunks that fit {source.size} bytes (chunk_size={chunk_size!r}, total_chunks={total!r})",
                upload_id=upload_id if isinstance(upload_id, str) else None,
            )
        headers = getattr(created, "upload_headers", None)
        session = Session(
            upload_id=upload_id,
            asset_id=asset_id,
            chunk_size=chunk_size,
            total_chunks=total,
            total_size=source.size,
            headers=_string_map(getattr(headers, "additional_properties", headers)),
        )
        session.add_urls(getattr(created, "upload_urls", None))
        del created  # it holds the URLs: keep them out of tracebacks with locals
        logger.info(
            "upload %s: %s (%d bytes) in %d chunks of %d bytes, asset %s",
            upload_id,
            source.filename,
            source.size,
            total,
            chunk_size,
            asset_id,
        )
        return session

    def _resume(
        self, state: Any, source: UploadSource, on_progress: ProgressCallback | None
    ) -> Session | None:
        """The recorded session with its done chunks; ``None`` (said) when it cannot go on."""
        from twelvelabs_analyze._upload_plan import STATUS_PAGE_LIMIT, Session, UploadProgress  # noqa: PLC0415

        session = Session(
            upload_id=state.upload_id,
            asset_id=state.asset_id,
            chunk_size=state.chunk_size,
            total_chunks=state.total_chunks,
            total_size=source.size,
            headers=state.headers,
        )
        page = 1
        while page <= _STATUS_PAGES:
            try:
                status = self._client._request(
                    _operation("multipart_upload.get_status"),
                    {"upload_id": state.upload_id, "page": page, "page_limit": STATUS_PAGE_LIMIT},
                )
            except NotFoundError:
                _restarted(
                    on_progress, source, f"upload session {state.upload_id} is gone: starting a new one"
                )
                return None
            value = str(getattr(status, "status", ""))
            if value in ("failed", "expired"):
                _restarted(
                    on_progress, source, f"upload session {state.upload_id} {value}: starting a new one"
                )
                return None
            if value == "completed":
                session.complete = True
                break
            for chunk in _list(getattr(status, "uploaded_chunks", None)):
                index = getattr(chunk, "index", None)
                if isinstance(index, int) and str(getattr(chunk, "status", "")) == "completed":
                    session.done.add(index)
            total_pages = getattr(getattr(status, "page_info", None), "total_page", None)
            if not isinstance(total_pages, int) or page >= total_pages:
                break
            page += 1
        logger.info(
            "upload %s resumed: %d of %d chunks are in",
            state.upload_id,
            session.total_chunks if session.complete else len(session.done),
            session.total_chunks,
        )
        if on_progress is not None:
            sent = source.size if session.complete else session.bytes_done()
            on_progress(
                UploadProgress(
                    sent,
                    source.size,
                    event="resumed",
                    message=f"resuming upload {state.upload_id}: {len(session.done)} of {session.total_chunks} chunks are in",
                )
            )
        return session

    def _send_parts(
        self, session: Session, source: UploadSource, on_progress: ProgressCallback | None, concurrency: int
    ) -> None:
        from twelvelabs_analyze._upload_plan import UploadProgress  # noqa: PLC0415

        workers = Workers()
        url_lock, report_lock, progress_lock = workers.lock(), workers.lock(), workers.lock()
        todo = collections.deque(session.pending())
        finished = session.finished
        sent = [session.bytes_done()]
        failures: list[BaseException] = []

        def report() -> None:
            with report_lock:
                while finished:
                    batch: list[dict[str, Any]] = []
                    while finished and len(batch) < _REPORT_BATCH:
                        batch.append(finished.popleft())
                    self._report(session, batch)

        def worker() -> None:
            buffer = bytearray(session.chunk_size)  # this worker's parts, one after the other
            while not workers.stopped:
                try:
                    index = todo.popleft()
                except IndexError:
                    return
                try:
                    length = self._send_part(session, source, index, workers, url_lock, buffer)
                    if on_progress is not None:
                        with progress_lock:
                            sent[0] += length
                            on_progress(UploadProgress(sent[0], source.size, chunk_index=index))
                    report()
                except Exception as error:
                    failures.append(error)
                    workers.stop()
                    return

        workers.run(worker, min(concurrency, max(1, len(todo))))
        if failures:
            error = failures[0]
            if isinstance(error, TwelveLabsError) and not isinstance(error, UploadError):
                error.add_note(
                    f"upload {session.upload_id} (asset {session.asset_id}) stopped; "
                    "upload the same file again to resume it"
                )
            raise error
        report()
        if not session.complete:
            self._confirm(session)

    def _send_part(
        self,
        session: Session,
        source: UploadSource,
        index: int,
        workers: Workers,
        url_lock: Any,
        buffer: bytearray,
    ) -> int:
        """Send chunk ``index`` (retrying on fresh URLs) and queue its proof; returns its length."""
        offset, length = session.span(index)
        data = memoryview(buffer)[:length]
        workers.call(source.read_into, offset, data)
        config = self._client._config
        retries = 0
        while True:
            with url_lock:
                url = self._url_for(session, index, fresh_only=retries > 0)
            etag, status, headers, what = self._put(session, url, data)
            if etag is not None:
                break
            refused = status is not None and status in _REFUSED_URL
            wait = plan_retry(
                retries,
                config.max_retries,
                config.max_retry_wait,
                None if refused else status,
                headers,
                time.time(),
            )
            logger.info(
                "upload %s: chunk %d to %s: %s; %s",
                session.upload_id,
                index,
                url.shown,
                what,
                "gave up" if wait is None else f"retrying on a fresh URL in {wait:.2f}s",
            )
            if wait is None:
                with redacting(url.secret):
                    raise UploadError(
                        f"chunk {index} of upload {session.upload_id} could not be sent after "
                        f"{retries + 1} attempts: PUT {url.shown}: {what}; upload the same file again to resume",
                        upload_id=session.upload_id,
                        asset_id=session.asset_id,
                        chunk_index=index,
                    )
            retries += 1
            _sleep.sleep(wait)
        data.release()
        session.finished.append(
            {"chunk_index": index, "proof": etag, "proof_type": "etag", "chunk_size": length}
        )
        return length

    def _url_for(self, session: Session, index: int, *, fresh_only: bool) -> PresignedURL:
        """An unused URL for chunk ``index`` (fetched when there is none, or none that lasts)."""
        from twelvelabs_analyze._upload_plan import MAX_URLS_PER_REQUEST, clock  # noqa: PLC0415

        url = None if fresh_only else session.take_url(index, clock())
        if url is not None:
            return url
        # A retry needs one URL; a first send fetches the next ones too (the workers go in order).
        count = 1 if fresh_only else min(MAX_URLS_PER_REQUEST, session.total_chunks - index + 1)
        answer = self._client._request(
            _operation("multipart_upload.get_additional_presigned_urls"),
            {"upload_id": session.upload_id, "start": index, "count": count},
        )
        session.add_urls(getattr(answer, "upload_urls", None))
        del answer
        url = session.take_url(index, clock())
        if url is None:
            raise UploadError(
                f"the API gave no usable URL for chunk {index} of upload {session.upload_id}",
                upload_id=session.upload_id,
                asset_id=session.asset_id,
                chunk_index=index,
            )
        return url

    def _put(
        self, session: Session, url: PresignedURL, data: memoryview
    ) -> tuple[str | None, int | None, httpx.Headers | None, str]:
        """PUT one chunk: its ETag, or ``None`` with the status (``None``: no answer) and why."""
        from twelvelabs_analyze._upload_plan import PartBody, presigned_in_flight  # noqa: PLC0415

        target = httpx.URL(url.reveal())
        request = httpx.Request(
            "PUT",
            target,
            stream=PartBody(data),
            # Exactly these: no key, no default headers.
            headers={
                "host": target.netloc.decode("ascii"),
                **session.headers,
                "content-length": str(len(data)),
            },
            extensions={"timeout": self._client._config.http_timeout.as_dict()},
        )
        with presigned_in_flight(url), redacting(url.secret):
            try:
                response = self._client._http.send(request, auth=None, follow_redirects=False)
            except httpx.RequestError as exc:
                return None, None, None, f"no answer ({type(exc).__name__})"
            finally:
                del request
        etag = response.headers.get("etag")
        if 200 <= response.status_code < 300 and etag:
            return etag, response.status_code, response.headers, "sent"
        if 200 <= response.status_code < 300:
            return None, None, response.headers, f"answered {response.status_code} without an ETag"
        return None, response.status_code, response.headers, f"answered {response.status_code}"

    def _report(self, session: Session, batch: list[dict[str, Any]]) -> None:
        answer = self._client._request(
            _operation("multipart_upload.report_chunk_batch"),
            {"upload_id": session.upload_id, "completed_chunks": batch},
        )
        session.done.update(chunk["chunk_index"] for chunk in batch)
        total = getattr(answer, "total_completed", None)
        if isinstance(getattr(answer, "url", None), str) or (
            isinstance(total, int) and total >= session.total_chunks
        ):
            session.complete = True

    def _confirm(self, session: Session) -> None:
        """Every chunk is reported but no answer said the upload is complete: ask the session."""
        status = self._client._request(
            _operation("multipart_upload.get_status"), {"upload_id": session.upload_id}
        )
        value = str(getattr(status, "status", ""))
        if value != "completed":
            raise UploadError(
                f"upload {session.upload_id}: every chunk was reported, but the session is {value!r} "
                f"({getattr(status, 'chunks_completed', '?')} of {session.total_chunks} chunks completed); "
                "upload the same file again to resume it",
                upload_id=session.upload_id,
                asset_id=session.asset_id,
            )
        session.complete = True


def _restarted(on_progress: ProgressCallback | None, source: UploadSource, message: str) -> None:
    from twelvelabs_analyze._upload_plan import UploadProgress  # noqa: PLC0415

    logger.warning("upload of %s: %s", source.filename, message)
    if on_progress is not None:
        on_progress(UploadProgress(0, source.size, event="restarted", message=message))


def _check_count(name: str, value: object, *, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, not {value}")


def _string_map(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    return {str(key): str(item) for key, item in value.items()}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []
