"""Download progress in plain words: '34% · 12 MB of 98 MB · 3.1 MB/s · about 4 min left'.

Also the window's one place for sizes, times and key names in the user's language:
numbers through QLocale (the language's default, set at start-up), words through Qt's
translation system.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence


def _tr(text: str) -> str:
    return QCoreApplication.translate("DownloadWords", text)


def whole(value: float) -> str:
    """A whole number as the user's language writes it ('1,234', '1.234')."""
    return QLocale().toString(round(value))


def decimal(value: float, decimals: int = 1) -> str:
    """A number with ``decimals`` decimals as the user's language writes it ('3.1', '3,1')."""
    return QLocale().toString(float(value), "f", decimals)


def format_eta(seconds: float) -> str:
    """'40 s', '3 min', '1 h 5 min'."""
    if seconds < 60:
        return _tr("{seconds} s").format(seconds=whole(max(1, round(seconds))))
    if seconds < 3600:
        return _tr("{minutes} min").format(minutes=whole(round(seconds / 60)))
    return _tr("{hours} h {minutes} min").format(
        hours=whole(seconds // 3600), minutes=whole(round(seconds % 3600 / 60))
    )


def short_bytes(size: float) -> str:
    """'98 MB', '3.1 MB', '1.2 GB': one decimal only where it says something."""
    if abs(size) < 1024:
        return _tr("{size} bytes").format(size=whole(size))
    units = (_tr("{size} KB"), _tr("{size} MB"), _tr("{size} GB"))
    for index, unit in enumerate(units):
        size /= 1024
        if abs(size) < 1024 or index == len(units) - 1:
            return unit.format(size=decimal(size) if abs(size) < 10 else whole(size))
    raise AssertionError("not reached: the loop returns at GB")


def percent(done: int, total: int) -> int:
    """Whole percent done, 0 to 100 (99 until the last byte is in)."""
    if total <= 0:
        return 0
    return max(0, min(100, done * 100 // total))


def percent_text(value: int) -> str:
    """'34%' as the user's language writes a percentage."""
    return _tr("{percent}%").format(percent=whole(value))


def progress_line(done: int, total: int, speed: float, eta: float) -> str:
    """The whole story of a running download, as the detail pane and tool tips show it."""
    if total > 0:
        parts = [
            percent_text(percent(done, total)),
            _tr("{done} of {total}").format(done=short_bytes(done), total=short_bytes(total)),
        ]
    else:
        parts = [_tr("{done} so far").format(done=short_bytes(done))]
    if speed > 0:
        parts.append(_tr("{size}/s").format(size=short_bytes(speed)))
    if eta >= 0:
        parts.append(_tr("about {time} left").format(time=format_eta(eta)))
    return " · ".join(parts)


def shortcut_text(key: QKeySequence.StandardKey | str) -> str:
    """A key or standard shortcut as this system names it ('Ctrl+N', '⌘N')."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
