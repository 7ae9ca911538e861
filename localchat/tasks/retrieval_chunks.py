"""Cut a document into overlapping passages for search, each with its page or heading.

A passage never crosses a page (PDF) or a heading (Markdown, HTML, Word): a citation then
names one place. Inside a page or section, sentences are packed up to a token target, and
each passage repeats the last sentences of the one before (the overlap), so an answer that
straddles a cut is still whole in one passage. Spans are character offsets into
``Document.text()``, so ``document.text()[start:end]`` is the passage's text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from localchat.documents import Block, Document
from localchat.storage.library_index_records import NewChunk

CountTokens = Callable[[str], int]

# all-MiniLM-L6-v2 reads at most 256 word pieces; the estimate below runs a little high
# for English prose, so 220 leaves room for the heading added in front when embedding.
TARGET_TOKENS = 220
OVERLAP_TOKENS = 40
# A printed page of prose: about 500 words, 3,000 characters (pages of formats without any).
PAGE_CHARS = 3000

_PIECE = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]]*(?=\s)|\n")
_NON_SPACE = re.compile(r"\S+")


def estimate_tokens(text: str) -> int:
    """Word-piece tokens in ``text``, estimated: words and punctuation, plus a fifth."""
    return math.ceil(1.2 * len(_PIECE.findall(text)))


# A passage of a document (text, page or nearest heading, span in its text) is stored as it
# is cut: one type for both.
Passage = NewChunk


@dataclass
class _Section:
    """Blocks on one page under one heading: where they are in the document's text."""

    page: int | None
    heading: str | None
    start: int
    end: int
    only_headings: bool


def _block_spans(blocks: Sequence[Block]) -> Iterator[tuple[Block, int, int]]:
    """Each block with its span in Document.text() (same separators as that method)."""
    offset = 0
    previous: Block | None = None
    for block in blocks:
        if previous is not None:
            same_list = previous.kind == "list_item" and block.kind == "list_item"
            offset += 1 if same_list else 2
        length = len(block.render())
        yield block, offset, offset + length
        offset += length
        previous = block


def _sections(blocks: Sequence[Block]) -> list[_Section]:
    """Blocks grouped by page and heading; headings with nothing under them join the next."""
    sections: list[_Section] = []
    heading: str | None = None
    for block, start, end in _block_spans(blocks):
        current = sections[-1] if sections else None
        if block.kind == "heading":
            heading = block.text
            if current is not None and current.only_headings and current.page == block.page:
                current.end, current.heading = end, heading
                continue
            sections.append(_Section(block.page, heading, start, end, True))
        elif current is None or current.page != block.page:
            sections.append(_Section(block.page, heading, start, end, False))
        else:
            current.end, current.only_headings = end, False
    return sections


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the sentences (and lines) in text[start:end], without outer whitespace."""
    spans: list[tuple[int, int]] = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((position, match.end()))
        position = match.end()
    spans.append((position, end))
    trimmed = []
    for first, last in spans:
        words = list(_NON_SPACE.finditer(text, first, last))
        if words:
            trimmed.append((words[0].start(), words[-1].end()))
    return trimmed


def _fit(
    text: str, spans: list[tuple[int, int]], count: CountTokens, target: int
) -> list[tuple[int, int, int]]:
    """Spans with their token counts; a sentence over the target is cut between words."""
    units: list[tuple[int, int, int]] = []
    for first, last in spans:
        tokens = count(text[first:last])
        if tokens <= target:
            units.append((first, last, tokens))
            continue
        words = list(_NON_SPACE.finditer(text, first, last))
        step = max(1, len(words) * target // tokens)
        for index in range(0, len(words), step):
            piece = words[index : index + step]
            begin, finish = piece[0].start(), piece[-1].end()
            units.append((begin, finish, count(text[begin:finish])))
    return units


def _pack(
    units: list[tuple[int, int, int]], target: int, overlap: int
) -> Iterator[tuple[int, int]]:
    """Index ranges [first, last) of units that make each passage, overlapping a little."""
    first = 0
    while first < len(units):
        last, used = first, 0
        while last < len(units) and (last == first or used + units[last][2] <= target):
            used += units[last][2]
            last += 1
        yield first, last
        if last >= len(units):
            return
        back, kept = last, 0
        while back - 1 > first and kept + units[back - 1][2] <= overlap:
            back -= 1
            kept += units[back][2]
        first = back


def passages(
    document: Document,
    count_tokens: CountTokens = estimate_tokens,
    target: int = TARGET_TOKENS,
    overlap: int = OVERLAP_TOKENS,
) -> list[Passage]:
    """The document as overlapping passages of about ``target`` tokens, in reading order."""
    text = document.text()
    result: list[Passage] = []
    for section in _sections(document.blocks):
        spans = _sentences(text, section.start, section.end)
        units = _fit(text, spans, count_tokens, target)
        for first, last in _pack(units, target, overlap):
            start, end = units[first][0], units[last - 1][1]
            tokens = sum(unit[2] for unit in units[first:last])
            result.append(
                Passage(
                    len(result), text[start:end], section.page, section.heading, start, end, tokens
                )
            )
    return result


def page_count(document: Document) -> int:
    """The document's pages: a PDF's own count, else its length in printed pages."""
    if document.pages:
        return document.pages
    return max(1, math.ceil(sum(len(block.text) for block in document.blocks) / PAGE_CHARS))
