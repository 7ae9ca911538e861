"""Word documents: styles to block kinds, tables, and files that are not safe or not Word."""

from __future__ import annotations

import hashlib
import threading
import zipfile
from pathlib import Path

import docx
import pytest

from localchat.documents import ReadCancelled, read_document
from localchat.errors import UserFacingError


def _word_file(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "Quarterly notes"
    document.add_heading("Overview", level=1)
    document.add_paragraph("The first paragraph says what happened.")
    document.add_heading("Details", level=2)
    document.add_paragraph("First point", style="List Bullet")
    document.add_paragraph("A sub point", style="List Bullet 2")
    document.add_paragraph("Step one", style="List Number")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, [("Name", "Value"), ("alpha", "1")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("After the table.")
    document.save(str(path))
    return path


def test_headings_paragraphs_lists_and_tables(tmp_path) -> None:
    path = _word_file(tmp_path / "notes.docx")
    progress: list[float] = []
    doc = read_document(path, progress=progress.append)
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        ("heading", "Overview", 1),
        ("paragraph", "The first paragraph says what happened.", 0),
        ("heading", "Details", 2),
        ("list_item", "First point", 0),
        ("list_item", "A sub point", 1),
        ("list_item", "Step one", 0),
        ("paragraph", "Name | Value", 0),
        ("paragraph", "alpha | 1", 0),
        ("paragraph", "After the table.", 0),
    ]
    assert doc.title == "Quarterly notes"
    assert doc.pages is None
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert progress == sorted(progress) and progress[-1] == 1.0
    assert "# Overview\n\n" in doc.text()
    assert "- First point\n  - A sub point\n- Step one" in doc.text()


def test_title_falls_back_to_the_first_heading(tmp_path) -> None:
    document = docx.Document()
    document.add_paragraph("Intro text.")
    document.add_heading("Real title", level=1)
    document.save(str(tmp_path / "x.docx"))
    assert read_document(tmp_path / "x.docx").title == "Real title"


def test_renamed_zip_is_a_plain_error(tmp_path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a word document")
    with pytest.raises(UserFacingError, match="not really a Word"):
        read_document(path)


def test_text_named_docx_is_a_plain_error(tmp_path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("plain words")
    with pytest.raises(UserFacingError, match="not really a Word"):
        read_document(path)


def _zeros_docx(path: Path, megabytes: int) -> Path:
    """A zip whose word/document.xml inflates to `megabytes` of zeros (written streaming)."""
    block = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            for _ in range(megabytes):
                entry.write(block)
    return path


def test_zip_bomb_is_refused_before_unpacking(tmp_path) -> None:
    path = _zeros_docx(tmp_path / "bomb.docx", 300)
    assert path.stat().st_size < 5 * 1024 * 1024
    with pytest.raises(UserFacingError, match="unpack to far more data"):
        read_document(path)


def test_highly_compressed_document_is_refused(tmp_path) -> None:
    path = _zeros_docx(tmp_path / "squeezed.docx", 20)
    with pytest.raises(UserFacingError, match="unpack to far more data"):
        read_document(path)


def test_old_word_format_is_explained(tmp_path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(UserFacingError, match=r"older Word \(\.doc\)"):
        read_document(path)


def test_docx_without_extension_is_recognised(tmp_path) -> None:
    path = _word_file(tmp_path / "notes.docx").rename(tmp_path / "notes")
    assert read_document(path).blocks[0].text == "Overview"


def test_cancel_before_reading(tmp_path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ReadCancelled):
        read_document(_word_file(tmp_path / "n.docx"), cancel=cancel)
