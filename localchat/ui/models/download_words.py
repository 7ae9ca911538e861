"""Download progress in plain words: '34% · 12 MB of 98 MB · 3.1 MB/s · about 4 min left'."""

from __future__ import annotations


def format_eta(seconds: float) -> str:
    """'40 s', '3 min', '1 h 5 min'."""
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    return f"{int(seconds // 3600)} h {round(seconds % 3600 / 60)} min"


def short_bytes(size: float) -> str:
    """'98 MB', '3.1 MB', '1.2 GB': one decimal only where it says something."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if abs(size) < 1024 or unit == "GB":
            if unit == "bytes":
                return f"{size:.0f} bytes"
            return f"{size:.1f} {unit}" if abs(size) < 10 else f"{size:.0f} {unit}"
        size /= 1024
    return f"{size:.0f} GB"  # not reached: the loop returns at GB


def percent(done: int, total: int) -> int:
    """Whole percent done, 0 to 100 (99 until the last byte is in)."""
    if total <= 0:
        return 0
    return max(0, min(100, done * 100 // total))


def progress_line(done: int, total: int, speed: float, eta: float) -> str:
    """The whole story of a running download, as the detail pane and tool tips show it."""
    if total > 0:
        parts = [f"{percent(done, total)}%", f"{short_bytes(done)} of {short_bytes(total)}"]
    else:
        parts = [f"{short_bytes(done)} so far"]
    if speed > 0:
        parts.append(f"{short_bytes(speed)}/s")
    if eta >= 0:
        parts.append(f"about {format_eta(eta)} left")
    return " · ".join(parts)
