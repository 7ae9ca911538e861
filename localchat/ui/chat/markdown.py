"""Markdown to the simple, safe HTML subset that Qt's rich text shows (no Qt needed)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

# markdown_it and pygments are imported on first use: the window's first frame renders no
# Markdown, and warm_up_highlighting makes both ready on a worker thread after start-up.
if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.renderer import RendererHTML
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict
    from pygments.formatters import HtmlFormatter
    from pygments.lexer import Lexer
    from pygments.style import StyleMeta

LIGHT_CODE_STYLE = "default"
DARK_CODE_STYLE = "one-dark"
LIGHT_CODE_BACKGROUND = "#f1f3f5"
DARK_CODE_BACKGROUND = "#282c34"
# Languages whose highlighting is made ready after start-up (see warm_up_highlighting).
COMMON_CODE_LANGUAGES = ("python", "bash", "javascript", "json", "html", "sql")
# Qt's h1 is xx-large, far too loud inside a chat bubble: shift headings down two steps.
HEADING_TAGS = {"h1": "h3", "h2": "h4", "h3": "h4", "h4": "h5", "h5": "h5", "h6": "h6"}


@dataclass
class RenderedMarkdown:
    """HTML for a QLabel or QTextBrowser, and the text of each code block in order."""

    html: str
    code_blocks: list[str] = field(default_factory=list)


@dataclass
class StreamedMarkdown:
    """A growing answer rendered as finished pieces (that will not change) and its end."""

    finished: list[str]
    tail: str
    code_blocks: list[str]
    tail_chars: int  # the unfinished end's length in Markdown: what a render costs

    @property
    def html(self) -> str:
        """The whole answer's HTML, the same as render_markdown's."""
        return "".join(self.finished) + self.tail


def render_markdown(
    text: str, code_copy_prefix: str = "copy-code:", *, dark: bool = False
) -> RenderedMarkdown:
    """Render model output; raw HTML is escaped and images become plain links.

    Partial Markdown (an answer still streaming, an unclosed ``` fence) renders as far as it
    goes. Each code block gets a "Copy code" link to ``{code_copy_prefix}{index}``, where
    index points into ``code_blocks``. ``dark`` picks a code colour scheme for dark palettes.
    """
    return _render(text, code_copy_prefix, dark, first_code_index=0)


def warm_up_highlighting() -> None:
    """Import and build the Markdown parser, and what highlighting needs for common languages.

    The first Markdown of a session otherwise costs tens of milliseconds on the GUI thread
    (markdown_it's import), and its first code block ~40 ms more (pygments imports the lexer
    and compiles its patterns on first use). Meant for a worker thread after start-up; the
    results are kept by the lru_caches below.
    """
    from pygments import highlight

    _parser()
    for dark in (False, True):
        _formatter(dark)
        _text_colour(_style(dark))
    for language in COMMON_CODE_LANGUAGES:
        highlight("x = 1\n", _lexer(language), _formatter(False))


def _render(text: str, copy_prefix: str, dark: bool, first_code_index: int) -> RenderedMarkdown:
    code_blocks: list[str] = []
    env = {
        "code_blocks": code_blocks,
        "copy_prefix": copy_prefix,
        "dark": dark,
        "first_code_index": first_code_index,
    }
    body = _parser().render(text, env)
    return RenderedMarkdown(html=body, code_blocks=code_blocks)


# Lines after which a top-level block may end and an independent one begin (see split_blocks).
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_CONTINUES_BLOCK = re.compile(r"[ \t]|[-*+]([ \t]|$)|\d{1,9}[.)]([ \t]|$)")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:", re.MULTILINE)


def split_blocks(text: str) -> list[str]:
    """Cut Markdown into pieces that render, one after another, exactly as the whole does.

    A cut falls only before a line that starts at the margin after a blank line, outside a
    code fence, and that is not a list item (which could continue the list above). Text
    with link definitions (which reach across the whole text) is never cut.
    """
    if _LINK_DEFINITION.search(text):
        return [text]
    lines = text.splitlines(keepends=True)
    pieces: list[str] = []
    start = 0
    fence = ""  # the open fence's marker, "" outside one
    previous_blank = False
    for index, line in enumerate(lines):
        blank = not line.strip()
        marker = _FENCE.match(line)
        if fence:
            if marker and _closes(fence, marker.group(1), line[marker.end() :]):
                fence = ""
        else:
            if previous_blank and not blank and not _CONTINUES_BLOCK.match(line) and index > start:
                pieces.append("".join(lines[start:index]))
                start = index
            if marker:
                fence = marker.group(1)
        previous_blank = blank
    pieces.append("".join(lines[start:]))
    return pieces


def _closes(fence: str, marker: str, rest: str) -> bool:
    """Whether a fence line ends the open fence: same character, at least as long, bare."""
    return marker[0] == fence[0] and len(marker) >= len(fence) and not rest.strip()


class StreamingMarkdown:
    """Renders a growing answer again and again, re-rendering only its unfinished end.

    Every piece of split_blocks but the last is finished once the text has moved past it,
    so its HTML is kept; a 2,000-word answer re-renders in about the time of its last
    paragraph instead of all of it (bench/RESULTS.md section 3). The pieces are given
    apart so that a view can lay out only the one that changed.
    """

    def __init__(self, code_copy_prefix: str = "copy-code:", *, dark: bool = False) -> None:
        self._prefix = code_copy_prefix
        self._dark = dark
        self._done: list[tuple[str, RenderedMarkdown]] = []

    def render(self, text: str, *, dark: bool | None = None) -> StreamedMarkdown:
        """What render_markdown(text) gives, in pieces, reusing the ones rendered before."""
        if dark is not None and dark != self._dark:
            self._dark = dark
            self._done.clear()
        pieces = split_blocks(text)
        kept = 0
        for (piece_text, _rendered), piece in zip(self._done, pieces[:-1], strict=False):
            if piece_text != piece:
                break
            kept += 1
        del self._done[kept:]
        code_blocks = [code for _text, done in self._done for code in done.code_blocks]
        for piece in pieces[kept:-1]:
            rendered = _render(piece, self._prefix, self._dark, len(code_blocks))
            self._done.append((piece, rendered))
            code_blocks.extend(rendered.code_blocks)
        tail = _render(pieces[-1], self._prefix, self._dark, len(code_blocks))
        return StreamedMarkdown(
            finished=[done.html for _text, done in self._done],
            tail=tail.html,
            code_blocks=code_blocks + tail.code_blocks,
            tail_chars=len(pieces[-1]),
        )


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    md.add_render_rule("fence", _render_fence)
    md.add_render_rule("code_block", _render_fence)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("heading_open", _render_heading)
    md.add_render_rule("heading_close", _render_heading)
    md.add_render_rule("table_open", _render_table_open)
    return md


def _render_fence(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    from pygments import highlight

    token = tokens[idx]
    code = token.content.rstrip("\n")
    language = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
    blocks: list[str] = env["code_blocks"]
    index = env["first_code_index"] + len(blocks)
    blocks.append(code)
    style = _style(bool(env["dark"]))
    background = DARK_CODE_BACKGROUND if env["dark"] else LIGHT_CODE_BACKGROUND
    foreground = _text_colour(style)
    highlighted = highlight(code, _lexer(language), _formatter(bool(env["dark"]))).rstrip("\n")
    label = f"{html.escape(language)} · " if language else ""
    copy = html.escape(QCoreApplication.translate("Markdown", "Copy code"))
    link = f'<a href="{html.escape(env["copy_prefix"])}{index}">{copy}</a>'
    return (
        f'<p style="margin-bottom: 2px;"><small>{label}{link}</small></p>'
        f'<table width="100%" cellspacing="0" cellpadding="8" '
        f'style="background-color: {background};">'
        f'<tr><td><pre style="white-space: pre-wrap; color: {foreground};">'
        f"{highlighted}</pre></td></tr></table>\n"
    )


def _render_image(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """An image is never loaded: show its alt text, linked to its address when it is web."""
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    if alt:
        text = QCoreApplication.translate("Markdown", "[image: {alt}]").format(alt=alt)
    else:
        text = QCoreApplication.translate("Markdown", "[image]")
    label = html.escape(text)
    src = str(token.attrGet("src") or "")
    if src.startswith(("http://", "https://")):
        return f'<a href="{html.escape(src)}">{label}</a>'
    return label


def _render_heading(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    tag = HEADING_TAGS.get(token.tag, token.tag)
    return f"<{tag}>" if token.nesting == 1 else f"</{tag}>\n"


def _render_table_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">\n'


@lru_cache(maxsize=2)
def _style(dark: bool) -> StyleMeta:
    from pygments.styles import get_style_by_name

    return get_style_by_name(DARK_CODE_STYLE if dark else LIGHT_CODE_STYLE)


@lru_cache(maxsize=2)
def _formatter(dark: bool) -> HtmlFormatter:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(noclasses=True, nowrap=True, style=_style(dark))


def _text_colour(style: StyleMeta) -> str:
    from pygments.token import Token as PygmentsToken

    colour = style.style_for_token(PygmentsToken.Text)["color"]
    if colour:
        return f"#{colour}"
    return "#000000" if _is_light(style.background_color or "#ffffff") else "#f0f0f0"


def _is_light(colour: str) -> bool:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return True
    return (red * 299 + green * 587 + blue * 114) / 1000 >= 128


@lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer:
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    if not language:
        return TextLexer()
    try:
        return get_lexer_by_name(language.lower())
    except ClassNotFound:
        return TextLexer()
