"""`localchat ask` end to end: the real encoder, the bundled SmolLM2, the shipped texts."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from library_setup import indexed_data_dir, run_localchat

QUESTION = "Who designed the ancient lighthouse in Egypt's harbour?"


@pytest.fixture(scope="module")
def library(minilm_gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The data dir and the ids of its documents by file name."""
    root = tmp_path_factory.mktemp("ask")
    ids = indexed_data_dir(root, minilm_gguf)
    return root / "data", ids


def _source_lines(stdout: str) -> list[str]:
    lines = stdout.splitlines()
    return [line.strip() for line in lines[lines.index("Sources:") + 1 :] if line.strip()]


@pytest.mark.slow
def test_the_answer_cites_the_document_that_holds_it(library: tuple[Path, dict]) -> None:
    data_dir, _ids = library
    result = run_localchat(data_dir, "ask", QUESTION, "--max-tokens", "60", "--temperature", "0")

    assert result.returncode == 0, result.stderr
    sources = _source_lines(result.stdout)
    assert sources[0].startswith("[") and "lighthouses.md" in sources[0]
    assert "Sostratus" in result.stdout.split("Sources:")[0]  # it read the passage
    with sqlite3.connect(data_dir / "localchat.db") as db:
        rows = db.execute("SELECT role, text, sources FROM messages ORDER BY id").fetchall()
    assert [row[0] for row in rows[-2:]] == ["user", "assistant"]
    assert rows[-2][1] == QUESTION  # the question is stored in the user's words
    stored = json.loads(rows[-1][2])
    assert Path(stored[0]["path"]).name == "lighthouses.md"
    assert "Sostratus" in stored[0]["text"] or any("Sostratus" in s["text"] for s in stored)


@pytest.mark.slow
def test_chosen_documents_are_the_only_ones_searched(library: tuple[Path, dict]) -> None:
    data_dir, ids = library
    bees = str(ids["honeybees.pdf"])
    result = run_localchat(
        data_dir, "ask", "How long does a worker bee live in summer?", "--docs", bees,
        "--max-tokens", "30", "--temperature", "0",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    sources = _source_lines(result.stdout)
    assert sources and all("honeybees.pdf, page" in line for line in sources)


@pytest.mark.slow
def test_a_question_the_documents_do_not_answer_says_so(library: tuple[Path, dict]) -> None:
    data_dir, _ids = library
    result = run_localchat(data_dir, "ask", "How do I bake sourdough bread?", "--max-tokens", "30")

    assert result.returncode == 0, result.stderr
    assert "Nothing in your documents matched this question." in result.stdout
    assert "Sources:" not in result.stdout
    with sqlite3.connect(data_dir / "localchat.db") as db:
        (stored,) = db.execute("SELECT sources FROM messages ORDER BY id DESC LIMIT 1").fetchone()
    assert json.loads(stored) == []  # searched, nothing relevant


@pytest.mark.slow
def test_an_unknown_document_is_a_plain_error(library: tuple[Path, dict]) -> None:
    data_dir, _ids = library
    result = run_localchat(data_dir, "ask", QUESTION, "--docs", "999")

    assert result.returncode == 1
    assert "There is no indexed document #999." in result.stderr


def test_an_empty_library_is_a_plain_error(data_dir: Path) -> None:
    result = run_localchat(data_dir, "ask", QUESTION)

    assert result.returncode == 1
    assert "Your document library has no documents yet." in result.stderr
    assert "Loading" not in result.stderr  # no model was loaded for nothing


def _no_network_prefix() -> tuple[str, ...]:
    """``unshare -n`` (root) or ``unshare -rn`` (user namespaces); skip when neither works."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed")
    for flags in (("-n",), ("-r", "-n")):
        try:
            probe = subprocess.run([unshare, *flags, "true"], capture_output=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return (unshare, *flags)
    pytest.skip("unshare -n needs root or unprivileged user namespaces; neither works here")


@pytest.mark.slow
def test_asking_works_with_no_network_at_all(library: tuple[Path, dict]) -> None:
    data_dir, _ids = library
    prefix = _no_network_prefix()
    result = run_localchat(
        data_dir, "ask", QUESTION, "--max-tokens", "40", "--temperature", "0", prefix=prefix
    )

    assert result.returncode == 0, result.stderr
    assert "lighthouses.md" in _source_lines(result.stdout)[0]
