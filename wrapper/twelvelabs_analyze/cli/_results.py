"""The batch output file: one JSON line per video, crash-safe and resumable.

Guarantees, and how they are kept:

* Each line is written with one ``write`` on a file opened for appending, then flushed and
  ``fsync``-ed before the video counts as done, so a ``kill -9`` loses only videos still in flight.
* A user's data is never dropped. The only line ever removed is one this tool provably left
  half-written: the last line, with no newline after it, that is not valid JSON and is a prefix
  of a line this tool writes (it starts with ``{"video_id":``, or is a shorter piece of that).
  Anything else that is not a result line (a blank line, text, binary data, JSON that is not a
  result, JSON nested too deep to decode) makes the open fail with the file name and line number,
  and the file is left exactly as it was. A complete result on the last line without its newline
  (a crash between the two, or a hand edit) is kept and given its newline. An empty file is a
  results file with no results yet (a run that created it and stopped before the first answer).
* Lines are UTF-8 JSON without ``\\uXXXX`` escapes for ordinary characters, so they stay readable.
  The exceptions are escaped deliberately: a lone UTF-16 surrogate (``"\\ud800"`` in an API answer,
  which JSON allows and Python decodes into a ``str`` that cannot be encoded as UTF-8), and
  U+0085, U+2028 and U+2029, which ``str.splitlines()`` treats as line ends. So every record can
  be written, reads back to the same value, and rewrites (compaction) to the same bytes.
* A line's ``ok`` is ``true`` (a result), ``false`` (a failure) or ``null``: an analysis task that
  was created and is not over yet (``"status": "created"``, its ``task_id``), written before the
  batch starts waiting for it so that a later run polls that task instead of creating another.
* Every video id is in the file once. ``--retry-failed`` appends a new line for a retried id
  while it runs (the old failure is never destroyed before its replacement is safely on disk),
  and the file is then compacted: rewritten to a temporary file, fsync-ed and swapped in with
  ``os.replace``, keeping one line per id. A run killed before compacting leaves two lines for
  some ids; the next open compacts them. When an id has several lines, a success beats anything
  else, and otherwise the later line wins (a task's final line supersedes its "created" line).
* One run at a time: the file is held with an exclusive ``flock`` while a batch runs, so a second
  run on the same ``--out`` is refused instead of writing an id twice.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["ResultsFile", "ResultsFileError", "TornLine", "encode_record"]

# How every line this tool writes begins; a torn write leaves a prefix of a line like this.
_LINE_START = b'{"video_id":'
# Lone surrogates cannot be encoded as UTF-8; U+0085, U+2028 and U+2029 end a line for
# str.splitlines(), so a reader splitting on them would see half a record.
_ESCAPED = re.compile("[\ud800-\udfff\x85\u2028\u2029]")


class ResultsFileError(Exception):
    """The output file cannot be used: a line that is not a result (nor a torn last line), or a lock."""


@dataclass(frozen=True, slots=True)
class TornLine:
    """The half-written last line an interrupted run left, removed on open."""

    number: int
    size: int  # bytes
    video_id: str | None  # when the torn piece got that far


_NOT_JSON = object()


def _decode(line: bytes) -> Any:
    """The JSON value on ``line``, or ``_NOT_JSON`` (never raises)."""
    try:
        return json.loads(line.decode("utf-8"))
    # ValueError covers bad JSON, bad UTF-8 and over-long integers; RecursionError, JSON nested
    # deeper than the interpreter's recursion limit (``[[[[…``): the decoder's depth bound.
    except (ValueError, RecursionError):
        return _NOT_JSON


def _as_result(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict) and isinstance(value.get("video_id"), str) and "ok" in value:
        return value
    return None


def _is_torn_write(tail: bytes) -> bool:
    """Could ``tail`` (the last line, no newline after it, not valid JSON) be our write cut short?"""
    return tail.startswith(_LINE_START) or _LINE_START.startswith(tail)


def _torn_video_id(tail: bytes) -> str | None:
    match = re.match(rb'\{"video_id":\s*("(?:[^"\\]|\\.)*")', tail)
    if match is None:
        return None
    try:
        video_id = json.loads(match.group(1).decode("utf-8"))
    except ValueError:
        return None
    return video_id if isinstance(video_id, str) else None


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def encode_record(record: Mapping[str, Any]) -> bytes:
    """One line of the file: compact UTF-8 JSON and a newline (see the module docstring for escapes)."""
    # Only a string can hold these characters, and inside a JSON string an escape means the same
    # character, so the line decodes back to the record we were given.
    text = _ESCAPED.sub(_escape, json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return (text + "\n").encode()


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
    torn_line: TornLine | None = None
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
        tail = lines.pop()  # after the last newline: empty unless the last write was cut short
        for number, line in enumerate(lines, start=1):
            self._remember(self._result_on(line, number))
        if not tail:
            return
        number = len(lines) + 1
        value = _decode(tail)
        record = _as_result(value)
        if record is not None:  # complete but for its newline: keep it
            self._remember(record)
            self._write_all(b"\n")
        elif value is _NOT_JSON and _is_torn_write(tail):
            self.torn_line = TornLine(number, len(tail), _torn_video_id(tail))
            with self.path.open("r+b") as file:
                file.truncate(len(data) - len(tail))
                file.flush()
                os.fsync(file.fileno())
        else:
            self._result_on(tail, number)  # raises, naming the line

    def _result_on(self, line: bytes, number: int) -> dict[str, Any]:
        record = _as_result(_decode(line))
        if record is not None:
            return record
        what = "is blank" if not line.strip() else "is not a result line"
        if number == 1:
            raise ResultsFileError(
                f"{self.path}: line 1 {what}, so this is not a results file of twelvelabs-analyze; "
                "nothing was changed. Use another --out"
            )
        raise ResultsFileError(
            f"{self.path}: line {number} {what}; nothing was changed. "
            "Fix or remove that line, or use another --out"
        )

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
        self._write_all(encode_record(record))
        self._remember(record)

    def _write_all(self, data: bytes) -> None:
        if self._fd is None:
            raise ValueError("the results file is closed")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)

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
                    temp.write(encode_record(record))
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
