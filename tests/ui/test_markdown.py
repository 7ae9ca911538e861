"""Markdown rendering: safe HTML, highlighted code with copy links, partial input."""

from __future__ import annotations

import random

from localchat.ui.chat.markdown import (
    COMMON_CODE_LANGUAGES,
    StreamingMarkdown,
    _lexer,
    render_markdown,
    split_blocks,
    warm_up_highlighting,
)

# Answers shaped like model output, with the constructs that decide where a cut may fall.
STREAMED_ANSWERS = [
    "Steps:\n\n1. one\n2. two\n\n3. three, after a blank line\n\nDone.\n\n- a\n\n  still a\n\nEnd",
    "# Title\n\n```python\nx = 1\n\n\ny = 2\n```\n\nAfter.\n\n~~~\n``` not a close\n\nz\n~~~\nok",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\nTitle\n===\n\n---\n\n> quote\n\n"
    "    indented code\n\n    more\nfin",
    "See [the docs][1].\n\n[1]: https://example.com\n\nMore text.",
    "```\nan unclosed fence\n\nstill code\n\nstill",
]
LINE_KINDS = [
    "",
    "",
    "Some *words",
    "more** words",
    "- item",
    "* item",
    "1. one",
    "2) two",
    "   indented",
    "    code",
    "```",
    "```python",
    "~~~",
    "> quote",
    "# Heading",
    "===",
    "---",
    "| a | b |",
    "|---|---|",
    "<b>raw</b>",
    "  - nested",
    "\tTabbed",
    "10. ten",
    "[x]: https://e.com",
]


def test_raw_html_is_escaped_not_rendered() -> None:
    rendered = render_markdown("Hi <script>alert(1)</script>\n\n<img src=http://x/y.png>")
    assert "<script" not in rendered.html
    assert "<img" not in rendered.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered.html
    assert "&lt;img src=http://x/y.png&gt;" in rendered.html


def test_code_block_is_highlighted_with_a_copy_link() -> None:
    text = (
        "Look:\n\n```python\ndef add(a, b):\n    return a + b\n```\n\nand\n\n```\nplain <b>\n```\n"
    )
    rendered = render_markdown(text)
    assert rendered.code_blocks == ["def add(a, b):\n    return a + b", "plain <b>"]
    assert '<a href="copy-code:0">Copy code</a>' in rendered.html
    assert '<a href="copy-code:1">Copy code</a>' in rendered.html
    assert "<pre" in rendered.html
    assert 'style="color:' in rendered.html  # Pygments inline styles
    assert "plain &lt;b&gt;" in rendered.html


def test_custom_copy_prefix_and_unknown_language() -> None:
    rendered = render_markdown("```nosuchlanguage\nx = 1\n```", code_copy_prefix="code:")
    assert '<a href="code:0">Copy code</a>' in rendered.html
    assert rendered.code_blocks == ["x = 1"]


def test_unclosed_fence_while_streaming_renders() -> None:
    for partial in ["```", "```py", "```python\nprint(", "Text\n\n```js\nlet a = [1,", "|a|b|\n|-"]:
        rendered = render_markdown(partial)
        assert isinstance(rendered.html, str)
    assert render_markdown("```python\nprint(").code_blocks == ["print("]


def test_images_are_never_loaded() -> None:
    rendered = render_markdown("![a cat](http://example.com/cat.png) ![](data:image/png;base64,AA)")
    assert "<img" not in rendered.html
    assert "[image: a cat]" in rendered.html
    assert '<a href="http://example.com/cat.png">' in rendered.html
    assert "data:image" not in rendered.html


def test_links_lists_tables_and_strikethrough() -> None:
    text = (
        "[docs](https://example.com/a?b=1&c=2)\n\n- one\n- **two**\n\n"
        "|a|b|\n|-|-|\n|1|2|\n\n~~old~~"
    )
    rendered = render_markdown(text)
    assert '<a href="https://example.com/a?b=1&amp;c=2">docs</a>' in rendered.html
    assert "<ul>" in rendered.html and "<strong>two</strong>" in rendered.html
    assert "<table" in rendered.html and "<td>1</td>" in rendered.html
    assert "<s>old</s>" in rendered.html


def test_javascript_links_are_not_links() -> None:
    rendered = render_markdown("[x](javascript:alert(1))")
    assert "href=" not in rendered.html


def test_dark_code_colours_differ() -> None:
    code = "```python\nx = 1\n```"
    assert render_markdown(code, dark=True).html != render_markdown(code).html


def streamed_prefixes(text: str, steps: int = 30) -> list[str]:
    step = max(1, len(text) // steps)
    return [text[:end] for end in range(0, len(text), step)] + [text]


def test_streaming_render_matches_a_full_render_at_every_moment() -> None:
    rng = random.Random(7)
    generated = ["\n".join(rng.choice(LINE_KINDS) for _ in range(30)) for _ in range(150)]
    for answer in STREAMED_ANSWERS + generated:
        streaming = StreamingMarkdown("code:")
        for prefix in streamed_prefixes(answer):
            streamed = streaming.render(prefix)
            whole = render_markdown(prefix, "code:")
            assert streamed.html == whole.html, prefix
            assert streamed.code_blocks == whole.code_blocks, prefix


def test_finished_pieces_are_not_rendered_again() -> None:
    streaming = StreamingMarkdown()
    first = streaming.render("One.\n\n```python\na = 1\n```\n\nTwo")
    later = streaming.render("One.\n\n```python\na = 1\n```\n\nTwo and more.\n\nThree")
    assert first.finished == later.finished[:2]
    assert later.finished[0] is first.finished[0]  # kept, not rendered again
    assert '<a href="copy-code:0">' in later.finished[1]
    assert later.tail == "<p>Three</p>\n"
    assert later.code_blocks == ["a = 1"]


def test_cuts_never_fall_inside_code_or_a_list() -> None:
    text = "Intro\n\n```\ncode\n\nmore code\n```\n\n1. a\n\n2. b\n\nAfter"
    assert split_blocks(text) == [
        "Intro\n\n",
        "```\ncode\n\nmore code\n```\n\n1. a\n\n2. b\n\n",  # a list item may continue a list
        "After",
    ]
    assert split_blocks("Text [a][1].\n\n[1]: https://example.com\n\nEnd") == [
        "Text [a][1].\n\n[1]: https://example.com\n\nEnd"
    ]


def test_a_dark_palette_renders_every_piece_again() -> None:
    streaming = StreamingMarkdown()
    text = "One.\n\n```python\na = 1\n```\n\nTwo"
    streaming.render(text, dark=False)
    assert streaming.render(text, dark=True).html == render_markdown(text, dark=True).html


def test_warming_up_makes_the_common_languages_ready() -> None:
    """After start-up, a first Python block finds its lexer ready (no ~40 ms on the GUI)."""
    _lexer.cache_clear()
    warm_up_highlighting()
    ready = _lexer.cache_info()
    assert ready.currsize == len(COMMON_CODE_LANGUAGES)
    html = render_markdown("```python\nprint('hi')\n```").html
    assert "print" in html and "<span" in html  # highlighted
    used = _lexer.cache_info()
    assert (used.hits, used.misses) == (ready.hits + 1, ready.misses)
