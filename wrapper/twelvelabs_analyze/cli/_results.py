"""The batch output file: one JSON line per video, crash-safe, resumable, and the user's to keep.

Guarantees, and how they are kept:

* Only a regular file (or a new one) is used. Anything else (``/dev/null``, ``/dev/zero``, a
  FIFO, a socket) is refused before it is read or written, so before the first request; it is
  opened non-blocking, so a FIFO cannot hang the open.
* Each line is written with one ``write`` on a file opened for appending, then flushed and
  ``fsync``-ed before the video counts as done, so a ``kill -9`` loses only videos still in flight.
  A write that fails part-way (a full disk) is cut off again, so the file stays readable.
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
  is not over yet. ``"status": "creating"`` names the ``custom_id`` the task is about to be created
  with, written before the request is sent, so a later run can look the task up by it instead of
  creating another; ``"status": "created"`` has its ``task_id``, so a later run polls it.
* Several lines for one video are a normal state, never a damaged one: reading resolves them (a
  success beats anything else, otherwise the later line wins), so resuming never needs the file
  rewritten. ``--retry-failed`` and ``--async`` leave such lines (the old line is never destroyed
  before its replacement is on disk); compaction then rewrites the file to one line per video
  (a temporary file, fsync-ed, swapped in with ``os.replace``) on close, and on open when an
  earlier run could not. It is a tidy-up done only when it is safe: when it cannot be done (an
  append-only file, a read-only directory, a full disk) or when someone else wrote to the file
  during the run, the file is left exactly as it was, with a note in :attr:`ResultsFile.notes`.
  A rewrite never drops a line this run did not read or write.
* The file is watched: every append checks that the path still names the file being written
  (same device and inode) and that the file is not shorter than this run left it. A file replaced
  (an editor's save), deleted or truncated under a run raises :class:`ResultsFileChanged`; the
  batch stops and :meth:`ResultsFile.rescue` saves everything it holds to a new file next to it,
  so a run never reports success for results the file does not hold.
* One run at a time: the file is held with an exclusive ``flock`` while a batch runs (on the new
  file before it is swapped in by a compaction), so a second run on the same ``--out`` is refused
  instead of writing an id twice.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["ResultsFile", "ResultsFileChanged", "ResultsFileError", "TornLine", "encode_record"]

# How every line this tool writes begins; a torn write leaves a prefix of a line like this.
_LINE_START = b'{"video_id":'
# Lone surrogates cannot be encoded as UTF-8; U+0085, U+2028 and U+2029 end a line for
# str.splitlines(), so a reader splitting on them would see half a record.
_ESCAPED = re.compile("[\ud800-\udfff\x85\u2028\u2029]")
_READ_CHUNK = 1 << 20


class ResultsFileError(Exception):
    """The output file cannot be used: not a regular file, a line that is not a result, or a lock."""


class ResultsFileChanged(ResultsFileError):
    """The file was replaced, deleted or cut short while a batch was writing it."""


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


def _what(mode: int) -> str:
    kinds = [
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
    ]
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _not_regular(path: Path, mode: int) -> ResultsFileError:
    return ResultsFileError(
        f"{path} is {_what(mode)}, not a regular file: the results must be kept, read back and "
        "resumed, so --out must be a file (or a new one); nothing was sent"
    )


def _lock(fd: int, path: Path) -> None:
    """An exclusive advisory lock: two runs must not write one file."""
    try:
        import fcntl  # noqa: PLC0415 - POSIX only; elsewhere the file is not locked
    except ImportError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise ResultsFileError(
            f"{path} is in use by another batch; wait for it or use another --out"
        ) from None


def _open_regular(path: Path) -> int:
    """Open a regular file (made when missing) for reading and appending, locked; refuse anything else."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        pass
    except OSError as error:
        raise ResultsFileError(f"{path}: {error.strerror or error}; use another --out") from None
    else:
        if not stat.S_ISREG(mode):  # refused before it is opened: opening a device can do things
            raise _not_regular(path, mode)
    # Non-blocking: a FIFO put there since the check must fail, not hang the open.
    flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as error:
        raise ResultsFileError(
            f"{path} cannot be opened for appending: {error.strerror or error}; use another --out"
        ) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(path, mode)
        _lock(fd, path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)  # appends still go to the end (O_APPEND)
    chunks = []
    while chunk := os.read(fd, _READ_CHUNK):
        chunks.append(chunk)
    return b"".join(chunks)


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


@dataclass
class ResultsFile:
    """An open output file; ``records`` maps each video id to its current line."""

    path: Path
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    torn_line: TornLine | None = None
    notes: list[str] = field(default_factory=list)  # what the user should hear (a compaction skipped)
    _fd: int | None = None
    _superseded: int = 0
    _size: int = 0  # the bytes this run has read and written: the file is never shorter
    _file: tuple[int, int] = (0, 0)  # device and inode of the file being written
    _foreign_lines: bool = False  # someone else appended during the run: nothing to compact away
    _torn_by_failed_write: bool = False  # a failed write left a piece that could not be cut off

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> ResultsFile:
        """Lock the file, read what an earlier run left (repairing a torn end), then open for appending."""
        results = cls(Path(path))
        results._fd = _open_regular(results.path)
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

    def _held(self) -> int:
        if self._fd is None:
            raise ValueError("the results file is closed")
        return self._fd

    def _load(self) -> None:
        fd = self._held()
        data = _read_all(fd)
        self._size = len(data)
        self._file = _identity(os.fstat(fd))
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
            self._append_bytes(b"\n")
        elif value is _NOT_JSON and _is_torn_write(tail):
            try:
                os.ftruncate(fd, len(data) - len(tail))
                os.fsync(fd)
            except OSError as error:  # an append-only file: what follows would be glued to the piece
                raise ResultsFileError(
                    f"{self.path}: line {number} is a result cut short by an interrupted run, and it "
                    f"cannot be removed ({error.strerror or error}); remove that last line by hand, "
                    "or use another --out"
                ) from None
            self._size = len(data) - len(tail)
            self.torn_line = TornLine(number, len(tail), _torn_video_id(tail))
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

    def keep(self, record: dict[str, Any]) -> None:
        """Hold a record that can no longer be written (the file changed under the run), for :meth:`rescue`."""
        self._remember(record)

    def append(self, record: dict[str, Any]) -> None:
        """Write one line durably; returns once it is on disk.

        Raises ``OSError`` when it could not be written (nothing of it is left in the file), and
        :class:`ResultsFileChanged` when the file was replaced, deleted or cut short under the run
        (the record is then held for :meth:`rescue`).
        """
        try:
            self._check_unchanged()  # a file that is not this run's any more gets nothing more
        except ResultsFileChanged:
            self._remember(record)
            raise
        self._append_bytes(encode_record(record))
        self._remember(record)
        self._check_unchanged()

    def _append_bytes(self, data: bytes) -> None:
        fd = self._held()
        if self._torn_by_failed_write:
            raise ResultsFileError(f"{self.path}: an earlier write failed and left a piece of a line")
        start = os.fstat(fd).st_size
        view = memoryview(data)
        try:
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        except OSError:
            try:  # the next run would find a torn line, or worse, a later line glued to this piece
                os.ftruncate(fd, start)
            except OSError:
                self._torn_by_failed_write = True
            raise
        if start > self._size:  # someone else appended: their lines are kept, and never compacted away
            self._foreign_lines = True
        # A file cut short stays "shorter than this run left it", for _changed() to report.
        self._size = max(start, self._size) + len(data)

    def _changed(self) -> str | None:
        """What happened to the file under this run, or None when it is as the run left it."""
        fd = self._held()
        try:
            at_path = self.path.stat()
        except FileNotFoundError:
            return "was deleted"
        if _identity(at_path) != self._file:
            return "was replaced by another file (an editor's save, a move or a copy over it)"
        size = os.fstat(fd).st_size
        if size < self._size:
            return f"was cut short ({size} bytes left of the {self._size} this run read and wrote)"
        if size > self._size:
            self._foreign_lines = True
        return None

    def _check_unchanged(self) -> None:
        change = self._changed()
        if change is not None:
            raise ResultsFileChanged(f"{self.path} {change} while the batch was writing it")

    @property
    def needs_compaction(self) -> bool:
        return self._superseded > 0

    def compact(self) -> bool:
        """Rewrite the file atomically with one line per video id, when that is safe.

        Returns whether the file now has one line per id; when it was not rewritten, the reason
        is in :attr:`notes` and the file is exactly as it was. Raises
        :class:`ResultsFileChanged` when the file was replaced, deleted or cut short.
        """
        if not self._superseded:
            return True
        self._check_unchanged()
        swapped = False
        if not self._foreign_lines:
            try:
                swapped = self._swap_in_compacted()
            except ResultsFileChanged:
                raise
            except OSError as error:
                self.notes.append(
                    f"{self.path}: not compacted ({error.strerror or error}); it keeps "
                    f"{self._superseded} superseded lines, which every run reads correctly (a "
                    "success beats a failure, otherwise the later line wins)"
                )
                return False
        if not swapped:
            self.notes.append(
                f"{self.path}: lines were added by something else during this run, so it was not "
                "compacted (every line is kept; a later run compacts it)"
            )
        return swapped

    def _swap_in_compacted(self) -> bool:
        """Write the compacted file next to it and swap it in; False when lines were added meanwhile."""
        fd = self._held()
        handle, temp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        temp_path = Path(temp_name)
        swapped = False
        try:
            _lock(handle, self.path)  # held before the swap: no second run can slip in between
            size = _write_lines(handle, self.records.values())
            os.fchmod(handle, stat.S_IMODE(os.fstat(fd).st_mode))  # mkstemp makes it 0600
            _set_append(handle)
            self._check_unchanged()  # the last look before the swap
            if self._foreign_lines:
                return False
            temp_path.replace(self.path)
            swapped = True
        finally:
            if not swapped:
                os.close(handle)
                temp_path.unlink(missing_ok=True)
        _fsync_directory(self.path.parent)
        os.close(fd)  # the old descriptor (and lock) belong to the replaced file
        self._fd = handle
        self._file = _identity(os.fstat(handle))
        self._size = size
        self._superseded = 0
        return True

    def rescue(self) -> Path:
        """Save every record this run holds, one line per video, to a new file next to the results file.

        For a file that changed under the run: nothing is lost, and the new file resumes as ``--out``.
        """
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for attempt in range(100):
            suffix = f".rescued-{stamp}" + (f"-{attempt}" if attempt else "")
            candidate = self.path.with_name(self.path.name + suffix)
            try:
                fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue
            try:
                _write_lines(fd, self.records.values())
            finally:
                os.close(fd)
            _fsync_directory(candidate.parent)
            return candidate
        raise ResultsFileError(f"no free name for a copy of {self.path}")

    def abandon(self) -> None:
        """Close without checking or compacting (the file is not this run's any more, or the run failed)."""
        self._release()

    def close(self) -> None:
        """Check that the file is still this run's, compact it if lines were superseded (when safe), close.

        Raises :class:`ResultsFileChanged` (closed all the same) when the file changed under the run.
        """
        if self._fd is None:
            return
        try:
            self._check_unchanged()
            self.compact()
        finally:
            self._release()

    def __enter__(self) -> ResultsFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _write_lines(fd: int, records: Iterable[Mapping[str, Any]]) -> int:
    """Write ``records`` one a line and fsync; returns the bytes written."""
    data = b"".join(encode_record(record) for record in records)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)
    return len(data)


def _set_append(fd: int) -> None:
    try:
        import fcntl  # noqa: PLC0415 - POSIX only
    except ImportError:
        return
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_APPEND)
