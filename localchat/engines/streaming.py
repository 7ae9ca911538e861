"""Pieces shared by the backends' token loops: stop strings and UTF-8 assembly."""

from __future__ import annotations

import codecs
from collections.abc import Sequence


class StopStringFilter:
    """Holds back text that may be the start of a stop string, and finds where to stop.

    ``feed`` returns the text that is safe to show; ``stopped`` turns true once a stop
    string appeared (the stop string itself is never shown).
    """

    def __init__(self, stops: Sequence[str]) -> None:
        self._stops = [s for s in stops if s]
        self._pending = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        """Add generated text; return what can be shown now."""
        if not self._stops:
            return text
        self._pending += text
        earliest = min(
            (i for i in (self._pending.find(s) for s in self._stops) if i >= 0), default=-1
        )
        if earliest >= 0:
            self.stopped = True
            shown, self._pending = self._pending[:earliest], ""
            return shown
        hold = self._held_length()
        shown = self._pending[: len(self._pending) - hold]
        self._pending = self._pending[len(self._pending) - hold :]
        return shown

    def flush(self) -> str:
        """Text still held back when generation ends without a stop string."""
        shown, self._pending = ("" if self.stopped else self._pending), ""
        return shown

    def _held_length(self) -> int:
        longest = 0
        for stop in self._stops:
            for size in range(min(len(stop) - 1, len(self._pending)), 0, -1):
                if self._pending.endswith(stop[:size]):
                    longest = max(longest, size)
                    break
        return longest


def utf8_decoder() -> codecs.IncrementalDecoder:
    """A decoder that waits for the rest of a character split across tokens."""
    return codecs.getincrementaldecoder("utf-8")(errors="replace")
