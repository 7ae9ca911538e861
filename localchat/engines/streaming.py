"""Shared by the backends' token loops: token bytes to safe text, with stop strings."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass, field


def _utf8_decoder() -> codecs.IncrementalDecoder:
    return codecs.getincrementaldecoder("utf-8")(errors="replace")


@dataclass
class TokenText:
    """Turns token bytes into text that is safe to show.

    A character split across tokens waits for its last byte; text that may be the start of
    a stop string is held back until it is clear; ``stopped`` turns true once a stop
    string appears (the stop string itself is never shown).
    """

    stops: tuple[str, ...]
    decoder: codecs.IncrementalDecoder = field(default_factory=_utf8_decoder)
    pending: str = ""
    stopped: bool = False

    def feed(self, data: bytes, final: bool = False) -> str:
        """Add a token's bytes; return the text that is safe to show now."""
        self.pending += self.decoder.decode(data, final)
        cut = min(
            (i for i in (self.pending.find(s) for s in self.stops if s) if i >= 0), default=-1
        )
        if cut >= 0:
            self.stopped = True
            out, self.pending = self.pending[:cut], ""
            return out
        keep = 0 if final else stop_prefix_length(self.pending, self.stops)
        end = len(self.pending) - keep
        out, self.pending = self.pending[:end], self.pending[end:]
        return out


def stop_prefix_length(text: str, stops: Sequence[str]) -> int:
    """Length of the longest end of ``text`` that could begin a stop string."""
    longest = 0
    for stop in stops:
        for n in range(min(len(stop) - 1, len(text)), longest, -1):
            if text.endswith(stop[:n]):
                longest = n
                break
    return longest
