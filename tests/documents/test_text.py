"""Plain text, Markdown and pasted text: structure, encodings, refusals, size, progress."""

from __future__ import annotations

import hashlib
import threading

import pytest

from localchat.documents import Block, Document, ReadCancelled, read_document, read_pasted_text
from localchat.errors import UserFacingError

MARKDOWN = """\
# Title

Intro paragraph that
continues on a second line.

## Section

- one
- two
  - nested
1. first
2) second

```python
def f():

    return 1
```

Setext heading
--------------
"""


def _read_bytes(tmp_path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def test_markdown_blocks(tmp_path) -> None:
    doc = _read_bytes(tmp_path, "notes.md", MARKDOWN.encode())
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        ("heading", "Title", 1),
        ("paragraph", "Intro paragraph that continues on a second line.", 0),
        ("heading", "Section", 2),
        ("list_item", "one", 0),
        ("list_item", "two", 0),
        ("list_item", "nested", 1),
        ("list_item", "first", 0),
        ("list_item", "second", 0),
        ("code", "def f():\n\n    return 1", 0),
        ("heading", "Setext heading", 2),
    ]
    assert doc.title == "Title"
    assert doc.pages is None
    assert doc.text().startswith("# Title\n\nIntro paragraph")
    assert "## Section\n\n- one\n- two\n  - nested\n- first" in doc.text()
    assert "```\ndef f():\n\n    return 1\n```" in doc.text()


def test_plain_text_paragraphs_keep_their_line_breaks(tmp_path) -> None:
    data = (
        b"Roses are red,\r\nviolets are blue.\r\n\r\n\r\n"
        b"   Second paragraph.\r\n  \r\n# not a heading\n"
    )
    doc = _read_bytes(tmp_path, "poem.txt", data)
    assert doc.blocks == (
        Block("paragraph", "Roses are red,\nviolets are blue."),
        Block("paragraph", "Second paragraph."),
        Block("paragraph", "# not a heading"),
    )
    assert doc.title == "poem"
    assert doc.source_name == "poem.txt"
    assert doc.source_size == len(data)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.word_count == 12


def test_cp1252_smart_quotes_and_accents(tmp_path) -> None:
    text = "She said “hello” to the café owner — it’s naïve, isn’t it? Déjà vu."
    doc = _read_bytes(tmp_path, "legacy.txt", text.encode("cp1252"))
    assert doc.blocks[0].text == text


def test_invalid_utf8_bytes_are_read_as_windows_1252(tmp_path) -> None:
    doc = _read_bytes(tmp_path, "mixed.txt", b"Hello caf\xe9 \xff world")
    assert doc.blocks[0].text == "Hello café ÿ world"


def test_invalid_byte_after_a_utf8_start_does_not_fail(tmp_path) -> None:
    head = ("plain ascii words " * 100_000).encode()  # more than the first chunk
    data = head + "déjà ".encode() + b"caf\xe9\n"
    doc = _read_bytes(tmp_path, "late.txt", data)
    assert doc.blocks[0].text.endswith("déjà café")
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_text_of_no_known_encoding_is_refused_plainly(tmp_path) -> None:
    with pytest.raises(UserFacingError, match="can't tell which text encoding"):
        _read_bytes(tmp_path, "odd.txt", bytes(range(0x80, 0x100)) * 20)


@pytest.mark.parametrize(
    ("codec", "bom"),
    [("utf-16", b""), ("utf-8-sig", b""), ("utf-16-le", b""), ("utf-32", b"")],
)
def test_unicode_encodings_with_and_without_bom(tmp_path, codec, bom) -> None:
    text = "Grüße — ωμέγα\n\nSecond paragraph 日本"
    doc = _read_bytes(tmp_path, "u.txt", bom + text.encode(codec))
    assert [b.text for b in doc.blocks] == ["Grüße — ωμέγα", "Second paragraph 日本"]


def test_russian_in_windows_1251(tmp_path) -> None:
    text = "Привет, как дела? Это тестовый текст на русском языке. " * 5
    assert _read_bytes(tmp_path, "ru.txt", text.encode("cp1251")).blocks[0].text == text.strip()


def test_empty_file(tmp_path) -> None:
    with pytest.raises(UserFacingError) as caught:
        _read_bytes(tmp_path, "empty.txt", b"")
    assert caught.value.message == "The file is empty."


def test_whitespace_only_file(tmp_path) -> None:
    with pytest.raises(UserFacingError, match="no text in it"):
        _read_bytes(tmp_path, "blank.md", b"  \n\n\t\n")


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.mark.parametrize("name", ["picture.txt", "picture.md", "picture", "picture.dat"])
def test_binary_file_is_not_text(tmp_path, name) -> None:
    with pytest.raises(UserFacingError) as caught:
        _read_bytes(tmp_path, name, PNG + bytes(range(256)) * 4)
    assert caught.value.message == "This file is not text LocalChat can read."


def test_unknown_extension_with_text_is_read_as_plain_text(tmp_path) -> None:
    doc = _read_bytes(tmp_path, "notes.log", b"line one\nline two\n\nnext")
    assert [b.text for b in doc.blocks] == ["line one\nline two", "next"]


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(UserFacingError, match="can't be found"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(UserFacingError, match="is a folder"):
        read_document(tmp_path)


def test_a_5_mb_single_line_is_one_paragraph(tmp_path) -> None:
    line = ("lorem ipsum " * 500_000)[: 5 * 1024 * 1024]
    doc = _read_bytes(tmp_path, "line.txt", line.encode())
    assert len(doc.blocks) == 1
    assert doc.blocks[0].text == line.strip()


def _large_file(tmp_path, megabytes: int):
    paragraph = ("A line of an ordinary text that goes on for a while. " * 2 + "\n") * 5 + "\n"
    unit = paragraph.encode()
    path = tmp_path / "large.txt"
    with open(path, "wb") as stream:
        block = unit * (1024 * 1024 // len(unit))
        for _ in range(megabytes):
            stream.write(block)
    return path


def test_large_file_reports_progress_up_to_one(tmp_path) -> None:
    path = _large_file(tmp_path, 50)
    progress: list[float] = []
    doc = read_document(path, progress=progress.append)
    assert len(progress) > 20
    assert all(a < b for a, b in zip(progress, progress[1:], strict=False))
    assert progress[-1] == 1.0 and progress.count(1.0) == 1
    assert doc.source_size == path.stat().st_size
    with open(path, "rb") as stream:
        assert doc.sha256 == hashlib.file_digest(stream, "sha256").hexdigest()


def test_cancel_midway_raises_read_cancelled(tmp_path) -> None:
    path = _large_file(tmp_path, 50)
    cancel = threading.Event()
    seen: list[float] = []

    def on_progress(value: float) -> None:
        seen.append(value)
        if value > 0.3:
            cancel.set()

    with pytest.raises(ReadCancelled):
        read_document(path, progress=on_progress, cancel=cancel)
    assert seen[-1] < 0.5


def test_pasted_text() -> None:
    doc = read_pasted_text("First paragraph\nwith two lines.\n\nSecond.\n", title="Clip")
    assert doc.title == doc.source_name == "Clip"
    assert [b.text for b in doc.blocks] == ["First paragraph\nwith two lines.", "Second."]
    data = b"First paragraph\nwith two lines.\n\nSecond.\n"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.source_size == len(data)
    assert read_pasted_text("x").title == "Pasted text"


def test_pasted_text_that_is_blank() -> None:
    with pytest.raises(UserFacingError, match="no text to read"):
        read_pasted_text(" \n\n ")


def test_document_text_and_word_count() -> None:
    doc = Document(
        title="t",
        blocks=(
            Block("heading", "Head", 2),
            Block("paragraph", "Two words"),
            Block("list_item", "a"),
            Block("list_item", "b", 1),
            Block("code", "x = 1"),
        ),
        source_name="t",
        source_size=0,
        sha256="",
    )
    assert doc.text() == "## Head\n\nTwo words\n\n- a\n  - b\n\n```\nx = 1\n```"
    assert doc.word_count == 8
