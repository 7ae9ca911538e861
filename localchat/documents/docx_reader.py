"""Word (.docx) documents with python-docx, after checking the zip is safe to unpack.

Paragraph styles decide the kind: Title and "Heading N" are headings, "List ..." styles and
numbered paragraphs are list items (depth from the style's number or the numbering level),
code-like styles are code, the rest paragraphs. Each table row becomes one paragraph with its
cells separated by " | ".
"""

from __future__ import annotations

import logging
import re
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from localchat.documents.model import Block
from localchat.documents.source import Progress, check_cancel
from localchat.errors import UserFacingError
from localchat.i18n import translate

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

log = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_ENTRIES = 10_000
_RATIO_CHECK_FROM = 1024 * 1024
_HEADING = re.compile(r"^heading\s*(\d)$", re.I)
_LIST_DEPTH = re.compile(r"(\d)$")
_CODE_STYLES = {"code", "html preformatted", "macro text", "macro", "source code", "plain text"}


def _damaged(path: Path) -> UserFacingError:
    return UserFacingError(
        translate(
            "DocumentErrors",
            "{file} is damaged or is not really a Word (.docx) document, so it can't be read.",
        ).format(file=path.name),
        translate(
            "DocumentErrors",
            "If you have another copy of it, try that one, or open it in Word and save it again.",
        ),
    )


def _unsafe(path: Path) -> UserFacingError:
    return UserFacingError(
        translate(
            "DocumentErrors",
            "{file} would unpack to far more data than a document holds, so LocalChat won't "
            "open it.",
        ).format(file=path.name),
        translate(
            "DocumentErrors", "If you trust the file, open it in Word and save a fresh copy."
        ),
    )


def check_docx_zip(path: Path) -> None:
    """Refuse a .docx that is not a zip with a Word body, or that would unpack too large.

    Looks only at the zip's directory (declared sizes), before anything is decompressed;
    Python's zipfile never inflates an entry past its declared size.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise _damaged(path) from exc
    if "word/document.xml" not in {entry.filename for entry in entries}:
        raise _damaged(path)
    if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise _unsafe(path)
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > _RATIO_CHECK_FROM and ratio > MAX_RATIO:
            log.info("refusing %s: %s inflates %.0fx", path, entry.filename, ratio)
            raise _unsafe(path)


def _style_name(paragraph: Paragraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return ""
    return (style.name or "") if style is not None else ""


def _numbering_level(paragraph: Paragraph) -> int | None:
    properties = paragraph._p.pPr
    numbering = properties.numPr if properties is not None else None
    if numbering is None:
        return None
    if numbering.numId is not None and numbering.numId.val == 0:
        return None
    level = numbering.ilvl
    return int(level.val) if level is not None and level.val is not None else 0


def paragraph_block(paragraph: Paragraph) -> Block | None:
    """The block one Word paragraph makes, or None when it holds no text."""
    text = paragraph.text.strip()
    if not text:
        return None
    style = _style_name(paragraph)
    lowered = style.lower()
    heading = _HEADING.match(style)
    if heading:
        return Block("heading", text, min(max(int(heading.group(1)), 1), 6))
    if lowered == "title":
        return Block("heading", text, 1)
    if lowered in _CODE_STYLES:
        return Block("code", paragraph.text.strip("\n"))
    level = _numbering_level(paragraph)
    if level is not None or (lowered.startswith("list") and lowered != "list paragraph"):
        if level is None:
            depth = _LIST_DEPTH.search(style)
            level = int(depth.group(1)) - 1 if depth else 0
        return Block("list_item", text, max(level, 0))
    return Block("paragraph", text)


def _table_rows(table: Table) -> Iterator[Block]:
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
        if cells:
            yield Block("paragraph", " | ".join(cells))


def _open(path: Path) -> WordDocument:
    import docx

    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx and lxml raise many kinds on broken files
        log.info("python-docx could not open %s: %r", path, exc)
        raise _damaged(path) from exc


def read_docx(
    path: Path, progress: Progress, cancel: threading.Event | None
) -> tuple[str, list[Block]]:
    """The title (from the document properties, may be empty) and blocks of a .docx file."""
    from docx.text.paragraph import Paragraph

    check_docx_zip(path)
    document = _open(path)
    body = document.element.body
    total = max(len(body), 1)
    blocks: list[Block] = []
    for index, item in enumerate(document.iter_inner_content()):
        if index % 100 == 0:
            check_cancel(cancel)
            progress.report(index / total)
        if isinstance(item, Paragraph):
            block = paragraph_block(item)
            if block is not None:
                blocks.append(block)
        else:
            blocks.extend(_table_rows(item))
    try:
        title = document.core_properties.title or ""
    except Exception:  # broken properties are no reason to fail the read
        title = ""
    return " ".join(title.split()), blocks
