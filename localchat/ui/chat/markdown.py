"""Markdown to the simple, safe HTML subset that Qt's rich text shows (no Qt needed)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import Token as PygmentsToken
from pygments.util import ClassNotFound

LIGHT_CODE_STYLE = "default"
DARK_CODE_STYLE = "one-dark"
LIGHT_CODE_BACKGROUND = "#f1f3f5"
DARK_CODE_BACKGROUND = "#282c34"
# Qt's h1 is xx-large, far too loud inside a chat bubble: shift headings down two steps.
HEADING_TAGS = {"h1": "h3", "h2": "h4", "h3": "h4", "h4": "h5", "h5": "h5", "h6": "h6"}


@dataclass
class RenderedMarkdown:
    """HTML for a QLabel or QTextBrowser, and the text of each code block in order."""

    html: str
    code_blocks: list[str] = field(default_factory=list)


def render_markdown(
    text: str, code_copy_prefix: str = "copy-code:", *, dark: bool = False
) -> RenderedMarkdown:
    """Render model output; raw HTML is escaped and images become plain links.

    Partial Markdown (an answer still streaming, an unclosed ``` fence) renders as far as it
    goes. Each code block gets a "Copy code" link to ``{code_copy_prefix}{index}``, where
    index points into ``code_blocks``. ``dark`` picks a code colour scheme for dark palettes.
    """
    code_blocks: list[str] = []
    env = {"code_blocks": code_blocks, "copy_prefix": code_copy_prefix, "dark": dark}
    body = _parser().render(text, env)
    return RenderedMarkdown(html=body, code_blocks=code_blocks)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
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
    token = tokens[idx]
    code = token.content.rstrip("\n")
    language = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
    blocks: list[str] = env["code_blocks"]
    index = len(blocks)
    blocks.append(code)
    style = _style(bool(env["dark"]))
    background = DARK_CODE_BACKGROUND if env["dark"] else LIGHT_CODE_BACKGROUND
    foreground = _text_colour(style)
    highlighted = highlight(code, _lexer(language), _formatter(bool(env["dark"]))).rstrip("\n")
    label = f"{html.escape(language)} · " if language else ""
    link = f'<a href="{html.escape(env["copy_prefix"])}{index}">Copy code</a>'
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
    label = html.escape(f"[image: {alt}]" if alt else "[image]")
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
    return get_style_by_name(DARK_CODE_STYLE if dark else LIGHT_CODE_STYLE)


@lru_cache(maxsize=2)
def _formatter(dark: bool) -> HtmlFormatter:
    return HtmlFormatter(noclasses=True, nowrap=True, style=_style(dark))


def _text_colour(style: StyleMeta) -> str:
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
    if not language:
        return TextLexer()
    try:
        return get_lexer_by_name(language.lower())
    except ClassNotFound:
        return TextLexer()
