"""The batch output file: one JSON line per video, crash-safe and resumable.

Guarantees, and how they are kept:

* Each line is written with one ``write`` on a file opened for appending, then flushed and
  ``fsync``-ed before the video counts as done, so a ``kill -9`` loses only videos still in flight.
* A crash can leave a torn last line (no newline, or not valid JSON). Opening the file detects it
  and truncates it away before anything is appended.
* Every video id is in the file once. ``--retry-failed`` appends a new line for a retried id
  while it runs (the old failure is never destroyed before its replacement is safely on disk),
  and the file is then compacted: rewritten to a temporary file, fsync-ed and swapped in with
  ``os.replace``, keeping one line per id. A run killed before compacting leaves two lines for
  some ids; the next open compacts them. When an id has several lines, a success beats a
  failure, and otherwise the later line wins.
* One run at a time: the file is held with an exclusive ``flock`` while a batch runs, so a second
  run on the same ``--out`` is refused instead of writing an id twice.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["ResultsFile", "ResultsFileError"]


class ResultsFileError(Exception):
    """The output file cannot be used: a line that is not a result (nor a torn last line), or a lock."""


def _parse_line(line: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("video_id"), str) and "ok" in record:
        return record
    return None


def _supersedes(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    return bool(new["ok"]) or not old["ok"]


def _fsync_directory(path: Path) -> None:
    # Makes a rename durable; not every platform lets a directory be opened.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _open_locked(path: Path, *, create: bool) -> int:
    """Open for appending with an exclusive advisory lock: two runs must not write one file."""
    flags = os.O_WRONLY | os.O_APPEND | (os.O_CREAT if create else 0)
    fd = os.open(path, flags, 0o644)
    try:
        import fcntl  # noqa: PLC0415 - POSIX only; elsewhere the file is not locked
    except ImportError:
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise ResultsFileError(
            f"{path} is in use by another batch; wait for it or use another --out"
        ) from None
    return fd


@dataclass
class ResultsFile:
    """An open output file; ``records`` maps each video id to its current line."""

    path: Path
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    dropped_torn_line: bool = False
    _fd: int | None = None
    _superseded: int = 0

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> ResultsFile:
        """Lock the file, read what an earlier run left (repairing a torn end), then open for appending."""
        results = cls(Path(path))
        results._fd = _open_locked(results.path, create=True)
        try:
            results._load()
            if results._superseded:
                results.compact()
        except BaseException:
            results._release()
            raise
        return results

    def _release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # also drops the lock

    def _load(self) -> None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        lines = data.split(b"\n")
        tail = lines.pop()  # after the last newline: empty unless the last write was torn
        keep = len(data) - len(tail)
        if not tail and lines and lines[-1].strip() and _parse_line(lines[-1]) is None:
            # Newline-terminated but unreadable: the last write was torn before its end reached disk.
            keep -= len(lines.pop()) + 1
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record = _parse_line(line)
            if record is None:
                raise ResultsFileError(
                    f"{self.path}: line {number} is not a result line; fix or remove it, or use another --out"
                )
            self._remember(record)
        if keep < len(data):
            self.dropped_torn_line = True
            with self.path.open("r+b") as file:
                file.truncate(keep)
                file.flush()
                os.fsync(file.fileno())

    def _remember(self, record: dict[str, Any]) -> None:
        video_id = record["video_id"]
        old = self.records.get(video_id)
        if old is not None:
            self._superseded += 1
            if not _supersedes(record, old):
                return
            del self.records[video_id]  # re-insert: the file keeps the order lines were written in
        self.records[video_id] = record

    def append(self, record: dict[str, Any]) -> None:
        """Write one line durably; returns once it is on disk."""
        if self._fd is None:
            raise ValueError("the results file is closed")
        data = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)
        self._remember(record)

    @property
    def needs_compaction(self) -> bool:
        return self._superseded > 0

    def compact(self) -> None:
        """Rewrite the file atomically with one line per video id."""
        handle, temp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        temp_path = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as temp:
                for record in self.records.values():
                    temp.write(
                        (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
                    )
                temp.flush()
                os.fsync(temp.fileno())
            mode = self.path.stat().st_mode & 0o777 if self.path.exists() else 0o644
            temp_path.chmod(mode)  # mkstemp makes it 0600
            temp_path.replace(self.path)
        except BaseException:
            temp_path.unlink(missing_ok=True)
            raise
        _fsync_directory(self.path.parent)
        self._superseded = 0
        if self._fd is not None:  # the old descriptor (and lock) belong to the replaced file
            os.close(self._fd)
            self._fd = _open_locked(self.path, create=False)

    def close(self) -> None:
        """Compact if a retry left two lines for an id, then close."""
        if self._fd is None:
            return
        try:
            if self._superseded:
                self.compact()
        finally:
            self._release()

    def __enter__(self) -> ResultsFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
