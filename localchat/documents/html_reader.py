"""HTML into blocks with the standard library's parser; nothing it names is ever fetched.

h1-h6 become headings, li list items (with their nesting depth), pre code, and text in p,
div and the other block elements paragraphs. One <br> is a line break inside a paragraph;
two in a row split it. script, style, template and similar elements are skipped; images,
links and frames are never loaded (the parser only sees their tags).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

from localchat.documents.model import Block, BlockKind

_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select"}
_SKIP |= {"canvas", "audio", "video"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "nav", "aside"}
_BLOCKS |= {"blockquote", "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "figure"}
_BLOCKS |= {"figcaption", "form", "fieldset", "address", "hr", "body", "html", "caption"}
_BLOCKS |= {"details", "summary", "center", "legend"}
_LISTS = {"ul", "ol", "menu"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLANK_LINES = re.compile(r"\n\s*\n")


def declared_charset(head: bytes) -> str | None:
    """The charset a <meta> tag near the start of an HTML file declares, if any."""
    match = _META_CHARSET.search(head[:8192])
    return match.group(1).decode("ascii") if match else None


class _BlockParser(HTMLParser):
    """Collects blocks while the HTML is fed to it piece by piece."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title = ""
        self._buffer: list[str] = []
        self._context: list[tuple[str, BlockKind, int]] = []
        self._skip: list[str] = []
        self._in_title = False
        self._list_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: skip, start a block, or mark a line or cell break."""
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.append(tag)
            return
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP:
            self._skip.append(tag)
        elif tag == "br":
            self._buffer.append("\n")
        elif tag in ("td", "th"):
            if "".join(self._buffer).strip():
                self._buffer.append(" | ")
        elif tag in _HEADINGS:
            self._flush()
            self._context.append((tag, "heading", _HEADINGS[tag]))
        elif tag == "li":
            self._flush()
            level = max(self._list_depth - 1, 0)
            self._pop_items(level)
            self._context.append(("li", "list_item", level))
        elif tag == "pre":
            self._flush()
            self._context.append(("pre", "code", 0))
        elif tag in _LISTS:
            self._flush()
            self._list_depth += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closing tag (<br/>, <img/>) opens nothing that needs closing."""
        if tag not in _SKIP:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        """Close an element, emitting the block it held."""
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag == "title":
            self._in_title = False
        elif tag in _HEADINGS or tag in ("li", "pre"):
            self._flush()
            names = set(_HEADINGS) if tag in _HEADINGS else {tag}
            if any(name in names for name, _kind, _level in self._context):
                while self._context and self._context.pop()[0] not in names:
                    pass
        elif tag in _LISTS:
            self._flush()
            self._pop_items(max(self._list_depth - 1, 0))
            self._list_depth = max(self._list_depth - 1, 0)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        """Text: into the title, the current block, or nowhere (skipped elements)."""
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._buffer.append(data)

    def close(self) -> None:
        """Finish parsing and emit what is still open."""
        super().close()
        self._flush()

    def _pop_items(self, level: int) -> None:
        while self._context and self._context[-1][0] == "li" and self._context[-1][2] >= level:
            self._context.pop()

    def _flush(self) -> None:
        text = "".join(self._buffer)
        self._buffer = []
        if not text.strip():
            return
        _tag, kind, level = self._context[-1] if self._context else ("", "paragraph", 0)
        if kind == "code":
            self.blocks.append(Block("code", text.removeprefix("\n").rstrip()))
            return
        lines = "\n".join(" ".join(line.split()) for line in text.split("\n"))
        for part in _BLANK_LINES.split(lines.strip()):
            part = part.strip()
            if not part:
                continue
            if kind == "paragraph":
                self.blocks.append(Block("paragraph", part))
            else:
                self.blocks.append(Block(kind, " ".join(part.split()), level))


def parse_html(texts: Iterable[str]) -> tuple[str, list[Block]]:
    """The title (from <title>, may be empty) and blocks of HTML given in pieces."""
    parser = _BlockParser()
    for text in texts:
        parser.feed(text)
    parser.close()
    return " ".join(parser.title.split()), parser.blocks
