"""`localchat summarize` and `localchat translate` end to end on the real default model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx

REPORT = (
    "# Library budget\n\n"
    + "\n\n".join(
        f"The council met on day {i} to discuss the new library. The budget is two million "
        "euros; books, staff and heating were debated."
        for i in range(6)
    )
    + "\n\n- Decision: build it\n- Opening: next spring\n"
)


def localchat(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "localchat", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_summarize_writes_a_word_file_and_reports_progress(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "report.md"
    source.write_text(REPORT)
    out = tmp_path / "summary.docx"
    result = localchat(
        data_dir, "summarize", str(source), "--length", "short", "--bullets", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "Part 1 of" in result.stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Summary of report" in text
    assert len(text) > len("Summary of report") + 10


def test_translate_prints_the_translation_with_the_same_structure(
    data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "note.md"
    source.write_text("# Greeting\n\nGood morning, Ada.\n")
    result = localchat(data_dir, "translate", "--to", "fr", "--keep", "Ada", str(source))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines[0].startswith("# ")  # the heading stays a heading
    assert len(lines) == 2


def test_empty_stdin_is_a_plain_error(data_dir: Path) -> None:
    result = localchat(data_dir, "summarize", "-", stdin="   \n")
    assert result.returncode == 1
    assert "no text" in result.stderr.lower()
    assert "Traceback" not in result.stderr
