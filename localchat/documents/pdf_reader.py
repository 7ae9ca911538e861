"""PDF text, page by page, with pypdf; plain errors for locked, scanned and damaged files.

pypdf gives each page's text as lines laid out on the page. Lines are joined into paragraphs
with spaces (PDF line breaks are where the text wrapped, not where a sentence ended); a
paragraph ends at a blank line, or after a line clearly shorter than the page's full lines
that ends a sentence or is followed by a capital letter. Lines that start with a bullet become
list items. Every block carries its 1-based page number.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from localchat.documents.model import Block, BlockKind
from localchat.documents.source import Progress, check_cancel
from localchat.errors import UserFacingError
from localchat.i18n import translate

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

_BULLET = re.compile(r"^\s*[•◦▪‣●○■□–\-*]\s+(.*)$")
_SENTENCE_END = re.compile(r"[.!?:;…\"'”’)\]]$")
_STARTS_NEW = re.compile(r"^[A-Z0-9\"“‘(\[]")
_SHORT_LINE = 0.75


def _damaged(path: Path) -> UserFacingError:
    return UserFacingError(
        translate(
            "DocumentErrors", "{file} is damaged or is not really a PDF, so it can't be read."
        ).format(file=path.name),
        translate("DocumentErrors", "If you have another copy of it, try that one."),
    )


def _locked() -> UserFacingError:
    return UserFacingError(
        translate("DocumentErrors", "This PDF is protected with a password, so it can't be read."),
        translate(
            "DocumentErrors",
            "Open it in a PDF viewer with the password, save or print a copy without one, "
            "and open that copy.",
        ),
    )


def _unsupported_encryption(path: Path, exc: Exception) -> UserFacingError:
    log.info("unsupported PDF encryption in %s: %r", path, exc)
    return UserFacingError(
        translate("DocumentErrors", "This PDF is encrypted in a way LocalChat can't open."),
        translate(
            "DocumentErrors",
            "Save or print a copy without protection from a PDF viewer, and open that.",
        ),
    )


def _open(path: Path) -> PdfReader:
    """A PdfReader with its encryption (if any) opened with the empty password."""
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(path)
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many kinds of errors on broken files
        log.info("pypdf could not open %s: %r", path, exc)
        raise _damaged(path) from exc
    if encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise _unsupported_encryption(path, exc) from exc
        except Exception as exc:
            raise _damaged(path) from exc
        if opened == PasswordType.NOT_DECRYPTED:
            raise _locked()
    return reader


def _title(reader: PdfReader) -> str:
    try:
        metadata = reader.metadata
        title = metadata.title if metadata is not None else None
    except Exception:  # broken metadata is no reason to fail the read
        return ""
    return " ".join(str(title).split()) if title else ""


def _ends_paragraph(line: str, following: str, longest: int) -> bool:
    if len(line) >= _SHORT_LINE * longest:
        return False
    return bool(_SENTENCE_END.search(line) or _STARTS_NEW.match(following))


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        text = text + line if text.endswith("-") else f"{text} {line}"
    return text


def page_blocks(text: str, page: int) -> list[Block]:
    """The paragraphs and bullet items in one page's extracted text."""
    blocks: list[Block] = []
    for group in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in group.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            continue
        longest = max(len(line) for line in lines)
        current: list[str] = []
        kind: BlockKind = "paragraph"
        for index, line in enumerate(lines):
            bullet = _BULLET.match(line)
            if bullet and bullet.group(1):
                if current:
                    blocks.append(Block(kind, _join(current), page=page))
                current, kind = [bullet.group(1)], "list_item"
            else:
                current.append(line)
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if following and _ends_paragraph(line, following, longest):
                blocks.append(Block(kind, _join(current), page=page))
                current, kind = [], "paragraph"
        if current:
            blocks.append(Block(kind, _join(current), page=page))
    return blocks


def read_pdf(
    path: Path, progress: Progress, cancel: threading.Event | None
) -> tuple[str, list[Block], int]:
    """The title (from the metadata, may be empty), blocks and page count of a PDF file."""
    from pypdf.errors import DependencyError

    reader = _open(path)
    try:
        pages = list(reader.pages)
    except Exception as exc:
        raise _damaged(path) from exc
    if not pages:
        raise _damaged(path)
    blocks: list[Block] = []
    for number, page in enumerate(pages, start=1):
        check_cancel(cancel)
        try:
            text = page.extract_text() or ""
        except DependencyError as exc:  # AES without the cryptography package
            raise _unsupported_encryption(path, exc) from exc
        except Exception as exc:  # one bad page should not lose the rest
            log.warning("no text from page %d of %s: %r", number, path, exc)
            text = ""
        blocks.extend(page_blocks(text, number))
        progress.report(number / len(pages))
    if not blocks:
        raise UserFacingError(
            translate(
                "DocumentErrors", "This PDF has no text to read (it is probably scanned images)."
            ),
            translate(
                "DocumentErrors",
                "Run it through a text recognition (OCR) tool first, then open the result.",
            ),
        )
    return _title(reader), blocks, len(pages)
