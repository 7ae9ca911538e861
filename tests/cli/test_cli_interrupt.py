"""Ctrl+C in the terminal stops an answer or a document job at once, prompt reading included."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import psutil
import pytest

SENTENCE = "The lighthouse keeper counted eleven boats in the harbour before the storm. "


def _start(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "localchat", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_line(stream, text: str) -> list[str]:  # noqa: ANN001
    lines: list[str] = []
    for line in stream:
        lines.append(line)
        if text in line:
            return lines
    raise AssertionError(f"{text!r} never came: {''.join(lines)}")


def _hosts(process: subprocess.Popen[str]) -> list[psutil.Process]:
    return [
        child
        for child in psutil.Process(process.pid).children()
        if "engine-host" in " ".join(child.cmdline())
    ]


@pytest.mark.slow
def test_ctrl_c_while_a_long_document_is_read_stops_the_summary(
    data_dir: Path, tmp_path: Path
) -> None:
    document = tmp_path / "report.txt"
    # ~3,000 tokens in one part: reading it alone takes tens of seconds on a laptop.
    document.write_text("\n\n".join(SENTENCE * 6 for _ in range(40)), encoding="utf-8")
    process = _start(data_dir, "summarize", str(document))
    assert process.stderr is not None
    _wait_for_line(process.stderr, "Part 1 of")
    hosts = _hosts(process)
    assert len(hosts) == 1  # the model runs in its own process
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "Stopped" in err and "continue where it stopped" in err
    assert "Traceback" not in err
    assert out == ""  # no summary: it was stopped while the document was being read
    assert not any(host.is_running() and host.status() != "zombie" for host in hosts)


@pytest.mark.slow
def test_ctrl_c_during_an_answer_keeps_the_part_already_written(data_dir: Path) -> None:
    process = _start(
        data_dir,
        "chat",
        "--max-tokens",
        "400",
        "-p",
        "Write a very long story about a lighthouse keeper, in ten chapters.",
    )
    assert process.stdout is not None
    first = process.stdout.read(20)  # the answer has started
    assert first
    timer = threading.Timer(0.2, process.send_signal, (signal.SIGINT,))
    timer.start()
    out, err = process.communicate(timeout=60)
    timer.join()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    with sqlite3.connect(data_dir / "localchat.db") as db:
        text, status = db.execute(
            "SELECT text, status FROM messages WHERE role = 'assistant'"
        ).fetchone()
    assert status == "stopped"
    assert text and (first + out).strip().startswith(text[:20])
