"""One throttle for values sent to the GUI thread: at most one send per interval, batched.

Plain Python (no Qt), so it is timed in tests with an injected clock. Each queued signal
costs the GUI thread an event and, while the sending thread is busy, a take-over of the
GIL; the services use this to send text pieces and progress a few dozen times a second
at most, whatever rate they arrive at.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def latest(values: Sequence[V]) -> V:
    """A join that keeps the newest value only (progress: what was skipped is stale)."""
    return values[-1]


class Throttle(Generic[K, V]):
    """Sends ``send(key, joined values)`` at most once per ``interval`` seconds.

    Values for the same key are held and joined (``join``) into one send. A value goes out
    (with those held before it) when ``interval`` has passed since the last send, and a
    ``final`` one always; ``flush`` sends what is held, and is due at the end. A value for
    another key first flushes what the previous key held, which starts a new interval.
    A throttle starts at key None: with that one key its first value goes out at once;
    with other keys, each key's first value waits, as the interval restarts at the key.
    """

    def __init__(
        self,
        send: Callable[[K, V], None],
        interval: float,
        join: Callable[[Sequence[V]], V],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._send = send
        self._interval = interval
        self._join = join
        self._clock = clock
        self._key: K | None = None
        self._pending: list[V] = []
        self._last = -math.inf  # the first value goes out at once

    def add(self, key: K, value: V, *, final: bool = False) -> None:
        """Hold ``value`` for ``key``; send what is held if the interval has passed."""
        if key != self._key:
            self.flush()
            self._key = key
        self._pending.append(value)
        if final or self._clock() - self._last >= self._interval:
            self.flush()

    def flush(self) -> None:
        """Send what is held now (nothing when nothing is), and start a new interval."""
        if self._pending:
            self._send(self._key, self._join(self._pending))  # type: ignore[arg-type]
            self._pending.clear()
        self._last = self._clock()
