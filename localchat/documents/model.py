"""The structured text every reader produces: blocks, documents, and the cancel exception."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "code"]


class ReadCancelled(Exception):
    """Reading a document was cancelled through its cancel event."""


@dataclass(frozen=True)
class Block:
    """One unit of text: a heading, a paragraph, a list item or a code block.

    `level` is the heading level (1-6) for headings and the nesting depth (0 = top) for list
    items; `page` is the 1-based page number for PDFs and None elsewhere.
    """

    kind: BlockKind
    text: str
    level: int = 0
    page: int | None = None

    def render(self) -> str:
        """The block as a line of readable plain text (Markdown-like)."""
        if self.kind == "heading":
            return f"{'#' * max(1, self.level)} {self.text}"
        if self.kind == "list_item":
            return f"{'  ' * self.level}- {self.text}"
        if self.kind == "code":
            return f"```\n{self.text}\n```"
        return self.text


@dataclass(frozen=True)
class Document:
    """A document read into blocks, with where it came from.

    `source_size` is the size in bytes of what was read (the file, or the UTF-8 encoding of
    pasted text) and `sha256` its hex digest; `pages` is the page count for PDFs, else None.
    """

    title: str
    blocks: tuple[Block, ...]
    source_name: str
    source_size: int
    sha256: str
    pages: int | None = None

    def text(self) -> str:
        """Readable plain text: blocks separated by blank lines, list items by single lines."""
        parts: list[str] = []
        previous: Block | None = None
        for block in self.blocks:
            if previous is not None:
                same_list = previous.kind == "list_item" and block.kind == "list_item"
                parts.append("\n" if same_list else "\n\n")
            parts.append(block.render())
            previous = block
        return "".join(parts)

    @cached_property
    def word_count(self) -> int:
        """Whitespace-separated words in all blocks."""
        return sum(len(block.text.split()) for block in self.blocks)
