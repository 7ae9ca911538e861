"""Builders for the document tests: real PDF and Word files made in a temp folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

# A 1x1 grey inline image: a page that shows something but has no text layer.
_IMAGE_ONLY = b"q 200 0 0 200 100 400 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q"


def _escape(text: str) -> bytes:
    raw = text.encode("latin-1")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[str] | None) -> bytes:
    """A content stream that writes the lines top-down in Helvetica ("" = an empty line)."""
    if lines is None:
        return _IMAGE_ONLY
    parts = [b"BT /F1 12 Tf 14 TL 72 720 Td"]
    for line in lines:
        parts.append(b"(" + _escape(line) + b") Tj T*" if line else b"T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def build_pdf(pages: list[list[str] | None], title: str | None = None) -> bytes:
    """A minimal valid PDF by hand: one page per entry (None = a page with no text)."""
    count = len(pages)
    kids = " ".join(f"{4 + 2 * index} 0 R" for index in range(count))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for index, lines in enumerate(pages):
        content_id = 5 + 2 * index
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> " + f"/Contents {content_id} 0 R >>".encode()
        )
        stream = _content(lines)
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    info_ref = b""
    if title is not None:
        objects.append(b"<< /Title (" + _escape(title) + b") >>")
        info_ref = f" /Info {len(objects)} 0 R".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R".encode() + info_ref + b" >>\n"
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Write build_pdf(pages, title) to tmp_path/name and return its path."""

    def make(pages: list[list[str] | None], name: str = "doc.pdf", title: str | None = None):
        path = tmp_path / name
        path.write_bytes(build_pdf(pages, title))
        return path

    return make
