"""How many threads the engine runs with: picked from the cores, the load and the battery.

On a 2-core laptop with another busy process, two threads decode about half as fast as one
(bench/RESULTS.md section 8b): llama.cpp's threads wait for each other at every step, so
one thread that loses its core stalls both. The engine host asks ``ThreadPicker.pick``
before every request; the answer follows the load as it changes.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Literal

logger = logging.getLogger(__name__)

Performance = Literal["automatic", "fastest", "quietest"]
PERFORMANCE_MODES: tuple[Performance, ...] = ("automatic", "fastest", "quietest")
SAMPLE_SECONDS = 0.05  # the shortest look at the load (taken before the first request)
SNAPSHOT_SECONDS = 0.25
WINDOW_SNAPSHOTS = 4  # the load is read over the last second
BATTERY_CHECK_SECONDS = 30.0
BUSY_CORE_SHARE = 0.5  # another process using this much of a core counts as taking it


def physical_cores() -> int:
    """The processor's physical cores (logical ones where that is unknown)."""
    import psutil

    return psutil.cpu_count(logical=False) or os.cpu_count() or 1


def on_battery() -> bool:
    """Whether the computer runs on its battery now (False when it has none)."""
    import psutil

    try:
        battery = psutil.sensors_battery()
    except (AttributeError, NotImplementedError, OSError):
        return False
    return battery is not None and not battery.power_plugged


def threads_for(mode: str, cores: int, others_busy_cores: float, battery: bool) -> int:
    """Threads for a request: ``cores`` less those others keep busy; fewer on battery.

    fastest: every physical core, whatever else runs. quietest: one thread (fans stay
    quiet, the rest of the computer stays quick). automatic: the cores other programs
    leave free, and half of the cores at most on battery.
    """
    if mode == "fastest":
        return cores
    if mode == "quietest":
        return 1
    taken = int(others_busy_cores + (1 - BUSY_CORE_SHARE))
    free = max(1, cores - taken)
    if battery:
        free = min(free, max(1, cores // 2))
    return free


@dataclass
class _Snapshot:
    wall: float
    busy: float  # seconds of CPU time all processes used, all cores together
    own: float  # of which this process


class _LoadWatch:
    """Snapshots of the machine's CPU time, a few a second, on a daemon thread.

    The load is read over the last second before a request, not since the last request:
    a program that was busy a minute ago and has finished must not cost threads now.
    """

    def __init__(self) -> None:
        self._snapshots: deque[_Snapshot] = deque(maxlen=WINDOW_SNAPSHOTS)
        self._snapshots.append(_snapshot())
        self._thread = threading.Thread(target=self._run, name="load-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            time.sleep(SNAPSHOT_SECONDS)
            self._snapshots.append(_snapshot())

    def others_busy(self) -> float | None:
        """CPU cores (logical) other processes kept busy over about the last second."""
        now = _snapshot()
        first = self._snapshots[0]
        window = now.wall - first.wall
        if window < SAMPLE_SECONDS:
            return None
        return max(0.0, (now.busy - first.busy) - (now.own - first.own)) / window


class ThreadPicker:
    """Threads for each request: a fixed count, or the ``mode``'s pick for the moment.

    The load is what the machine's CPU time grew by over the last second, less this
    process's own (the engine's threads while it answered), so the engine never counts
    itself as a neighbour.
    """

    def __init__(self, mode: str = "automatic", fixed: int = 0) -> None:
        self.mode = mode if mode in PERFORMANCE_MODES else "automatic"
        self.fixed = fixed
        self.cores = physical_cores()
        self._watch: _LoadWatch | None = None
        self._threads = fixed or self.cores
        self._battery = False
        self._battery_checked = float("-inf")

    def pick(self) -> int:
        """The threads to use for the next request."""
        if self.fixed > 0:
            return self.fixed
        if self.mode == "automatic":
            others = self._others_busy()
            if others is not None:
                self._threads = threads_for(self.mode, self.cores, others, self._on_battery())
            return self._threads
        return threads_for(self.mode, self.cores, 0.0, False)

    def _on_battery(self) -> bool:
        now = time.monotonic()
        if now - self._battery_checked >= BATTERY_CHECK_SECONDS:
            self._battery = on_battery()
            self._battery_checked = now
        return self._battery

    def _others_busy(self) -> float | None:
        """Physical cores other processes keep busy now; None before the first look."""
        if self._watch is None:
            self._watch = _LoadWatch()
            time.sleep(SAMPLE_SECONDS)
        others = self._watch.others_busy()
        if others is None:
            return None
        others *= self.cores / (os.cpu_count() or self.cores)  # logical -> physical cores
        logger.debug("Other processes keep %.2f cores busy", others)
        return others


def _snapshot() -> _Snapshot:
    import psutil

    times = psutil.cpu_times()
    idle = times.idle + getattr(times, "iowait", 0.0)
    busy = sum(times) - idle - getattr(times, "guest", 0.0) - getattr(times, "guest_nice", 0.0)
    own = psutil.Process().cpu_times()
    return _Snapshot(time.monotonic(), busy, own.user + own.system)
