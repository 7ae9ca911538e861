"""A download's progress on the terminal: one redrawn line, or a line per tenth in a log."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, TextIO

from localchat.hardware import human_bytes
from localchat.i18n import number, translate

if TYPE_CHECKING:
    from localchat.downloads import DownloadProgress


class ProgressBar:
    """Download progress on a stream: one line redrawn on a terminal, a line per tenth else.

    Called from the download's worker thread.
    """

    WIDTH = 24

    def __init__(self, stream: TextIO, interactive: bool | None = None) -> None:
        self._stream = stream
        self._interactive = stream.isatty() if interactive is None else interactive
        self._lock = threading.Lock()
        self._shown = 0  # characters of the redrawn line
        self._tenth = -1  # the last tenth written, without a terminal
        self._started = False

    def update(self, progress: DownloadProgress) -> None:
        """Show a progress report."""
        with self._lock:
            if not self._started:
                self._started = True
                if progress.done and progress.total:  # an earlier run's partial file
                    continuing = translate(
                        "DownloadProgress", "Continuing: {size} were already downloaded."
                    )
                    self._stream.write(continuing.format(size=human_bytes(progress.done)) + "\n")
            line = describe_progress(progress, self.WIDTH if self._interactive else 0)
            if self._interactive:
                self._stream.write("\r" + line.ljust(self._shown))
                self._shown = len(line)
            else:
                tenth = progress.done * 10 // progress.total if progress.total else 0
                if tenth > self._tenth:
                    self._tenth = tenth
                    self._stream.write(line + "\n")
            self._stream.flush()

    def end(self) -> None:
        """End the redrawn line, so that what follows starts on a line of its own."""
        with self._lock:
            if self._interactive and self._shown:
                self._stream.write("\n")
                self._stream.flush()
            self._shown = 0


def describe_progress(progress: DownloadProgress, width: int = 0) -> str:
    """E.g. ' 45% [==========>           ] 42.1 MB / 93.8 MB  12.0 MB/s  4 s left'."""
    parts = []
    if progress.total:
        fraction = min(progress.done / progress.total, 1.0)
        percent = translate("DownloadProgress", "{percent}%")
        parts.append(percent.format(percent=number(int(fraction * 100))).rjust(4))
        if width:
            filled = int(fraction * width)
            arrow = ">" if filled < width else ""
            parts.append(f"[{('=' * filled + arrow).ljust(width)}]")
        of = translate("DownloadProgress", "{done} / {total}")
        parts.append(of.format(done=human_bytes(progress.done), total=human_bytes(progress.total)))
    else:
        parts.append(human_bytes(progress.done))
    if progress.speed > 0:
        speed = translate("DownloadProgress", "{size}/s").format(size=human_bytes(progress.speed))
        parts.append(" " + speed)
    unfinished = progress.total is None or progress.done < progress.total
    if progress.eta is not None and progress.speed > 0 and unfinished:
        left = translate("DownloadProgress", "{time} left").format(time=_duration(progress.eta))
        parts.append(" " + left)
    return " ".join(parts)


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return translate("DownloadProgress", "{seconds} s").format(seconds=number(seconds))
    if seconds < 3600:
        text = translate("DownloadProgress", "{minutes} min {seconds} s")
        return text.format(minutes=number(seconds // 60), seconds=f"{seconds % 60:02d}")
    text = translate("DownloadProgress", "{hours} h {minutes} min")
    return text.format(hours=number(seconds // 3600), minutes=f"{seconds % 3600 // 60:02d}")
