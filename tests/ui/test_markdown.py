"""Markdown rendering: safe HTML, highlighted code with copy links, partial input."""

from __future__ import annotations

from localchat.ui.chat.markdown import render_markdown


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
