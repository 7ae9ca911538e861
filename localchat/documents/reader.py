"""Read any supported file (or pasted text) into a Document: pick the format, then the reader.

The format comes from the content where the content is unambiguous (PDF and zip signatures,
an HTML doctype) and from the file name otherwise; a file with an unknown extension is read as
plain text when it is text, and refused when it is not.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import zipfile
from pathlib import Path
from typing import Literal

from localchat.documents.docx_reader import read_docx
from localchat.documents.encoding import choose_encoding, decode_chunks, not_text, split_lines
from localchat.documents.html_reader import declared_charset, parse_html
from localchat.documents.model import Block, Document
from localchat.documents.pdf_reader import read_pdf
from localchat.documents.source import ByteSource, Progress, ProgressCallback
from localchat.documents.text_formats import parse_markdown, parse_plain
from localchat.errors import UserFacingError
from localchat.i18n import translate

log = logging.getLogger(__name__)

Format = Literal["text", "markdown", "html", "pdf", "docx"]
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mkdn"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = {".txt", ".text", ".pdf", ".docx"} | MARKDOWN_SUFFIXES | HTML_SUFFIXES
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html[\s>])", re.I)
# Share of the progress bar that hashing takes for formats parsed after a hashing pass.
_HASH_SHARE = 0.2


def _no_text() -> UserFacingError:
    return UserFacingError(
        translate("DocumentErrors", "The file has no text in it."),
        translate("DocumentErrors", "Choose a file that has some text."),
    )


def _is_word_zip(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def detect_format(path: Path, head: bytes) -> Format:
    """The format to read a file as, from its first bytes and its name."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in head[:1024]):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if suffix == ".docx" or _is_word_zip(path):
            return "docx"
        raise not_text()
    if head.startswith(_OLE_MAGIC):
        if suffix in (".doc", ".docx"):
            raise UserFacingError(
                translate(
                    "DocumentErrors",
                    "This is an older Word (.doc) document or a password-protected one, "
                    "which LocalChat can't read.",
                ),
                translate(
                    "DocumentErrors",
                    "Open it in Word or LibreOffice and save it as .docx without a password.",
                ),
            )
        raise not_text()
    if suffix in (".pdf", ".docx"):
        return "pdf" if suffix == ".pdf" else "docx"
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _HTML_START.match(head)):
        return "html"
    return "markdown" if suffix in MARKDOWN_SUFFIXES else "text"


def _read_text(source: ByteSource, fmt: Format) -> tuple[str, list[Block]]:
    declared = declared_charset(source.head) if fmt == "html" else None
    texts = decode_chunks(source.chunks(), choose_encoding(source.head, declared))
    if fmt == "html":
        return parse_html(texts)
    if fmt == "markdown":
        return "", parse_markdown(split_lines(texts))
    return "", parse_plain(split_lines(texts))


def _pick_title(found: str, blocks: list[Block], fallback: str) -> str:
    if found.strip():
        return found.strip()
    headings = [block for block in blocks[:50] if block.kind == "heading"]
    if headings:
        return min(headings, key=lambda block: block.level).text
    return fallback


def read_document(
    path: Path | str,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> Document:
    """Read a .txt, .md, .html, .pdf or .docx file (or any text file) into a Document.

    The file is read once, hashing as it goes; `progress` receives fractions rising to 1.0,
    and setting `cancel` stops the read with ReadCancelled. Problems the user can act on (an
    empty, binary, locked, scanned or damaged file) raise UserFacingError.
    """
    path = Path(path)
    reporter = Progress(progress)
    pages: int | None = None
    with ByteSource(path, reporter, cancel) as source:
        fmt = detect_format(path, source.head)
        if fmt in ("pdf", "docx"):
            source.progress = reporter.part(0.0, _HASH_SHARE)
            source.drain()
            parse_progress = reporter.part(_HASH_SHARE, 1.0)
            if fmt == "pdf":
                found, blocks, pages = read_pdf(path, parse_progress, cancel)
            else:
                found, blocks = read_docx(path, parse_progress, cancel)
        else:
            found, blocks = _read_text(source, fmt)
        source.drain()
        size, digest = source.bytes_read, source.sha256
    if not blocks:
        raise _no_text()
    reporter.done()
    log.info("read %s as %s: %d blocks, %d bytes", path.name, fmt, len(blocks), size)
    return Document(
        title=_pick_title(found, blocks, path.stem or path.name),
        blocks=tuple(blocks),
        source_name=path.name,
        source_size=size,
        sha256=digest,
        pages=pages,
    )


def read_pasted_text(text: str, title: str = "Pasted text") -> Document:
    """Pasted text as a Document: paragraphs split on blank lines, as for a .txt file."""
    data = text.encode("utf-8", errors="surrogatepass")
    blocks = parse_plain(text.replace("\x00", "").splitlines())
    if not blocks:
        raise UserFacingError(
            translate("DocumentErrors", "There is no text to read."),
            translate("DocumentErrors", "Paste some text first."),
        )
    return Document(
        title=title,
        blocks=tuple(blocks),
        source_name=title,
        source_size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        pages=None,
    )


def warm_up_readers() -> None:
    """Import the libraries behind PDF, Word and non-UTF-8 documents ahead of the first one.

    Their imports take 60-80 ms each (pypdf, python-docx with lxml, charset_normalizer).
    Done on the reading thread during the first document of a session, pypdf's held the
    GIL long enough to stall the window 16-20 ms (bench/RESULTS.md section 3d). Meant for
    a worker thread once start-up is over.
    """
    import charset_normalizer  # noqa: F401
    import docx  # noqa: F401
    import pypdf  # noqa: F401
