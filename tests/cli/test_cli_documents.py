"""`localchat summarize` and `localchat translate` end to end on the real default model;
the fact check's warnings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from localchat.cli_documents import _CheckReport
from localchat.documents import Block, Document
from localchat.tasks.fact_check import FactProblem, check_summary, check_translation

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


@pytest.mark.slow
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
    # A number the summary made up is named; none is named when there is none.
    for problem in check_summary(REPORT, text):
        assert f"warning: summary: {problem.describe()}" in result.stderr
    assert ("warning: summary:" in result.stderr) == bool(check_summary(REPORT, text))


@pytest.mark.slow
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
    # SmolLM2's catalog entry lists English only: the CLI warns before translating.
    assert "warning: This model was trained mostly on English, so its French" in result.stderr
    assert "Fact check: " in result.stderr


LIGHTHOUSE = (
    "The Skerry lighthouse was built in 1871 on the northern cliffs.",
    "Eleven sailors were rescued there during the great storm of 1888.",
)


@pytest.mark.slow
def test_translate_warns_about_each_paragraph_that_lost_a_fact(
    data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "lighthouse.md"
    source.write_text("\n\n".join(LIGHTHOUSE) + "\n")
    result = localchat(
        data_dir, "translate", "--to", "fr", "--keep", "Skerry", "--strict", str(source)
    )
    assert result.returncode in (0, 2), result.stderr
    paragraphs = result.stdout.strip().split("\n\n")
    assert len(paragraphs) == 2
    flagged = 0
    for number, (original, translation) in enumerate(zip(LIGHTHOUSE, paragraphs, strict=True), 1):
        # Whatever the model wrote: a warning names exactly what the check finds in it.
        problems = check_translation(original, translation, "fr", ("Skerry",))
        warned = f"warning: paragraph {number} (" in result.stderr
        assert warned == bool(problems), (translation, problems, result.stderr)
        for problem in problems:  # e.g. "the number 1888 is missing" when the model lost it
            assert problem.describe() in result.stderr
        year = "1871" if number == 1 else "1888"
        written = re.search(rf"(?<![\d.,]){year}(?!\d|[.,]\d)", translation)
        assert (FactProblem("number", year) in problems) == (written is None)
        if "Skerry" in original:  # the kept term survives, or its loss is named
            assert "Skerry" in translation or 'the term "Skerry" is missing' in result.stderr
        flagged += bool(problems)
    assert result.returncode == (2 if flagged else 0)  # --strict
    if flagged:
        assert f"Fact check: {flagged} of 2 paragraphs flagged" in result.stderr
    else:
        assert "Fact check: all 2 paragraphs passed" in result.stderr


def test_the_report_names_the_paragraph_and_what_it_lost(
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = Document(
        "d", tuple(Block("paragraph", text) for text in LIGHTHOUSE), "d.md", 1, "1" * 64
    )
    report = _CheckReport(document)
    report.on_check(0, ())
    report.on_check(1, (FactProblem("number", "1888"), FactProblem("language", "fr")))
    report.finish(retried=1)
    err = capsys.readouterr().err.splitlines()
    assert err == [
        'warning: paragraph 2 ("Eleven sailors were…"): the number 1888 is missing; '
        "the text is not in French",
        "Fact check: 1 of 2 paragraphs flagged, 1 translated a second time.",
    ]


def test_empty_stdin_is_a_plain_error(data_dir: Path) -> None:
    result = localchat(data_dir, "summarize", "-", stdin="   \n")
    assert result.returncode == 1
    assert "no text" in result.stderr.lower()
    assert "Traceback" not in result.stderr
