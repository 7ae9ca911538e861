"""PDF reading: pages and paragraphs, passwords, scanned pages, damaged files."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader, PdfWriter

from localchat.documents import read_document
from localchat.documents.pdf_reader import page_blocks
from localchat.errors import UserFacingError

PAGE_ONE = [
    "Chapter one",
    "The first paragraph is long enough that its text wraps onto",
    "a second line before it ends.",
    "The second paragraph starts here and also runs over one line",
    "of the page.",
    "- a bulleted point",
]
PAGE_TWO = ["Page two text (with parentheses) and a backslash \\ in it."]


def _encrypt(source: bytes, user: str, owner: str = "owner", algorithm: str | None = None) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_two_pages_give_paragraphs_with_page_numbers(make_pdf) -> None:
    path = make_pdf([PAGE_ONE, PAGE_TWO], title="Hand made")
    progress: list[float] = []
    doc = read_document(path, progress=progress.append)
    assert doc.pages == 2
    assert doc.title == "Hand made"
    assert [(b.kind, b.page) for b in doc.blocks] == [
        ("paragraph", 1),
        ("paragraph", 1),
        ("paragraph", 1),
        ("list_item", 1),
        ("paragraph", 2),
    ]
    assert doc.blocks[1].text == (
        "The first paragraph is long enough that its text wraps onto a second line before it ends."
    )
    assert doc.blocks[3].text == "a bulleted point"
    assert doc.blocks[4].text == PAGE_TWO[0]
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.source_size == path.stat().st_size
    assert progress == sorted(progress) and progress[-1] == 1.0


def test_title_falls_back_to_the_file_name(make_pdf) -> None:
    assert read_document(make_pdf([PAGE_TWO], name="annual report.pdf")).title == "annual report"


def test_pdf_with_a_user_password_is_refused_plainly(make_pdf, tmp_path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypt(make_pdf([PAGE_ONE]).read_bytes(), user="secret"))
    with pytest.raises(UserFacingError) as caught:
        read_document(path)
    assert caught.value.message == "This PDF is protected with a password, so it can't be read."
    assert caught.value.action


try:
    import cryptography  # noqa: F401 - pypdf needs it (pypdf[crypto]) for AES
except ImportError:
    HAS_AES = False
else:
    HAS_AES = True
needs_aes = pytest.mark.skipif(not HAS_AES, reason="AES in pypdf needs cryptography")


@pytest.mark.parametrize(
    "algorithm",
    [None, pytest.param("AES-128", marks=needs_aes), pytest.param("AES-256", marks=needs_aes)],
)
def test_pdf_encrypted_with_an_empty_user_password_reads(make_pdf, tmp_path, algorithm) -> None:
    path = tmp_path / "owner-only.pdf"
    path.write_bytes(_encrypt(make_pdf([PAGE_ONE, PAGE_TWO]).read_bytes(), "", "o", algorithm))
    doc = read_document(path)
    assert doc.pages == 2
    assert doc.blocks[-1].text == PAGE_TWO[0]


def test_scanned_pdf_says_it_has_no_text(make_pdf) -> None:
    with pytest.raises(UserFacingError) as caught:
        read_document(make_pdf([None, None]))
    assert caught.value.message == "This PDF has no text to read (it is probably scanned images)."
    assert "OCR" in caught.value.action


def test_an_image_page_among_text_pages_is_skipped(make_pdf) -> None:
    doc = read_document(make_pdf([PAGE_TWO, None, PAGE_TWO]))
    assert doc.pages == 3
    assert [b.page for b in doc.blocks] == [1, 3]


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_truncated_pdf_is_a_plain_error(make_pdf, keep) -> None:
    path = make_pdf([PAGE_ONE, PAGE_TWO])
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(UserFacingError) as caught:
        read_document(path)
    assert "damaged" in caught.value.message


def test_text_named_pdf_is_a_plain_error(tmp_path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("just some words")
    with pytest.raises(UserFacingError, match="damaged or is not really a PDF"):
        read_document(path)


def test_pdf_with_another_extension_is_read_as_pdf(make_pdf, tmp_path) -> None:
    path = tmp_path / "download.bin"
    path.write_bytes(make_pdf([PAGE_TWO]).read_bytes())
    assert read_document(path).pages == 1


def test_page_blocks_split_on_blank_lines_and_join_hyphenated_lines() -> None:
    blocks = page_blocks("Alpha beta well-\nknown gamma.\n\nDelta\n", 4)
    assert [(b.text, b.page) for b in blocks] == [("Alpha beta well-known gamma.", 4), ("Delta", 4)]


def test_aes_pdf_without_a_crypto_provider_is_explained(make_pdf, tmp_path, monkeypatch) -> None:
    from pypdf import _encryption
    from pypdf.errors import DependencyError

    path = tmp_path / "aes.pdf"
    path.write_bytes(_encrypt(make_pdf([PAGE_TWO]).read_bytes(), "", "o", "AES-128"))

    def no_aes(*args, **kwargs):
        raise DependencyError("cryptography is required for AES algorithm")

    monkeypatch.setattr(_encryption.CryptAES, "decrypt", no_aes)
    with pytest.raises(UserFacingError, match="encrypted in a way LocalChat can't open"):
        read_document(path)
