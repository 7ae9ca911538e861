"""What a download is asked to do and reports back: requests, progress, results, settings."""

from __future__ import annotations

import shutil
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


class DiskUsage(NamedTuple):
    """What ``shutil.disk_usage`` returns."""

    total: int
    used: int
    free: int


@dataclass(frozen=True)
class DownloadRequest:
    """A file to fetch; ``sha256`` is the catalog's checksum when it has one."""

    repo_id: str
    filename: str
    revision: str = "main"
    sha256: str | None = None


@dataclass(frozen=True)
class DownloadProgress:
    """Bytes done of total (None if unknown), speed in bytes/s, seconds left (None if unknown)."""

    done: int
    total: int | None
    speed: float
    eta: float | None


@dataclass(frozen=True)
class DownloadResult:
    """An installed, verified file and where it came from (what the model manifest needs)."""

    path: Path
    repo_id: str
    filename: str
    commit: str
    sha256: str
    size: int


@dataclass(frozen=True)
class TransferSettings:
    """Timeouts, retries and limits; tests shrink them."""

    stall_timeout: float = 30.0  # no byte for this long: drop the connection and reconnect
    connect_timeout: float = 20.0
    max_retries: int = 6  # consecutive failures without a new byte
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    chunk_size: int = 1 << 20
    free_space_margin: int = 64 << 20
    progress_interval: float = 0.25
    disk_usage: Callable[[Path], DiskUsage] = shutil.disk_usage


class Stopped(Exception):
    """The user paused or cancelled; ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StopSignal:
    """A pause/cancel flag the worker checks between chunks and while it waits."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason = ""

    def stop(self, reason: str) -> None:
        """Ask the worker to stop; a cancel overrides an earlier pause."""
        if self.reason != "cancel":
            self.reason = reason
        self._event.set()

    def check(self) -> None:
        """Raise Stopped if a stop was asked for."""
        if self._event.is_set():
            raise Stopped(self.reason)

    def sleep(self, seconds: float) -> None:
        """Wait, but raise Stopped at once when a stop is asked for."""
        if self._event.wait(seconds):
            raise Stopped(self.reason)


class SpeedMeter:
    """Speed over the last few seconds, and the time left at that speed."""

    def __init__(self, window: float = 5.0) -> None:
        self._window = window
        self._samples: deque[tuple[float, int]] = deque()

    def progress(self, done: int, total: int | None) -> DownloadProgress:
        """Add a sample and describe the state."""
        now = time.monotonic()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self._window:
            self._samples.popleft()
        start_time, start_done = self._samples[0]
        elapsed = now - start_time
        speed = (done - start_done) / elapsed if elapsed > 0 else 0.0
        eta = (total - done) / speed if total is not None and speed > 0 else None
        return DownloadProgress(done, total, speed, eta)
