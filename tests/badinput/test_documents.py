"""Bad documents: read_document, the window's reading service and the CLI all answer plainly."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from badinput_support import (
    assert_plain_failure,
    build_pdf,
    encrypted_pdf,
    run_localchat,
    zip_bomb,
)

from localchat.documents import read_document
from localchat.errors import UserFacingError
from localchat.services.documents import DocumentJobsService

MB = 1024 * 1024


def _corrupt_pdf(path: Path) -> Path:
    data = bytearray(build_pdf(["First page.", "Second page."]))
    middle = len(data) // 3
    data[middle : middle + 200] = bytes(range(200))  # objects and xref offsets now garbage
    path.write_bytes(bytes(data[: len(data) * 2 // 3]))
    return path


def _lying_zip_bomb(path: Path) -> Path:
    """A .docx whose document.xml inflates to 64 MB but whose directory says 1 KB."""
    zip_bomb(path, 64, entry="word/document.xml")
    data = bytearray(path.read_bytes())
    central = data.rindex(b"PK\x01\x02")  # the last entry is word/document.xml
    assert data[central + 46 : central + 46 + 17] == b"word/document.xml"
    struct.pack_into("<I", data, central + 24, 1024)  # its declared unpacked size
    path.write_bytes(bytes(data))
    return path


def _make(kind: str, folder: Path) -> Path:
    """One bad file of the corpus; the name's suffix is what a user would have."""
    if kind == "corrupt_pdf":
        return _corrupt_pdf(folder / "report.pdf")
    if kind == "encrypted_pdf":
        return encrypted_pdf(folder / "locked.pdf", user_password="secret")
    if kind == "image_only_pdf":
        path = folder / "scan.pdf"
        path.write_bytes(build_pdf([None, None]))
        return path
    if kind == "zip_bomb_docx":
        return zip_bomb(folder / "bomb.docx", 300)
    if kind == "word_zip_bomb_docx":
        return zip_bomb(folder / "wordbomb.docx", 300, entry="word/document.xml")
    if kind == "lying_zip_bomb_docx":
        return _lying_zip_bomb(folder / "liar.docx")
    if kind == "empty":
        path = folder / "empty.txt"
        path.write_bytes(b"")
        return path
    raise AssertionError(kind)


REFUSED = {
    "corrupt_pdf": "report.pdf is damaged or is not really a PDF",
    "encrypted_pdf": "This PDF is protected with a password",
    "image_only_pdf": "This PDF has no text to read (it is probably scanned images)",
    "zip_bomb_docx": "bomb.docx is damaged or is not really a Word (.docx) document",
    "word_zip_bomb_docx": "wordbomb.docx would unpack to far more data than a document holds",
    "lying_zip_bomb_docx": "liar.docx is damaged or is not really a Word (.docx) document",
    "empty": "The file is empty.",
}


@pytest.mark.parametrize("kind", list(REFUSED))
def test_bad_documents_are_refused_plainly(tmp_path, kind) -> None:
    path = _make(kind, tmp_path)
    with pytest.raises(UserFacingError) as caught:
        read_document(path)
    assert caught.value.message.startswith(REFUSED[kind]), caught.value.message
    assert caught.value.action


def test_zip_bombs_are_not_unpacked(tmp_path, monkeypatch) -> None:
    """A 300 MB bomb is refused from the sizes the archive declares: nothing is inflated."""
    path = zip_bomb(tmp_path / "bomb.docx", 300, entry="word/document.xml")
    assert path.stat().st_size < 2 * MB
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def open_entry(archive, name, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        opened.append(getattr(name, "filename", name))
        return real_open(archive, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", open_entry)
    with pytest.raises(UserFacingError, match="unpack to far more data"):
        read_document(path)
    assert "word/document.xml" not in opened


def test_invalid_utf8_is_read_not_refused(tmp_path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Caf\xc3\xa9 first.\n\nThen \xff\xfe bad \xc3( bytes and \x80 more.\n")
    doc = read_document(path)
    assert len(doc.blocks) == 2 and doc.word_count == 10  # read as Windows-1252, not refused
    assert doc.blocks[0].text.startswith("Caf") and "bytes and" in doc.blocks[1].text


def test_a_5_mb_single_line_is_read(tmp_path) -> None:
    path = tmp_path / "line.txt"
    path.write_bytes(b"word " * (MB + 1))
    doc = read_document(path)
    assert len(doc.blocks) == 1
    assert doc.word_count == MB + 1


def test_a_200_mb_text_file_is_read_whole(tmp_path) -> None:
    paragraph = b"One ordinary sentence of eight words here, and seven more words follow.\n" * 12
    paragraph += b"\n"
    block = paragraph * (MB // len(paragraph))
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        for _ in range(200):
            stream.write(block)
    progress: list[float] = []
    doc = read_document(path, progress=progress.append)
    assert doc.word_count == 200 * (MB // len(paragraph)) * 12 * 12
    assert doc.source_size == 200 * len(block)
    assert progress[-1] == 1.0


@pytest.fixture
def documents(reading_service: DocumentJobsService) -> DocumentJobsService:
    return reading_service


def _read_fails(qtbot, service: DocumentJobsService, path: Path) -> str:
    with qtbot.assertNotEmitted(service.document_read):
        with qtbot.waitSignal(service.failed, timeout=20_000) as blocker:
            service.read(path)
    return blocker.args[0]


@pytest.mark.parametrize("kind", list(REFUSED))
def test_window_reading_reports_bad_documents(qtbot, documents, tmp_path, kind) -> None:
    message = _read_fails(qtbot, documents, _make(kind, tmp_path))
    assert message.startswith(REFUSED[kind])
    assert "went wrong" not in message  # a plain reason, not the bug message


def test_window_reading_goes_on_after_failures(qtbot, documents, tmp_path) -> None:
    _read_fails(qtbot, documents, _make("corrupt_pdf", tmp_path))
    assert "can't be found" in _read_fails(qtbot, documents, tmp_path / "gone.txt")
    assert "is a folder" in _read_fails(qtbot, documents, tmp_path)
    good = tmp_path / "fine.txt"
    good.write_bytes(b"caf\xe9 is not utf-8, yet " + b"text " * MB)
    with qtbot.waitSignal(documents.document_read, timeout=20_000) as blocker:
        documents.read(good)
    assert blocker.args[0].word_count == MB + 5


@pytest.mark.parametrize("kind", ["encrypted_pdf", "lying_zip_bomb_docx"])
def test_summarize_command_refuses_bad_documents(tmp_path, data_dir, kind) -> None:
    result = run_localchat(data_dir, "summarize", str(_make(kind, tmp_path)))
    assert_plain_failure(result, REFUSED[kind])


def test_docx_zip_listing_is_as_built(tmp_path) -> None:
    """The lying bomb really claims 1 KB (guards the builder above)."""
    with zipfile.ZipFile(_lying_zip_bomb(tmp_path / "liar.docx")) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1024
