"""Builders for the bad-input tests: broken files made in tmp_path, the CLI in a subprocess."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

# A 1x1 grey inline image: a page that shows something but has no text layer.
_IMAGE_ONLY = b"q 200 0 0 200 100 400 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q"


def build_pdf(pages: list[str | None]) -> bytes:
    """A minimal valid PDF: one line of Helvetica per page (None = a page with only an image)."""
    kids = " ".join(f"{4 + 2 * index} 0 R" for index in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index, line in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
            + f"<< /Font << /F1 3 0 R >> >> /Contents {5 + 2 * index} 0 R >>".encode()
        )
        stream = _IMAGE_ONLY if line is None else f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def encrypted_pdf(path: Path, user_password: str) -> Path:
    """A one-page text PDF that opens only with ``user_password``."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(build_pdf(["A secret page."]))))
    writer.encrypt(user_password=user_password, owner_password="owner")
    with open(path, "wb") as stream:
        writer.write(stream)
    return path


def zip_bomb(path: Path, megabytes: int, entry: str = "bomb.bin") -> Path:
    """A zip whose one entry inflates to ``megabytes`` of zeros (written streaming)."""
    block = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(entry, "w") as stream:
            for _ in range(megabytes):
                stream.write(block)
    return path


def run_localchat(data_dir: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """``python -m localchat --data-dir DATA ARGS`` with its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "localchat", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_plain_failure(result: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 1, a one-line "localchat: ..." message naming ``words``, and no traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert "localchat: " in result.stderr
    for word in words:
        assert word in result.stderr


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every ordinary table (FTS shadow tables left out), read-only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'%VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            for name in names
        }
    finally:
        connection.close()


def integrity(path: Path) -> list[tuple]:
    """SQLite's integrity check of the file: [("ok",)] when sound."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
