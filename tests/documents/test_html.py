"""HTML: structure from tags, scripts and styles ignored, nothing fetched."""

from __future__ import annotations

import hashlib
import socket

import pytest

from localchat.documents import read_document

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The  Page &amp; Title</title>
<style>p { color: red }</style>
<script>document.write("<p>injected</p>"); fetch("http://example.com/track");</script>
<link rel="stylesheet" href="http://example.com/style.css">
</head><body>
<h1>Main heading</h1>
<p>First <b>bold</b> paragraph<br>with a line break.<br><br>A second paragraph.</p>
<img src="http://example.com/photo.png" alt="a photo">
<iframe src="http://example.com/frame">fallback</iframe>
<div>Text in a div.</div>
<h3>Lists</h3>
<ul><li>One</li><li>Two<ul><li>Nested</li></ul></li><li>Three</ul>
<ol><li>First<li>Second</ol>
<pre>
def f():
    return 1</pre>
<table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>1</td></tr></table>
<noscript>Enable JavaScript</noscript>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the HTML reader tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_html_structure_without_scripts_styles_or_fetching(tmp_path, no_network) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "The Page & Title"
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        ("heading", "Main heading", 1),
        ("paragraph", "First bold paragraph\nwith a line break.", 0),
        ("paragraph", "A second paragraph.", 0),
        ("paragraph", "Text in a div.", 0),
        ("heading", "Lists", 3),
        ("list_item", "One", 0),
        ("list_item", "Two", 0),
        ("list_item", "Nested", 1),
        ("list_item", "Three", 0),
        ("list_item", "First", 0),
        ("list_item", "Second", 0),
        ("code", "def f():\n    return 1", 0),
        ("paragraph", "Name | Value", 0),
        ("paragraph", "a | 1", 0),
    ]
    text = doc.text()
    assert "injected" not in text and "color" not in text and "http" not in text
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_declared_legacy_charset_is_honoured(tmp_path) -> None:
    path = tmp_path / "old.htm"
    html = '<html><head><meta charset="windows-1252"></head><body><p>“Café” — ok</p></body></html>'
    path.write_bytes(html.encode("cp1252"))
    assert read_document(path).blocks[0].text == "“Café” — ok"


def test_html_content_with_unknown_extension_is_read_as_html(tmp_path) -> None:
    path = tmp_path / "saved.page"
    path.write_text("<!doctype html><h2>Hi</h2><p>there</p>", encoding="utf-8")
    assert [b.kind for b in read_document(path).blocks] == ["heading", "paragraph"]


def test_html_title_falls_back_to_the_first_heading(tmp_path) -> None:
    path = tmp_path / "untitled.html"
    path.write_text("<p>intro</p><h2>Sub</h2><h1>Top</h1>", encoding="utf-8")
    assert read_document(path).title == "Top"


def test_utf8_page_that_declares_a_legacy_charset_is_read_as_utf8(tmp_path) -> None:
    path = tmp_path / "liar.html"
    path.write_bytes('<meta charset="iso-8859-1"><p>Grüße</p>'.encode())
    assert read_document(path).blocks[0].text == "Grüße"


def test_declared_charset_applies_to_bytes_after_an_ascii_start(tmp_path) -> None:
    path = tmp_path / "sjis.html"
    body = "<p>" + "x " * 600_000 + "</p><p>日本語</p>"
    path.write_bytes(('<meta charset="shift_jis">' + body).encode("shift_jis"))
    assert read_document(path).blocks[-1].text == "日本語"
