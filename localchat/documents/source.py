"""Reading a file's bytes once: hashing, progress by bytes, cancel checks, plain errors."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from localchat.documents.model import ReadCancelled
from localchat.errors import UserFacingError
from localchat.i18n import translate

CHUNK_SIZE = 1 << 20
ProgressCallback = Callable[[float], None]


def check_cancel(cancel: threading.Event | None) -> None:
    """Raise ReadCancelled when the cancel event is set."""
    if cancel is not None and cancel.is_set():
        raise ReadCancelled()


class Progress:
    """Reports a fraction of the work done to a callback: monotonic, scaled, throttled.

    A reader that has several phases gives each one a slice with `part(start, end)`; the
    callback only ever sees non-decreasing values in [0, 1], and 1.0 exactly once at `done()`.
    """

    def __init__(
        self,
        callback: ProgressCallback | None,
        start: float = 0.0,
        end: float = 1.0,
        _shared: list[float] | None = None,
    ) -> None:
        self._callback = callback
        self._start = start
        self._end = end
        self._last = _shared if _shared is not None else [-1.0]

    def part(self, start: float, end: float) -> Progress:
        """A child reporter for the slice [start, end] of this one's range."""
        span = self._end - self._start
        return Progress(
            self._callback, self._start + start * span, self._start + end * span, self._last
        )

    def report(self, fraction: float) -> None:
        """Tell the callback that `fraction` of this slice is done."""
        if self._callback is None:
            return
        value = self._start + min(max(fraction, 0.0), 1.0) * (self._end - self._start)
        value = min(value, 0.999)
        if value >= self._last[0] + 0.002:
            self._last[0] = value
            self._callback(value)

    def done(self) -> None:
        """Report 1.0 (the whole read, not just this slice)."""
        if self._callback is not None and self._last[0] < 1.0:
            self._last[0] = 1.0
            self._callback(1.0)


def _open_error(path: Path, exc: OSError) -> UserFacingError:
    if isinstance(exc, FileNotFoundError):
        return UserFacingError(
            translate("DocumentErrors", "The file {file} can't be found.").format(file=path.name),
            translate("DocumentErrors", "Check that it was not moved or deleted."),
        )
    if isinstance(exc, IsADirectoryError):
        return UserFacingError(
            translate("DocumentErrors", "{file} is a folder, not a file.").format(file=path.name),
            translate("DocumentErrors", "Choose a file."),
        )
    if isinstance(exc, PermissionError):
        return UserFacingError(
            translate("DocumentErrors", "LocalChat is not allowed to read {file}.").format(
                file=path.name
            ),
            translate(
                "DocumentErrors", "Check the file's permissions, or copy it somewhere you own."
            ),
        )
    return UserFacingError(
        translate("DocumentErrors", "The file {file} can't be read ({error}).").format(
            file=path.name, error=exc.strerror or exc
        )
    )


class ByteSource:
    """A file opened for one pass: `head` is its first chunk, `chunks()` yields all of it.

    Every byte yielded goes into the SHA-256; `progress` (which may be replaced before
    reading starts) follows bytes read; the cancel event is checked before each chunk. Use as
    a context manager.
    """

    def __init__(
        self,
        path: Path,
        progress: Progress,
        cancel: threading.Event | None,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        self.path = path
        self.progress = progress
        self._cancel = cancel
        self._chunk_size = chunk_size
        self._hash = hashlib.sha256()
        self._read = 0
        check_cancel(cancel)
        try:
            if path.is_dir():
                raise IsADirectoryError(21, "Is a directory", str(path))
            self._file: BinaryIO = open(path, "rb")  # closed in close()
        except OSError as exc:
            raise _open_error(path, exc) from exc
        try:
            self.size = os.fstat(self._file.fileno()).st_size
            self.head = self._file.read(chunk_size)
        except OSError as exc:
            self._file.close()
            raise _open_error(path, exc) from exc
        if not self.head:
            self._file.close()
            raise UserFacingError(
                translate("DocumentErrors", "The file is empty."),
                translate("DocumentErrors", "Choose a file that has some text in it."),
            )
        self._head_pending = True

    def chunks(self) -> Iterator[bytes]:
        """Each chunk of the file in order, hashed as it goes, from the head on."""
        while True:
            check_cancel(self._cancel)
            if self._head_pending:
                chunk = self.head
                self._head_pending = False
            else:
                try:
                    chunk = self._file.read(self._chunk_size)
                except OSError as exc:
                    raise _open_error(self.path, exc) from exc
            if not chunk:
                return
            self._hash.update(chunk)
            self._read += len(chunk)
            self.progress.report(self._read / max(self.size, self._read, 1))
            yield chunk

    def drain(self) -> None:
        """Read (and hash) whatever has not been read yet."""
        for _chunk in self.chunks():
            pass

    @property
    def bytes_read(self) -> int:
        """How many bytes have been hashed so far."""
        return self._read

    @property
    def sha256(self) -> str:
        """The hex digest of the bytes read so far (all of them once chunks() is exhausted)."""
        return self._hash.hexdigest()

    def close(self) -> None:
        """Close the file."""
        self._file.close()

    def __enter__(self) -> ByteSource:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
