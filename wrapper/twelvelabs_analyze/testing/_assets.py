"""Assets (``/assets``): created from a file, a URL or a finished multipart upload, then
``processing`` until ``ready`` (or ``failed``) on the fake's clock; listed, retrieved, deleted.

As with tasks, nothing runs in the background: an asset's status is computed from the clock
whenever it is read. The fake keeps each file's size and MD5, not its bytes, unless told to
(``keep_bytes``), so tests can compare what arrived with what was sent.
"""

from __future__ import annotations

import hashlib
import json
import math
import mimetypes
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ._errors import ApiError
from ._tasks import _timestamp
from ._video import looks_missing
from ._words import digest

__all__ = [
    "DEFAULT_ASSET_FAILURE",
    "DEFAULT_ASSET_PROCESSING_SECONDS",
    "DIRECT_UPLOAD_LIMIT",
    "IMAGE_LIMIT",
    "AssetStore",
]

# "Upload limits: Video and audio, local files: Up to 200 MB … Images: Up to 32 MB" (POST
# /assets in the published spec). Read as decimal megabytes, the stricter reading: a client
# that passes the fake passes the API whichever one TwelveLabs means.
DIRECT_UPLOAD_LIMIT = 200 * 1000 * 1000
IMAGE_LIMIT = 32 * 1000 * 1000
DEFAULT_ASSET_PROCESSING_SECONDS = 1.0  # short: someone watching `mock-server` sees it finish
DEFAULT_ASSET_FAILURE = "The file could not be processed."
MISSING_URL_FAILURE = "The file at the URL could not be downloaded."
EMPTY_FILE_FAILURE = "The file is empty."
KINDS = ("video", "audio", "image")


@dataclass
class Asset:
    asset_id: str
    number: int  # creation order
    method: str  # direct | url | multipart
    kind: str  # video | audio | image
    file_type: str  # the MIME type
    filename: str
    user_metadata: dict[str, Any] | None
    enable_hls: bool
    enable_thumbnail: bool
    created: float  # fake time it was created (reserved, for multipart)
    processing: float  # seconds from `started` to done
    failure: str | None = None
    size: int | None = None
    md5: str | None = None
    data: bytes | None = field(default=None, repr=False)  # kept only with keep_bytes
    started: float | None = None  # fake time processing began; None: a multipart upload still arriving
    referenced: bool = False  # an indexed asset refers to it (DELETE needs force)

    def status(self, now: float) -> str:
        assert self.started is not None
        if now - self.started < self.processing:
            return "processing"
        return "failed" if self.failure is not None else "ready"

    def view(self, now: float, *, detail: bool) -> dict[str, Any]:
        status = self.status(now)
        asset: dict[str, Any] = {
            "_id": self.asset_id,
            "method": self.method,
            "status": status,
            "filename": self.filename,
            "file_type": self.file_type,
            "created_at": _timestamp(self.created),
        }
        if self.user_metadata is not None:
            asset["user_metadata"] = self.user_metadata
        if not detail:
            return asset
        if self.size is not None:
            asset["size"] = self.size
        if status == "failed":
            asset["error"] = {"message": self.failure}
        derived = "ready" if status == "ready" else "error" if status == "failed" else "processing"
        if self.enable_hls and self.kind != "image":
            asset["hls"] = {"status": derived}
            if derived == "ready":
                asset["hls"]["manifest_url"] = (
                    f"https://assets.fake.twelvelabs.test/{self.asset_id}/index.m3u8"
                )
        if self.enable_thumbnail:
            asset["thumbnail"] = {"status": derived}
            if derived == "ready":
                asset["thumbnail"]["representative_url"] = (
                    f"https://assets.fake.twelvelabs.test/{self.asset_id}/thumbnail.jpg"
                )
        return asset


def kind_of(filename: str, content_type: str | None = None) -> tuple[str, str]:
    """``(kind, MIME type)`` of a file from its declared type or its name (video when unknown)."""
    guessed = content_type if content_type and "/" in content_type else mimetypes.guess_type(filename)[0]
    mime = (guessed or "video/mp4").split(";", 1)[0].strip().lower()
    major = mime.split("/", 1)[0]
    return (major if major in KINDS else "video"), mime


def user_metadata_of(value: Any) -> dict[str, Any] | None:
    """``user_metadata`` as an object: JSON text in a form, an object in JSON; 400 otherwise.

    The spec's prose allows string, integer, float and boolean values, but its schema any
    value: the fake takes what the schema takes."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise _metadata_invalid() from None
    if not isinstance(value, dict):
        raise _metadata_invalid()
    return value


def _metadata_invalid() -> ApiError:
    return ApiError(
        400,
        "parameter_invalid",
        "The user_metadata parameter must be a JSON object.",
    )


class AssetStore:
    """Every asset of one fake, behind one lock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._assets: dict[str, Asset] = {}
        self._created = 0
        self._failures: list[str] = []  # for the next assets created
        self.processing = DEFAULT_ASSET_PROCESSING_SECONDS
        self.keep_bytes = False

    def fail_next(self, message: str, times: int) -> None:
        with self._lock:
            self._failures.extend(message for _ in range(times))

    def reserve(
        self,
        *,
        method: str,
        filename: str,
        kind: str,
        file_type: str,
        user_metadata: dict[str, Any] | None,
        enable_hls: bool,
        enable_thumbnail: bool,
    ) -> Asset:
        """A new asset, not yet processing (a multipart upload's, until the file is in)."""
        with self._lock:
            self._created += 1
            asset = Asset(
                asset_id=digest({"asset": self._created}).hex()[:24],
                number=self._created,
                method=method,
                kind=kind,
                file_type=file_type,
                filename=filename,
                user_metadata=user_metadata,
                enable_hls=enable_hls,
                enable_thumbnail=enable_thumbnail,
                created=self._clock(),
                processing=self.processing,
                failure=self._failures.pop(0) if self._failures else None,
            )
            self._assets[asset.asset_id] = asset
        return asset

    def start(self, asset_id: str, *, size: int, md5: str, data: bytes | None = None) -> Asset:
        """The file of ``asset_id`` is in: it is ``processing`` from now."""
        with self._lock:
            asset = self._assets[asset_id]
            asset.size, asset.md5 = size, md5
            asset.data = data if self.keep_bytes else None
            asset.started = self._clock()
        return asset

    def create_direct(
        self, form: Mapping[str, Any], data: bytes, filename: str, content_type: str | None
    ) -> Asset:
        kind, mime = kind_of(filename, content_type)
        limit = IMAGE_LIMIT if kind == "image" else DIRECT_UPLOAD_LIMIT
        if len(data) > limit:
            what = "an image" if kind == "image" else "a local video or audio file; use a multipart upload"
            raise ApiError(
                400,
                "parameter_invalid",
                f"The file parameter is invalid: {len(data)} bytes is more than the {limit} bytes of {what}.",
            )
        asset = self._reserve_from(form, "direct", filename, kind, mime)
        if not data and asset.failure is None:  # found out while processing, as a corrupt file is
            asset.failure = EMPTY_FILE_FAILURE
        return self.start(asset.asset_id, size=len(data), md5=hashlib.md5(data).hexdigest(), data=data)

    def create_from_url(self, form: Mapping[str, Any], url: str) -> Asset:
        parts = urlsplit(url)
        name = parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.netloc or "download"
        kind, mime = kind_of(name)
        asset = self._reserve_from(form, "url", str(form.get("filename") or name), kind, mime)
        # The file is fetched while the asset processes: a URL it cannot fetch is a failed asset.
        unusable = parts.scheme not in ("http", "https") or not parts.netloc or looks_missing("url", url)
        if unusable and asset.failure is None:
            asset.failure = MISSING_URL_FAILURE
        return self.start(asset.asset_id, size=0, md5=hashlib.md5(b"").hexdigest())

    def _reserve_from(
        self, form: Mapping[str, Any], method: str, filename: str, kind: str, mime: str
    ) -> Asset:
        return self.reserve(
            method=method,
            filename=str(form.get("filename") or filename),
            kind=kind,
            file_type=mime,
            user_metadata=user_metadata_of(form.get("user_metadata")),
            enable_hls=bool(form.get("enable_hls", False)),
            enable_thumbnail=bool(form.get("enable_thumbnail", False)),
        )

    def _visible(self, asset_id: str) -> Asset:
        """The asset, once its file is in (a multipart upload's asset id is reserved before)."""
        asset = self._assets.get(asset_id)
        if asset is None or asset.started is None:
            raise not_found(asset_id)
        return asset

    def retrieve(self, asset_id: str) -> dict[str, Any]:
        with self._lock:
            asset = self._visible(asset_id)
        return asset.view(self._clock(), detail=True)

    def set_user_metadata(self, asset_id: str, metadata: Mapping[str, Any], *, replace: bool) -> None:
        """``PUT`` (``replace``) or ``PATCH`` (merge) an asset's ``user_metadata``."""
        with self._lock:
            asset = self._visible(asset_id)
            merged = {} if replace or asset.user_metadata is None else dict(asset.user_metadata)
            merged.update(metadata)
            asset.user_metadata = merged

    def status(self, asset_id: str) -> str | None:
        """The status of a known asset whose file is in; None for any other id."""
        with self._lock:
            asset = self._assets.get(asset_id)
        return asset.status(self._clock()) if asset is not None and asset.started is not None else None

    def delete(self, asset_id: str, *, force: bool) -> None:
        with self._lock:
            asset = self._visible(asset_id)
            if asset.referenced and not force:
                raise ApiError(
                    409,
                    "conflict",
                    f"The asset {asset_id} is referenced by indexed assets; delete it with force=true.",
                )
            del self._assets[asset_id]

    def update(self, asset_id: str, *, failure: str | None = None, referenced: bool | None = None) -> None:
        """Make an asset fail (at the end of its processing) or mark it referenced; KeyError if unknown."""
        with self._lock:
            asset = self._assets[asset_id]
            if failure is not None:
                asset.failure = failure
            if referenced is not None:
                asset.referenced = referenced

    def content(self, asset_id: str) -> bytes | None:
        with self._lock:
            asset = self._assets.get(asset_id)
        return asset.data if asset is not None else None

    def page(self, query: Mapping[str, Any]) -> dict[str, Any]:
        now = self._clock()
        with self._lock:
            assets = [a for a in self._assets.values() if a.started is not None]
        assets.sort(key=lambda a: a.number, reverse=True)
        ids, kinds = query.get("asset_ids"), query.get("asset_types")
        name = str(query.get("filename", "")).casefold()
        chosen = [
            a
            for a in assets
            if (ids is None or a.asset_id in ids)
            and (kinds is None or a.kind in kinds)
            and name in a.filename.casefold()
        ]
        limit, number = int(query["page_limit"]), int(query["page"])
        items = chosen[(number - 1) * limit : number * limit]
        return {
            "data": [a.view(now, detail=True) for a in items],
            "page_info": {
                "limit_per_page": limit,
                "page": number,
                "total_page": max(1, math.ceil(len(chosen) / limit)),
                "total_results": len(chosen),
            },
        }

    def snapshot(self) -> list[dict[str, Any]]:
        """Every asset whose file is in, as retrieve shows it, newest first."""
        now = self._clock()
        with self._lock:
            assets = sorted(
                (a for a in self._assets.values() if a.started is not None), key=lambda a: -a.number
            )
        return [a.view(now, detail=True) for a in assets]

    def clear(self) -> None:
        with self._lock:
            self._assets.clear()
            self._failures.clear()
            self._created = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._assets)


def not_found(asset_id: str) -> ApiError:
    return ApiError(404, "resource_not_exist", f"No asset has the id {asset_id!r}.")
