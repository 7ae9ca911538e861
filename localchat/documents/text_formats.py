"""Plain text and Markdown, from a stream of lines into blocks.

Plain text: paragraphs are separated by blank lines, and the single line breaks inside a
paragraph are kept (as newlines), because in plain text they are often meaningful (verse,
addresses, lists typed by hand) and a model reads them fine either way.

Markdown: ATX (#) and setext (=== / ---) headings, list items (-, *, +, 1., 1)) with their
nesting depth, fenced and indented code, and paragraphs whose lines are joined with spaces as
Markdown renders them. Inline markup (emphasis, links) is kept as written; block quotes become
paragraphs; YAML front matter is dropped.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable

from localchat.documents.model import Block

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")


def parse_plain(lines: Iterable[str]) -> list[Block]:
    """Paragraphs split on blank lines, keeping the line breaks within each (dedented)."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    for line in lines:
        if line.strip():
            paragraph.append(line.rstrip())
        elif paragraph:
            blocks.append(Block("paragraph", textwrap.dedent("\n".join(paragraph))))
            paragraph = []
    if paragraph:
        blocks.append(Block("paragraph", textwrap.dedent("\n".join(paragraph))))
    return blocks


def _indent_width(text: str) -> int:
    return len(text.expandtabs(4))


class _MarkdownParser:
    """A line-at-a-time block parser for the common subset of Markdown."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._paragraph: list[str] = []
        self._item: list[str] = []
        self._item_level = 0
        self._indents: list[int] = []
        self._fence: str | None = None
        self._code: list[str] = []
        self._indented_code = False
        self._front_matter: bool | None = None

    def feed(self, line: str) -> None:
        """Take the next line (without its line ending)."""
        if self._front_matter is None:
            self._front_matter = line.strip() == "---"
            if self._front_matter:
                return
        if self._front_matter:
            self._front_matter = line.strip() not in ("---", "...")
            return
        if self._fence is not None:
            self._feed_fenced(line)
        elif self._indented_code and (not line.strip() or line.startswith(("    ", "\t"))):
            self._code.append(line[4:] if line.startswith("    ") else line[1:])
        else:
            self._end_indented_code()
            self._feed_block(line)

    def finish(self) -> list[Block]:
        """Close what is open and return all blocks."""
        if self._fence is not None:
            self._emit_code()
        self._end_indented_code()
        self._flush()
        return self.blocks

    def _feed_fenced(self, line: str) -> None:
        fence = self._fence or ""
        if line.strip().startswith(fence) and not line.strip().lstrip(fence[0]):
            self._emit_code()
        else:
            self._code.append(line)

    def _emit_code(self) -> None:
        self.blocks.append(Block("code", "\n".join(self._code).rstrip("\n")))
        self._code = []
        self._fence = None

    def _end_indented_code(self) -> None:
        if self._indented_code:
            self._indented_code = False
            self._emit_code()

    def _flush(self) -> None:
        if self._paragraph:
            self.blocks.append(Block("paragraph", " ".join(self._paragraph)))
            self._paragraph = []
        if self._item:
            text = " ".join(part for part in self._item if part)
            self.blocks.append(Block("list_item", text, self._item_level))
            self._item = []

    def _feed_block(self, line: str) -> None:
        fence = _FENCE.match(line)
        if fence:
            self._flush()
            self._fence = fence.group(1)
            return
        if not line.strip():
            self._flush()
            return
        if line.startswith(("    ", "\t")) and not self._paragraph and not self._indents:
            self._indented_code = True
            self._code.append(line[4:] if line.startswith("    ") else line[1:])
            return
        heading = _ATX.match(line)
        if heading:
            self._flush()
            text = (heading.group(2) or "").strip()
            if text:
                self.blocks.append(Block("heading", text, len(heading.group(1))))
            return
        if self._paragraph and not self._item and _SETEXT.match(line):
            level = 1 if line.strip().startswith("=") else 2
            self.blocks.append(Block("heading", " ".join(self._paragraph), level))
            self._paragraph = []
            return
        if _BREAK.match(line):
            self._flush()
            return
        item = _ITEM.match(line)
        if item:
            self._start_item(_indent_width(item.group(1)), (item.group(3) or "").strip())
            return
        self._feed_text(_QUOTE.sub("", line).strip())

    def _start_item(self, indent: int, text: str) -> None:
        self._flush()
        while self._indents and self._indents[-1] > indent:
            self._indents.pop()
        if not self._indents or self._indents[-1] < indent:
            self._indents.append(indent)
        self._item_level = len(self._indents) - 1
        self._item = [text]

    def _feed_text(self, text: str) -> None:
        if self._item:
            self._item.append(text)
            return
        if not self._paragraph:
            self._indents = []
        self._paragraph.append(text)


def parse_markdown(lines: Iterable[str]) -> list[Block]:
    """Blocks of a Markdown text given line by line."""
    parser = _MarkdownParser()
    for line in lines:
        parser.feed(line)
    return [block for block in parser.finish() if block.text or block.kind == "code"]
