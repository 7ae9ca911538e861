"""A cited passage in its place in the document: the text around it, for the source viewer."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from localchat.storage.source_records import Source

log = logging.getLogger(__name__)

CONTEXT_CHARS = 1500  # shown before and after the passage


@dataclass(frozen=True)
class PassageContext:
    """The passage with the document's text around it.

    ``current`` is False when the file is gone, unreadable or changed since the answer:
    then only the passage as it was stored is shown (``before`` and ``after`` are empty).
    """

    source: Source
    before: str
    passage: str
    after: str
    current: bool


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def passage_in_context(source: Source, chars: int = CONTEXT_CHARS) -> PassageContext:
    """Read the source's document again and cut the passage out with ``chars`` around it."""
    from localchat.documents import read_document

    stored = PassageContext(source, "", source.text, "", current=False)
    try:
        text = read_document(Path(source.path)).text()
    except Exception:  # noqa: BLE001 - gone, unreadable or damaged: the stored passage
        log.info("Could not read %s again for its passage", source.path, exc_info=True)
        return stored
    passage = text[source.char_start : source.char_end]
    if _squeezed(passage) != _squeezed(source.text):
        return stored  # the file changed: its offsets no longer point at the passage
    start = max(0, source.char_start - chars)
    end = min(len(text), source.char_end + chars)
    before = ("…" if start else "") + text[start : source.char_start]
    after = text[source.char_end : end] + ("…" if end < len(text) else "")
    return PassageContext(source, before, passage, after, current=True)
